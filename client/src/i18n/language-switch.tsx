import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Language, languages, parseLanguage } from './language.ts';

/** HU | EN in the header; the choice is remembered (see i18n.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = parseLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <SegmentedControl<Language>
      aria-label={t('language.label')}
      size="xs"
      value={current}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={languages.map((language) => ({
        value: language,
        // The short code is shown; the full name is what a screen reader announces.
        label: (
          <span title={t(`language.${language}`)} lang={language}>
            <span aria-hidden>{language.toUpperCase()}</span>
            <VisuallyHidden>{t(`language.${language}`)}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
