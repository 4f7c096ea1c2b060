import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Code,
  Divider,
  Group,
  Modal,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyStatus } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { useFailureTranslator } from '../account/use-failure-translator.ts';
import { fieldError } from '../apollo/field-error.ts';
import { retryQuery } from '../apollo/retry-query.ts';
import { SectionErrorAlert } from '../app/section-error-alert.tsx';
import { useFormatters } from '../format/use-formatters.ts';
import { scopeName } from './api-key-scopes.ts';
import { ApiKeyUsage } from './api-key-usage.tsx';
import { CreateApiKeyForm } from './create-api-key-form.tsx';
import { NewApiKeyModal } from './new-api-key-modal.tsx';

const ApiKeysQuery = graphql(`
  query ApiKeysSection_ApiKeys {
    me {
      id
      apiKeys {
        id
        name
        prefix
        scopes
        status
        expiresAt
        lastUsedAt
        revokedAt
        createdAt
        usage(days: 30) {
          day
          requests
          errors
          rateLimited
        }
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation ApiKeysSection_Revoke($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
        status
        revokedAt
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

const STATUS_COLORS: Record<ApiKeyStatus, string> = {
  ACTIVE: 'teal',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

/** Partner API keys: create one (shown once), see them all, revoke. */
export function ApiKeysSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const translate = useFailureTranslator();
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery);
  const [revoke, { loading: revoking }] = useMutation(RevokeApiKeyMutation);
  const [created, setCreated] = useState<{ key: string; name: string }>();
  const [toRevoke, setToRevoke] = useState<{ id: string; name: string }>();
  const [failure, setFailure] = useState<AccountFailure>();
  const keys = data?.me?.apiKeys;
  const loadFailure = keys ? undefined : fieldError(error, ['me']);

  const confirmRevoke = async () => {
    if (!toRevoke) return;
    setFailure(undefined);
    const result = await revoke({ variables: { id: toRevoke.id } });
    const problem = accountFailure(result.data?.revokeApiKey.error, result.error);
    if (problem) setFailure(problem);
    setToRevoke(undefined);
  };

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t('apiKeys.intro')}
      </Text>
      <Stack gap="sm" maw={720}>
        <Title order={2} size="h4">
          {t('apiKeys.createTitle')}
        </Title>
        <CreateApiKeyForm onCreated={setCreated} />
      </Stack>
      <Divider />
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('apiKeys.listTitle')}
        </Title>
        {failure && (
          <FormAlert kind="error" requestId={failure.requestId}>
            {translate(failure.code, { seconds: failure.retryAfterSeconds })}
          </FormAlert>
        )}
        {loadFailure ? (
          <SectionErrorAlert error={loadFailure} onRetry={() => retryQuery(refetch)} />
        ) : loading && !keys ? (
          <Skeleton height={80} aria-busy="true" />
        ) : keys && keys.length > 0 ? (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" data-testid="api-key-table">
              <Table.Caption>{t('apiKeys.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('apiKeys.name')}</Table.Th>
                  <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                  <Table.Th>{t('apiKeys.scopes')}</Table.Th>
                  <Table.Th>{t('apiKeys.status')}</Table.Th>
                  <Table.Th>{t('apiKeys.expiresAt')}</Table.Th>
                  <Table.Th>{t('apiKeys.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('apiKeys.usageColumn')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('apiKeys.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.map((key) => (
                  <Table.Tr key={key.id} data-testid="api-key-row">
                    <Table.Td>{key.name}</Table.Td>
                    <Table.Td>
                      <Code>{key.prefix}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {key.scopes.map((scope) => (
                          <Badge key={scope} variant="light" size="sm" tt="none">
                            {scopeName(scope)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[key.status]} variant="dot" tt="none">
                        {t(`apiKeys.statuses.${key.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {key.expiresAt ? format.date(key.expiresAt) : t('apiKeys.neverExpires')}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {key.lastUsedAt ? format.dateTime(key.lastUsedAt) : t('apiKeys.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      <ApiKeyUsage usage={key.usage} />
                    </Table.Td>
                    <Table.Td>
                      {key.status === 'ACTIVE' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setToRevoke({ id: key.id, name: key.name })}
                          aria-label={t('apiKeys.revokeNamed', { name: key.name })}
                          data-testid="api-key-revoke"
                        >
                          {t('apiKeys.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed" data-testid="api-key-empty">
            {t('apiKeys.empty')}
          </Text>
        )}
      </Stack>
      <NewApiKeyModal created={created} onClose={() => setCreated(undefined)} />
      <Modal
        opened={toRevoke !== undefined}
        onClose={() => setToRevoke(undefined)}
        title={t('apiKeys.revokeTitle', { name: toRevoke?.name ?? '' })}
      >
        <Stack gap="md">
          <Text size="sm">{t('apiKeys.revokeText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToRevoke(undefined)}>
              {t('settings.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoking}
              onClick={() => void confirmRevoke()}
              data-testid="api-key-revoke-confirm"
            >
              {t('apiKeys.revoke')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
