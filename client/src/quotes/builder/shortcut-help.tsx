import { ActionIcon, Kbd, Popover, Table, Text } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const shortcuts = [
  ['Tab', 'next'],
  ['Shift + Tab', 'previous'],
  ['Enter', 'down'],
  ['Shift + Enter', 'up'],
  ['↑ ↓', 'arrows'],
  ['Ctrl + D', 'duplicate'],
  ['Ctrl + Delete', 'delete'],
  ['Ctrl + V', 'paste'],
  ['Esc', 'closeList'],
  ['Ctrl + S', 'save'],
] as const;

/** The grid's keyboard shortcuts, in a popover by the grid's toolbar. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <Popover width={360} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('quotes.builder.shortcuts.title')}
          data-testid="shortcut-help"
        >
          <IconKeyboard size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fw={600} size="sm" mb="xs">
          {t('quotes.builder.shortcuts.title')}
        </Text>
        <Table fz="xs" verticalSpacing={2}>
          <Table.Tbody>
            {shortcuts.map(([keys, what]) => (
              <Table.Tr key={what}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Kbd size="xs">{keys}</Kbd>
                </Table.Td>
                <Table.Td>{t(`quotes.builder.shortcuts.${what}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          {t('quotes.builder.shortcuts.mac')}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
