import type { DataSource } from 'typeorm';
import type { Clock } from '../../../runtime/clock.js';
import type { LedgerService } from '../../ledger/ledger.service.js';
import { ForecastService } from '../forecast.service.js';
import { RatiosService } from '../ratios.service.js';
import type { StatementsService } from '../statements.service.js';
import { FilingPackageContentBuilder } from './filing-package-content.builder.js';
import { FilingPackageService } from './filing-package.service.js';
import { forecastSectionSource } from './forecast-section.js';
import { ratioSectionSource } from './ratio-section.js';
import { ReportFileStore } from './report-file.store.js';

/** The filing package service with every section wired (the composition root calls this). */
export function createFilingPackageService(deps: {
  dataSource: DataSource;
  ledger: LedgerService;
  statements: StatementsService;
  clock: Clock;
}): FilingPackageService {
  const { dataSource, ledger, statements, clock } = deps;
  const builder = new FilingPackageContentBuilder({
    dataSource,
    statements,
    ledger,
    ratios: ratioSectionSource(new RatiosService(ledger, dataSource)),
    forecast: forecastSectionSource(new ForecastService(dataSource, ledger, clock)),
  });
  return new FilingPackageService(builder, new ReportFileStore(dataSource));
}
