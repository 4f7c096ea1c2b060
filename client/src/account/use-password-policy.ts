import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/index.ts';
import { MIRRORED_PASSWORD_POLICY, type PasswordPolicy } from './password-policy.ts';

const PasswordPolicyQuery = graphql(`
  query UsePasswordPolicy_PasswordPolicy {
    passwordPolicy {
      minLength
      maxLength
      minCharacterClasses
      notEmail
    }
  }
`);

/** The API's password rules; the mirrored ones until it answers, or if it cannot. */
export function usePasswordPolicy(): PasswordPolicy {
  const { data } = useQuery(PasswordPolicyQuery);
  return data?.passwordPolicy ?? MIRRORED_PASSWORD_POLICY;
}
