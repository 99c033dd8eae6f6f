import type { BenchmarkedRatio } from '../../../engines/accounting/benchmarks/compare.js';
import { formatRatio } from '../../../engines/accounting/ratio-arithmetic.js';
import type { FinancialRatiosReport, RatiosService } from '../ratios.service.js';
import type { RatioSectionSource } from './filing-package-content.builder.js';
import type { RatioRow, RatioSection } from './filing-package-content.js';

/**
 * The ratio section from the ratio service: every value and range written by the ratio engine's
 * own formatRatio (its rounding), the alerts in its words, the benchmark source cited in full.
 */
export function ratioSectionSource(ratios: RatiosService): RatioSectionSource {
  return {
    section: async (workspaceId, asOf) =>
      ratioSection(await ratios.financialRatios(workspaceId, asOf)),
  };
}

export function ratioSection(report: FinancialRatiosReport): RatioSection {
  const benchmark = report.benchmark;
  return {
    asOf: report.asOf,
    industry: benchmark ? `NAICS ${benchmark.naicsCode}: ${benchmark.industryLabel}` : null,
    citation: benchmark
      ? [
          `${benchmark.publisher}, ${benchmark.title}, ${benchmark.table}; data ${benchmark.dataPeriod}, published ${benchmark.publicationDate}.`,
          benchmark.urls.join(' '),
          `Ranges: ${benchmark.rangeMethod}`,
          ...benchmark.caveats,
        ].join(' ')
      : null,
    // The alerts cite the source in every sentence; the section cites it once.
    rows: report.ratios.map((ratio) =>
      ratioRow(ratio, benchmark ? ` (${benchmark.shortCitation})` : null),
    ),
  };
}

function ratioRow(ratio: BenchmarkedRatio, citationInAlerts: string | null): RatioRow {
  const range = ratio.benchmark;
  return {
    key: ratio.key,
    name: ratio.label,
    value: ratio.value === null ? 'n/a' : formatRatio(ratio.unit, ratio.value),
    benchmark: range
      ? `${formatRatio(ratio.unit, range.low)} - ${formatRatio(ratio.unit, range.high)}`
      : null,
    status: ratio.alert ? ratio.alert.severity : range ? 'WITHIN' : 'NO_BENCHMARK',
    note:
      (citationInAlerts ? ratio.alert?.text.replace(citationInAlerts, '') : ratio.alert?.text) ??
      (ratio.value === null ? ratio.nullReason : null) ??
      ratio.benchmarkMissingReason ??
      ratio.formula,
  };
}
