import type { AccountFailure } from './account-failure.ts';

/** Where a form shows failures: its fields, and which field a code concerns by default. */
export interface FormFailureSpec {
  /** The form's field paths (`email`, `billing.city`). */
  fields: readonly string[];
  /** API field names that differ from the form's (`newPassword` → `password`). */
  aliases?: Readonly<Record<string, string>>;
  /** The field of a code when the API names none (`EMAIL_TAKEN` → `email`). */
  codeFields?: Readonly<Record<string, string>>;
}

/** Texts by code; `seconds` for the rate limits. */
export type FailureTranslator = (code: string, values: { seconds?: number }) => string;

export interface FormFailure {
  /** Messages to set on fields (at most one). */
  fieldErrors: Record<string, string>;
  /** A message for the whole form, when no field is at fault. */
  formError?: string;
}

/** The form field a failure belongs to, if any. */
export function failureField(failure: AccountFailure, spec: FormFailureSpec): string | undefined {
  if (failure.field) {
    // The API may name the input object too (`input.email`), which the form does not know,
    // and names list items by index (`companyIds.2`); the form shows them at the list.
    const field = failure.field.replace(/^input\./, '').replace(/\.\d+(\..*)?$/, '');
    const mapped = spec.aliases?.[field] ?? field;
    if (spec.fields.includes(mapped)) return mapped;
  }
  const byCode = spec.codeFields?.[failure.code];
  return byCode && spec.fields.includes(byCode) ? byCode : undefined;
}

/**
 * Puts a failure where the customer looks: on the field at fault, in their language, or over
 * the form when no field is.
 */
export function mapFailureToForm(
  failure: AccountFailure,
  spec: FormFailureSpec,
  translate: FailureTranslator,
): FormFailure {
  const message = translate(failure.code, {
    ...(failure.retryAfterSeconds ? { seconds: failure.retryAfterSeconds } : {}),
  });
  const field = failureField(failure, spec);
  return field ? { fieldErrors: { [field]: message } } : { fieldErrors: {}, formError: message };
}
