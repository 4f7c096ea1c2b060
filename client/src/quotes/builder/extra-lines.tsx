import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Card,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/index.ts';
import { useFormatters } from '../../format/use-formatters.ts';
import { CatalogPicker } from './catalog-picker.tsx';
import { newRowKey } from './panel-row.ts';
import { type AccessoryLine, type FeeLine, lineQuantity } from './quote-draft.ts';
import type { QuotePricing } from './use-live-preview.ts';

const FeeTypesQuery = graphql(`
  query QuoteBuilder_FeeTypes($companyId: ID!) {
    company(id: $companyId) {
      id
      fees {
        companyId
        id
        name
        unitPrice {
          amount
          currency
        }
      }
    }
  }
`);

type Amounts = QuotePricing['totals']['quote'];

interface ExtraLinesProps<Line> {
  companyId: string;
  lines: Line[];
  names: Readonly<Record<string, string>>;
  /** The server's gross of each line, by the line's editor index. */
  amounts: ReadonlyMap<number, Amounts>;
  readOnly: boolean;
  onChange: (update: (lines: Line[]) => Line[]) => void;
  onNameKnown: (id: string, label: string) => void;
}

function QuantityInput(props: {
  value: string;
  label: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const wrong = props.value.trim() !== '' && lineQuantity(props.value) === null;
  return (
    <TextInput
      size="xs"
      w={80}
      inputMode="numeric"
      value={props.value}
      aria-label={props.label}
      readOnly={props.readOnly}
      error={wrong ? t('quotes.builder.issues.quantityRange') : undefined}
      onChange={(event) => props.onChange(event.currentTarget.value)}
    />
  );
}

/** Hardware lines: an accessory picked by search and a quantity, with the server's price. */
export function AccessoryLines(props: ExtraLinesProps<AccessoryLine>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const patch = (key: string, value: Partial<AccessoryLine>) =>
    props.onChange((lines) => lines.map((l) => (l.key === key ? { ...l, ...value } : l)));
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="accessories-title">
      <Title order={2} size="h5" id="accessories-title" mb="xs">
        {t('quotes.builder.accessories.title')}
      </Title>
      <Stack gap="xs">
        {props.lines.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('quotes.builder.accessories.empty')}
          </Text>
        )}
        {props.lines.length > 0 && (
          <Table verticalSpacing={4} horizontalSpacing={4}>
            <Table.Tbody>
              {props.lines.map((line, index) => {
                const amounts = props.amounts.get(index);
                return (
                  <Table.Tr key={line.key} data-testid="accessory-line">
                    <Table.Td>
                      <CatalogPicker
                        kind="accessory"
                        companyId={props.companyId}
                        value={line.accessoryId}
                        valueLabel={line.accessoryId ? props.names[line.accessoryId] : undefined}
                        onChange={(id, name) => {
                          if (id && name) props.onNameKnown(id, name);
                          patch(line.key, { accessoryId: id });
                        }}
                        ariaLabel={t('quotes.builder.accessories.item', { line: index + 1 })}
                        readOnly={props.readOnly}
                        testId="accessory-picker"
                      />
                    </Table.Td>
                    <Table.Td w={90}>
                      <QuantityInput
                        value={line.quantity}
                        label={t('quotes.builder.accessories.quantity', { line: index + 1 })}
                        readOnly={props.readOnly}
                        onChange={(quantity) => patch(line.key, { quantity })}
                      />
                    </Table.Td>
                    <Table.Td ta="right" w={110}>
                      <Text size="sm">{amounts ? format.money(amounts.gross) : '—'}</Text>
                    </Table.Td>
                    <Table.Td w={36}>
                      {!props.readOnly && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('quotes.builder.accessories.remove', { line: index + 1 })}
                          onClick={() =>
                            props.onChange((lines) => lines.filter((l) => l.key !== line.key))
                          }
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {!props.readOnly && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              props.onChange((lines) => [
                ...lines,
                { key: newRowKey(), accessoryId: null, quantity: '1' },
              ])
            }
            style={{ alignSelf: 'flex-start' }}
            data-testid="add-accessory"
          >
            {t('quotes.builder.accessories.add')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

/** Fee lines: one of the company's fee types (a negative one is a discount) and a quantity. */
export function FeeLines(props: ExtraLinesProps<FeeLine>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data } = useQuery(FeeTypesQuery, { variables: { companyId: props.companyId } });
  const feeTypes = data?.company?.fees ?? [];
  const patch = (key: string, value: Partial<FeeLine>) =>
    props.onChange((lines) => lines.map((l) => (l.key === key ? { ...l, ...value } : l)));
  const options = [
    { value: '', label: t('quotes.builder.fees.choose') },
    ...feeTypes.map((fee) => ({
      value: fee.id,
      label: `${fee.name} (${format.money(fee.unitPrice)})`,
    })),
  ];
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="fees-title">
      <Title order={2} size="h5" id="fees-title" mb="xs">
        {t('quotes.builder.fees.title')}
      </Title>
      <Stack gap="xs">
        {props.lines.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('quotes.builder.fees.empty')}
          </Text>
        )}
        {props.lines.length > 0 && (
          <Table verticalSpacing={4} horizontalSpacing={4}>
            <Table.Tbody>
              {props.lines.map((line, index) => {
                const amounts = props.amounts.get(index);
                const known = line.feeTypeId && !feeTypes.some((fee) => fee.id === line.feeTypeId);
                return (
                  <Table.Tr key={line.key} data-testid="fee-line">
                    <Table.Td>
                      <NativeSelect
                        size="xs"
                        value={line.feeTypeId ?? ''}
                        data={
                          known && line.feeTypeId
                            ? [
                                ...options,
                                {
                                  value: line.feeTypeId,
                                  label: props.names[line.feeTypeId] ?? '…',
                                },
                              ]
                            : options
                        }
                        aria-label={t('quotes.builder.fees.item', { line: index + 1 })}
                        disabled={props.readOnly}
                        onChange={(event) => {
                          const id = event.currentTarget.value || null;
                          patch(line.key, { feeTypeId: id });
                        }}
                      />
                    </Table.Td>
                    <Table.Td w={90}>
                      <QuantityInput
                        value={line.quantity}
                        label={t('quotes.builder.fees.quantity', { line: index + 1 })}
                        readOnly={props.readOnly}
                        onChange={(quantity) => patch(line.key, { quantity })}
                      />
                    </Table.Td>
                    <Table.Td ta="right" w={110}>
                      <Text size="sm">{amounts ? format.money(amounts.gross) : '—'}</Text>
                    </Table.Td>
                    <Table.Td w={36}>
                      {!props.readOnly && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('quotes.builder.fees.remove', { line: index + 1 })}
                          onClick={() =>
                            props.onChange((lines) => lines.filter((l) => l.key !== line.key))
                          }
                        >
                          <IconTrash size={14} aria-hidden />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {!props.readOnly && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              props.onChange((lines) => [
                ...lines,
                { key: newRowKey(), feeTypeId: null, quantity: '1' },
              ])
            }
            style={{ alignSelf: 'flex-start' }}
            data-testid="add-fee"
          >
            {t('quotes.builder.fees.add')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
