import { z } from 'zod';
import { type Failure, fail } from './account-error.ts';

/**
 * Input rules of the account operations, checked before anything is written: a refused input
 * names its field and leaves nothing half-done. Text is kept as typed (trimmed) — markup in a
 * name is just characters, escaped wherever it is shown.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    // Control characters have no place in a name or an address and break emails and PDFs.
    .refine((v) => !/\p{Cc}/u.test(v), 'Must not contain control characters')
    // A lone UTF-16 surrogate cannot be stored as UTF-8: it would silently become U+FFFD.
    .refine((v) => !/\p{Cs}/u.test(v), 'Must not contain invalid Unicode (a lone surrogate)');

const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const EmailInput = z
  .string()
  .trim()
  .max(254, 'At most 254 characters')
  .pipe(z.email('Not a valid email address'));

export const NameInput = text(200).min(1, 'Required');

export const MobileInput = z
  .string()
  .trim()
  .max(40, 'At most 40 characters')
  .refine((v) => v === '' || /^\+?[0-9 ()/-]{6,40}$/.test(v), 'Not a valid phone number')
  .nullish()
  .transform((v) => (v ? v : null));

export const LocaleInput = z.enum(['HU', 'EN']).transform((v) => (v === 'HU' ? 'hu' : 'en'));

export const BillingInputSchema = z.object({
  name: optionalText(200),
  country: optionalText(100).transform((v) => v ?? 'Magyarország'),
  city: optionalText(200),
  postalCode: optionalText(20),
  street: optionalText(200),
  houseNumber: optionalText(50),
  taxNumber: optionalText(50),
  companyRegistrationNumber: optionalText(50),
});
export type BillingValues = z.output<typeof BillingInputSchema>;

export const NotificationInputSchema = z.object({
  orderReady: z.boolean().nullish(),
  orderStatusChanged: z.boolean().nullish(),
});

export const SignUpInputSchema = z.object({
  email: EmailInput,
  // Checked against the policy separately (WEAK_PASSWORD), after the shape is known good.
  password: z.string().max(1000, 'Too long'),
  name: NameInput,
  mobile: MobileInput,
  locale: LocaleInput.nullish().transform((v) => v ?? 'hu'),
  billing: BillingInputSchema.nullish(),
  companyIds: z.array(z.uuid('Not a valid company id')).max(20, 'At most 20 companies').nullish(),
  notificationPreferences: NotificationInputSchema.nullish(),
});
export type SignUpValues = z.output<typeof SignUpInputSchema>;

export const ProfileInputSchema = z.object({
  name: NameInput.nullish(),
  // Absent keeps the number, an empty string removes it.
  mobile: z
    .string()
    .trim()
    .max(40, 'At most 40 characters')
    .refine((v) => v === '' || /^\+?[0-9 ()/-]{6,40}$/.test(v), 'Not a valid phone number')
    .nullish(),
  locale: LocaleInput.nullish(),
});

export const ApiKeyInputSchema = z.object({
  name: text(100).min(1, 'Required'),
  scopes: z
    .array(z.enum(['CATALOG_READ', 'QUOTES_READ', 'QUOTES_WRITE', 'ORDERS_READ']))
    .min(1, 'Give at least one scope')
    .max(4),
  expiresAt: z.iso
    .datetime({ offset: true, message: 'Not an ISO 8601 date and time' })
    .nullish()
    .transform((v) => (v ? new Date(v) : null))
    .refine((d) => d === null || d.getTime() > Date.now(), 'Must be in the future'),
});

/** Parses `input` with `schema`; the first problem becomes an INVALID_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  fieldPrefix = '',
): { value: z.output<S> } | Failure {
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  const field = [fieldPrefix, path].filter(Boolean).join('.') || null;
  return fail('INVALID_INPUT', field ? `${field}: ${issue.message}` : issue.message, field);
}
