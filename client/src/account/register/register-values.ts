import type { TFunction } from 'i18next';
import { z } from 'zod';
import { type BillingValues, billingFields, emptyBilling } from '../billing-values.ts';
import { accountFieldRules, billingSchema, newPasswordProblem } from '../field-rules.ts';
import type { PasswordPolicy } from '../password-policy.ts';

/** All three registration steps in one form, so going back and forth keeps every value. */
export type RegisterValues = {
  name: string;
  email: string;
  mobile: string;
  password: string;
  billing: BillingValues;
  companyIds: string[];
  notifications: { orderReady: boolean; orderStatusChanged: boolean };
};

export const REGISTER_STEPS = ['account', 'billing', 'companies'] as const;
export type RegisterStep = (typeof REGISTER_STEPS)[number];

export const emptyRegisterValues = (): RegisterValues => ({
  name: '',
  email: '',
  mobile: '',
  password: '',
  billing: emptyBilling(),
  companyIds: [],
  notifications: { orderReady: false, orderStatusChanged: false },
});

/** The form's fields by step, in page order (server errors lead back to their step). */
export const registerFieldsByStep: Record<RegisterStep, readonly string[]> = {
  account: ['name', 'email', 'mobile', 'password'],
  billing: billingFields.map((field) => `billing.${field}`),
  companies: ['companyIds', 'notifications.orderReady', 'notifications.orderStatusChanged'],
};

export function stepOfField(field: string): number {
  const index = REGISTER_STEPS.findIndex((step) => registerFieldsByStep[step].includes(field));
  return Math.max(0, index);
}

/** Each step checks only its own fields: "next" must not complain about later steps. */
export function registerStepSchemas(t: TFunction, policy: PasswordPolicy) {
  const rules = accountFieldRules(t);
  return [
    z
      .object({ name: rules.name, email: rules.email, mobile: rules.mobile, password: z.string() })
      .superRefine(({ password, email }, ctx) => {
        const problem = newPasswordProblem(t, password, email, policy);
        if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
      }),
    z.object({ billing: billingSchema(t) }),
    z.object({ companyIds: z.array(z.string()).max(20, t('validation.tooManyCompanies')) }),
  ] as const;
}
