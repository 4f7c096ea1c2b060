import type { TFunction } from 'i18next';
import { type DraftInput, locateField } from './quote-draft.ts';

/**
 * The grid rows the server refused, with a message each: from the live price (a panel larger
 * than its board…) and from the last save. The server words its messages in English for
 * developers; the customer gets the translated kind of problem at the right row.
 */
export function serverIssues(
  t: TFunction,
  refusals: readonly { field: string | null; message: string; input: DraftInput }[],
): Map<number, string> {
  const issues = new Map<number, string>();
  for (const refusal of refusals) {
    const place = locateField(refusal.field, refusal.input);
    if (place?.list !== 'panels' || issues.has(place.index)) continue;
    const tooLarge = place.rest === '' && /does not fit/.test(refusal.message);
    const unknownItem = /^\.(materialId|edgeBanding[A-D])$/.test(place.rest);
    issues.set(
      place.index,
      tooLarge
        ? t('quotes.builder.issues.panelTooLarge', { row: place.index + 1 })
        : unknownItem
          ? t('quotes.builder.issues.itemUnavailable', { row: place.index + 1 })
          : t('quotes.builder.issues.rowRefused', { row: place.index + 1 }),
    );
  }
  return issues;
}
