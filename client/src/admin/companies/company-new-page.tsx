import { useMutation } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AdminPageTitle } from '../admin-page-title.tsx';
import {
  CompanyForm,
  type CompanyFormValues,
  EMPTY_CONTACT,
  type SaveOutcome,
} from './company-form.tsx';
import { CreateCompanyMutation } from './company-operations.ts';

/** `/admin/companies/new`: registers a company (test the connection first, then save). */
export function CompanyNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateCompanyMutation, {
    refetchQueries: ['AdminCompanies'],
  });
  const save = async (values: CompanyFormValues): Promise<SaveOutcome> => {
    const r = await create({ variables: { input: values } });
    const answer = r.data?.createCompany;
    if (answer?.company) {
      await navigate(`/admin/companies/${answer.company.id}`, { state: { created: true } });
      return { ok: true };
    }
    return { ok: false, error: answer?.error ?? null };
  };
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to="/admin/companies" size="sm">
        ← {t('adminCompanies.back')}
      </Anchor>
      <AdminPageTitle>{t('adminCompanies.newTitle')}</AdminPageTitle>
      <CompanyForm
        initialValues={{
          name: '',
          slug: '',
          supabaseUrl: '',
          secretKey: '',
          contact: EMPTY_CONTACT,
        }}
        save={save}
        submitLabel={t('adminCompanies.create')}
      />
    </Stack>
  );
}
