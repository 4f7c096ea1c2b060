import { Badge, Card, Group, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import { BoardDiagram, type BoardLayout } from './board-diagram.tsx';
import type { DraftInput } from './quote-draft.ts';
import type { QuotePricing } from './use-live-preview.ts';

interface BoardDiagramsProps {
  pricing: QuotePricing;
  /** The lines `pricing` priced: their row map turns a placement's row into a grid row. */
  pricedInput: DraftInput;
}

/** The boards of every material, a section per material; many boards scroll inside it. */
export const BoardDiagrams = memo(function BoardDiagrams({
  pricing,
  pricedInput,
}: BoardDiagramsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const byMaterial = useMemo(() => {
    const groups = new Map<string, BoardLayout[]>();
    for (const board of pricing.boards) {
      const list = groups.get(board.material.id) ?? [];
      list.push(board);
      groups.set(board.material.id, list);
    }
    return groups;
  }, [pricing.boards]);
  const gridRow = useMemo(
    () => (inputRow: number) => {
      const index = pricedInput.panelRows[inputRow - 1];
      return index === undefined ? undefined : index + 1;
    },
    [pricedInput],
  );

  return (
    <Stack gap="md" data-testid="board-diagrams">
      {pricing.materials.map((entry) => {
        const boards = byMaterial.get(entry.material.id) ?? [];
        return (
          <Card
            key={entry.material.id}
            withBorder
            padding="sm"
            component="section"
            aria-label={entry.material.name}
          >
            <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
              <Title order={3} size="h5">
                {entry.material.name}
              </Title>
              <Group gap="xs">
                <Badge variant="light">
                  {t('quotes.builder.diagram.boards', { count: entry.boardsUsed })}
                </Badge>
                <Badge variant="light" color="gray">
                  {t('quotes.builder.diagram.usage', {
                    usage: format.decimal((Number(entry.usage) * 100).toFixed(1)),
                  })}
                </Badge>
              </Group>
            </Group>
            <ScrollArea.Autosize mah={520} type="auto">
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                {boards.map((board) => (
                  <Stack key={board.index} gap={2}>
                    <BoardDiagram
                      board={board}
                      materialName={entry.material.name}
                      gridRow={gridRow}
                    />
                    <Text size="xs" c="dimmed">
                      {t('quotes.builder.diagram.caption', {
                        number: board.index + 1,
                        panels: board.placements.length,
                        usage: format.decimal((Number(board.usage) * 100).toFixed(1)),
                      })}
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
            </ScrollArea.Autosize>
          </Card>
        );
      })}
    </Stack>
  );
});
