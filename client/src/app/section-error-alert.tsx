import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../apollo/field-error.ts';
import { RequestIdNote } from './request-id-note.tsx';

interface SectionErrorAlertProps {
  error: FieldError;
  /** The company whose data failed, named in the "database unavailable" message. */
  companyName?: string | undefined;
  title?: ReactNode;
  onRetry: () => void;
}

/** One part of a page could not be loaded; the rest of the page keeps working. */
export function SectionErrorAlert({ error, companyName, title, onRetry }: SectionErrorAlertProps) {
  const { t } = useTranslation();
  const message = {
    unavailable: t('errors.unavailable', { company: companyName ?? '' }),
    'rate-limited': t('errors.rateLimited'),
    network: t('errors.network'),
    service: t('errors.service'),
    'not-found': t('errors.generic'),
    other: t('errors.generic'),
  }[error.kind];
  return (
    <Alert
      color={error.kind === 'unavailable' ? 'orange' : 'red'}
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? t('errors.title')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        <RequestIdNote requestId={error.requestId} />
        <Group>
          <Button
            size="xs"
            variant="white"
            color="dark"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={onRetry}
          >
            {t('common.retry')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
