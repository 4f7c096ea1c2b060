import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../__generated__/graphql.ts';

/** Colours by where the quote is: grey while the customer edits, blue with the company… */
const COLORS: Record<QuoteStatus, string> = {
  DRAFT: 'gray',
  SUBMITTING: 'blue',
  SUBMITTED: 'blue',
  ORDERED: 'indigo',
  IN_PRODUCTION: 'orange',
  READY: 'teal',
  FINISHED: 'green',
  CANCELLED: 'red',
};

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="quote-status" data-status={status}>
      {t(`quotes.status.${status}`)}
    </Badge>
  );
}
