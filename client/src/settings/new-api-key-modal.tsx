import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The new key, shown this once: copy it now, it cannot be shown again. */
export function NewApiKeyModal({
  created,
  onClose,
}: {
  created: { key: string; name: string } | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={created !== undefined}
      onClose={onClose}
      title={t('apiKeys.createdTitle', { name: created?.name ?? '' })}
      size="lg"
      closeOnClickOutside={false}
    >
      {created && (
        <Stack gap="md">
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="note">
            {t('apiKeys.shownOnce')}
          </Alert>
          <Code block data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
            {created.key}
          </Code>
          <Group justify="space-between">
            <CopyButton value={created.key}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  color={copied ? 'teal' : undefined}
                  leftSection={
                    copied ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCopy size={16} aria-hidden />
                    )
                  }
                  onClick={copy}
                  data-testid="api-key-copy"
                >
                  {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose} data-testid="api-key-done">
              {t('apiKeys.done')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('apiKeys.usage')}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
