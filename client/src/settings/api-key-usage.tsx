import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../format/use-formatters.ts';
import { type UsageDay, usageDays, usageTotals } from './api-key-usage-days.ts';

const BAR_WIDTH = 3;
const GAP = 1;
const HEIGHT = 20;

/**
 * A key's requests over the last 30 days: the total and a tiny bar per day (orange on days with
 * errors or refusals); the summary with errors is the tooltip and the chart's label.
 */
export function ApiKeyUsage({ usage }: { usage: readonly UsageDay[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const days = usageDays(usage, new Date());
  const totals = usageTotals(days);
  const most = Math.max(1, ...days.map((d) => d.requests));
  const summary = t('apiKeys.usageSummary', {
    requests: format.count(totals.requests),
    errors: format.count(totals.errors),
    rateLimited: format.count(totals.rateLimited),
  });
  return (
    <Group gap="xs" wrap="nowrap">
      <Tooltip label={summary}>
        <Text size="sm" fw={500} data-testid="api-key-usage-total">
          {format.count(totals.requests)}
        </Text>
      </Tooltip>
      <svg
        width={days.length * (BAR_WIDTH + GAP)}
        height={HEIGHT}
        role="img"
        aria-label={`${t('apiKeys.usageChart')}: ${summary}`}
        data-testid="api-key-usage-chart"
      >
        {days.map((d, i) => {
          const height = d.requests === 0 ? 1 : Math.max(2, (d.requests / most) * HEIGHT);
          return (
            <rect
              key={d.day}
              x={i * (BAR_WIDTH + GAP)}
              y={HEIGHT - height}
              width={BAR_WIDTH}
              height={height}
              fill={
                d.requests === 0
                  ? 'var(--mantine-color-gray-3)'
                  : d.errors + d.rateLimited > 0
                    ? 'var(--mantine-color-orange-6)'
                    : 'var(--mantine-color-teal-6)'
              }
            >
              <title>
                {t('apiKeys.usageDay', {
                  day: format.date(`${d.day}T12:00:00Z`),
                  requests: format.count(d.requests),
                })}
              </title>
            </rect>
          );
        })}
      </svg>
    </Group>
  );
}
