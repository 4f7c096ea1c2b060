import { Card, Group, Text } from '@mantine/core';

export interface DailyPoint {
  date: string;
  value: number;
}

const WIDTH = 300;
const HEIGHT = 80;

/**
 * A small bar chart of one count per day (plain SVG: no chart library, nothing from a CDN). The
 * bars carry their date and value as a tooltip; screen readers get `summary`.
 */
export function DailyChart({
  label,
  points,
  color,
  summary,
  testId,
}: {
  label: string;
  points: DailyPoint[];
  color: string;
  summary: string;
  testId: string;
}) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const total = points.reduce((sum, p) => sum + p.value, 0);
  const slot = WIDTH / Math.max(points.length, 1);
  const bar = Math.max(1, slot - 2);
  return (
    <Card withBorder data-testid={testId} data-total={total}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" fw={700}>
          {total}
        </Text>
      </Group>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        <line
          x1={0}
          y1={HEIGHT - 0.5}
          x2={WIDTH}
          y2={HEIGHT - 0.5}
          stroke="var(--mantine-color-gray-4)"
        />
        {points.map((p, i) => {
          const h = p.value === 0 ? 0 : Math.max(2, (p.value / max) * (HEIGHT - 4));
          return (
            <rect
              key={p.date}
              x={i * slot + 1}
              y={HEIGHT - h}
              width={bar}
              height={h}
              fill={color}
              rx={1}
            >
              <title>{`${p.date}: ${p.value}`}</title>
            </rect>
          );
        })}
      </svg>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {points[0]?.date}
        </Text>
        <Text size="xs" c="dimmed">
          {points.at(-1)?.date}
        </Text>
      </Group>
    </Card>
  );
}
