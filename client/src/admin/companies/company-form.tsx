import { useMutation } from '@apollo/client/react';
import {
  Button,
  Fieldset,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminCompanyErrorCode } from '../../__generated__/graphql.ts';
import { FormAlert } from '../../account/form-alert.tsx';
import { useCanChange } from '../admin-context.tsx';
import {
  CONTACT_FIELDS,
  type CompanyField,
  type ContactField,
  companyErrorToForm,
  slugFromName,
} from './company-error.ts';
import { TestCompanyConnectionMutation } from './company-operations.ts';
import { ConnectionChecklist, type ConnectionTestResult } from './connection-checklist.tsx';

export interface CompanyFormValues {
  name: string;
  slug: string;
  supabaseUrl: string;
  /** Empty on edit: keep the stored key. */
  secretKey: string;
  /** Contact details for customers and quote PDFs; an empty field is none. */
  contact: Record<ContactField, string>;
}

/** No contact details (a new company's form). */
export const EMPTY_CONTACT: Record<ContactField, string> = {
  legalName: '',
  address: '',
  taxNumber: '',
  phone: '',
  email: '',
  website: '',
};

/** Stored contact details (nulls) as form values. */
export function contactValues(
  contact: Partial<Record<ContactField, string | null>> | null | undefined,
): Record<ContactField, string> {
  return Object.fromEntries(CONTACT_FIELDS.map((f) => [f, contact?.[f] ?? ''])) as Record<
    ContactField,
    string
  >;
}

/** Rough checks before sending (the server's are the rule, `company-contact.ts`). */
const CONTACT_CHECKS: Partial<Record<ContactField, RegExp>> = {
  taxNumber: /^(\d{8}-\d-\d{2}|[A-Za-z]{2}\s*[0-9A-Za-z]{2,13})$/,
  phone: /^\+?[0-9 ()/-]{6,30}$/,
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
};

export type SaveOutcome =
  | { ok: true }
  /** `error` null: no answer (network); the form says saving failed. */
  | { ok: false; error: { code: AdminCompanyErrorCode; field?: string | null } | null };

interface CompanyFormProps {
  /** The company being edited; absent for a new one. */
  existing?: { id: string; secretKeySet: boolean; secretKeyLast4?: string | null | undefined };
  initialValues: CompanyFormValues;
  save: (values: CompanyFormValues) => Promise<SaveOutcome>;
  submitLabel: string;
}

/**
 * Name, slug, Supabase URL and secret key, with a connection test of what is typed (or, on
 * edit, of the stored values where the fields were left alone). The key field is write-only:
 * on edit it starts empty and an empty field keeps the stored key.
 */
export function CompanyForm({ existing, initialValues, save, submitLabel }: CompanyFormProps) {
  const { t } = useTranslation();
  const canChange = useCanChange();
  const [formError, setFormError] = useState<string>();
  const [slugTouched, setSlugTouched] = useState(existing !== undefined);
  const [test, { loading: testing }] = useMutation(TestCompanyConnectionMutation);
  const [result, setResult] = useState<ConnectionTestResult>();
  const form = useForm<CompanyFormValues>({
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : t('adminCompanies.errors.INVALID_NAME')),
      slug: (v) => (v.trim() ? null : t('adminCompanies.errors.INVALID_SLUG')),
      supabaseUrl: (v) => (v.trim() ? null : t('adminCompanies.errors.INVALID_URL')),
      secretKey: (v) =>
        existing || v.trim() ? null : t('adminCompanies.errors.SECRET_KEY_REQUIRED'),
      contact: Object.fromEntries(
        CONTACT_FIELDS.map((field) => [
          field,
          (v: string) =>
            v.trim() && CONTACT_CHECKS[field] && !CONTACT_CHECKS[field].test(v.trim())
              ? t(`adminCompanies.contact.errors.${field}`)
              : null,
        ]),
      ),
    },
  });

  const showError = (error: { code: AdminCompanyErrorCode; field?: string | null }) => {
    const mapped = companyErrorToForm(error, t);
    if (mapped.field) form.setFieldError(mapped.field as CompanyField, mapped.message);
    else setFormError(mapped.message);
  };

  const submit = async (values: CompanyFormValues) => {
    setFormError(undefined);
    const outcome = await save(values);
    if (outcome.ok) return;
    if (outcome.error) showError(outcome.error);
    else setFormError(t('adminCompanies.saveFailed'));
  };

  const runTest = async () => {
    setFormError(undefined);
    setResult(undefined);
    const { supabaseUrl, secretKey } = form.values;
    const urlChanged = supabaseUrl.trim() !== initialValues.supabaseUrl.trim();
    const input = existing
      ? {
          companyId: existing.id,
          ...(urlChanged ? { supabaseUrl } : {}),
          ...(secretKey.trim() ? { secretKey } : {}),
        }
      : { supabaseUrl, secretKey };
    const r = await test({ variables: { input } });
    const answer = r.data?.testCompanyConnection;
    if (!answer) {
      setFormError(t('adminCompanies.test.couldNotRun'));
      return;
    }
    if (answer.error) {
      showError(answer.error);
      return;
    }
    setResult(answer);
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="md">
            {formError && (
              <FormAlert kind="error" testId="company-form-error">
                {formError}
              </FormAlert>
            )}
            <TextInput
              label={t('adminCompanies.fields.name')}
              required
              maxLength={200}
              disabled={!canChange}
              data-testid="company-name"
              {...form.getInputProps('name')}
              onChange={(event) => {
                const name = event.currentTarget.value;
                form.setFieldValue('name', name);
                if (!slugTouched) form.setFieldValue('slug', slugFromName(name));
              }}
            />
            <TextInput
              label={t('adminCompanies.fields.slug')}
              description={t('adminCompanies.fields.slugHint')}
              required
              maxLength={60}
              disabled={!canChange}
              data-testid="company-slug"
              {...form.getInputProps('slug')}
              onChange={(event) => {
                setSlugTouched(true);
                form.setFieldValue('slug', event.currentTarget.value);
              }}
            />
            <TextInput
              label={t('adminCompanies.fields.supabaseUrl')}
              description={t('adminCompanies.fields.supabaseUrlHint')}
              placeholder="https://abcd.supabase.co"
              required
              disabled={!canChange}
              data-testid="company-url"
              {...form.getInputProps('supabaseUrl')}
            />
            <PasswordInput
              label={t('adminCompanies.fields.secretKey')}
              description={
                existing?.secretKeySet
                  ? t('adminCompanies.fields.secretKeyKeep', {
                      last4: existing.secretKeyLast4 ?? '????',
                    })
                  : t('adminCompanies.fields.secretKeyHint')
              }
              required={!existing}
              autoComplete="off"
              disabled={!canChange}
              data-testid="company-key"
              {...form.getInputProps('secretKey')}
            />
            <Fieldset legend={t('adminCompanies.contact.title')} data-testid="company-contact-form">
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {t('adminCompanies.contact.hint')}
                </Text>
                {CONTACT_FIELDS.map((field) => (
                  <TextInput
                    key={field}
                    label={t(`adminCompanies.contact.fields.${field}`)}
                    placeholder={t(`adminCompanies.contact.placeholders.${field}`)}
                    maxLength={field === 'address' ? 300 : field === 'email' ? 254 : 200}
                    disabled={!canChange}
                    data-testid={`company-contact-${field}`}
                    {...form.getInputProps(`contact.${field}`)}
                  />
                ))}
              </Stack>
            </Fieldset>
            {canChange ? (
              <Group justify="flex-end">
                <Button
                  variant="default"
                  leftSection={<IconPlugConnected size={16} aria-hidden />}
                  loading={testing}
                  onClick={() => void runTest()}
                  data-testid="company-test"
                >
                  {t('adminCompanies.test.run')}
                </Button>
                <Button type="submit" loading={form.submitting} data-testid="company-save">
                  {submitLabel}
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed" data-testid="company-read-only">
                {t('adminCompanies.readOnly')}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
      {result && (
        <Paper withBorder p="lg" radius="md">
          <ConnectionChecklist result={result} />
        </Paper>
      )}
    </Stack>
  );
}
