import type { PdfLanguage } from './quote-pdf-texts.ts';

const LOCALE: Record<PdfLanguage, string> = { hu: 'hu-HU', en: 'en-GB' };

/** ICU's narrow no-break space is not in every font's subset; a plain no-break space is. */
const tidy = (s: string) => s.replace(/\u202f/g, '\u00a0');

/** Forints whole, as the client and Hungarian price lists show them; other currencies to the cent. */
const WHOLE_UNIT_CURRENCIES = new Set(['HUF']);

/** "12 345 Ft" / "HUF 12,345" from an exact decimal string; a name that is no ISO code as is. */
export function formatMoney(amount: string, currency: string, lang: PdfLanguage): string {
  const digits = WHOLE_UNIT_CURRENCIES.has(currency.toUpperCase()) ? 0 : 2;
  try {
    return tidy(
      new Intl.NumberFormat(LOCALE[lang], {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(Number(amount)),
    );
  } catch {
    // A company may name its currency freely (`Ft`).
    return `${formatNumber(amount, lang, 2)} ${currency}`;
  }
}

/** A decimal such as an area or a percent, at most `digits` decimals. */
export function formatNumber(value: string | number, lang: PdfLanguage, digits = 2): string {
  return tidy(
    new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(Number(value)),
  );
}

/** A moment in Budapest time, e.g. "2026. 11. 24. 14:05" / "24/11/2026, 14:05". */
export function formatDateTime(iso: string, lang: PdfLanguage): string {
  return tidy(
    new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: 'Europe/Budapest',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(iso)),
  );
}

/** A day in Budapest time. */
export function formatDate(iso: string, lang: PdfLanguage): string {
  return tidy(
    new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: 'Europe/Budapest',
      dateStyle: 'long',
    }).format(new Date(iso)),
  );
}
