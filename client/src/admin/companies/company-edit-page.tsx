import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { FormAlert } from '../../account/form-alert.tsx';
import { useCanChange } from '../admin-context.tsx';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { CONTACT_FIELDS } from './company-error.ts';
import {
  CompanyForm,
  type CompanyFormValues,
  contactValues,
  type SaveOutcome,
} from './company-form.tsx';
import {
  AdminCompanyQuery,
  SetCompanyActiveMutation,
  UpdateCompanyMutation,
} from './company-operations.ts';

/** `/admin/companies/:id`: edit, test the connection, activate or deactivate. */
export function CompanyEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const canChange = useCanChange();
  const notice: unknown = useLocation().state;
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { data, loading, error } = useQuery(AdminCompanyQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(UpdateCompanyMutation);
  const [setActive, { loading: switching }] = useMutation(SetCompanyActiveMutation, {
    refetchQueries: ['AdminCompanies'],
  });
  const company = data?.admin?.company;

  if (!company) {
    return loading ? (
      <Center mih={200}>
        <Loader aria-hidden />
      </Center>
    ) : (
      <Alert color="red" data-testid="company-not-found">
        {error ? t('adminCompanies.notFound') : t('errors.generic')}
      </Alert>
    );
  }

  const save = async (values: CompanyFormValues): Promise<SaveOutcome> => {
    setSaved(false);
    const input = {
      ...(values.name.trim() !== company.name ? { name: values.name } : {}),
      ...(values.slug.trim() !== company.slug ? { slug: values.slug } : {}),
      ...(values.supabaseUrl.trim() !== company.supabaseUrl
        ? { supabaseUrl: values.supabaseUrl }
        : {}),
      ...(values.secretKey.trim() ? { secretKey: values.secretKey } : {}),
      // The details are sent whole (they replace the stored ones) when any of them changed.
      ...(CONTACT_FIELDS.some((f) => values.contact[f].trim() !== (company.contact[f] ?? ''))
        ? { contact: values.contact }
        : {}),
    };
    const r = await update({ variables: { id, input } });
    const answer = r.data?.updateCompany;
    if (answer?.company) {
      setSaved(true);
      return { ok: true };
    }
    return { ok: false, error: answer?.error ?? null };
  };

  const toggle = async () => {
    await setActive({ variables: { id, active: !company.active } });
    setConfirming(false);
  };

  const created = typeof notice === 'object' && notice !== null && 'created' in notice;

  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to="/admin/companies" size="sm">
        ← {t('adminCompanies.back')}
      </Anchor>
      <AdminPageTitle
        actions={
          <Badge
            size="lg"
            color={company.active ? 'teal' : 'gray'}
            variant="light"
            data-testid="company-active-badge"
          >
            {company.active
              ? t('adminCompanies.status.active')
              : t('adminCompanies.status.inactive')}
          </Badge>
        }
      >
        {company.name}
      </AdminPageTitle>
      {created && (
        <FormAlert kind="success" testId="company-created">
          {t('adminCompanies.created')}
        </FormAlert>
      )}
      {saved && (
        <FormAlert kind="success" testId="company-saved">
          {t('adminCompanies.saved')}
        </FormAlert>
      )}
      <CompanyForm
        // A new form after each save: the key field empties and "unchanged" is the saved state.
        key={company.updatedAt}
        existing={company}
        initialValues={{
          name: company.name,
          slug: company.slug,
          supabaseUrl: company.supabaseUrl,
          secretKey: '',
          contact: contactValues(company.contact),
        }}
        save={save}
        submitLabel={t('adminCompanies.save')}
      />
      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2} maw={460}>
            <Text fw={500}>
              {company.active
                ? t('adminCompanies.deactivate.title')
                : t('adminCompanies.activate.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {company.active
                ? t('adminCompanies.deactivate.text')
                : t('adminCompanies.activate.text')}
            </Text>
          </Stack>
          {canChange && (
            <Button
              color={company.active ? 'red' : 'teal'}
              variant={company.active ? 'outline' : 'filled'}
              onClick={() => (company.active ? setConfirming(true) : void toggle())}
              loading={switching && !confirming}
              data-testid="company-toggle-active"
            >
              {company.active
                ? t('adminCompanies.deactivate.button')
                : t('adminCompanies.activate.button')}
            </Button>
          )}
        </Group>
      </Paper>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('adminCompanies.deactivate.confirmTitle', { name: company.name })}
      >
        <Stack gap="md">
          <Text size="sm">{t('adminCompanies.deactivate.text')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('adminCompanies.cancel')}
            </Button>
            <Button
              color="red"
              loading={switching}
              onClick={() => void toggle()}
              data-testid="company-confirm-deactivate"
            >
              {t('adminCompanies.deactivate.button')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
