import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteStaleBanner_RepriceMutation } from '../../__generated__/graphql.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { PriceChangeList } from './price-change-list.tsx';
import { QuoteStaleQuery, RepriceQuoteMutation } from './quote-stale-documents.ts';

interface QuoteStaleBannerProps {
  quoteId: string;
  /** Called with the new version after a reprice (the builder's autosave needs it). */
  onRepriced?: ((version: number) => void) | undefined;
}

type Reprice = QuoteStaleBanner_RepriceMutation['repriceQuote'];

/**
 * Shown when the company's prices changed since the quote was priced (`Quote.stale`): says so,
 * lists what differs on request, and reprices on request — never silently. After repricing it
 * shows what changed and the total before → after. A save elsewhere meanwhile
 * (`VERSION_CONFLICT`) is explained, with a reload.
 */
export function QuoteStaleBanner({ quoteId, onRepriced }: QuoteStaleBannerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, refetch } = useQuery(QuoteStaleQuery, {
    variables: { id: quoteId },
    fetchPolicy: 'cache-and-network',
  });
  const [reprice, repricing] = useMutation(RepriceQuoteMutation);
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Reprice | null>(null);
  const [failed, setFailed] = useState(false);
  const quote = data?.quote;

  if (result?.quote) {
    const before = result.previousTotals?.final;
    const after = result.quote.totals?.final;
    return (
      <Alert
        color="green"
        icon={<IconCircleCheck size={18} aria-hidden />}
        title={t('quotes.stale.repriced')}
        withCloseButton
        onClose={() => setResult(null)}
        data-testid="quote-repriced"
      >
        <Stack gap="xs">
          {before && after && (
            <Text size="sm" fw={500} data-testid="quote-repriced-total">
              {t('quotes.stale.totalChange', {
                before: format.money(before),
                after: format.money(after),
              })}
            </Text>
          )}
          <PriceChangeList changes={result.changes} currency={after?.currency ?? 'HUF'} />
        </Stack>
      </Alert>
    );
  }

  if (!quote?.stale) return null;

  const run = async () => {
    setFailed(false);
    try {
      const { data: answer } = await reprice({
        variables: { id: quote.id, expectedVersion: quote.version },
      });
      const outcome = answer?.repriceQuote;
      if (!outcome) throw new Error('no answer');
      setResult(outcome);
      if (outcome.quote) onRepriced?.(outcome.quote.version);
    } catch {
      setFailed(true);
    }
  };

  const error = result?.error;
  const errorTexts: Partial<Record<string, string>> = {
    VERSION_CONFLICT: t('quotes.stale.versionConflict'),
    NOT_DRAFT: t('quotes.stale.notDraft'),
    PRICING_UNAVAILABLE: t('quotes.stale.unavailable'),
    COMPANY_NOT_AVAILABLE: t('quotes.stale.unavailable'),
    INVALID_INPUT: t('quotes.stale.invalid', { message: error?.message ?? '' }),
  };
  const errorText = error
    ? (errorTexts[error.code] ?? t('quotes.stale.failed'))
    : failed
      ? t('quotes.stale.failed')
      : null;

  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('quotes.stale.title')}
      data-testid="quote-stale-banner"
    >
      <Stack gap="xs">
        <Text size="sm">{t('quotes.stale.text')}</Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            data-testid="quote-stale-toggle"
          >
            {open ? t('quotes.stale.hideChanges') : t('quotes.stale.showChanges')}
          </Button>
          {quote.status === 'DRAFT' && (
            <Button
              size="xs"
              leftSection={<IconRefresh size={14} aria-hidden />}
              loading={repricing.loading}
              onClick={run}
              data-testid="quote-reprice"
            >
              {t('quotes.stale.reprice')}
            </Button>
          )}
        </Group>
        <Collapse expanded={open}>
          {quote.priceChanges ? (
            <PriceChangeList
              changes={quote.priceChanges}
              currency={quote.totals?.final.currency ?? 'HUF'}
            />
          ) : (
            <Text size="sm">{t('quotes.stale.noDetails')}</Text>
          )}
        </Collapse>
        {errorText && (
          <Group gap="xs" role="alert" data-testid="quote-reprice-error">
            <Text size="sm" c="red">
              {errorText}
            </Text>
            {error?.code === 'VERSION_CONFLICT' && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => {
                  setResult(null);
                  refetch().catch(() => undefined);
                }}
              >
                {t('quotes.stale.reload')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
