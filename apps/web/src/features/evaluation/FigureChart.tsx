import type { PublishedFigure } from '@lots/core';
import { useTranslation } from 'react-i18next';

const WIDTH = 520;
const ROW = 28;
/** Room for a label of `LABEL_CHARS` characters at the chart's font size, so no label starts left of the picture (reflow). */
const LABEL = 230;
const LABEL_CHARS = 24;
const VALUE = 50;

/**
 * A horizontal bar chart of counts, in plain SVG (no chart library; it scales with its box). It is a
 * picture of the table beside it, which holds the same figures: the chart's text alternative says
 * so. A hidden figure is drawn as `..` without a bar, never as zero.
 */
export function FigureChart({ caption, rows }: { caption: string; rows: { key: string; label: string; figure: PublishedFigure }[] }) {
  const { t, i18n } = useTranslation();
  const shown = (f: PublishedFigure) => (typeof f.value === 'number' && !f.suppressed ? f.value : null);
  const max = Math.max(1, ...rows.map((r) => shown(r.figure) ?? 0));
  const height = rows.length * ROW;
  return (
    <svg
      className="ev-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('evaluation:chart.alt', { caption })}
      data-testid="figure-chart"
    >
      {rows.map((r, i) => {
        const value = shown(r.figure);
        const width = value === null ? 0 : Math.max(1, (value / max) * (WIDTH - LABEL - VALUE));
        const y = i * ROW;
        return (
          <g key={r.key} data-suppressed={r.figure.suppressed ?? undefined}>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="ev-chart__label">
              {r.label.length > LABEL_CHARS ? `${r.label.slice(0, LABEL_CHARS - 1)}…` : r.label}
            </text>
            <rect x={LABEL} y={y + 5} width={width} height={ROW - 10} className="ev-chart__bar" />
            <text x={LABEL + width + 6} y={y + ROW / 2} dominantBaseline="middle" className="ev-chart__value">
              {value === null ? (r.figure.suppressed ? '..' : '–') : new Intl.NumberFormat(i18n.language).format(value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
