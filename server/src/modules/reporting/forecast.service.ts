import type { DataSource } from 'typeorm';
import {
  buildForecast,
  MAX_FORECAST_MONTHS,
  MIN_FORECAST_MONTHS,
  type Forecast,
} from '../../engines/accounting/index.js';
import { dayBefore } from '../../engines/accounting/periods.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import type { LedgerService } from '../ledger/ledger.service.js';
import { monthlyLedgerSeries } from './monthly-series.js';

export type {
  Forecast,
  ForecastHistoryMonth,
  ForecastParameters,
  ForecastPoint,
  ForecastSeries,
  ForecastSeriesKey,
} from '../../engines/accounting/index.js';

/**
 * The forecast of revenue, expenses and cash for the next months, from the ledger's complete
 * months (the current month is partial and left out): the monthly series come from one SQL
 * aggregate, the models and scenarios from the forecast engine (engines/accounting/forecast).
 */
export class ForecastService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  /** `months` ahead (1..24, default 12) from the month after the last complete one. */
  async forecast(workspaceId: string, months = 12): Promise<Forecast> {
    if (!Number.isInteger(months) || months < MIN_FORECAST_MONTHS || months > MAX_FORECAST_MONTHS) {
      throw new DomainError(
        'INVALID_INPUT',
        `months must be a whole number from ${MIN_FORECAST_MONTHS} to ${MAX_FORECAST_MONTHS}.`,
        { field: 'months' },
      );
    }
    const today = await this.ledger.today(workspaceId, this.clock.now());
    const endOfLastCompleteMonth = dayBefore(`${today.slice(0, 7)}-01`);
    const actuals = await monthlyLedgerSeries(this.dataSource, workspaceId, endOfLastCompleteMonth);
    return buildForecast(today, actuals, months);
  }
}
