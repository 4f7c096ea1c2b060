import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ApiKeyScope } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { focusFirstError } from '../account/focus-first-error.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { mapFailureToForm } from '../account/form-error-mapping.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';
import {
  API_KEY_EXPIRIES,
  API_KEY_SCOPES,
  type ApiKeyExpiry,
  expiresAtOf,
  scopeName,
} from './api-key-scopes.ts';

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKeyForm_Create($input: ApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        prefix
        scopes
        status
        expiresAt
        lastUsedAt
        revokedAt
        createdAt
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

type CreateValues = {
  name: string;
  scopes: ApiKeyScope[];
  expiry: ApiKeyExpiry;
};

const initialValues: CreateValues = { name: '', scopes: ['CATALOG_READ'], expiry: '90' };

/** A new partner key: name, scopes and expiry; the key itself goes to `onCreated` once. */
export function CreateApiKeyForm({
  onCreated,
}: {
  onCreated: (created: { key: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [create] = useMutation(CreateApiKeyMutation, {
    refetchQueries: ['ApiKeysSection_ApiKeys'],
  });
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(
    () =>
      z.object({
        name: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(100, t('validation.tooLong', { max: 100 })),
        scopes: z.array(z.string()).min(1, t('validation.scopes')),
      }),
    [t],
  );
  const form = useForm<CreateValues>({ initialValues, validate: zod4Resolver(schema) });

  const submit = async (values: CreateValues) => {
    setFailure(undefined);
    const result = await create({
      variables: {
        input: {
          name: values.name.trim(),
          scopes: values.scopes,
          expiresAt: expiresAtOf(values.expiry, Date.now()),
        },
      },
    });
    const created = result.data?.createApiKey;
    if (created?.key && created.apiKey) {
      form.setValues(initialValues);
      form.resetDirty(initialValues);
      onCreated({ key: created.key, name: created.apiKey.name });
      return;
    }
    const problem = accountFailure(created?.error, result.error) ?? { code: 'UNKNOWN' };
    const mapped = mapFailureToForm(
      problem,
      { fields: ['name', 'scopes'], aliases: { expiresAt: 'expiry' } },
      translate,
    );
    form.setErrors(mapped.fieldErrors);
    focusFirstError(mapped.fieldErrors);
    if (mapped.formError) setFailure(problem);
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors))} noValidate>
      <Stack gap="md">
        {failure && (
          <FormAlert kind="error" requestId={failure.requestId}>
            {translate(failure.code, { seconds: failure.retryAfterSeconds })}
          </FormAlert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('apiKeys.name')}
            placeholder={t('apiKeys.namePlaceholder')}
            required
            maxLength={100}
            data-testid="api-key-name"
            {...form.getInputProps('name')}
          />
          <Select
            label={t('apiKeys.expiry')}
            data={API_KEY_EXPIRIES.map((value) => ({
              value,
              label: t(`apiKeys.expiries.${value}`),
            }))}
            allowDeselect={false}
            data-testid="api-key-expiry"
            {...form.getInputProps('expiry')}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('apiKeys.scopes')} required {...form.getInputProps('scopes')}>
          <Stack gap={6} mt={6}>
            {API_KEY_SCOPES.map((scope) => (
              <Checkbox
                key={scope}
                value={scope}
                label={`${t(`apiKeys.scopeNames.${scope}`)} (${scopeName(scope)})`}
                data-testid={`api-key-scope-${scope}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button type="submit" loading={form.submitting} data-testid="api-key-create">
            {t('apiKeys.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
