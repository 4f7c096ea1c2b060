import type { TFunction } from 'i18next';
import type { AdminCompanyErrorCode } from '../../__generated__/graphql.ts';

/** The contact detail fields of the company form (`contact.*`, as the API names them). */
export const CONTACT_FIELDS = [
  'legalName',
  'address',
  'taxNumber',
  'phone',
  'email',
  'website',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The fields of the company form. */
export type CompanyField =
  | 'name'
  | 'slug'
  | 'supabaseUrl'
  | 'secretKey'
  | `contact.${ContactField}`;

const FIELDS = new Set<string>([
  'name',
  'slug',
  'supabaseUrl',
  'secretKey',
  ...CONTACT_FIELDS.map((f) => `contact.${f}`),
]);

/** A refused change as the form shows it: at its field, or above the form. */
export function companyErrorToForm(
  error: { code: AdminCompanyErrorCode; field?: string | null },
  t: TFunction,
): { field: CompanyField | null; message: string } {
  const contactField = error.field?.startsWith('contact.') ? error.field.slice(8) : null;
  const message =
    error.code === 'INVALID_CONTACT' && contactField
      ? t(`adminCompanies.contact.errors.${contactField as ContactField}`)
      : t(`adminCompanies.errors.${error.code}`);
  return {
    field: error.field && FIELDS.has(error.field) ? (error.field as CompanyField) : null,
    message,
  };
}

/** A slug suggested from a name: accents dropped, lower-case words joined by hyphens. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
