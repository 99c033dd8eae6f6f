import { z } from 'zod';
import type {
  FilingPackageContent,
  ForecastBand,
} from '../../../modules/reporting/filing-package/filing-package-content.js';
import type {
  FilingPackageService,
  FilingPackageView,
} from '../../../modules/reporting/filing-package/filing-package.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';

export const quarterInput = z.object({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'YYYY-Qn'),
});
export const yearInput = z.object({ year: z.number().int().min(2000).max(2100) });

/** The next twelve months as the package projects them: totals of each scenario, cash at the end. */
export interface FilingOutlook {
  from: string;
  to: string;
  revenue: { baseCents: number; conservativeCents: number; aggressiveCents: number };
  closingCash: ForecastBand;
}

/**
 * What a filing tool hands the agent: the stored package with its links, and the figures its
 * answer quotes (never recomputed: the commentary, the ratio alerts and the projections are the
 * package's own).
 */
export interface FilingToolOutput {
  package: FilingPackageView;
  checksHold: boolean;
  commentary: FilingPackageContent['commentary'];
  ratioAlerts: Array<{ name: string; status: 'WARNING' | 'INFO'; note: string }>;
  outlook: FilingOutlook | null;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function outlookOf(content: FilingPackageContent): FilingOutlook | null {
  const months = content.forecast?.months ?? [];
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return null;
  return {
    from: first.key,
    to: last.key,
    revenue: {
      baseCents: sum(months.map((m) => m.revenue.baseCents)),
      conservativeCents: sum(months.map((m) => m.revenue.conservativeCents)),
      aggressiveCents: sum(months.map((m) => m.revenue.aggressiveCents)),
    },
    closingCash: last.cash,
  };
}

function toolOutput(prepared: {
  package: FilingPackageView;
  content: FilingPackageContent;
}): FilingToolOutput {
  const { statements, ratios } = prepared.content;
  return {
    package: prepared.package,
    checksHold: [statements.income, statements.balance, statements.cashFlow].every((statement) =>
      statement.checks.every((check) => check.holds),
    ),
    commentary: prepared.content.commentary,
    ratioAlerts: (ratios?.rows ?? []).flatMap((row) =>
      row.status === 'WARNING' || row.status === 'INFO'
        ? [{ name: row.name, status: row.status, note: row.note }]
        : [],
    ),
    outlook: outlookOf(prepared.content),
  };
}

function summarize(output: FilingToolOutput): string {
  const files = output.package.files
    .map((file) => `${file.format} ${Math.round(file.bytes / 1024)} KB`)
    .join(', ');
  return `${output.package.title}: ${files}`;
}

/**
 * The quarter's filing package (statements with comparisons, commentary, ratios, projections and
 * appendices as PDF, XLSX and CSV), stored with download links.
 */
export function prepareQuarterlyFilingTool(
  filingPackages: FilingPackageService,
): Tool<z.infer<typeof quarterInput>, FilingToolOutput> {
  return {
    name: 'prepare_quarterly_filing',
    description:
      "Prepare a closed quarter's filing package from the ledger: income statement, balance sheet and cash flow statement with comparisons, management commentary, ratios against industry benchmarks, 12-month projections and appendices, as PDF, XLSX and CSV with download links.",
    input: quarterInput,
    execute: async (ctx, { quarter }) =>
      toolOutput(
        await filingPackages.prepareWithContent({
          workspaceId: ctx.workspaceId,
          actor: `run:${ctx.runId}`,
          periodKey: quarter,
          now: ctx.now,
        }),
      ),
    summarize,
  };
}

/** The year's annual report: the same package for a closed year, with the outlook. */
export function compileAnnualReportTool(
  filingPackages: FilingPackageService,
): Tool<z.infer<typeof yearInput>, FilingToolOutput> {
  return {
    name: 'compile_annual_report',
    description:
      "Compile a closed year's annual report from the ledger: the statements against the prior year, commentary, ratios against industry benchmarks, the 12-month outlook and appendices, as PDF, XLSX and CSV with download links.",
    input: yearInput,
    execute: async (ctx, { year }) =>
      toolOutput(
        await filingPackages.prepareWithContent({
          workspaceId: ctx.workspaceId,
          actor: `run:${ctx.runId}`,
          periodKey: String(year),
          now: ctx.now,
        }),
      ),
    summarize,
  };
}
