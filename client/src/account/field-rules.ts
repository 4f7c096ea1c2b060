import type { TFunction } from 'i18next';
import { z } from 'zod';
import { firstBrokenRule, type PasswordPolicy } from './password-policy.ts';

/** The API's phone number rule (`MobileInput` of the portal subgraph), mirrored. */
const MOBILE_PATTERN = /^\+?[0-9 ()/-]{6,40}$/;

/**
 * The API's input rules for account fields, mirrored so the customer learns about a mistake
 * at the field, in their language, before anything is sent. The API checks them again.
 */
export function accountFieldRules(t: TFunction) {
  const tooLong = (max: number) => t('validation.tooLong', { max });
  const text = (max: number) => z.string().trim().max(max, tooLong(max));
  return {
    email: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(254, tooLong(254))
      .pipe(z.email(t('validation.email'))),
    name: text(200).min(1, t('validation.required')),
    mobile: text(40).refine((v) => v === '' || MOBILE_PATTERN.test(v), t('validation.mobile')),
    /** A password being checked (sign in, current password): only that it was typed. */
    password: z.string().min(1, t('validation.required')),
    text,
  };
}

/** Billing details: all optional, with the API's length limits. */
export function billingSchema(t: TFunction) {
  const { text } = accountFieldRules(t);
  return z.object({
    name: text(200),
    country: text(100),
    city: text(200),
    postalCode: text(20),
    street: text(200),
    houseNumber: text(50),
    taxNumber: text(50),
    companyRegistrationNumber: text(50),
  });
}

/** The message for the first password rule a new password breaks, or undefined. */
export function newPasswordProblem(
  t: TFunction,
  password: string,
  email: string,
  policy: PasswordPolicy,
): string | undefined {
  if (!password) return t('validation.required');
  if ([...password].length > policy.maxLength) {
    return t('validation.tooLong', { max: policy.maxLength });
  }
  const rule = firstBrokenRule(password, email, policy);
  if (!rule) return undefined;
  return t(`validation.passwordRules.${rule}`, {
    min: policy.minLength,
    max: policy.maxLength,
    classes: policy.minCharacterClasses,
  });
}
