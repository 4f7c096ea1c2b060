import { type Language, parseLanguage } from './language.ts';

const STORAGE_KEY = 'portal.language';

// localStorage throws in some private modes and sandboxed frames; the language then simply
// isn't remembered.
export function readStoredLanguage(): Language {
  try {
    return parseLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseLanguage(null);
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
}
