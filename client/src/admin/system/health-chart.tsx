import { Group, Text } from '@mantine/core';

export interface HealthPoint {
  at: string;
  latencyMs: number | null;
  /** A failed probe or an open circuit. */
  failed: boolean;
}

const WIDTH = 600;
const HEIGHT = 140;
const PAD = 6;

/**
 * A company's latency over time as a line, failed samples as red marks on the baseline (plain
 * SVG: no chart library, nothing from a CDN). Screen readers get `summary`.
 */
export function HealthChart({
  points,
  from,
  to,
  summary,
  legendLatency,
  legendFailed,
  formatTime,
}: {
  points: HealthPoint[];
  /** The chart's time range (epoch ms). */
  from: number;
  to: number;
  summary: string;
  legendLatency: string;
  legendFailed: string;
  formatTime: (iso: string) => string;
}) {
  const max = Math.max(1, ...points.map((p) => p.latencyMs ?? 0));
  const span = Math.max(1, to - from);
  const x = (iso: string) => PAD + ((new Date(iso).getTime() - from) / span) * (WIDTH - 2 * PAD);
  const y = (ms: number) => HEIGHT - PAD - (ms / max) * (HEIGHT - 2 * PAD);
  // A gap (no latency) breaks the line.
  const segments: string[] = [];
  let current = '';
  for (const p of points) {
    if (p.latencyMs === null) {
      if (current) segments.push(current);
      current = '';
      continue;
    }
    current += `${current ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.latencyMs).toFixed(1)} `;
  }
  if (current) segments.push(current);

  return (
    <div data-testid="health-chart" data-points={points.length}>
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
          y1={HEIGHT - PAD + 0.5}
          x2={WIDTH}
          y2={HEIGHT - PAD + 0.5}
          stroke="var(--mantine-color-gray-4)"
        />
        <text x={2} y={12} fontSize={10} fill="var(--mantine-color-dimmed)">
          {`${Math.round(max)} ms`}
        </text>
        {segments.map((d) => (
          <path
            key={d}
            d={d}
            fill="none"
            stroke="var(--mantine-color-blue-6)"
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {points.map((p) =>
          p.failed ? (
            <rect
              key={p.at}
              x={x(p.at) - 2}
              y={HEIGHT - PAD - 8}
              width={4}
              height={8}
              fill="var(--mantine-color-red-6)"
              data-testid="health-chart-failed"
            >
              <title>{formatTime(p.at)}</title>
            </rect>
          ) : p.latencyMs !== null ? (
            <circle
              key={p.at}
              cx={x(p.at)}
              cy={y(p.latencyMs)}
              r={2}
              fill="var(--mantine-color-blue-6)"
            >
              <title>{`${formatTime(p.at)}: ${p.latencyMs} ms`}</title>
            </circle>
          ) : null,
        )}
      </svg>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {formatTime(new Date(from).toISOString())}
        </Text>
        <Group gap="md">
          <Text size="xs" c="blue.7">
            ● {legendLatency}
          </Text>
          <Text size="xs" c="red.7">
            ▮ {legendFailed}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {formatTime(new Date(to).toISOString())}
        </Text>
      </Group>
    </div>
  );
}
