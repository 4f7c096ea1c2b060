import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconKey, IconLock, IconLockOpen, IconMail } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormatters } from '../../format/use-formatters.ts';
import { useCanChange } from '../admin-context.tsx';
import { AdminPageTitle } from '../admin-page-title.tsx';
import {
  ActionFeedback,
  AdminTable,
  PanelEmpty,
  PanelLoadError,
  PanelLoading,
} from '../panel-ui.tsx';
import {
  AdminCustomerQuery,
  DisableCustomerMutation,
  EnableCustomerMutation,
  ResendVerificationMutation,
  SendPasswordResetMutation,
} from './customer-operations.ts';

type Feedback = { ok: boolean; text: string } | null;
const KNOWN_ERRORS = ['NOT_FOUND', 'ALREADY_VERIFIED', 'ACCOUNT_DISABLED', 'NO_CHANGE'] as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** `/admin/customers/:id`: profile, billing, companies, quotes, orders, activity, actions. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormatters();
  const canChange = useCanChange();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const { data, loading, error, refetch } = useQuery(AdminCustomerQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [disable, disabling] = useMutation(DisableCustomerMutation);
  const [enable, enabling] = useMutation(EnableCustomerMutation);
  const [resend, resending] = useMutation(ResendVerificationMutation);
  const [sendReset, sendingReset] = useMutation(SendPasswordResetMutation);
  const c = data?.admin?.customer;

  const errorText = (code: string | undefined) =>
    KNOWN_ERRORS.includes(code as (typeof KNOWN_ERRORS)[number])
      ? t(`adminPanel.customer.errors.${code as (typeof KNOWN_ERRORS)[number]}`)
      : t('adminPanel.actionFailed');

  /** Runs an action; the result (or refusal) shows in the feedback line. */
  async function act(
    run: () => Promise<{ error?: { code: string } | null | undefined } | null | undefined>,
    done: string,
  ) {
    setFeedback(null);
    try {
      const r = await run();
      if (r?.error) setFeedback({ ok: false, text: errorText(r.error.code) });
      else {
        setFeedback({ ok: true, text: done });
        void refetch();
      }
    } catch {
      setFeedback({ ok: false, text: t('adminPanel.actionFailed') });
    }
  }

  const back = (
    <Anchor component={Link} to=".." relative="path" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('adminPanel.customer.back')}
      </Group>
    </Anchor>
  );

  const notFound =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT',
    );
  if (!c) {
    return (
      <Stack gap="md">
        {back}
        {loading && <PanelLoading />}
        {!loading && notFound && <Alert color="yellow">{t('adminPanel.customer.notFound')}</Alert>}
        {!loading && !notFound && <PanelLoadError onRetry={() => void refetch()} />}
      </Stack>
    );
  }

  const b = c.billing;
  const address = [b.postalCode, b.city, [b.street, b.houseNumber].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

  return (
    <Stack gap="md">
      {back}
      <AdminPageTitle
        actions={
          canChange && (
            <>
              {!c.emailVerified && !c.disabled && (
                <Button
                  variant="default"
                  leftSection={<IconMail size={16} aria-hidden />}
                  loading={resending.loading}
                  onClick={() =>
                    void act(
                      async () =>
                        (await resend({ variables: { id: c.id } })).data?.adminResendVerification,
                      t('adminPanel.customer.verificationSent'),
                    )
                  }
                  data-testid="customer-resend-verification"
                >
                  {t('adminPanel.customer.resendVerification')}
                </Button>
              )}
              {!c.disabled && (
                <Button
                  variant="default"
                  leftSection={<IconKey size={16} aria-hidden />}
                  loading={sendingReset.loading}
                  onClick={() =>
                    void act(
                      async () =>
                        (await sendReset({ variables: { id: c.id } })).data?.adminSendPasswordReset,
                      t('adminPanel.customer.resetSent'),
                    )
                  }
                  data-testid="customer-send-reset"
                >
                  {t('adminPanel.customer.sendReset')}
                </Button>
              )}
              {c.disabled ? (
                <Button
                  color="teal"
                  leftSection={<IconLockOpen size={16} aria-hidden />}
                  loading={enabling.loading}
                  onClick={() =>
                    void act(
                      async () => (await enable({ variables: { id: c.id } })).data?.enableCustomer,
                      t('adminPanel.customer.enabledDone'),
                    )
                  }
                  data-testid="customer-enable"
                >
                  {t('adminPanel.customer.enable')}
                </Button>
              ) : (
                <Button
                  color="red"
                  leftSection={<IconLock size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                  data-testid="customer-disable"
                >
                  {t('adminPanel.customer.disable')}
                </Button>
              )}
            </>
          )
        }
      >
        {c.name}
      </AdminPageTitle>
      {!canChange && (
        <Text size="sm" c="dimmed">
          {t('adminPanel.readOnly')}
        </Text>
      )}
      <ActionFeedback feedback={feedback} />
      <Group gap="xs">
        <Badge color={c.disabled ? 'red' : 'teal'} variant="light" data-testid="customer-state">
          {c.disabled ? t('adminPanel.customers.disabled') : t('adminPanel.customers.enabled')}
        </Badge>
        <Badge color={c.emailVerified ? 'teal' : 'yellow'} variant="light">
          {c.emailVerified
            ? t('adminPanel.customers.verifiedYes')
            : t('adminPanel.customers.verifiedNo')}
        </Badge>
        {c.disabledAt && (
          <Text size="sm" c="dimmed">
            {t('adminPanel.customer.disabledSince', { date: f.dateTime(c.disabledAt) })}
          </Text>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('adminPanel.customer.profile')}
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            <Field label={t('adminPanel.customers.fields.email')}>{c.email}</Field>
            <Field label={t('adminPanel.customers.fields.mobile')}>
              {c.mobile ?? t('common.none')}
            </Field>
            <Field label={t('adminPanel.customers.fields.locale')}>
              {c.locale === 'EN' ? 'English' : 'Magyar'}
            </Field>
            <Field label={t('adminPanel.customers.fields.createdAt')}>
              {f.dateTime(c.createdAt)}
            </Field>
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('adminPanel.customer.billing')}
          </Title>
          <Stack gap={4}>
            {b.name && <Text size="sm">{b.name}</Text>}
            <Text size="sm">{[address, b.country].filter(Boolean).join(', ')}</Text>
            {b.taxNumber && <Text size="sm">{b.taxNumber}</Text>}
            {b.companyRegistrationNumber && <Text size="sm">{b.companyRegistrationNumber}</Text>}
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('adminPanel.customer.companies')}
        </Title>
        {c.companies.length === 0 ? (
          <PanelEmpty>{t('adminPanel.customer.noCompanies')}</PanelEmpty>
        ) : (
          <Table data-testid="customer-companies">
            <Table.Tbody>
              {c.companies.map((cc) => (
                <Table.Tr key={cc.company.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`../../companies/${cc.company.id}`}
                      relative="path"
                    >
                      {cc.company.name}
                    </Anchor>{' '}
                    {cc.active && (
                      <Badge size="xs" variant="light">
                        {t('adminPanel.customer.activeCompany')}
                      </Badge>
                    )}{' '}
                    {!cc.companyActive && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('adminPanel.customer.companyInactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t('adminPanel.customer.discount')}: {f.decimal(cc.discountPercent)}%
                  </Table.Td>
                  <Table.Td>{f.date(cc.connectedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('adminPanel.customer.quotes', { count: c.quotes.totalCount })}
        </Title>
        <AdminTable
          rows={c.quotes.nodes}
          empty={t('adminPanel.customer.noQuotes')}
          testId="customer-quotes"
          headers={[
            t('adminPanel.customer.number'),
            t('adminPanel.customers.company'),
            t('adminPanel.customer.status'),
            t('adminPanel.customer.total'),
            t('adminPanel.customer.updatedAt'),
          ]}
        >
          {(q) => (
            <Table.Tr key={q.id}>
              <Table.Td ff="monospace">{q.number}</Table.Td>
              <Table.Td>{q.companyName}</Table.Td>
              <Table.Td>{t(`quotes.status.${q.status}`)}</Table.Td>
              <Table.Td>
                {q.finalTotal && q.currency
                  ? f.money({ amount: q.finalTotal, currency: q.currency })
                  : t('common.none')}
              </Table.Td>
              <Table.Td>{f.dateTime(q.updatedAt)}</Table.Td>
            </Table.Tr>
          )}
        </AdminTable>
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('adminPanel.customer.orders', { count: c.orders.totalCount })}
        </Title>
        <AdminTable
          rows={c.orders.nodes}
          empty={t('adminPanel.customer.noOrders')}
          testId="customer-orders"
          headers={[
            t('adminPanel.customer.number'),
            t('adminPanel.customers.company'),
            t('adminPanel.customer.status'),
            t('adminPanel.customer.updatedAt'),
          ]}
        >
          {(o) => (
            <Table.Tr key={o.id}>
              <Table.Td ff="monospace">{o.orderNumber ?? o.quoteNumber}</Table.Td>
              <Table.Td>{o.companyName}</Table.Td>
              <Table.Td>
                {t(`orders.status.${o.status}`)} · {t(`orders.payment.${o.paymentStatus}`)}
              </Table.Td>
              <Table.Td>{f.dateTime(o.updatedAt)}</Table.Td>
            </Table.Tr>
          )}
        </AdminTable>
      </Card>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('adminPanel.customer.activity')}
          </Title>
          <Anchor component={Link} to={`../../audit?involving=${c.id}`} relative="path" size="sm">
            {t('adminPanel.dashboard.allActivity')}
          </Anchor>
        </Group>
        <AdminTable
          rows={c.activity}
          empty={t('adminPanel.customer.noActivity')}
          testId="customer-activity"
          headers={[
            t('adminPanel.customer.at'),
            t('adminPanel.customer.actor'),
            t('adminPanel.customer.action'),
          ]}
        >
          {(e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{f.dateTime(e.at)}</Table.Td>
              <Table.Td>{t(`adminPanel.actorKinds.${e.actorKind}`)}</Table.Td>
              <Table.Td ff="monospace">{e.action}</Table.Td>
            </Table.Tr>
          )}
        </AdminTable>
      </Card>

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('adminPanel.customer.disableTitle')}
      >
        <Stack>
          <Text size="sm">{t('adminPanel.customer.disableText')}</Text>
          <Textarea
            label={t('adminPanel.customer.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            autosize
            minRows={2}
            data-testid="customer-disable-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('adminPanel.customer.cancel')}
            </Button>
            <Button
              color="red"
              loading={disabling.loading}
              onClick={() => {
                setConfirming(false);
                void act(
                  async () =>
                    (await disable({ variables: { id: c.id, reason: reason.trim() || null } })).data
                      ?.disableCustomer,
                  t('adminPanel.customer.disabledDone'),
                );
                setReason('');
              }}
              data-testid="customer-disable-confirm"
            >
              {t('adminPanel.customer.confirmDisable')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
