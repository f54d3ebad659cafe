import type { Locale } from '../../../shared/i18n/index.ts';
import type { DayStats } from '../../../shared/statistics-types.ts';
import { useLocale } from '../../lib/i18n.ts';
import { dateOfKey } from './stats-summary.ts';

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 32;
const BOTTOM = 40;
const TOP = 12;
const SERIES = ['taken', 'natural', 'skipped'] as const;

function niceMax(value: number): number {
  if (value <= 4) return 4;
  const step = value <= 10 ? 2 : value <= 25 ? 5 : 10;
  return Math.ceil(value / step) * step;
}

export function dayLabel(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', options).format(dateOfKey(key));
}

/**
 * Stacked bars per day (taken, away, skipped). The picture is one image with a spoken summary;
 * the numbers themselves are in the table beside it, which screen readers read instead.
 */
export function BarChart({
  days,
  summary,
}: {
  readonly days: readonly DayStats[];
  readonly summary: string;
}) {
  const { locale, t } = useLocale();
  const max = niceMax(Math.max(0, ...days.map((d) => d.taken + d.natural + d.skipped)));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, days.length);
  const barWidth = Math.min(28, slot * 0.62);
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const ticks = [0, max / 2, max];

  return (
    <figure class="chart">
      <svg
        class="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-testid="stats-chart"
      >
        <g class="chart__grid">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} />
              <text x={LEFT - 8} y={y(tick) + 4}>
                {tick}
              </text>
            </g>
          ))}
        </g>
        {days.map((day, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={day.date}>
              {SERIES.map((series) => {
                const value = day[series];
                if (value === 0) return null;
                const top = y(base + value);
                const height = y(base) - top;
                base += value;
                return (
                  <rect
                    key={series}
                    class={`chart__bar chart__bar--${series}`}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    rx="3"
                  />
                );
              })}
              <text class="chart__day" x={x + barWidth / 2} y={HEIGHT - BOTTOM + 16}>
                {dayLabel(locale, day.date, { day: 'numeric' })}
              </text>
              <text class="chart__weekday" x={x + barWidth / 2} y={HEIGHT - BOTTOM + 32}>
                {dayLabel(locale, day.date, { weekday: 'narrow' })}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="chart__legend" aria-hidden="true">
        {SERIES.map((series) => (
          <span key={series} class="chart__key">
            <span class={`chart__swatch chart__bar--${series}`} />
            {t(`stats.legend.${series}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
