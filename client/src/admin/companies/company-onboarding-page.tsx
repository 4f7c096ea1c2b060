import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Code,
  CopyButton,
  Group,
  List,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { CompanySetupQuery } from './company-operations.ts';

/** Saves `text` as a file of this name (the browser's download). */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/sql' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

const STEPS = ['project', 'script', 'keys', 'add', 'activate'] as const;

/** `/admin/companies/onboarding`: how a company joins, with the setup script to copy. */
export function CompanyOnboardingPage() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(CompanySetupQuery);
  const setup = data?.admin?.companySetup;
  return (
    <Stack gap="md" maw={900}>
      <Anchor component={Link} to="/admin/companies" size="sm">
        ← {t('adminCompanies.back')}
      </Anchor>
      <AdminPageTitle>{t('adminCompanies.onboarding.title')}</AdminPageTitle>
      <Text>{t('adminCompanies.onboarding.intro')}</Text>
      <List type="ordered" spacing="sm" data-testid="onboarding-steps">
        {STEPS.map((step) => (
          <List.Item key={step}>
            <Text fw={500}>{t(`adminCompanies.onboarding.steps.${step}.title`)}</Text>
            <Text size="sm" c="dimmed">
              {t(`adminCompanies.onboarding.steps.${step}.text`, {
                version: setup?.contractVersion ?? '',
              })}
            </Text>
          </List.Item>
        ))}
      </List>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4">
              {t('adminCompanies.onboarding.script')}
              {setup && (
                <Text span c="dimmed" size="sm" ml="xs" ff="monospace">
                  {setup.fileName}
                </Text>
              )}
            </Title>
            {setup && (
              <Group gap="xs">
                <CopyButton value={setup.script}>
                  {({ copied, copy }) => (
                    <Button
                      variant="default"
                      leftSection={
                        copied ? (
                          <IconCheck size={16} aria-hidden />
                        ) : (
                          <IconCopy size={16} aria-hidden />
                        )
                      }
                      onClick={copy}
                      data-testid="onboarding-copy"
                    >
                      {copied
                        ? t('adminCompanies.onboarding.copied')
                        : t('adminCompanies.onboarding.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() => download(setup.script, setup.fileName)}
                  data-testid="onboarding-download"
                >
                  {t('adminCompanies.onboarding.download')}
                </Button>
              </Group>
            )}
          </Group>
          {loading && !setup && (
            <Center mih={120}>
              <Loader aria-hidden />
            </Center>
          )}
          {!loading && !setup && <Alert color="red">{t('errors.generic')}</Alert>}
          {setup && (
            <ScrollArea h={360} type="auto">
              <Code block data-testid="onboarding-script">
                {setup.script}
              </Code>
            </ScrollArea>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
