/** The billing form's values: every field a string, empty when not given. */
export type BillingValues = {
  name: string;
  country: string;
  city: string;
  postalCode: string;
  street: string;
  houseNumber: string;
  taxNumber: string;
  companyRegistrationNumber: string;
};

export const billingFields = [
  'name',
  'country',
  'city',
  'postalCode',
  'street',
  'houseNumber',
  'taxNumber',
  'companyRegistrationNumber',
] as const satisfies readonly (keyof BillingValues)[];

export const DEFAULT_COUNTRY = 'Magyarország';

export const emptyBilling = (): BillingValues => ({
  name: '',
  country: DEFAULT_COUNTRY,
  city: '',
  postalCode: '',
  street: '',
  houseNumber: '',
  taxNumber: '',
  companyRegistrationNumber: '',
});

type BillingAnswer = { [Key in keyof BillingValues]?: string | null };

/** The form's values from the API's `BillingDetails` (null becomes empty). */
export function billingValuesOf(billing: BillingAnswer | null | undefined): BillingValues {
  const values = emptyBilling();
  for (const field of billingFields) values[field] = billing?.[field] ?? values[field];
  return values;
}

/** The API's `BillingInput`: trimmed, empty fields left out (the country falls back). */
export function billingInputOf(values: BillingValues): BillingAnswer {
  const input: BillingAnswer = {};
  for (const field of billingFields) {
    const value = values[field].trim();
    if (value) input[field] = value;
  }
  return input;
}
