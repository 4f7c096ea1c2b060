import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuoteErrorCode } from '../../__generated__/graphql.ts';
import { useLiveStatus, useOnReconnected } from '../../apollo/live-context.tsx';
import { useFormatters } from '../../format/use-formatters.ts';
import { IdempotencyKeyStore } from './idempotency-key-store.ts';
import { submissionView } from './submission-view.ts';
import {
  SubmitQuoteLiveSubscription,
  SubmitQuoteMutation,
  SubmitQuoteStateQuery,
} from './submit-documents.ts';
import { type SubmitModalState, SubmitQuoteModal } from './submit-quote-modal.tsx';

/** While the quote is on its way and no live connection pushes changes, it is read this often. */
const FALLBACK_POLL_MS = 5_000;

const CLOSED: SubmitModalState = { priceChanges: null, failure: null };

function keyStore(): IdempotencyKeyStore {
  return new IdempotencyKeyStore(window.sessionStorage);
}

/**
 * Submits a saved draft to its company (`submitQuote`) and then shows how delivery goes:
 * submitting → submitted (the company's quote number), or failed and retrying (when, why).
 * One idempotency key per attempt, kept in sessionStorage until the server has queued the
 * quote, so a retry after a timeout or a reload can never submit twice. `PRICE_CHANGED` shows
 * what changed and asks to submit at the new prices. Live through `quoteUpdated(quoteId)`;
 * read again after a lost connection, and polled while on its way without a connection.
 */
export function SubmitQuoteButton({
  quoteId,
  unsavedChanges = false,
}: {
  quoteId: string;
  /** The editor has changes not saved yet: the server would submit the saved version. */
  unsavedChanges?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [keys] = useState(keyStore);
  const live = useLiveStatus();
  const [opened, setOpened] = useState(false);
  const [modal, setModal] = useState<SubmitModalState>(CLOSED);
  const { data, refetch } = useQuery(SubmitQuoteStateQuery, {
    variables: { id: quoteId },
    fetchPolicy: 'cache-and-network',
  });
  const quote = data?.quote;
  const view = quote ? submissionView(quote) : undefined;
  const onItsWay = view?.kind === 'submitting' || view?.kind === 'failed-retrying';
  useSubscription(SubmitQuoteLiveSubscription, {
    variables: { id: quoteId },
    skip: !quote || view?.kind === 'submitted',
  });
  useOnReconnected(() => void refetch().catch(() => {}));
  useQuery(SubmitQuoteStateQuery, {
    variables: { id: quoteId },
    fetchPolicy: 'network-only',
    pollInterval: FALLBACK_POLL_MS,
    skip: !onItsWay || live === 'live',
  });
  const [submitQuote, submission] = useMutation(SubmitQuoteMutation);

  if (!quote || !view) return null;

  const reason = (code: QuoteErrorCode | 'network') => t(`submission.reasons.${code}`);

  const submit = async (acceptPriceChanges: boolean) => {
    // The pending attempt's key: the same one for every retry of this intention.
    const idempotencyKey = keys.keyFor(quoteId);
    try {
      const { data: result } = await submitQuote({
        variables: { id: quoteId, idempotencyKey, acceptPriceChanges },
      });
      const payload = result?.submitQuote;
      if (!payload) {
        // No answer (the network, a gateway error): the same key is reused on retry.
        setModal({ ...modal, failure: t('submission.failed', { reason: reason('network') }) });
        return;
      }
      if (payload.quote) {
        keys.clear(quoteId);
        setModal(CLOSED);
        setOpened(false);
        return;
      }
      const code = payload.error?.code;
      if (code === 'PRICE_CHANGED') {
        setModal({ priceChanges: payload.priceChanges, failure: null });
        return;
      }
      if (code === 'ALREADY_SUBMITTED' || code === 'NOT_DRAFT') {
        // Submitted by an earlier attempt (another tab, a lost answer): show where it is.
        keys.clear(quoteId);
        setModal(CLOSED);
        setOpened(false);
        void refetch().catch(() => {});
        return;
      }
      setModal({
        priceChanges: null,
        failure: t('submission.failed', { reason: code ? reason(code) : '' }),
      });
    } catch {
      setModal({ ...modal, failure: t('submission.failed', { reason: reason('network') }) });
    }
  };

  const currency = quote.totals?.final.currency ?? 'HUF';

  if (view.kind === 'draft') {
    return (
      <>
        <Tooltip
          label={unsavedChanges ? t('submission.saveFirst') : t('submission.staleHint')}
          disabled={!unsavedChanges && !quote.stale}
          multiline
          w={260}
        >
          <Button
            disabled={unsavedChanges}
            size="sm"
            color="green"
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={() => {
              setModal(CLOSED);
              setOpened(true);
            }}
            data-testid="submit-quote"
          >
            {t('submission.button')}
          </Button>
        </Tooltip>
        <SubmitQuoteModal
          opened={opened}
          number={quote.number}
          company={quote.company.name}
          currency={currency}
          state={modal}
          submitting={submission.loading}
          onConfirm={(accept) => void submit(accept)}
          onClose={() => setOpened(false)}
        />
      </>
    );
  }

  if (view.kind === 'submitting') {
    return (
      <Tooltip label={t('submission.submittingHint')}>
        <Badge
          size="lg"
          variant="light"
          color="blue"
          data-testid="submission-state"
          data-state="submitting"
        >
          {t('submission.submitting')}
        </Badge>
      </Tooltip>
    );
  }

  if (view.kind === 'failed-retrying') {
    return (
      <Stack gap={0} data-testid="submission-state" data-state="failed-retrying">
        <Group gap={4}>
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-hidden />
          <Text size="sm" fw={500} c="orange.8">
            {t('submission.failedRetrying')}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('submission.attempts', { count: view.attempts })}
        </Text>
        {view.nextAttemptAt && (
          <Text size="xs" c="dimmed" data-testid="submission-next-attempt">
            {t('submission.nextAttempt', { time: format.dateTime(view.nextAttemptAt) })}
          </Text>
        )}
        {view.lastError && (
          <Text size="xs" c="dimmed" lineClamp={2} maw={320} data-testid="submission-last-error">
            {t('submission.lastError', { error: view.lastError })}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Group gap="xs" data-testid="submission-state" data-state="submitted">
      <Badge
        size="lg"
        variant="light"
        color="green"
        leftSection={<IconCheck size={14} aria-hidden />}
        data-testid="submission-submitted"
      >
        {view.companyQuoteNumber
          ? t('submission.submittedNumber', { number: view.companyQuoteNumber })
          : t('submission.submitted')}
      </Badge>
      {quote.order && (
        <Anchor
          component={Link}
          to={`/orders/${quote.order.id}`}
          size="sm"
          data-testid="submission-order"
        >
          {t('submission.openOrder')}
        </Anchor>
      )}
    </Group>
  );
}
