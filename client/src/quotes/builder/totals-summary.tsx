import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import type { LivePreview } from './use-live-preview.ts';

interface TotalsSummaryProps {
  preview: LivePreview;
  companyName: string;
  /** Rows and lines left out of the price because something in them is wrong. */
  invalid: number;
  empty: boolean;
}

/**
 * The live total beside the grid: net, VAT, gross and what is to pay, from the server. While a
 * new price is on its way the last one stays, dimmed, with a quiet "updating" note.
 */
export function TotalsSummary({ preview, companyName, invalid, empty }: TotalsSummaryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { pricing, updating, problem } = preview;
  const stale = updating || problem !== undefined;
  return (
    <Card withBorder padding="sm" data-testid="totals-summary" aria-busy={updating || undefined}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{t('quotes.builder.totals.title')}</Text>
          <Group gap={6} mih={20}>
            {updating && (
              <>
                <Loader size={12} aria-hidden />
                <Text size="xs" c="dimmed" role="status" data-testid="totals-updating">
                  {t('quotes.builder.totals.updating')}
                </Text>
              </>
            )}
          </Group>
        </Group>
        {empty && !pricing && (
          <Text size="sm" c="dimmed">
            {t('quotes.builder.totals.empty')}
          </Text>
        )}
        {pricing && (
          <Stack gap={2} opacity={stale ? 0.6 : 1} style={{ transition: 'opacity 120ms' }}>
            <Group justify="space-between">
              <Text size="sm">{t('quotes.builder.breakdown.net')}</Text>
              <Text size="sm" data-testid="totals-net">
                {format.money(pricing.totals.quote.net)}
              </Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">{t('quotes.builder.breakdown.vat')}</Text>
              <Text size="sm">{format.money(pricing.totals.quote.vat)}</Text>
            </Group>
            <Group justify="space-between">
              <Text size="sm">{t('quotes.builder.breakdown.gross')}</Text>
              <Text size="sm">{format.money(pricing.totals.quote.gross)}</Text>
            </Group>
            <Group justify="space-between">
              <Text fw={700}>{t('quotes.builder.breakdown.final')}</Text>
              <Text fw={700} size="lg" data-testid="totals-final">
                {format.money(pricing.finalTotal)}
              </Text>
            </Group>
          </Stack>
        )}
        {invalid > 0 && (
          <Text size="xs" c="orange" data-testid="totals-invalid">
            {t('quotes.builder.totals.invalidRows', { count: invalid })}
          </Text>
        )}
        {problem?.kind === 'input' && (
          <Text size="xs" c="red">
            {t('quotes.builder.totals.refused')}
          </Text>
        )}
        {problem?.kind === 'failure' && (
          <Alert
            color={problem.error.kind === 'unavailable' ? 'orange' : 'red'}
            icon={<IconAlertTriangle aria-hidden />}
            p="xs"
            role="alert"
            data-testid="totals-error"
          >
            <Stack gap={4}>
              <Text size="xs">
                {problem.error.kind === 'unavailable'
                  ? t('quotes.builder.totals.unavailable', { company: companyName })
                  : problem.error.kind === 'not-found'
                    ? t('quotes.builder.totals.companyGone', { company: companyName })
                    : t('quotes.builder.totals.failed')}
              </Text>
              <Group>
                <Button
                  size="compact-xs"
                  variant="white"
                  leftSection={<IconRefresh size={12} aria-hidden />}
                  onClick={preview.retry}
                >
                  {t('common.retry')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

/** The amount to pay in the page's sticky header, so it stays in sight while typing rows. */
export function LiveTotal({ preview }: { preview: LivePreview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!preview.pricing && !preview.updating) return null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="live-total">
      <Text size="sm" c="dimmed">
        {t('quotes.builder.breakdown.final')}:
      </Text>
      <Text fw={700} opacity={preview.updating ? 0.6 : 1}>
        {preview.pricing ? format.money(preview.pricing.finalTotal) : '…'}
      </Text>
      {preview.updating && <Loader size={12} aria-label={t('quotes.builder.totals.updating')} />}
    </Group>
  );
}
