import { Code, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Request id: …" under an error, for the user to quote to support. */
export function RequestIdNote({ requestId }: { requestId: string | undefined }) {
  const { t } = useTranslation();
  if (!requestId) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('common.requestId')}: <Code>{requestId}</Code>
    </Text>
  );
}
