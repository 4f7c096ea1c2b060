import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsCustomerFragment } from '../__generated__/graphql.ts';
import { graphql } from '../__generated__/index.ts';
import { type AccountFailure, accountFailure } from '../account/account-failure.ts';
import { FormAlert } from '../account/form-alert.tsx';
import { useFailureTranslator } from '../account/use-failure-translator.ts';

const UpdateNotificationsMutation = graphql(`
  mutation NotificationsSection_Update($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      customer {
        ...SettingsCustomer
      }
      error {
        code
        field
        retryAfterSeconds
      }
    }
  }
`);

type NotificationValues = {
  orderReady: boolean;
  orderStatusChanged: boolean;
};

/** Which emails the customer wants; account emails (verification, reset) always go out. */
export function NotificationsSection({ customer }: { customer: SettingsCustomerFragment }) {
  const { t } = useTranslation();
  const translate = useFailureTranslator();
  const [update] = useMutation(UpdateNotificationsMutation);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<AccountFailure>();
  const form = useForm<NotificationValues>({
    initialValues: {
      orderReady: customer.notificationPreferences.orderReady,
      orderStatusChanged: customer.notificationPreferences.orderStatusChanged,
    },
    onValuesChange: () => setSaved(false),
  });

  const submit = async (values: NotificationValues) => {
    setFailure(undefined);
    const result = await update({ variables: { input: values } });
    const problem = accountFailure(result.data?.updateNotificationPreferences.error, result.error);
    if (problem) setFailure(problem);
    else {
      form.resetDirty();
      setSaved(true);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('notifications.intro')}
        </Text>
        {saved && <FormAlert kind="success">{t('settings.saved')}</FormAlert>}
        {failure && (
          <FormAlert kind="error" requestId={failure.requestId}>
            {translate(failure.code, { seconds: failure.retryAfterSeconds })}
          </FormAlert>
        )}
        <Switch
          label={t('notifications.orderReady')}
          description={t('notifications.orderReadyDescription')}
          data-testid="notify-order-ready"
          {...form.getInputProps('orderReady', { type: 'checkbox' })}
        />
        <Switch
          label={t('notifications.orderStatusChanged')}
          description={t('notifications.orderStatusChangedDescription')}
          data-testid="notify-status"
          {...form.getInputProps('orderStatusChanged', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={form.submitting} data-testid="notifications-save">
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
