import type { Forecast, ForecastPoint, ForecastSeriesKey } from '../forecast.service.js';
import type { ForecastService } from '../forecast.service.js';
import type { ForecastSectionSource } from './filing-package-content.builder.js';
import type { ForecastBand, ForecastSection } from './filing-package-content.js';
import { shortMonthLabel } from './short-month.js';

const HORIZON_MONTHS = 12;
const SERIES_NAMES: Record<ForecastSeriesKey, string> = {
  REVENUE: 'Revenue',
  EXPENSES: 'Expenses',
  CASH: 'Cash',
};

/** The projections section from the forecast service's next twelve months. */
export function forecastSectionSource(forecasts: ForecastService): ForecastSectionSource {
  return {
    section: async (workspaceId) =>
      forecastSection(await forecasts.forecast(workspaceId, HORIZON_MONTHS)),
  };
}

/** The forecast as the documents show it: base, 80% interval and the two scenarios per month. */
export function forecastSection(forecast: Forecast): ForecastSection {
  const series = (key: ForecastSeriesKey) => {
    const found = forecast.series.find((s) => s.key === key);
    if (!found) throw new Error(`the forecast has no ${key} series`);
    return found;
  };
  const [revenue, expenses, cash] = [series('REVENUE'), series('EXPENSES'), series('CASH')];
  return {
    method: `ETS (exponential smoothing) forecast made ${forecast.asOf} from ${forecast.history.length} complete months`,
    notes: [
      ...forecast.series.map((s) => `${SERIES_NAMES[s.key]}: ${s.method}`),
      ...forecast.assumptions,
    ],
    intervalPercent: 80,
    history: forecast.history.slice(-12).map((month) => ({
      key: month.month,
      shortLabel: shortMonthLabel(month.month),
      revenueCents: month.revenueCents,
      cashCents: month.cashCents,
    })),
    months: revenue.points.map((point, i) => ({
      key: point.month,
      shortLabel: shortMonthLabel(point.month),
      revenue: band(point),
      expenses: band(expenses.points[i]),
      cash: band(cash.points[i]),
    })),
  };
}

function band(point: ForecastPoint | undefined): ForecastBand {
  if (!point) throw new Error('the forecast series have different lengths');
  return {
    baseCents: point.baseCents,
    lowCents: point.lower80Cents,
    highCents: point.upper80Cents,
    conservativeCents: point.conservativeCents,
    aggressiveCents: point.aggressiveCents,
  };
}
