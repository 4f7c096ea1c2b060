import { describe, expect, it } from 'vitest';
import { checkContact, NO_CONTACT } from './company-contact.ts';

const ok = (input: Parameters<typeof checkContact>[0]) => {
  const result = checkContact(input);
  if ('error' in result) throw new Error(result.error.message);
  return result.value;
};
const fieldOf = (input: Parameters<typeof checkContact>[0]) => {
  const result = checkContact(input);
  return 'error' in result ? [result.error.code, result.error.field] : null;
};

describe('company contact details', () => {
  it('takes realistic Hungarian details, trimmed, blanks cleared', () => {
    expect(
      ok({
        legalName: '  Turinova Lapszabászat Kft. ',
        address: '6000 Kecskemét, Szegedi út 12.',
        taxNumber: '23456789-2-03',
        phone: '+36 (76) 123-4567',
        email: 'ajanlat@turinova.hu',
        website: 'turinova.hu',
      }),
    ).toEqual({
      legalName: 'Turinova Lapszabászat Kft.',
      address: '6000 Kecskemét, Szegedi út 12.',
      taxNumber: '23456789-2-03',
      phone: '+36 (76) 123-4567',
      email: 'ajanlat@turinova.hu',
      website: 'https://turinova.hu',
    });
    expect(ok({})).toEqual(NO_CONTACT);
    expect(ok({ phone: '   ', email: null })).toEqual(NO_CONTACT);
    expect(ok({ taxNumber: 'hu 23456789' }).taxNumber).toBe('HU23456789');
  });

  it('refuses malformed details, naming the field', () => {
    expect(fieldOf({ taxNumber: '1234-5' })).toEqual(['INVALID_CONTACT', 'contact.taxNumber']);
    expect(fieldOf({ taxNumber: '23456789-2-3' })).toEqual([
      'INVALID_CONTACT',
      'contact.taxNumber',
    ]);
    expect(fieldOf({ phone: '12345' })).toEqual(['INVALID_CONTACT', 'contact.phone']);
    expect(fieldOf({ phone: '+36 1 234 5678 ext' })).toEqual(['INVALID_CONTACT', 'contact.phone']);
    expect(fieldOf({ email: 'info@' })).toEqual(['INVALID_CONTACT', 'contact.email']);
    expect(fieldOf({ email: 'a b@c.hu' })).toEqual(['INVALID_CONTACT', 'contact.email']);
    expect(fieldOf({ website: 'ftp://turinova.hu' })).toEqual([
      'INVALID_CONTACT',
      'contact.website',
    ]);
    expect(fieldOf({ website: 'localhost' })).toEqual(['INVALID_CONTACT', 'contact.website']);
    expect(fieldOf({ legalName: 'x'.repeat(201) })).toEqual([
      'INVALID_CONTACT',
      'contact.legalName',
    ]);
    expect(fieldOf({ address: 'a'.repeat(301) })).toEqual(['INVALID_CONTACT', 'contact.address']);
    expect(fieldOf({ address: 'Fő utca\u00001' })).toEqual(['INVALID_CONTACT', 'contact.address']);
    expect(fieldOf({ legalName: 'Kft \ud800' })).toEqual(['INVALID_CONTACT', 'contact.legalName']);
  });
});
