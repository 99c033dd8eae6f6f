// A topic's weekly search interest (0-100, two years of weeks) as a small inline SVG line chart:
// a 0/50/100 axis, the first, middle and last week named under it, and a description a screen
// reader reads in place of the drawing (range, high, low, latest and the change on a year ago).
// Drawn in a fixed viewBox that scales to its card: one chart per topic, no chart library.
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { t } from '../../i18n/index.js';
import { shortWeek } from './content-format.js';

export interface InterestPointView {
  /** YYYY-MM-DD, the first day of the week. */
  weekStart: string;
  /** 0..100. */
  interest: number;
}

const WIDTH = 320;
const HEIGHT = 124;
const LEFT = 26;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 22;
const TICKS = [0, 50, 100] as const;

/** The chart's x and y for week `index` of `count` and an interest of 0..100. */
export function chartPoint(index: number, count: number, interest: number): [number, number] {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = LEFT + (count > 1 ? (index / (count - 1)) * plotWidth : plotWidth / 2);
  const y = TOP + (1 - Math.min(100, Math.max(0, interest)) / 100) * plotHeight;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The drawing in words: what a sighted reader takes from the line. */
export function describeInterest(topic: string, points: readonly InterestPointView[]): string {
  if (points.length === 0) return t('content.chart.noData', { topic });
  const first = points[0] as InterestPointView;
  const last = points[points.length - 1] as InterestPointView;
  let high = first;
  let low = first;
  for (const p of points) {
    if (p.interest > high.interest) high = p;
    if (p.interest < low.interest) low = p;
  }
  const yearAgo = points.length > 52 ? points[points.length - 53] : undefined;
  const description = t('content.chart.description', {
    topic,
    count: points.length,
    first: first.weekStart,
    last: last.weekStart,
    high: high.interest,
    highWeek: high.weekStart,
    low: low.interest,
    lowWeek: low.weekStart,
    latest: last.interest,
  });
  // A second sentence, when there is a year to compare with.
  return yearAgo
    ? `${description} ${t('content.chart.yearAgo', { value: yearAgo.interest, week: yearAgo.weekStart })}`
    : description;
}

/** The chart of one topic's series; `key` makes its title and description ids unique. */
export function interestChart(
  key: string,
  topic: string,
  points: readonly InterestPointView[],
): TemplateResult {
  const titleId = `chart-title-${key}`;
  const descId = `chart-desc-${key}`;
  const count = points.length;
  const line = points
    .map((p, i) => {
      const [x, y] = chartPoint(i, count, p.interest);
      return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
    })
    .join(' ');
  const labelled = count > 0 ? [0, Math.floor((count - 1) / 2), count - 1] : [];
  const last = points[count - 1];
  const [lastX, lastY] = last ? chartPoint(count - 1, count, last.interest) : [0, 0];
  return html`<figure class="interest-chart" data-chart=${topic}>
    <svg
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-labelledby=${titleId}
      aria-describedby=${descId}
    >
      <title id=${titleId}>${t('content.chart.title', { topic })}</title>
      <desc id=${descId}>${describeInterest(topic, points)}</desc>
      ${TICKS.map((tick) => {
        const [, y] = chartPoint(0, count, tick);
        return svg`<line class=${tick === 0 ? 'axis-line' : 'grid'} x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y} y2=${y}></line>
          <text class="tick" x=${LEFT - 4} y=${y + 3} text-anchor="end">${tick}</text>`;
      })}
      ${labelled.map((i, n) => {
        const [x] = chartPoint(i, count, 0);
        const anchor = n === 0 ? 'start' : n === labelled.length - 1 ? 'end' : 'middle';
        return svg`<text class="tick" x=${x} y=${HEIGHT - 6} text-anchor=${anchor}>${shortWeek((points[i] as InterestPointView).weekStart)}</text>`;
      })}
      ${count > 0 ? svg`<path class="series" d=${line}></path>` : nothing}
      ${last ? svg`<circle class="latest" cx=${lastX} cy=${lastY} r="3"></circle>` : nothing}
    </svg>
  </figure>`;
}

export const interestChartStyles = css`
  figure.interest-chart {
    margin: 0.5rem 0 0;
  }
  figure.interest-chart svg {
    display: block;
    width: 100%;
    height: auto;
    max-width: 36rem;
    overflow: visible;
  }
  figure.interest-chart .grid {
    stroke: var(--zac-admin-border);
    stroke-width: 0.5;
    stroke-dasharray: 2 3;
  }
  figure.interest-chart .axis-line {
    stroke: var(--zac-admin-muted);
    stroke-width: 0.75;
  }
  figure.interest-chart .tick {
    fill: var(--zac-admin-muted);
    font-size: 10px;
    font-variant-numeric: tabular-nums;
  }
  figure.interest-chart .series {
    fill: none;
    stroke: var(--zac-admin-primary);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  figure.interest-chart .latest {
    fill: var(--zac-admin-primary);
  }
`;
