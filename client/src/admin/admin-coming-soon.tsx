import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A placeholder admin page (the page is being built); replace its route entry with the page. */
export function AdminComingSoon({ section }: { section: string }) {
  const { t } = useTranslation();
  return (
    <Center mih={240} data-testid={`admin-coming-${section}`}>
      <Stack align="center" gap="xs">
        <ThemeIcon size="xl" variant="light" radius="xl">
          <IconTools aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('admin.coming.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('admin.coming.text')}
        </Text>
      </Stack>
    </Center>
  );
}
