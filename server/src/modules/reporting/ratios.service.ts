import type { DataSource } from 'typeorm';
import {
  compareWithIndustry,
  type IndustryComparison,
} from '../../engines/accounting/benchmarks/index.js';
import { isIsoDate } from '../../engines/accounting/journal.js';
import {
  financialRatios,
  trailingTwelveMonths,
  type RatioWindow,
} from '../../engines/accounting/ratios.js';
import { DomainError } from '../../errors.js';
import type { LedgerService } from '../ledger/ledger.service.js';

/**
 * The shop's financial ratios at a date beside its industry's published ranges: flows over the
 * trailing twelve complete months ending at asOf, stocks at asOf. Balances come aggregated from
 * the ledger's SQL (one query over the window, one more at asOf when asOf is mid-month); the
 * accounting engine computes the statements, the ratios and the alerts.
 */
export interface FinancialRatiosReport extends IndustryComparison {
  asOf: string;
  window: RatioWindow;
}

export class RatiosService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly dataSource: DataSource,
  ) {}

  async financialRatios(workspaceId: string, asOf: string): Promise<FinancialRatiosReport> {
    if (!isIsoDate(asOf)) {
      throw new DomainError('INVALID_INPUT', 'asOf must be a calendar date, YYYY-MM-DD.', {
        field: 'asOf',
      });
    }
    const window = trailingTwelveMonths(asOf);
    const windowBalances = await this.ledger.accountBalances(workspaceId, {
      from: window.from,
      asOf: window.to,
    });
    const asOfBalances =
      asOf === window.to ? undefined : await this.ledger.accountBalances(workspaceId, { asOf });
    const ratios = financialRatios({ asOf, window, windowBalances, asOfBalances });
    return {
      asOf,
      window,
      ...compareWithIndustry(ratios, await this.naicsCode(workspaceId)),
    };
  }

  /** The shop's industry (workspace.naics_code, NAICS 2022), or null when not set. */
  private async naicsCode(workspaceId: string): Promise<string | null> {
    const rows = (await this.dataSource.query('SELECT naics_code FROM workspace WHERE id = $1', [
      workspaceId,
    ])) as Array<{ naics_code: string | null }>;
    return rows[0]?.naics_code ?? null;
  }
}
