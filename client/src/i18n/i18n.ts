import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { hu } from './hu.ts';
import { defaultLanguage, languages, parseLanguage } from './language.ts';
import { readStoredLanguage, storeLanguage } from './language-storage.ts';

const resources = { hu: { translation: hu }, en: { translation: en } } as const;

/** Keeps the document in step with the language: `<html lang>`, the title, the stored choice. */
function applyLanguage(value: string): void {
  const language = parseLanguage(value);
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
  storeLanguage(language);
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', applyLanguage);
  await i18next.use(initReactI18next).init({
    resources,
    lng: readStoredLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    // React escapes on render already.
    interpolation: { escapeValue: false },
  });
  return i18next;
}
