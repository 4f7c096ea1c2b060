import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localeOf, parseLanguage } from '../../i18n/language.ts';
import type { SaveState } from './use-quote-saver.ts';

/**
 * "Saved at 10:42" / "Saving…" / "Not saved" beside the page title, announced politely. The
 * saved version is an attribute for tests and tools that wait for a save to land.
 */
export function SaveStatus({ state, version }: { state: SaveState; version: number | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(parseLanguage(i18n.resolvedLanguage ?? i18n.language));
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  const content = (() => {
    switch (state.status) {
      case 'clean':
        return null;
      case 'pending':
        return [
          <IconPencil key="i" size={14} aria-hidden />,
          t('quotes.builder.save.pending'),
          'dimmed',
        ] as const;
      case 'saving':
        return [
          <Loader key="i" size={12} aria-hidden />,
          t('quotes.builder.save.saving'),
          'dimmed',
        ] as const;
      case 'saved':
        return [
          <IconCheck key="i" size={14} aria-hidden />,
          t('quotes.builder.save.savedAt', { time: time(state.at) }),
          'green',
        ] as const;
      case 'blocked':
        return [
          <IconAlertCircle key="i" size={14} aria-hidden />,
          t('quotes.builder.save.blocked', { count: state.invalid }),
          'orange',
        ] as const;
      default:
        return [
          <IconAlertCircle key="i" size={14} aria-hidden />,
          t('quotes.builder.save.notSaved'),
          'red',
        ] as const;
    }
  })();
  return (
    <Group
      gap={4}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={state.status}
      data-version={version}
    >
      {content && (
        <>
          {content[0]}
          <Text size="sm" c={content[2]}>
            {content[1]}
          </Text>
        </>
      )}
    </Group>
  );
}
