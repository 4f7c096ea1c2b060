/** The languages of the client; Hungarian is the default. */
export const languages = ['hu', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'hu';

/** A known language from any stored or detected value, else the default. */
export function parseLanguage(value: string | null | undefined): Language {
  const short = value?.trim().toLowerCase().slice(0, 2);
  return languages.find((language) => language === short) ?? defaultLanguage;
}

// en-GB rather than en-US: day-month-year dates read less ambiguously to Hungarian customers.
const locales: Record<Language, string> = { hu: 'hu-HU', en: 'en-GB' };

/** The BCP 47 locale used by Intl for numbers, money and dates of a language. */
export function localeOf(language: Language): string {
  return locales[language];
}
