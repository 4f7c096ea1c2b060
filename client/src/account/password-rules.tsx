import { Group, List, Progress, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PasswordPolicy, passwordRuleResults, passwordStrength } from './password-policy.ts';

const STRENGTH_COLORS = ['gray', 'red', 'orange', 'yellow', 'teal'] as const;
const STRENGTH_WORDS = ['none', 'weak', 'fair', 'good', 'strong'] as const;

interface PasswordRulesProps {
  password: string;
  email: string;
  policy: PasswordPolicy;
}

/**
 * The password rules, shown before the customer types and ticked off as they do, and a
 * strength hint.
 */
export function PasswordRules({ password, email, policy }: PasswordRulesProps) {
  const { t } = useTranslation();
  const strength = passwordStrength(password);
  const values = {
    min: policy.minLength,
    max: policy.maxLength,
    classes: policy.minCharacterClasses,
  };
  return (
    <Stack gap={6} data-testid="password-rules">
      <Text size="sm" fw={500}>
        {t('password.rulesTitle')}
      </Text>
      <List size="sm" spacing={2} center>
        {passwordRuleResults(password, email, policy).map(({ rule, met }) => (
          <List.Item
            key={rule}
            data-testid={`password-rule-${rule}`}
            data-met={met || undefined}
            icon={
              <ThemeIcon size={18} radius="xl" color={met ? 'teal' : 'gray'} variant="light">
                {met ? <IconCheck size={12} aria-hidden /> : <IconPoint size={12} aria-hidden />}
              </ThemeIcon>
            }
          >
            <Text size="sm" c={met ? undefined : 'dimmed'}>
              {t(`password.rules.${rule}`, values)}{' '}
              <VisuallyHidden>
                ({met ? t('password.ruleMet') : t('password.ruleNotMet')})
              </VisuallyHidden>
            </Text>
          </List.Item>
        ))}
      </List>
      <Group gap="xs" wrap="nowrap" aria-live="polite">
        <Progress
          value={strength * 25}
          color={STRENGTH_COLORS[strength]}
          size="sm"
          w={120}
          aria-hidden
        />
        <Text size="xs" c="dimmed" data-testid="password-strength">
          {t('password.strengthLabel')}: {t(`password.strength.${STRENGTH_WORDS[strength]}`)}
        </Text>
      </Group>
    </Stack>
  );
}
