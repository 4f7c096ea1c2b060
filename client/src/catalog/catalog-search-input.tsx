import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Long enough to skip the requests of a word still being typed, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 250;

interface CatalogSearchInputProps {
  /** The search text in the URL. */
  value: string;
  onSearch: (q: string) => void;
}

/** The catalog's search box: debounced, `/` focuses it, Esc clears it. */
export function CatalogSearchInput({ value, onSearch }: CatalogSearchInputProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  const search = useDebouncedCallback(onSearch, SEARCH_DEBOUNCE_MS);

  // The URL changed from elsewhere (Back, "clear filters"): show it, unless typing is pending.
  useEffect(() => {
    if (!search.isPending()) setText(value);
  }, [value, search]);

  // Outside text fields only (the hook ignores inputs), so "/" can still be typed in them.
  useHotkeys([
    [
      '/',
      (event) => {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      },
    ],
  ]);

  const clear = () => {
    search.cancel();
    setText('');
    onSearch('');
  };

  return (
    <TextInput
      ref={input}
      type="search"
      label={t('catalog.search.label')}
      placeholder={t('catalog.search.placeholder')}
      title={t('catalog.search.shortcut')}
      aria-keyshortcuts="/"
      data-testid="catalog-search"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text !== '' ? (
          <CloseButton size="sm" aria-label={t('catalog.search.clear')} onClick={clear} />
        ) : (
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        )
      }
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && text !== '') {
          event.preventDefault();
          clear();
        }
      }}
      w={{ base: '100%', sm: 360 }}
    />
  );
}
