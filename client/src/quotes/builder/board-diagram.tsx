import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../format/use-formatters.ts';
import type { QuotePricing } from './use-live-preview.ts';

export type BoardLayout = QuotePricing['boards'][number];

interface BoardDiagramProps {
  board: BoardLayout;
  materialName: string;
  /** The grid row number (1-based) of a placement's `row` (1-based in the priced input). */
  gridRow: (inputRow: number) => number | undefined;
}

const PANEL_FILLS = ['#d0ebff', '#d3f9d8', '#fff3bf', '#ffe8cc', '#e5dbff', '#c5f6fa'];

/**
 * One board drawn to scale: the board, its usable area, the panels with their labels and
 * sizes, the offcuts hatched. Text is sized to the board and left out where it cannot fit,
 * so small drawings stay readable; every panel names itself in a tooltip (`<title>`).
 */
export const BoardDiagram = memo(function BoardDiagram({
  board,
  materialName,
  gridRow,
}: BoardDiagramProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const usagePercent = format.decimal((Number(board.usage) * 100).toFixed(1));
  // Text height in board millimetres: about 1/28 of the board's length, like 10 px at 280 px.
  const fontSize = Math.max(board.lengthMm, board.widthMm) / 28;
  const patternId = `${id}-offcut`;
  return (
    <svg
      viewBox={`0 0 ${board.lengthMm} ${board.widthMm}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ width: '100%', height: 'auto', display: 'block' }}
      data-testid="board-diagram"
    >
      <title id={`${id}-title`}>
        {t('quotes.builder.diagram.boardTitle', {
          material: materialName,
          number: board.index + 1,
        })}
      </title>
      <desc id={`${id}-desc`}>
        {t('quotes.builder.diagram.boardDesc', {
          length: board.lengthMm,
          width: board.widthMm,
          panels: board.placements.length,
          usage: usagePercent,
        })}
      </desc>
      <defs>
        <pattern
          id={patternId}
          width={fontSize}
          height={fontSize}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1={0} y1={0} x2={0} y2={fontSize} stroke="#ced4da" strokeWidth={fontSize / 6} />
        </pattern>
      </defs>
      <rect
        x={0}
        y={0}
        width={board.lengthMm}
        height={board.widthMm}
        fill="#f1f3f5"
        stroke="#868e96"
        strokeWidth={fontSize / 5}
      />
      <rect
        x={board.usable.x}
        y={board.usable.y}
        width={board.usable.widthMm}
        height={board.usable.heightMm}
        fill="none"
        stroke="#adb5bd"
        strokeDasharray={`${fontSize / 2} ${fontSize / 3}`}
        strokeWidth={fontSize / 8}
      />
      {board.offcuts.map((offcut) => (
        <rect
          key={`${offcut.x}-${offcut.y}-${offcut.widthMm}-${offcut.heightMm}`}
          x={offcut.x}
          y={offcut.y}
          width={offcut.widthMm}
          height={offcut.heightMm}
          fill={`url(#${patternId})`}
        />
      ))}
      {board.placements.map((placement) => {
        const row = gridRow(placement.row);
        const size = `${placement.rotated ? placement.heightMm : placement.widthMm} × ${
          placement.rotated ? placement.widthMm : placement.heightMm
        }`;
        const name = placement.label ?? (row ? `#${row}` : '');
        const lineFits = (text: string, lines: number) =>
          placement.widthMm > text.length * fontSize * 0.55 &&
          placement.heightMm > fontSize * 1.3 * lines;
        const showName = name !== '' && lineFits(name, 2);
        const showSize = lineFits(size, showName ? 2 : 1);
        const cx = placement.x + placement.widthMm / 2;
        const cy = placement.y + placement.heightMm / 2;
        return (
          <g key={`${placement.x}-${placement.y}`}>
            <title>
              {t('quotes.builder.diagram.panelTitle', {
                row: row ?? '?',
                label: placement.label ?? '—',
                size,
              })}
              {placement.rotated ? ` ${t('quotes.builder.diagram.rotated')}` : ''}
            </title>
            <rect
              x={placement.x}
              y={placement.y}
              width={placement.widthMm}
              height={placement.heightMm}
              fill={PANEL_FILLS[(placement.row - 1) % PANEL_FILLS.length]}
              stroke="#495057"
              strokeWidth={fontSize / 8}
            />
            {showName && (
              <text
                x={cx}
                y={showSize ? cy - fontSize * 0.2 : cy + fontSize * 0.35}
                fontSize={fontSize}
                textAnchor="middle"
                fill="#212529"
                fontWeight={600}
              >
                {name}
              </text>
            )}
            {showSize && (
              <text
                x={cx}
                y={showName ? cy + fontSize * 0.95 : cy + fontSize * 0.35}
                fontSize={fontSize * 0.85}
                textAnchor="middle"
                fill="#495057"
              >
                {size}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
