import { Alert, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdminTestCompanyConnectionMutation } from '../../__generated__/graphql.ts';

export type ConnectionTestResult = AdminTestCompanyConnectionMutation['testCompanyConnection'];

const looks = {
  PASSED: { color: 'teal', Icon: IconCheck },
  FAILED: { color: 'red', Icon: IconX },
  SKIPPED: { color: 'gray', Icon: IconMinus },
} as const;

/** The connection test as a checklist: each step passed, failed (named, with why) or skipped. */
export function ConnectionChecklist({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation();
  const counts = result.catalogCounts;
  return (
    <Stack gap="sm" data-testid="connection-result" data-ok={result.ok}>
      <Alert
        color={result.ok ? 'teal' : 'red'}
        title={
          result.ok
            ? t('adminCompanies.test.allPassed')
            : t('adminCompanies.test.failedAt', {
                step: result.failedStep ? t(`adminCompanies.test.steps.${result.failedStep}`) : '',
              })
        }
        data-testid="connection-summary"
      >
        {!result.ok && result.failedStep && (
          <Text size="sm">{t(`adminCompanies.test.hints.${result.failedStep}`)}</Text>
        )}
      </Alert>
      <List spacing="xs" listStyleType="none">
        {result.steps.map((step) => {
          const { color, Icon } = looks[step.status];
          let summary: string | null = null;
          if (step.status === 'PASSED' && step.kind === 'CATALOG' && counts) {
            summary = t('adminCompanies.test.counts', counts);
          } else if (step.status === 'PASSED' && step.kind === 'LATENCY') {
            summary = t('adminCompanies.test.latency', { ms: result.latencyMs ?? 0 });
          } else if (step.status === 'PASSED' && step.kind === 'CONTRACT_VERSION') {
            summary = t('adminCompanies.test.version', { version: result.contractVersion ?? 0 });
          }
          return (
            <List.Item
              key={step.kind}
              data-testid={`connection-step-${step.kind}`}
              data-status={step.status}
              icon={
                <ThemeIcon color={color} size={22} radius="xl" variant="light">
                  <Icon size={14} aria-hidden />
                </ThemeIcon>
              }
            >
              <Text size="sm" fw={500}>
                {t(`adminCompanies.test.steps.${step.kind}`)} —{' '}
                {t(`adminCompanies.test.status.${step.status}`)}
              </Text>
              {summary && (
                <Text size="sm" c="dimmed">
                  {summary}
                </Text>
              )}
              {step.status === 'FAILED' && step.detail && (
                <Text size="xs" c="dimmed" ff="monospace">
                  {step.detail}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
