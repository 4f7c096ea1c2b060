import { type AdminCompanyError, companyError } from './company-input.ts';

/** A company's contact details (migration 0009): all optional, shown to customers and on PDFs. */
export interface CompanyContact {
  legalName: string | null;
  address: string | null;
  taxNumber: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export const NO_CONTACT: CompanyContact = {
  legalName: null,
  address: null,
  taxNumber: null,
  phone: null,
  email: null,
  website: null,
};

/** The columns of `companies` behind `CompanyContact`, in its field order. */
export const CONTACT_COLUMNS = 'legal_name, address, tax_number, phone, email, website';

export interface ContactColumns {
  legal_name: string | null;
  address: string | null;
  tax_number: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export const contactOf = (r: ContactColumns): CompanyContact => ({
  legalName: r.legal_name,
  address: r.address,
  taxNumber: r.tax_number,
  phone: r.phone,
  email: r.email,
  website: r.website,
});

/** The values in `CONTACT_COLUMNS` order, for a query's parameters. */
export const contactValues = (c: CompanyContact) => [
  c.legalName,
  c.address,
  c.taxNumber,
  c.phone,
  c.email,
  c.website,
];

// Control characters (a tab, a NUL) have no place in a printed address; the checks refuse them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Hungarian `12345678-1-12`, or an EU VAT number `HU12345678`. */
const TAX_NUMBER = /^([0-9]{8}-[0-9]-[0-9]{2}|[A-Z]{2}[0-9A-Z]{2,13})$/;
const PHONE = /^\+?[0-9 ()/-]+$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

type Checked = { value: CompanyContact } | { error: AdminCompanyError };

/**
 * Checks the contact details of a company change; blank fields become null (cleared). Each
 * failure is `INVALID_CONTACT` naming its field, e.g. `contact.taxNumber`.
 */
export function checkContact(
  input: { [K in keyof CompanyContact]?: string | null },
  at = 'contact',
): Checked {
  const value: CompanyContact = { ...NO_CONTACT };
  const bad = (field: keyof CompanyContact, message: string): Checked => ({
    error: companyError('INVALID_CONTACT', message, `${at}.${field}`),
  });
  for (const field of Object.keys(NO_CONTACT) as (keyof CompanyContact)[]) {
    const raw = input[field];
    const text = raw?.trim() ?? '';
    if (text === '') continue;
    if (CONTROL.test(text) || LONE_SURROGATE.test(text)) {
      return bad(field, 'Control characters are not allowed');
    }
    value[field] = text;
  }
  const { legalName, address, taxNumber, phone, email, website } = value;
  if (legalName && legalName.length > 200) {
    return bad('legalName', 'The legal name must be at most 200 characters');
  }
  if (address && address.length > 300) {
    return bad('address', 'The address must be at most 300 characters');
  }
  if (taxNumber) {
    const compact = taxNumber.toUpperCase().replace(/\s+/g, '');
    if (!TAX_NUMBER.test(compact)) {
      return bad(
        'taxNumber',
        'The tax number must look like 12345678-1-12 (or an EU VAT number like HU12345678)',
      );
    }
    value.taxNumber = compact;
  }
  if (phone) {
    const digits = phone.replace(/\D/g, '').length;
    if (!PHONE.test(phone) || phone.length > 30 || digits < 6) {
      return bad(
        'phone',
        'The phone number must be digits, spaces, + ( ) / -, e.g. +36 1 234 5678',
      );
    }
  }
  if (email && (!EMAIL.test(email) || email.length > 254)) {
    return bad('email', 'The e-mail address is not valid, e.g. info@example.hu');
  }
  if (website) {
    // "example.hu" is taken as https://example.hu.
    const text = /^https?:\/\//i.test(website) ? website : `https://${website}`;
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    if (
      !url?.hostname.includes('.') ||
      url.username ||
      url.password ||
      /\s/.test(text) ||
      text.length > 300
    ) {
      return bad('website', 'The website must be an address like https://example.hu');
    }
    value.website = text;
  }
  return { value };
}
