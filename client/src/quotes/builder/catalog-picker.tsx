import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import { type CatalogKind, useCatalogOptions } from './catalog-options.ts';

export interface CatalogPickerProps {
  kind: CatalogKind;
  companyId: string;
  value: string | null;
  /** The chosen item's name, when known (else a placeholder says an item is chosen). */
  valueLabel: string | undefined;
  onChange: (id: string | null, label: string | undefined) => void;
  ariaLabel: string;
  error?: string | undefined;
  readOnly?: boolean | undefined;
  /** Attributes the grid finds and focuses the cell by. */
  cellProps?: Record<string, string | number> | undefined;
  size?: 'xs' | 'sm';
  testId?: string;
  placeholder?: string;
}

/**
 * A searchable catalog picker for the keyboard: type to search the company's catalog, the
 * arrows move in the list, Enter (or Tab) takes the highlighted item, Escape closes it; an
 * emptied field clears the choice. With the list closed, the keys belong to the grid.
 */
export function CatalogPicker(props: CatalogPickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState<string | null>(null);
  const open = combobox.dropdownOpened;
  const { options, loading, failed } = useCatalogOptions(
    props.kind,
    props.companyId,
    search ?? '',
    open,
    format,
  );
  const shownLabel =
    props.value === null ? '' : (props.valueLabel ?? t('quotes.builder.picker.chosen'));

  // Keyboard-first: the best match is highlighted as soon as new results come (only then, so
  // the arrows keep their place between renders).
  const optionsKey = options.map((option) => option.id).join(',');
  const { selectFirstOption } = combobox;
  useEffect(() => {
    if (open && optionsKey !== '') selectFirstOption();
  }, [open, optionsKey, selectFirstOption]);

  const choose = (id: string) => {
    const option = options.find((o) => o.id === id);
    props.onChange(id, option?.label);
    setSearch(null);
    combobox.closeDropdown();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab' && open && search !== null && search.trim() !== '') {
      const index = combobox.getSelectedOptionIndex();
      const option = options[Math.max(index, 0)];
      if (option) choose(option.id);
      // The grid moves on with the same key.
      return;
    }
    if (open && (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      // The list's keys; the grid must not move as well.
      event.stopPropagation();
    }
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={choose}
      withinPortal
      position="bottom-start"
      width={420}
      readOnly={props.readOnly}
    >
      <Combobox.Target>
        <TextInput
          size={props.size ?? 'xs'}
          value={search ?? shownLabel}
          placeholder={props.placeholder ?? t('quotes.builder.picker.placeholder')}
          aria-label={props.ariaLabel}
          error={props.error}
          readOnly={props.readOnly}
          data-testid={props.testId}
          {...props.cellProps}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => {
            if (!props.readOnly) combobox.openDropdown();
          }}
          onBlur={() => {
            combobox.closeDropdown();
            // An emptied field clears the choice; other text was a search that found nothing.
            if (search !== null && search.trim() === '' && props.value !== null) {
              props.onChange(null, undefined);
            }
            setSearch(null);
          }}
          onKeyDown={onKeyDown}
          rightSection={loading && open ? <Loader size={12} aria-hidden /> : null}
          styles={{ input: { minWidth: 0 } }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }} aria-label={props.ariaLabel}>
          {options.map((option) => (
            <Combobox.Option
              value={option.id}
              key={option.id}
              active={option.id === props.value}
              data-testid="picker-option"
            >
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm" truncate>
                  {option.label}
                </Text>
              </Group>
              <Text size="xs" c="dimmed">
                {option.detail}
              </Text>
            </Combobox.Option>
          ))}
          {options.length === 0 && !loading && (
            <Combobox.Empty>
              {failed ? t('quotes.builder.picker.failed') : t('quotes.builder.picker.empty')}
            </Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
