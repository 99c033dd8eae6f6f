import type { DataSource } from 'typeorm';
import {
  COMPLIANCE_RULE_SET,
  ComplianceInputError,
  ShippedRuleSetsFeed,
  addDays,
  buildComplianceCalendar,
  checkCertificate,
  checkFilingFrequency,
  uncoveredSales,
  type CertificateCheck,
  type CertificateInput,
  type ComplianceCalendar,
  type ComplianceRuleSet,
  type ExemptSaleInput,
  type FrequencyCheck,
  type FilingFrequency,
  type RegulatoryChange,
  type RegulatoryChangeFeed,
  type UncoveredSale,
} from '../../../engines/compliance/index.js';
import { FEDERAL_RULE_SET } from '../../../engines/tax-rules/data/federal-rule-set.js';
import { TEXAS_DUE_DATE_CALENDAR } from '../filing/texas-return.rules.js';
import { isIsoDate, isoDate } from '../../../engines/tax-rules/iso-date.js';
import { multiplyCents } from '../../../engines/tax-rules/rational.js';
import { stateRateRule } from '../../../engines/sales-tax/jurisdictions/state-rates.js';
import { NEXUS_RULE_SET } from '../../../engines/tax-rules/nexus/data/nexus-rule-set.js';
import type { RuleSet } from '../../../engines/tax-rules/types.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import type { NexusReport, NexusService } from '../nexus.service.js';
import { todayIn, workspaceTimeZone } from '../workspace-calendar.js';

/** Days the calendar covers when no end is given. */
export const DEFAULT_CALENDAR_DAYS = 120;

export interface ComplianceCalendarReport extends ComplianceCalendar {
  timeZone: string;
  /** The nexus evaluation the registration deadlines come from. */
  nexusAsOf: string;
  nexusRuleSetVersion: string;
  /** Whether each registration's filing frequency fits the tax owed (where a threshold was read). */
  frequencyChecks: FrequencyCheck[];
}

export interface CertificatesReport {
  asOf: string;
  certificates: CertificateCheck[];
  /** Certificates expired or expiring within 60 days. */
  needingAttention: CertificateCheck[];
  /** Exempt and resale sales no certificate covers on their date. */
  uncoveredSales: UncoveredSale[];
  uncoveredCents: number;
}

function invalid(error: unknown): never {
  if (error instanceof ComplianceInputError)
    throw new DomainError('INVALID_INPUT', error.message, { field: error.field });
  throw error;
}

/**
 * The compliance calendar and certificates (issue 15): reads the shop's registrations (with their
 * filing frequency), certificates, exempt and resale sales and owner profile, takes the register-
 * now states from NexusService's report, and hands them to the compliance engine. Every date is
 * the engine's; this service reads, validates and orders.
 */
export class ComplianceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly nexus: NexusService,
    private readonly feed: RegulatoryChangeFeed = new ShippedRuleSetsFeed(
      NEXUS_RULE_SET,
      FEDERAL_RULE_SET,
    ),
    private readonly ruleSet: ComplianceRuleSet = COMPLIANCE_RULE_SET,
    private readonly federal: RuleSet = FEDERAL_RULE_SET,
  ) {}

  /** Obligations due in [from, to] (default: today and the next 120 days on the shop's calendar). */
  async calendar(
    workspaceId: string,
    from?: string | null,
    to?: string | null,
    nexusReport?: NexusReport,
  ): Promise<ComplianceCalendarReport> {
    const timeZone = await this.timeZoneOf(workspaceId);
    const today = todayIn(timeZone, this.clock.now());
    const start = this.date(from ?? today, 'from');
    const end = this.date(to ?? addDays(start, DEFAULT_CALENDAR_DAYS), 'to');
    const [registrations, certificates, profile, report] = await Promise.all([
      this.registrations(workspaceId),
      this.certificateRows(workspaceId),
      this.ownerProfile(workspaceId),
      nexusReport ?? this.nexus.exposure(workspaceId, today),
    ]);
    const registerNow = report.states
      .filter((s) => s.actionKind === 'REGISTER_NOW')
      .map((s) => {
        const windowEnd = s.decidingWindow?.to ?? report.asOf;
        return {
          state: s.state,
          stateName: s.stateName,
          metBy: windowEnd < report.asOf ? windowEnd : report.asOf,
          window: s.decidingWindow?.label ?? 'the window measured',
        };
      });
    // A taxable entity doing business in Texas files the franchise tax report (Tax Code ch. 171);
    // the shop's Texas registration stands for doing business there.
    const franchiseTaxStates =
      profile.isEntity && registrations.some((r) => r.state === 'TX') ? ['TX'] : [];
    let calendar: ComplianceCalendar;
    try {
      calendar = buildComplianceCalendar(this.ruleSet, this.federal, {
        today,
        from: start,
        to: end,
        registrations: registrations.filter((r) =>
          this.ruleSet.filing.some((f) => f.state === r.state),
        ),
        registerNow,
        certificates,
        ownerFiles1040: profile.filesScheduleC,
        franchiseTaxStates,
        stateHolidays: { TX: TEXAS_DUE_DATE_CALENDAR },
      });
    } catch (error) {
      invalid(error);
    }
    return {
      ...calendar,
      timeZone,
      nexusAsOf: report.asOf,
      nexusRuleSetVersion: report.ruleSetVersion,
      frequencyChecks: await this.frequencyChecks(workspaceId, today, registrations),
    };
  }

  /** Every certificate with its expiry status on `asOf` (default today), and uncovered sales. */
  async certificates(workspaceId: string, asOf?: string | null): Promise<CertificatesReport> {
    const timeZone = await this.timeZoneOf(workspaceId);
    const onDate = this.date(asOf ?? todayIn(timeZone, this.clock.now()), 'asOf');
    const [certificates, sales] = await Promise.all([
      this.certificateRows(workspaceId),
      this.exemptSales(workspaceId, onDate),
    ]);
    const checks = certificates.map((c) => checkCertificate(c, onDate));
    const uncovered = uncoveredSales(sales, certificates);
    return {
      asOf: onDate,
      certificates: checks,
      needingAttention: checks.filter((c) =>
        ['EXPIRED', 'EXPIRES_WITHIN_30_DAYS', 'EXPIRES_WITHIN_60_DAYS'].includes(c.status),
      ),
      uncoveredSales: uncovered,
      uncoveredCents: uncovered.reduce((sum, u) => sum + u.sale.goodsCents, 0),
    };
  }

  /** Rule changes dated after `since`, from the configured feed. */
  async regulatoryChanges(since: string): Promise<RegulatoryChange[]> {
    this.date(since, 'since');
    return this.feed.changesSince(since).catch(invalid);
  }

  /**
   * Each registration whose state's frequency threshold was read, checked against the state tax
   * on its taxable sales in the four whole calendar quarters before today's (quarters after it
   * registered): the state's own rate (the sales-tax engine's state rate rule) times the goods.
   */
  private async frequencyChecks(
    workspaceId: string,
    today: string,
    registrations: ReadonlyArray<{
      state: string;
      registeredOn: string;
      filingFrequency: FilingFrequency;
    }>,
  ): Promise<FrequencyCheck[]> {
    const year = Number(today.slice(0, 4));
    const quarterStartMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
    const end = addDays(isoDate(year, quarterStartMonth, 1), -1);
    const start = isoDate(year - 1, quarterStartMonth, 1);
    const checks: FrequencyCheck[] = [];
    for (const registration of registrations) {
      const rule = this.ruleSet.frequencyThresholds.find((r) => r.state === registration.state);
      const rate = stateRateRule(registration.state, end)?.rate;
      const stateName = this.ruleSet.filing.find((f) => f.state === registration.state)?.stateName;
      if (!rule || !rate || !stateName) continue;
      const from = registration.registeredOn > start ? registration.registeredOn : start;
      const rows = (await this.dataSource.query(
        `SELECT to_char(date_trunc('quarter', sold_on), 'YYYY-"Q"Q') AS label,
                min(date_trunc('quarter', sold_on)::date)::text AS "quarterStart",
                SUM(goods_cents)::text AS cents
           FROM sale
          WHERE workspace_id = $1 AND ship_to_state = $2 AND tax_treatment = 'taxable'
            AND sold_on BETWEEN $3 AND $4
          GROUP BY 1 ORDER BY 1`,
        [workspaceId, registration.state, from, end],
      )) as Array<{ label: string; quarterStart: string; cents: string }>;
      const quarters = rows
        .filter((r) => r.quarterStart >= from)
        .map((r) => ({
          label: r.label,
          stateTaxCents: multiplyCents(Number(r.cents), rate, 'cent'),
        }));
      checks.push(checkFilingFrequency(rule, stateName, registration.filingFrequency, quarters));
    }
    return checks;
  }

  private date(text: string, field: string): string {
    if (!isIsoDate(text))
      throw new DomainError(
        'INVALID_INPUT',
        `${field} "${text}" is not a calendar date (YYYY-MM-DD).`,
        {
          field,
        },
      );
    return text;
  }

  private async registrations(workspaceId: string) {
    return (await this.dataSource.query(
      `SELECT state, registered_on::text AS "registeredOn", filing_frequency AS "filingFrequency"
         FROM tax_registration WHERE workspace_id = $1 ORDER BY state`,
      [workspaceId],
    )) as Array<{ state: string; registeredOn: string; filingFrequency: FilingFrequency }>;
  }

  private async certificateRows(workspaceId: string): Promise<CertificateInput[]> {
    return (await this.dataSource.query(
      `SELECT id, buyer_name AS "buyerName", state, kind, number, issued_on::text AS "issuedOn",
              expires_on::text AS "expiresOn"
         FROM exemption_certificate WHERE workspace_id = $1
        ORDER BY buyer_name, state, issued_on, id`,
      [workspaceId],
    )) as CertificateInput[];
  }

  private async exemptSales(workspaceId: string, asOf: string): Promise<ExemptSaleInput[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, sold_on::text AS "soldOn", ship_to_state AS state, buyer_name AS "buyerName",
              tax_treatment AS treatment, goods_cents::text AS "goodsCents"
         FROM sale
        WHERE workspace_id = $1 AND tax_treatment IN ('exempt', 'resale') AND sold_on <= $2
        ORDER BY sold_on, id`,
      [workspaceId, asOf],
    )) as Array<Omit<ExemptSaleInput, 'goodsCents'> & { goodsCents: string }>;
    return rows.map((r) => ({ ...r, goodsCents: Number(r.goodsCents) }));
  }

  /** Whether the owner files Schedule C (1040-ES, Form 1040) and the business is an entity (LLC). */
  private async ownerProfile(workspaceId: string) {
    const rows = (await this.dataSource.query(
      `SELECT business_form AS "businessForm" FROM tax_profile
        WHERE workspace_id = $1 ORDER BY tax_year DESC LIMIT 1`,
      [workspaceId],
    )) as Array<{ businessForm: string }>;
    const form = rows[0]?.businessForm ?? '';
    return {
      filesScheduleC: /schedule c/i.test(form),
      isEntity: /\b(LLC|corporation|partnership)\b/i.test(form),
    };
  }

  private timeZoneOf(workspaceId: string): Promise<string> {
    return workspaceTimeZone(this.dataSource, workspaceId);
  }
}
