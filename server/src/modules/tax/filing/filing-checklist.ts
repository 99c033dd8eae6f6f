import type { DataSource } from 'typeorm';
import { formatDollars } from '../../../engines/tax-rules/figure.js';
import type { DeductionSummary } from '../deduction-summary.js';
import type { SalesTaxLiability } from '../sales-tax/sales-tax-liability.js';
import type { ChecklistItem, ChecklistStatus } from './filing-packet.js';

/**
 * What the CPA needs for the period's sales tax return and the year's Schedule C, each item with
 * whether the hub holds it (read from its tables now, never assumed). A figure the hub holds
 * without the document behind it (last year's tax without the return) is PARTIAL.
 */

interface CertificateCoverage {
  buyer: string;
  cents: number;
  uncoveredCents: number;
  certificates: string[];
}

async function certificateCoverage(
  dataSource: DataSource,
  workspaceId: string,
  liability: SalesTaxLiability,
): Promise<CertificateCoverage[] | null> {
  const [table] = (await dataSource.query(
    `SELECT to_regclass('exemption_certificate') IS NOT NULL AS present`,
  )) as Array<{ present: boolean }>;
  if (!table?.present) return null;
  // A sale is covered when one of its buyer's certificates for the state was in force that day.
  const rows = (await dataSource.query(
    `SELECT coalesce(s.buyer_name, '(no buyer named)') AS buyer,
            sum(s.goods_cents + s.shipping_cents)::text AS cents,
            sum(CASE WHEN EXISTS (
                  SELECT 1 FROM exemption_certificate c
                   WHERE c.workspace_id = s.workspace_id AND c.state = s.ship_to_state
                     AND c.buyer_name = s.buyer_name AND c.issued_on <= s.sold_on
                     AND (c.expires_on IS NULL OR c.expires_on >= s.sold_on))
                THEN 0 ELSE s.goods_cents + s.shipping_cents END)::text AS uncovered,
            (SELECT string_agg(c.number || CASE WHEN c.expires_on IS NULL THEN ' (no expiry)'
                                ELSE ' (expires ' || c.expires_on::text || ')' END, ', ' ORDER BY c.number)
               FROM exemption_certificate c
              WHERE c.workspace_id = $1 AND c.state = $2 AND c.buyer_name = s.buyer_name) AS certificates
       FROM sale s
      WHERE s.workspace_id = $1 AND s.ship_to_state = $2 AND s.sold_on BETWEEN $3 AND $4
        AND s.tax_treatment IN ('resale', 'exempt') AND (s.buyer_name IS NOT NULL OR s.tax_treatment = 'resale')
      GROUP BY s.buyer_name
      ORDER BY 1`,
    [workspaceId, liability.state, liability.period.start, liability.period.end],
  )) as Array<{ buyer: string; cents: string; uncovered: string; certificates: string | null }>;
  return rows.map((r) => ({
    buyer: r.buyer,
    cents: Number(r.cents),
    uncoveredCents: Number(r.uncovered),
    certificates: r.certificates ? [r.certificates] : [],
  }));
}

function certificatesItem(coverage: CertificateCoverage[] | null): ChecklistItem {
  const title = 'Exemption and resale certificates for exempt and resale sales';
  if (coverage === null) {
    return {
      key: 'EXEMPTION_CERTIFICATES',
      title,
      status: 'NOT_HELD',
      detail: 'certificates: see compliance (the hub has no certificate table).',
    };
  }
  if (coverage.length === 0) {
    return {
      key: 'EXEMPTION_CERTIFICATES',
      title,
      status: 'HELD',
      detail: 'No resale or buyer-exempt sales in the period: no certificate needed.',
    };
  }
  const uncovered = coverage.filter((c) => c.uncoveredCents > 0);
  const status: ChecklistStatus =
    uncovered.length === 0 ? 'HELD' : uncovered.length === coverage.length ? 'NOT_HELD' : 'PARTIAL';
  const each = coverage
    .map(
      (c) =>
        `${c.buyer} ${formatDollars(c.cents)}: ${c.certificates.length > 0 ? c.certificates.join(', ') : 'no certificate on file'}${c.uncoveredCents > 0 ? `; ${formatDollars(c.uncoveredCents)} not covered on the sale date` : ''}`,
    )
    .join('; ');
  return { key: 'EXEMPTION_CERTIFICATES', title, status, detail: each };
}

async function scalar<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T> {
  const [row] = (await dataSource.query(sql, params)) as T[];
  return row as T;
}

export async function buildChecklist(
  dataSource: DataSource,
  workspaceId: string,
  args: { liability: SalesTaxLiability; taxYear: number; deductions: DeductionSummary | null },
): Promise<ChecklistItem[]> {
  const { liability, taxYear, deductions } = args;
  const profile = deductions?.profile ?? null;
  const [coverage, bank, prior, estimated] = await Promise.all([
    certificateCoverage(dataSource, workspaceId, liability),
    scalar<{ transactions: string; imports: string }>(
      dataSource,
      `SELECT count(*)::text AS transactions, count(DISTINCT import_id)::text AS imports
         FROM bank_transaction WHERE workspace_id = $1 AND posted_on BETWEEN $2 AND $3`,
      [workspaceId, liability.period.start, liability.period.end],
    ),
    scalar<{ tax: string | null; agi: string | null } | undefined>(
      dataSource,
      `SELECT prior_year_tax_cents::text AS tax, prior_year_agi_cents::text AS agi
         FROM tax_profile WHERE workspace_id = $1 AND tax_year = $2`,
      [workspaceId, taxYear],
    ),
    (async () => {
      const present = await scalar<{ present: boolean }>(
        dataSource,
        `SELECT to_regclass('estimated_tax_payment') IS NOT NULL AS present`,
        [],
      );
      if (!present.present) return null;
      return scalar<{ count: string; cents: string | null }>(
        dataSource,
        `SELECT count(*)::text AS count, sum(amount_cents)::text AS cents
           FROM estimated_tax_payment WHERE workspace_id = $1 AND tax_year = $2`,
        [workspaceId, taxYear],
      );
    })(),
  ]);

  const items: ChecklistItem[] = [
    {
      key: 'SALES_BY_JURISDICTION',
      title: `Sales report per jurisdiction (${liability.state} ${liability.period.key})`,
      status: 'HELD',
      detail: `${liability.orderCount} orders, ${liability.locations.length} outlet(s), ${liability.jurisdictions.length} jurisdictions; in this packet's CSV and PDF. Tax collected ${formatDollars(liability.taxCollectedCents)} against 2200 Sales tax payable ${formatDollars(liability.ledgerCollectedCents)}.`,
    },
    certificatesItem(coverage),
    {
      key: 'FORM_1099_K',
      title: `Form 1099-K from each payment processor (${taxYear})`,
      status: 'NOT_HELD',
      detail: `The hub holds the processors' payouts in the ledger${deductions ? ` (Schedule C line 1 gross receipts ${formatDollars(deductions.grossReceipts.cents)} so far)` : ''}, not the forms: ask the processors (issued by January 31 after the year) and reconcile their gross with line 1.`,
    },
    {
      key: 'BANK_STATEMENTS',
      title: `Bank statements (${liability.period.start} to ${liability.period.end})`,
      status: Number(bank.transactions) > 0 ? 'PARTIAL' : 'NOT_HELD',
      detail:
        Number(bank.transactions) > 0
          ? `${bank.transactions} bank transactions in the period from ${bank.imports} imported file(s); the banks' statements themselves are not kept in the hub.`
          : 'No bank transactions imported for the period.',
    },
    {
      key: 'MILEAGE_LOG',
      title: `Mileage log (${taxYear})`,
      status: profile?.vehicle && profile.vehicle.mileageLog.length > 0 ? 'HELD' : 'NOT_HELD',
      detail: profile?.vehicle
        ? `${profile.vehicle.mileageLog.length} log entries, ${deductions?.vehicle?.businessMiles ?? 0} business miles of ${profile.vehicle.totalMiles} (${profile.vehicle.description}).`
        : 'No vehicle in the tax profile.',
    },
    {
      key: 'HOME_OFFICE_MEASUREMENTS',
      title: 'Home office measurements',
      status: profile?.homeOffice ? 'HELD' : 'NOT_HELD',
      detail: profile?.homeOffice
        ? `Office ${profile.homeOffice.officeSquareFeet} sq ft of a ${profile.homeOffice.homeSquareFeet} sq ft home.`
        : 'No home office in the tax profile.',
    },
    section179Item(profile?.equipment ?? null),
    {
      key: 'PRIOR_YEAR_RETURN',
      title: `Prior-year return (${taxYear - 1})`,
      status: prior?.tax ? 'PARTIAL' : 'NOT_HELD',
      detail: prior?.tax
        ? `The profile holds last year's tax ${formatDollars(Number(prior.tax))}${prior.agi ? ` and AGI ${formatDollars(Number(prior.agi))}` : ''}; the return itself is not in the hub.`
        : "Neither last year's return nor its figures are in the hub.",
    },
    {
      key: 'ESTIMATED_PAYMENTS',
      title: `Estimated tax payments made (${taxYear})`,
      status: estimated && Number(estimated.count) > 0 ? 'HELD' : 'NOT_HELD',
      detail:
        estimated === null
          ? 'The hub does not record estimated payments yet.'
          : Number(estimated.count) > 0
            ? `${estimated.count} payments recorded, ${formatDollars(Number(estimated.cents))} in all.`
            : 'No estimated payment recorded for the year.',
    },
  ];
  return items;
}

function section179Item(
  equipment: ReadonlyArray<{ description: string; election: string; costCents: number }> | null,
): ChecklistItem {
  const title = 'Section 179 elections (Form 4562 Part I)';
  if (equipment === null || equipment.length === 0) {
    return {
      key: 'SECTION_179_ELECTIONS',
      title,
      status: 'HELD',
      detail: 'No equipment placed in service in the tax profile: no election to make.',
    };
  }
  const undecided = equipment.filter((e) => e.election === 'NONE');
  return {
    key: 'SECTION_179_ELECTIONS',
    title,
    status: undecided.length === 0 ? 'HELD' : 'PARTIAL',
    detail: equipment
      .map((e) => `${e.description} ${formatDollars(e.costCents)}: ${e.election}`)
      .join('; '),
  };
}
