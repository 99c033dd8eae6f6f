import type { FinancialRatio } from '../ratios.js';
import { ratioAlert, type RatioAlert } from './alerts.js';
import {
  industryBenchmarks,
  type BenchmarkCitation,
  type IndustryBenchmarks,
  type RatioBenchmark,
} from './industry-benchmarks.js';
import type { IndustryMatch } from './naics-lookup.js';

/** A shop's ratio beside its industry's range, with the alert when it is outside. */
export interface BenchmarkedRatio extends FinancialRatio {
  benchmark: RatioBenchmark | null;
  /** Why there is no benchmark (no NAICS code, no mapping, or the source has no such figure). */
  benchmarkMissingReason: string | null;
  alert: RatioAlert | null;
}

export interface IndustryComparison {
  naicsCode: string | null;
  benchmark: (BenchmarkCitation & IndustryMatch) | null;
  ratios: BenchmarkedRatio[];
  /** The ratios' alerts, WARNING first, in ratio order within each severity. */
  alerts: RatioAlert[];
}

/** Compares the ratios with the benchmarks for the shop's NAICS code (none without a code). */
export function compareWithIndustry(
  ratios: readonly FinancialRatio[],
  naicsCode: string | null,
): IndustryComparison {
  const industry: IndustryBenchmarks | null = industryBenchmarks(naicsCode);
  const noIndustry = naicsCode
    ? `No benchmark industry is mapped for NAICS ${naicsCode}.`
    : 'The workspace has no NAICS code, so there is no industry to compare with.';
  const benchmarked = ratios.map((ratio): BenchmarkedRatio => {
    const benchmark = industry?.ratios[ratio.key] ?? null;
    return {
      ...ratio,
      benchmark,
      benchmarkMissingReason: benchmark
        ? null
        : (industry?.missing[ratio.key] ?? (industry ? null : noIndustry)),
      alert: industry
        ? ratioAlert(ratio, benchmark ?? undefined, industry.citation.shortCitation)
        : null,
    };
  });
  const alerts = benchmarked.flatMap((r) => (r.alert ? [r.alert] : []));
  return {
    naicsCode,
    benchmark: industry ? { ...industry.citation, ...industry.match } : null,
    ratios: benchmarked,
    alerts: [
      ...alerts.filter((a) => a.severity === 'WARNING'),
      ...alerts.filter((a) => a.severity !== 'WARNING'),
    ],
  };
}
