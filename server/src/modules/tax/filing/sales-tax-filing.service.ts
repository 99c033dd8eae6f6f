import { randomUUID } from 'node:crypto';
import type { FilingFrequency, SalesTaxFilingStatus } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import {
  COMPLIANCE_RULE_SET,
  ComplianceInputError,
  filingRulesOf,
} from '../../../engines/compliance/index.js';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import { DomainError } from '../../../errors.js';
import { isId } from '../../ids.js';
import type { Clock } from '../../../runtime/clock.js';
import {
  linkedFileViews,
  type FilingPackageFileView,
} from '../../reporting/filing-package/filing-package.service.js';
import type {
  RenderedFile,
  ReportFileStore,
  StoredReportFile,
} from '../../reporting/filing-package/report-file.store.js';
import type { DeductionSummary } from '../deduction-summary.js';
import { todayIn } from '../workspace-calendar.js';
import type { SalesTaxLiability } from '../sales-tax/sales-tax-liability.js';
import { parseSalesTaxPeriod } from '../sales-tax/sales-tax-period.js';
import type { TaxService } from '../tax.service.js';
import { buildChecklist } from './filing-checklist.js';
import type { PacketRule, SalesTaxFilingPacketContent } from './filing-packet.js';
import { renderFilingCsv } from './render-filing-csv.js';
import { renderFilingPdf } from './render-filing-pdf.js';
import { buildScheduleC } from './schedule-c.worksheet.js';
import {
  TEXAS_RETURN_READ_ON,
  TEXAS_RETURN_RULES,
  TEXAS_RETURN_RULE_SET_VERSION,
} from './texas-return.rules.js';
import {
  buildStateReturn,
  filingRuleId,
  filingRuleSummary,
  stateFilingPeriods,
  stateReturnDue,
} from './state-return.worksheet.js';
import { buildTexasReturn } from './texas-return.worksheet.js';

/** What the filing needs of the sales tax module (SalesTaxService satisfies it). */
export interface SalesTaxLiabilitySource {
  liability(workspaceId: string, state: string, period: string): Promise<SalesTaxLiability>;
}

/**
 * The states whose return the hub prepares: Texas's Form 01-114 line by line (its form's rules),
 * the others as a summary worksheet with the compliance engine's due date.
 */
export const RETURN_WORKSHEET_STATES = [
  'TX',
  'CA',
  'NY',
  'FL',
  'GA',
  'CO',
  'WA',
  'AZ',
  'NC',
  'NJ',
  'IL',
  'OK',
] as const;

export interface SalesTaxFilingPacketView {
  id: string;
  state: string;
  period: string;
  status: SalesTaxFilingStatus;
  preparedAt: Date;
  preparedBy: string;
  content: SalesTaxFilingPacketContent;
  files: FilingPackageFileView[];
}

export interface PrepareFilingArgs {
  workspaceId: string;
  state: string;
  period: string;
  /** Who prepared it: 'user:<id>', 'key:<id>' or 'run:<id>'. */
  actor: string;
  /** A period still running is refused unless this is set: the packet is then PRELIMINARY. */
  preliminary?: boolean;
}

interface Registration {
  registeredOn: string;
  accountNumber: string | null;
  filingFrequency: FilingFrequency | null;
}

const FREQUENCY_OF_KIND = { QUARTER: 'QUARTERLY', MONTH: 'MONTHLY' } as const;

/**
 * Filing preparation (issue 15): a state sales tax return worksheet for a registered state and a
 * filing period, the Schedule C summary of the period's tax year, the CPA's document checklist,
 * and the CPA packet (PDF and CSV) stored and downloadable like reporting's files. A packet is a
 * snapshot: preparing again makes a new one; each stays readable by id.
 */
export class SalesTaxFilingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tax: TaxService,
    private readonly salesTax: SalesTaxLiabilitySource,
    private readonly store: ReportFileStore,
  ) {}

  async prepare(args: PrepareFilingArgs): Promise<SalesTaxFilingPacketView> {
    const { workspaceId, actor } = args;
    const state = args.state.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(state)) {
      throw new DomainError('INVALID_INPUT', `State "${args.state}" is not a two-letter code.`, {
        field: 'state',
        reason: 'BAD_STATE',
      });
    }
    const period = parseSalesTaxPeriod(args.period);
    const now = this.clock.now();
    const workspace = await this.workspace(workspaceId);
    const today = todayIn(workspace.timeZone, now);

    const registrations = await this.registrations(workspaceId);
    const registration = registrations.get(state);
    if (!registration || registration.registeredOn > period.end) {
      const where = [...registrations.keys()].join(', ') || 'no state';
      throw new DomainError(
        'INVALID_INPUT',
        registration
          ? `The shop registered in ${state} on ${registration.registeredOn}, after ${period.key} ended (${period.end}): there is no ${state} return for that period.`
          : `The shop is not registered to collect sales tax in ${state} (registered in ${where}), so it files no ${state} return. Whether it must register there is the compliance-monitoring scenario's nexus check.`,
        { field: 'state', reason: 'NOT_REGISTERED', registeredIn: [...registrations.keys()] },
      );
    }
    if (!(RETURN_WORKSHEET_STATES as readonly string[]).includes(state)) {
      throw new DomainError(
        'INVALID_INPUT',
        `The hub has return rules for ${RETURN_WORKSHEET_STATES.join(', ')} only; no ${state} worksheet can be prepared.`,
        { field: 'state', reason: 'NO_RETURN_WORKSHEET' },
      );
    }
    const frequency = registration.filingFrequency ?? 'QUARTERLY';
    if (frequency === 'ANNUAL') {
      throw new DomainError(
        'INVALID_INPUT',
        `The ${state} registration files annually; the hub prepares quarterly and monthly returns only.`,
        { field: 'period', reason: 'FREQUENCY_MISMATCH', filingFrequency: frequency },
      );
    }
    if (FREQUENCY_OF_KIND[period.kind] !== frequency) {
      throw new DomainError(
        'INVALID_INPUT',
        `The ${state} registration files ${frequency.toLowerCase()}; ${period.key} is a ${period.kind.toLowerCase()}. Ask for a ${frequency === 'QUARTERLY' ? 'quarter (e.g. 2026-Q3)' : 'month (e.g. 2026-07)'}.`,
        { field: 'period', reason: 'FREQUENCY_MISMATCH', filingFrequency: frequency },
      );
    }
    if (state !== 'TX') this.requireFilingPeriod(state, frequency, period);
    if (period.start > today) {
      throw new DomainError(
        'INVALID_INPUT',
        `${period.key} has not begun on the shop's calendar (today is ${today}).`,
        { field: 'period', reason: 'PERIOD_NOT_BEGUN' },
      );
    }
    const ended = period.end < today;
    if (!ended && !args.preliminary) {
      throw new DomainError(
        'INVALID_INPUT',
        `${period.key} has not ended (it runs to ${period.end}; today is ${today}), so its return cannot be final. A preview marked PRELIMINARY can be prepared (preliminary: true); the figures will change until the period ends.`,
        { field: 'period', reason: 'PERIOD_NOT_ENDED', periodEnd: period.end },
      );
    }
    const status: SalesTaxFilingStatus = ended ? 'READY' : 'PRELIMINARY';

    const liability = await this.salesTax.liability(workspaceId, state, period.key);
    const returnWorksheet =
      state === 'TX'
        ? buildTexasReturn({ liability, registration, today })
        : buildStateReturn({ liability, registration, today });
    if (status === 'PRELIMINARY') {
      returnWorksheet.notes.unshift(
        `PRELIMINARY: ${period.key} runs to ${period.end} (today is ${today}); these figures cover the sales recorded so far and will change.`,
      );
    }
    const taxYear = Number(period.end.slice(0, 4));
    const { deductions, note } = await this.deductions(workspaceId, taxYear);
    const checklist = await buildChecklist(this.dataSource, workspaceId, {
      liability,
      taxYear,
      deductions,
    });
    const preparedAt = now;
    const content: SalesTaxFilingPacketContent = {
      workspaceName: workspace.name,
      state,
      period,
      status,
      preparedOn: today,
      preparedAt: preparedAt.toISOString(),
      returnWorksheet,
      scheduleC: deductions ? buildScheduleC(deductions) : null,
      scheduleCNote: note,
      checklist,
      rules: packetRules(liability, deductions),
      ruleSetVersion:
        state === 'TX'
          ? TEXAS_RETURN_RULE_SET_VERSION
          : `${COMPLIANCE_RULE_SET.version} + ${liability.ruleSetVersion}`,
    };

    const id = randomUUID();
    const files = await renderPacket(content);
    await this.dataSource.query(
      `INSERT INTO sales_tax_filing (id, workspace_id, state, period_key, status, content, prepared_by, prepared_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, workspaceId, state, period.key, status, JSON.stringify(content), actor, preparedAt],
    );
    let stored: StoredReportFile[];
    try {
      stored = await this.store.storePackage({
        workspaceId,
        packageId: id,
        kind: 'SALES_TAX_FILING',
        periodKey: period.key,
        title: `${state} sales tax filing packet ${period.key}${status === 'PRELIMINARY' ? ' (PRELIMINARY)' : ''}`,
        preparedBy: actor,
        preparedAt,
        files,
      });
    } catch (error) {
      // No packet without its files.
      await this.dataSource.query('DELETE FROM sales_tax_filing WHERE id = $1', [id]);
      throw error;
    }
    return {
      id,
      state,
      period: period.key,
      status,
      preparedAt,
      preparedBy: actor,
      content,
      files: await linkedFileViews(this.store, workspaceId, stored, now),
    };
  }

  /**
   * A state other than Texas files for the compliance engine's periods: a period the state does
   * not use (New York's quarters run March to May ...) is refused, naming the state's periods.
   */
  private requireFilingPeriod(
    state: string,
    frequency: FilingFrequency,
    period: ReturnType<typeof parseSalesTaxPeriod>,
  ): void {
    let periods: string[];
    try {
      if (stateReturnDue(state, frequency, period)) return;
      periods = stateFilingPeriods(state, frequency, Number(period.end.slice(0, 4))).map(
        (r) => `${r.period.label} (${r.period.start} to ${r.period.end})`,
      );
    } catch (error) {
      if (!(error instanceof ComplianceInputError)) throw error;
      throw new DomainError('INVALID_INPUT', error.message, {
        field: error.field,
        reason: 'NO_RETURN_WORKSHEET',
      });
    }
    const name = filingRulesOf(COMPLIANCE_RULE_SET, state).stateName;
    throw new DomainError(
      'INVALID_INPUT',
      `${period.key} (${period.start} to ${period.end}) is not one of ${name}'s ${frequency.toLowerCase()} filing periods; in ${period.end.slice(0, 4)} they are: ${periods.join('; ')}. The hub's periods are calendar quarters and months, so a ${name} ${frequency.toLowerCase()} return for these periods cannot be prepared here.`,
      { field: 'period', reason: 'PERIOD_NOT_A_FILING_PERIOD', filingPeriods: periods },
    );
  }

  /** One packet with fresh download links; REPORT_NOT_FOUND unless it is this workspace's. */
  async get(workspaceId: string, id: string): Promise<SalesTaxFilingPacketView> {
    const rows = isId(id)
      ? ((await this.dataSource.query(
          `SELECT id, state, period_key, status, content, prepared_by, prepared_at
             FROM sales_tax_filing WHERE id = $1 AND workspace_id = $2`,
          [id, workspaceId],
        )) as Array<{
          id: string;
          state: string;
          period_key: string;
          status: SalesTaxFilingStatus;
          content: SalesTaxFilingPacketContent | string;
          prepared_by: string;
          prepared_at: Date;
        }>)
      : [];
    const row = rows[0];
    if (!row) throw new DomainError('REPORT_NOT_FOUND', 'No such sales tax filing packet.');
    const files = await this.store.packageFiles(workspaceId, row.id);
    return {
      id: row.id,
      state: row.state,
      period: row.period_key,
      status: row.status,
      preparedAt: new Date(row.prepared_at),
      preparedBy: row.prepared_by,
      content: typeof row.content === 'string' ? JSON.parse(row.content) : row.content,
      files: await linkedFileViews(this.store, workspaceId, files, this.clock.now()),
    };
  }

  private async deductions(
    workspaceId: string,
    taxYear: number,
  ): Promise<{ deductions: DeductionSummary | null; note: string | null }> {
    if (!this.tax.yearsCovered().includes(taxYear)) {
      return {
        deductions: null,
        note: `The federal rules cover deductions for ${this.tax.yearsCovered().join(', ')}; ${taxYear} has no Schedule C summary.`,
      };
    }
    return { deductions: await this.tax.deductionSummary(workspaceId, taxYear), note: null };
  }

  private async workspace(workspaceId: string): Promise<{ name: string; timeZone: string }> {
    const [row] = (await this.dataSource.query(
      'SELECT name, time_zone FROM workspace WHERE id = $1',
      [workspaceId],
    )) as Array<{ name: string; time_zone: string }>;
    if (!row) throw new DomainError('NOT_FOUND', 'No such workspace.');
    return { name: row.name, timeZone: row.time_zone };
  }

  private async registrations(workspaceId: string): Promise<Map<string, Registration>> {
    const rows = (await this.dataSource.query(
      `SELECT state, registered_on::text AS registered_on, account_number, filing_frequency
         FROM tax_registration WHERE workspace_id = $1 ORDER BY state`,
      [workspaceId],
    )) as Array<{
      state: string;
      registered_on: string;
      account_number: string | null;
      filing_frequency: FilingFrequency | null;
    }>;
    return new Map(
      rows.map((r) => [
        r.state,
        {
          registeredOn: r.registered_on,
          accountNumber: r.account_number,
          filingFrequency: r.filing_frequency,
        },
      ]),
    );
  }
}

/** The packet's PDF and CSV, named by state and period (sales-tax-filing-TX-2026-Q3.pdf). */
export async function renderPacket(content: SalesTaxFilingPacketContent): Promise<RenderedFile[]> {
  const base = `sales-tax-filing-${content.state}-${content.period.key}`;
  return [
    {
      format: 'PDF',
      filename: `${base}.pdf`,
      contentType: 'application/pdf',
      content: await renderFilingPdf(content),
    },
    {
      format: 'CSV',
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
      content: renderFilingCsv(content),
    },
  ];
}

/** Every rule behind the packet, once each: the return's, the sales tax engine's, the federal. */
function packetRules(
  liability: SalesTaxLiability,
  deductions: DeductionSummary | null,
): PacketRule[] {
  const rules = new Map<string, PacketRule>();
  // Texas's return rules for a Texas packet; for another state, the compliance engine's due date.
  for (const rule of liability.state === 'TX' ? TEXAS_RETURN_RULES : []) {
    rules.set(rule.id, {
      id: rule.id,
      concept: rule.concept,
      summary: rule.note ? `${rule.summary} ${rule.note}` : rule.summary,
      citation: rule.citation,
      readAt: rule.readAt.map((r) => `${r.url} (read ${TEXAS_RETURN_READ_ON}: ${r.what})`),
      ruleSetVersion: TEXAS_RETURN_RULE_SET_VERSION,
    });
  }
  if (liability.state !== 'TX') {
    const filing = filingRulesOf(COMPLIANCE_RULE_SET, liability.state);
    rules.set(filingRuleId(filing.state), {
      id: filingRuleId(filing.state),
      concept: 'returnDueDate',
      summary: filingRuleSummary(filing),
      citation: filing.citation,
      // A rule "not re-read here" has no page: say that, not a URL.
      readAt: filing.readAt.map((r) =>
        r.url.startsWith('http') ? `${r.url} (${r.what}: "${r.quote}")` : `${r.what}: ${r.quote}`,
      ),
      ruleSetVersion: COMPLIANCE_RULE_SET.version,
    });
  }
  for (const rule of COMPLIANCE_RULE_SET.frequencyThresholds.filter(
    (r) => r.state === liability.state,
  )) {
    rules.set(rule.id, {
      id: rule.id,
      concept: 'filingFrequency',
      summary: `Quarterly while ${rule.basis} stays under ${formatDollars(rule.quarterlyUnderCents)} a quarter; otherwise monthly.`,
      citation: rule.citation,
      readAt: rule.readAt.map((r) => `${r.url} (${r.what})`),
      ruleSetVersion: COMPLIANCE_RULE_SET.version,
    });
  }
  for (const rule of liability.rulesUsed) {
    if (rules.has(rule.id)) continue;
    rules.set(rule.id, {
      id: rule.id,
      concept: rule.concept,
      summary: '',
      citation: { ...rule.citation, section: '' },
      readAt: [],
      ruleSetVersion: liability.ruleSetVersion,
    });
  }
  for (const rule of deductions?.rulesUsed ?? []) {
    if (rules.has(rule.ruleId)) continue;
    rules.set(rule.ruleId, {
      id: rule.ruleId,
      concept: rule.concept,
      summary: `${rule.value}${rule.note ? `. ${rule.note}` : ''}`,
      citation: rule.citation,
      readAt: [],
      ruleSetVersion: rule.ruleSetVersion,
    });
  }
  return [...rules.values()];
}
