import { ActionIcon, Anchor, Checkbox, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatters } from '../../format/use-formatters.ts';
import { QuoteStatusBadge } from './quote-status-badge.tsx';
import type { QuoteListNode } from './use-quote-list.ts';

interface QuoteListTableProps {
  nodes: QuoteListNode[];
  /** The page being replaced is shown dimmed while the next loads. */
  stale: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onDuplicate: (quote: QuoteListNode) => void;
  duplicating: string | null;
}

/** The quotes of one page; a row opens the quote, only drafts can be selected for deleting. */
export function QuoteListTable(props: QuoteListTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const drafts = props.nodes.filter((q) => q.status === 'DRAFT').map((q) => q.id);
  const allSelected = drafts.length > 0 && drafts.every((id) => props.selected.has(id));
  const someSelected = drafts.some((id) => props.selected.has(id));

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover striped opacity={props.stale ? 0.6 : 1} data-testid="quote-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('quotes.list.columns.selectAll')}
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                disabled={drafts.length === 0}
                onChange={(event) => props.onSelect(drafts, event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>{t('quotes.list.columns.number')}</Table.Th>
            <Table.Th>{t('quotes.list.columns.company')}</Table.Th>
            <Table.Th>{t('quotes.list.columns.status')}</Table.Th>
            <Table.Th ta="right">{t('quotes.list.columns.total')}</Table.Th>
            <Table.Th>{t('quotes.list.columns.updated')}</Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>{t('quotes.list.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.nodes.map((quote) => (
            <Table.Tr
              key={quote.id}
              data-testid="quote-row"
              data-number={quote.number}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(`/quotes/${quote.id}`)}
            >
              <Table.Td onClick={(event) => event.stopPropagation()}>
                {quote.status === 'DRAFT' && (
                  <Checkbox
                    aria-label={t('quotes.list.selectRow', { number: quote.number })}
                    checked={props.selected.has(quote.id)}
                    onChange={(event) => props.onSelect([quote.id], event.currentTarget.checked)}
                    data-testid="quote-select"
                  />
                )}
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/quotes/${quote.id}`}
                  fw={500}
                  onClick={(event) => event.stopPropagation()}
                >
                  {quote.number}
                </Anchor>
                {quote.comment && (
                  <Text size="xs" c="dimmed" lineClamp={1} maw={260}>
                    {quote.comment}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{quote.company.name}</Table.Td>
              <Table.Td>
                <QuoteStatusBadge status={quote.status} />
              </Table.Td>
              <Table.Td ta="right" data-testid="quote-total">
                {quote.totals ? (
                  format.money(quote.totals.final)
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('quotes.list.unpriced')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.dateTime(quote.updatedAt)}</Table.Td>
              <Table.Td onClick={(event) => event.stopPropagation()}>
                <Tooltip label={t('quotes.list.duplicateOf', { number: quote.number })}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('quotes.list.duplicateOf', { number: quote.number })}
                    loading={props.duplicating === quote.id}
                    onClick={() => props.onDuplicate(quote)}
                    data-testid="quote-duplicate"
                  >
                    <IconCopy size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
