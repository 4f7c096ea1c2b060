import { ActionIcon, Badge, CopyButton, Group, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import { AdminTable } from '../panel-ui.tsx';

/** A row of `admin.recentErrors` as the System page reads it. */
export interface RecentErrorRow {
  at: string;
  service: string;
  requestId?: string | null;
  operationName?: string | null;
  code: string;
  path?: string | null;
  message: string;
}

/** The code a service gets when its errors could not be read (the portal's `recent-errors.ts`). */
const UNREACHABLE = 'SERVICE_UNREACHABLE';

/** The System page's "Recent errors": every service's unexpected errors, newest first. */
export function RecentErrorsTable({ errors }: { errors: readonly RecentErrorRow[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <>
      <Title order={3} size="h4">
        {t('adminSystem.recentErrors')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('adminSystem.recentErrorsHelp')}
      </Text>
      <AdminTable
        rows={withKeys(errors)}
        testId="system-errors"
        minWidth={900}
        empty={t('adminSystem.noErrors')}
        emptyTestId="system-errors-empty"
        headers={[
          t('adminSystem.errorTime'),
          t('adminSystem.service'),
          t('adminSystem.requestId'),
          t('adminSystem.operation'),
          t('adminSystem.code'),
          t('adminSystem.message'),
        ]}
      >
        {({ key, error: e }) => (
          <Table.Tr
            key={key}
            data-testid="system-error-row"
            data-service={e.service}
            data-request-id={e.requestId ?? ''}
          >
            <Table.Td miw={150}>{f.dateTime(e.at)}</Table.Td>
            <Table.Td ff="monospace">{e.service}</Table.Td>
            <Table.Td>
              {e.requestId ? (
                <Group gap={4} wrap="nowrap">
                  <Text size="xs" ff="monospace">
                    {e.requestId}
                  </Text>
                  <CopyButton value={e.requestId}>
                    {({ copied, copy }) => (
                      <Tooltip
                        label={copied ? t('adminSystem.copied') : t('adminSystem.copyRequestId')}
                      >
                        <ActionIcon
                          variant="subtle"
                          size="sm"
                          onClick={copy}
                          aria-label={t('adminSystem.copyRequestId')}
                        >
                          {copied ? (
                            <IconCheck size={14} aria-hidden />
                          ) : (
                            <IconCopy size={14} aria-hidden />
                          )}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              ) : (
                t('adminSystem.none')
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" ff="monospace">
                {e.operationName ?? t('adminSystem.none')}
              </Text>
              {e.path && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {e.path}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge color={e.code === UNREACHABLE ? 'yellow' : 'red'} variant="light">
                {e.code === UNREACHABLE ? t('adminSystem.unreachable') : e.code}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="xs" ff="monospace" lineClamp={3} maw={420} title={e.message}>
                {e.message}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
      </AdminTable>
    </>
  );
}

/** Rows with stable keys: several errors of one request (a path each) may share time and id. */
function withKeys(errors: readonly RecentErrorRow[]) {
  const seen = new Map<string, number>();
  return errors.map((error) => {
    const base = `${error.service}|${error.at}|${error.requestId ?? ''}|${error.path ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: `${base}|${n}`, error };
  });
}
