import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconBook, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DebouncedSearchInput } from '../../app/debounced-search-input.tsx';
import { useCanChange } from '../admin-context.tsx';
import { AdminPageTitle } from '../admin-page-title.tsx';
import { AdminCompaniesQuery } from './company-operations.ts';

type StatusFilter = 'all' | 'active' | 'inactive';

const parseStatus = (raw: string | null): StatusFilter =>
  raw === 'active' || raw === 'inactive' ? raw : 'all';

/** `/admin/companies?q=…&status=…`: every registered company, active and inactive. */
export function CompanyListPage() {
  const { t } = useTranslation();
  const canChange = useCanChange();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = parseStatus(params.get('status'));
  const { data, loading, error, refetch } = useQuery(AdminCompaniesQuery, {
    variables: {
      search: q || null,
      active: status === 'all' ? null : status === 'active',
    },
    fetchPolicy: 'cache-and-network',
  });
  const companies = data?.admin?.companies ?? [];
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      <AdminPageTitle
        actions={
          <>
            <Button
              component={Link}
              to="onboarding"
              variant="default"
              leftSection={<IconBook size={16} aria-hidden />}
              data-testid="companies-onboarding"
            >
              {t('adminCompanies.onboarding.nav')}
            </Button>
            {canChange && (
              <Button
                component={Link}
                to="new"
                leftSection={<IconPlus size={16} aria-hidden />}
                data-testid="companies-add"
              >
                {t('adminCompanies.add')}
              </Button>
            )}
          </>
        }
      >
        {t('adminCompanies.title')}
      </AdminPageTitle>
      <Group align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: '1 1 260px' }}>
          <DebouncedSearchInput
            value={q}
            onSearch={(value) => setParam('q', value.trim())}
            label={t('adminCompanies.search')}
            placeholder={t('adminCompanies.searchPlaceholder')}
            clearLabel={t('adminCompanies.clearSearch')}
            testId="companies-search"
          />
        </div>
        <SegmentedControl
          value={status}
          onChange={(value) => setParam('status', value === 'all' ? '' : value)}
          data={[
            { value: 'all', label: t('adminCompanies.status.all') },
            { value: 'active', label: t('adminCompanies.status.active') },
            { value: 'inactive', label: t('adminCompanies.status.inactive') },
          ]}
          aria-label={t('adminCompanies.status.label')}
          data-testid="companies-status"
        />
      </Group>
      {error && !data && (
        <Alert color="red" title={t('errors.title')}>
          <Group justify="space-between">
            <Text size="sm">{t('errors.generic')}</Text>
            <Button size="xs" variant="light" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          </Group>
        </Alert>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover data-testid="companies-table" aria-busy={loading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('adminCompanies.fields.name')}</Table.Th>
              <Table.Th>{t('adminCompanies.fields.slug')}</Table.Th>
              <Table.Th>{t('adminCompanies.fields.supabaseUrl')}</Table.Th>
              <Table.Th>{t('adminCompanies.fields.secretKey')}</Table.Th>
              <Table.Th>{t('adminCompanies.status.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {companies.map((c) => (
              <Table.Tr key={c.id} data-testid="company-row" data-slug={c.slug}>
                <Table.Td>
                  <Anchor component={Link} to={c.id} data-testid="company-link">
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.slug}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" truncate maw={280}>
                    {c.supabaseUrl}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.secretKeySet
                      ? `•••• ${c.secretKeyLast4 ?? '????'}`
                      : t('adminCompanies.noKey')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={c.active ? 'teal' : 'gray'}
                    variant="light"
                    data-testid="company-status"
                  >
                    {c.active
                      ? t('adminCompanies.status.active')
                      : t('adminCompanies.status.inactive')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!loading && data && companies.length === 0 && (
        <Text c="dimmed" ta="center" data-testid="companies-empty">
          {t('adminCompanies.empty')}
        </Text>
      )}
    </Stack>
  );
}
