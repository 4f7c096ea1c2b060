import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DebouncedSearchInput } from '../../app/debounced-search-input.tsx';
import { useFormatters } from '../../format/use-formatters.ts';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { AdminCompaniesQuery } from '../companies/company-operations.ts';
import { AdminTable, CursorPager, PanelLoadError, PanelLoading } from '../panel-ui.tsx';
import { AdminCustomersQuery } from './customer-operations.ts';

const PAGE_SIZE = 25;

/** `yes` / `no` in the URL as the filter's true / false; anything else is no filter. */
const flag = (raw: string | null): boolean | null =>
  raw === 'yes' ? true : raw === 'no' ? false : null;

/** `/admin/customers?q=…&verified=…&disabled=…&company=…`: customer accounts, newest first. */
export function CustomerListPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const verified = flag(params.get('verified'));
  const disabled = flag(params.get('disabled'));
  const companyId = params.get('company');
  // The cursors of the pages before this one (Previous goes back one).
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors.at(-1) ?? null;
  const { data, loading, error, refetch } = useQuery(AdminCustomersQuery, {
    variables: {
      filter: { search: q || null, verified, disabled, companyId: companyId || null },
      first: PAGE_SIZE,
      after,
    },
    fetchPolicy: 'cache-and-network',
  });
  const companies = useQuery(AdminCompaniesQuery, { variables: { search: null, active: null } });
  const page = data?.admin?.customers;
  const setParam = (key: string, value: string | null) => {
    setCursors([null]);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };
  const yesNo = (yes: string, no: string) => [
    { value: '', label: t('adminPanel.customers.any') },
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];

  return (
    <Stack gap="md">
      <AdminPageTitle>{t('adminPanel.customers.title')}</AdminPageTitle>
      <Group align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: '1 1 260px' }}>
          <DebouncedSearchInput
            value={q}
            onSearch={(value) => setParam('q', value.trim())}
            label={t('adminPanel.customers.search')}
            placeholder={t('adminPanel.customers.searchPlaceholder')}
            clearLabel={t('adminPanel.customers.clearSearch')}
            testId="customers-search"
          />
        </div>
        <Select
          label={t('adminPanel.customers.verified')}
          value={params.get('verified') ?? ''}
          onChange={(v) => setParam('verified', v)}
          data={yesNo(t('adminPanel.customers.verifiedYes'), t('adminPanel.customers.verifiedNo'))}
          allowDeselect={false}
          w={170}
          data-testid="customers-verified"
        />
        <Select
          label={t('adminPanel.customers.status')}
          value={params.get('disabled') ?? ''}
          onChange={(v) => setParam('disabled', v)}
          data={yesNo(t('adminPanel.customers.disabled'), t('adminPanel.customers.enabled'))}
          allowDeselect={false}
          w={150}
          data-testid="customers-disabled"
        />
        <Select
          label={t('adminPanel.customers.company')}
          value={companyId ?? ''}
          onChange={(v) => setParam('company', v)}
          data={[
            { value: '', label: t('adminPanel.customers.anyCompany') },
            ...(companies.data?.admin?.companies ?? []).map((c) => ({
              value: c.id,
              label: c.name,
            })),
          ]}
          allowDeselect={false}
          searchable
          w={220}
          data-testid="customers-company"
        />
      </Group>
      {error && !data && <PanelLoadError onRetry={() => void refetch()} />}
      {!page && loading && <PanelLoading />}
      {page && (
        <>
          <AdminTable
            rows={page.edges}
            testId="customers-table"
            minWidth={720}
            empty={t('adminPanel.customers.empty')}
            emptyTestId="customers-empty"
            busy={loading}
            highlightOnHover
            headers={[
              t('adminPanel.customers.fields.name'),
              t('adminPanel.customers.fields.email'),
              t('adminPanel.customers.status'),
              t('adminPanel.customers.fields.companies'),
              t('adminPanel.customers.fields.createdAt'),
            ]}
          >
            {({ node: c }) => (
              <Table.Tr key={c.id} data-testid="customer-row" data-email={c.email}>
                <Table.Td>
                  <Anchor component={Link} to={c.id} data-testid="customer-link">
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.email}</Text>
                  {!c.emailVerified && (
                    <Text size="xs" c="dimmed">
                      {t('adminPanel.customer.notVerified')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={c.disabled ? 'red' : 'teal'}
                    variant="light"
                    data-testid="customer-status"
                  >
                    {c.disabled
                      ? t('adminPanel.customers.disabled')
                      : t('adminPanel.customers.enabled')}
                  </Badge>
                </Table.Td>
                <Table.Td>{f.count(c.companyCount)}</Table.Td>
                <Table.Td>{f.date(c.createdAt)}</Table.Td>
              </Table.Tr>
            )}
          </AdminTable>
          <CursorPager
            cursors={cursors}
            setCursors={setCursors}
            hasNextPage={page.pageInfo.hasNextPage}
            endCursor={page.pageInfo.endCursor}
            summary={t('adminPanel.shownOf', {
              shown: f.count(page.edges.length),
              total: f.count(page.totalCount),
            })}
          />
        </>
      )}
    </Stack>
  );
}
