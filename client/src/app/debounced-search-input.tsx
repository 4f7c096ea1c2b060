import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

const SEARCH_DEBOUNCE_MS = 300;

export interface DebouncedSearchInputProps {
  /** The search in the URL. */
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder: string;
  /** The accessible name of the clear button. */
  clearLabel: string;
  testId: string;
}

/** A list's search box kept in the URL; debounced, so typing does not query every key. */
export function DebouncedSearchInput({
  value,
  onSearch,
  label,
  placeholder,
  clearLabel,
  testId,
}: DebouncedSearchInputProps) {
  const [text, setText] = useState(value);
  const search = useDebouncedCallback(onSearch, SEARCH_DEBOUNCE_MS);

  // The URL changed elsewhere (Back): show it, unless typing is pending.
  useEffect(() => {
    if (!search.isPending()) setText(value);
  }, [value, search]);

  const clear = () => {
    search.cancel();
    setText('');
    onSearch('');
  };

  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      data-testid={testId}
      maxLength={100}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text !== '' ? <CloseButton size="sm" aria-label={clearLabel} onClick={clear} /> : null
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
      w={{ base: '100%', sm: 320 }}
    />
  );
}
