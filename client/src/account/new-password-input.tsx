import { PasswordInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { PasswordPolicy } from './password-policy.ts';
import { PasswordRules } from './password-rules.tsx';

interface NewPasswordInputProps {
  label: string;
  inputProps: GetInputPropsReturnType;
  /** For the "not your email address" rule. */
  email: string;
  policy: PasswordPolicy;
  testId: string;
}

/**
 * A password being chosen, with its rules and strength hint right below the field (after
 * the error). As the field's description they are announced with it by screen readers.
 */
export function NewPasswordInput({
  label,
  inputProps,
  email,
  policy,
  testId,
}: NewPasswordInputProps) {
  const password = typeof inputProps.value === 'string' ? inputProps.value : '';
  return (
    <PasswordInput
      label={label}
      autoComplete="new-password"
      required
      maxLength={policy.maxLength + 50}
      inputWrapperOrder={['label', 'input', 'error', 'description']}
      // The rules are a list: a <div>, not the default <p>.
      descriptionProps={{ component: 'div', mt: 'xs' }}
      description={<PasswordRules password={password} email={email} policy={policy} />}
      data-testid={testId}
      {...inputProps}
    />
  );
}
