import { describe, expect, it } from 'vitest';
import type { AccountFailure } from './account-failure.ts';
import { type FormFailureSpec, failureField, mapFailureToForm } from './form-error-mapping.ts';

const translate = (code: string, { seconds }: { seconds?: number }) =>
  seconds ? `${code} in ${seconds}s` : code;

const registerSpec: FormFailureSpec = {
  fields: ['name', 'email', 'password', 'billing.postalCode', 'companyIds'],
  codeFields: { EMAIL_TAKEN: 'email', WEAK_PASSWORD: 'password' },
};

describe('failureField', () => {
  it('takes the field the API names', () => {
    expect(failureField({ code: 'INVALID_INPUT', field: 'billing.postalCode' }, registerSpec)).toBe(
      'billing.postalCode',
    );
  });

  it('drops an input prefix and list indexes', () => {
    expect(failureField({ code: 'INVALID_INPUT', field: 'input.email' }, registerSpec)).toBe(
      'email',
    );
    expect(failureField({ code: 'COMPANY_NOT_FOUND', field: 'companyIds.2' }, registerSpec)).toBe(
      'companyIds',
    );
  });

  it('knows the field of a code when the API names none', () => {
    expect(failureField({ code: 'EMAIL_TAKEN' }, registerSpec)).toBe('email');
    expect(failureField({ code: 'WEAK_PASSWORD' }, registerSpec)).toBe('password');
  });

  it('follows aliases between API and form names', () => {
    const spec: FormFailureSpec = {
      fields: ['currentPassword', 'newPassword'],
      aliases: { password: 'newPassword' },
      codeFields: { WRONG_PASSWORD: 'currentPassword' },
    };
    expect(failureField({ code: 'WEAK_PASSWORD', field: 'password' }, spec)).toBe('newPassword');
    expect(failureField({ code: 'WRONG_PASSWORD' }, spec)).toBe('currentPassword');
  });

  it('has no field for a failure of the whole form or a field the form does not show', () => {
    expect(failureField({ code: 'INVALID_CREDENTIALS' }, registerSpec)).toBeUndefined();
    expect(failureField({ code: 'INVALID_INPUT', field: 'locale' }, registerSpec)).toBeUndefined();
  });
});

describe('mapFailureToForm', () => {
  it('puts a field failure on its field, in the customer language', () => {
    expect(mapFailureToForm({ code: 'EMAIL_TAKEN' }, registerSpec, translate)).toEqual({
      fieldErrors: { email: 'EMAIL_TAKEN' },
    });
  });

  it('puts other failures over the form, with the wait time', () => {
    const failure: AccountFailure = { code: 'RATE_LIMITED', retryAfterSeconds: 42 };
    expect(mapFailureToForm(failure, registerSpec, translate)).toEqual({
      fieldErrors: {},
      formError: 'RATE_LIMITED in 42s',
    });
  });
});
