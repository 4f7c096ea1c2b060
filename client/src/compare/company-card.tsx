import {
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  List,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MoneyValue } from '../format/format-money.ts';
import { useFormatters } from '../format/use-formatters.ts';
import { type MissingKind, SubstitutePicker } from './substitute-picker.tsx';

/** A substitution the customer picked: at `companyId`, `targetId` instead of `sourceId`. */
export interface PickedSubstitute {
  sourceId: string;
  sourceName: string;
  kind: MissingKind;
  targetId: string;
  targetLabel: string;
}

export interface CompanyCardProps {
  companyId: string;
  name: string;
  isSource: boolean;
  cheapest: boolean;
  status: 'PRICED' | 'INCOMPLETE' | 'UNAVAILABLE';
  unavailable: { code: string; reason?: string | null } | null;
  finalTotal: MoneyValue | null;
  materials: ReadonlyArray<{ material: { id: string; name: string }; boardsUsed: number }>;
  missing: ReadonlyArray<{
    kind: MissingKind;
    sourceId: string;
    sourceName: string;
    searched: string;
  }>;
  /** The substitutions picked for this company (the ones the last comparison applied). */
  substitutes: PickedSubstitute[];
  busy: boolean;
  copying: boolean;
  onPick: (substitute: PickedSubstitute) => void;
  onUnpick: (sourceId: string) => void;
  onCopy: () => void;
}

/** One company's side: status, the amount to pay, boards used, missing items and substitutes. */
export function CompanyCard(props: CompanyCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = `compare-company-${props.companyId}`;
  return (
    <Card
      withBorder
      data-testid="compare-company"
      data-company-id={props.companyId}
      data-status={props.status}
      component="section"
      aria-labelledby={titleId}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id={titleId}>
            {props.name}
            {props.isSource && (
              <Text span c="dimmed" size="sm">
                {' '}
                ({t('compare.source')})
              </Text>
            )}
          </Title>
          {props.cheapest && (
            <Badge color="green" data-testid="compare-cheapest">
              {t('compare.cheapest')}
            </Badge>
          )}
        </Group>
        <Badge
          variant="light"
          color={
            props.status === 'PRICED' ? 'blue' : props.status === 'INCOMPLETE' ? 'yellow' : 'red'
          }
        >
          {t(`compare.status.${props.status}`)}
        </Badge>
        {props.unavailable && (
          <Text size="sm" c="red" role="status">
            {t(`compare.unavailable.${props.unavailable.code}`, {
              defaultValue: props.unavailable.code,
            })}
            {props.unavailable.reason === 'timeout' && ` ${t('compare.timeout')}`}
          </Text>
        )}
        {props.finalTotal && (
          <Text
            fw={700}
            size="xl"
            data-testid="compare-total"
            data-amount={props.finalTotal.amount}
          >
            {t('compare.finalTotal')}: {format.money(props.finalTotal)}
          </Text>
        )}
        {props.materials.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('compare.boardsUsed')}
            </Text>
            <List size="sm">
              {props.materials.map((m) => (
                <List.Item key={m.material.id}>
                  {m.material.name}: {t('compare.boards', { count: m.boardsUsed })}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {props.missing.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('compare.missingTitle')}
            </Text>
            <Stack gap="sm">
              {props.missing.map((m) => (
                <Stack gap={4} key={m.sourceId} data-testid="compare-missing">
                  <Text size="sm">
                    {m.sourceName}{' '}
                    <Text span c="dimmed" size="xs">
                      {t('compare.searched', { searched: m.searched })}
                    </Text>
                  </Text>
                  <SubstitutePicker
                    kind={m.kind}
                    companyId={props.companyId}
                    companyName={props.name}
                    sourceName={m.sourceName}
                    disabled={props.busy}
                    testId="compare-substitute-picker"
                    onPick={(targetId, targetLabel) =>
                      props.onPick({
                        sourceId: m.sourceId,
                        sourceName: m.sourceName,
                        kind: m.kind,
                        targetId,
                        targetLabel,
                      })
                    }
                  />
                </Stack>
              ))}
            </Stack>
          </>
        )}
        {props.substitutes.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('compare.substitutesTitle')}
            </Text>
            <Stack gap={4}>
              {props.substitutes.map((s) => (
                <Group key={s.sourceId} gap="xs" wrap="nowrap" data-testid="compare-substitute">
                  <Text size="sm" style={{ flex: 1 }}>
                    {s.sourceName} → <b>{s.targetLabel}</b>
                  </Text>
                  <Tooltip label={t('compare.substitute.remove')}>
                    <CloseButton
                      size="sm"
                      disabled={props.busy}
                      aria-label={t('compare.substitute.removeItem', { item: s.sourceName })}
                      onClick={() => props.onUnpick(s.sourceId)}
                    />
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          </>
        )}
        {props.finalTotal && !props.isSource && (
          <Stack gap={4}>
            <Button
              variant={props.cheapest ? 'filled' : 'light'}
              loading={props.copying}
              disabled={props.busy}
              data-testid="compare-copy"
              onClick={props.onCopy}
            >
              {t('compare.copy', { company: props.name })}
            </Button>
            {props.status === 'INCOMPLETE' && (
              <Text size="xs" c="orange">
                {t('compare.copyWithoutMissing')}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
