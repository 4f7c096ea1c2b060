import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { focusFirstError } from '../account/focus-first-error.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { mapFailureToForm } from '../account/form-error-mapping.ts';
import { useFailureTranslator } from '../account/use-failure-translator.ts';
import { useSessionManager } from '../auth/session-context.tsx';

const DeleteAccountMutation = graphql(`
  mutation DeleteAccountSection_Delete($password: String!) {
    deleteAccount(password: $password) {
      ok
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

/**
 * Deleting the account, with its consequences spelled out, the password to confirm, and
 * one more question before it happens.
 */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const navigate = useNavigate();
  const session = useSessionManager();
  const [deleteAccount, { loading }] = useMutation(DeleteAccountMutation);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<AccountFailure>();
  const schema = useMemo(
    () => z.object({ password: z.string().min(1, t('validation.required')) }),
    [t],
  );
  const form = useForm({ initialValues: { password: '' }, validate: zod4Resolver(schema) });

  const confirm = async () => {
    setFailure(undefined);
    const result = await deleteAccount({ variables: { password: form.values.password } });
    const problem = accountFailure(result.data?.deleteAccount.error, result.error);
    setConfirming(false);
    if (!problem) {
      // The server revoked every session already; the sign-in page says what happened.
      await navigate('/sign-in', { replace: true });
      session.endLocally('account-deleted');
      return;
    }
    const mapped = mapFailureToForm(
      problem,
      { fields: ['password'], codeFields: { WRONG_PASSWORD: 'password' } },
      translate,
    );
    form.setErrors(mapped.fieldErrors);
    focusFirstError(mapped.fieldErrors);
    if (mapped.formError) setFailure(problem);
  };

  return (
    <>
      <form
        onSubmit={form.onSubmit(
          () => setConfirming(true),
          (errors) => focusFirstError(errors),
        )}
        noValidate
      >
        <Stack gap="md">
          <Text fw={500}>{t('settings.delete.consequencesTitle')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('settings.delete.personalData')}</List.Item>
            <List.Item>{t('settings.delete.sessions')}</List.Item>
            <List.Item>{t('settings.delete.quotes')}</List.Item>
            <List.Item>{t('settings.delete.final')}</List.Item>
          </List>
          {failure && (
            <FormAlert kind="error" requestId={failure.requestId}>
              {translate(failure.code, { seconds: failure.retryAfterSeconds })}
            </FormAlert>
          )}
          <PasswordInput
            label={t('settings.delete.password')}
            autoComplete="current-password"
            required
            maw={360}
            data-testid="delete-password"
            {...form.getInputProps('password')}
          />
          <Group>
            <Button
              type="submit"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              data-testid="delete-account"
            >
              {t('settings.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('settings.delete.confirmTitle')}
      >
        <Stack gap="md">
          <Text size="sm">{t('settings.delete.confirmText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('settings.cancel')}
            </Button>
            <Button
              color="red"
              loading={loading}
              onClick={() => void confirm()}
              data-testid="delete-account-confirm"
            >
              {t('settings.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
