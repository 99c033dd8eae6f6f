import { RATIO_KEYS, type RatioKey } from '../ratios.js';
import { benchmarkIndustry, type IndustryMatch } from './naics-lookup.js';
import { SOI_FORMULAS, soiRatio } from './soi-ratios.js';
import {
  ASSET_CLASS_LABELS,
  RANGE_ASSET_CLASSES,
  SOI_SOURCE,
  SOI_TOTALS,
  type SoiIndustryTotals,
} from './soi-source-book.js';

/**
 * Benchmark ranges for a NAICS code, derived in one stated way from the SOI totals: for each
 * ratio, the ratio of every small-corporation asset class (total assets $1 to under $5 million:
 * classes under $500k, $500k-$1M, $1M-$5M) in each tax year read (2011, 2013); the range is the
 * lowest to the highest of those six figures. SOI publishes totals, not medians, so there is no
 * median; the all-sizes figure of the latest year is given for reference.
 */

export interface BenchmarkObservation {
  taxYear: number;
  assetClass: number;
  assetClassLabel: string;
  value: number;
}

export interface RatioBenchmark {
  key: RatioKey;
  low: number;
  high: number;
  /** The source gives aggregates, not a distribution: always null for SOI. */
  median: number | null;
  /** The whole industry (all asset sizes), latest tax year. */
  allSizesLatest: number | null;
  /** How the industry's figure is computed from the SOI items. */
  formula: string;
  observations: BenchmarkObservation[];
}

export interface BenchmarkCitation {
  publisher: string;
  title: string;
  table: string;
  dataPeriod: string;
  publicationDate: string;
  urls: string[];
  /** One line for alerts: 'IRS SOI Corporation Source Book, tax years 2011 and 2013, ...'. */
  shortCitation: string;
  rangeMethod: string;
  caveats: string[];
}

export interface IndustryBenchmarks {
  match: IndustryMatch;
  citation: BenchmarkCitation;
  /** Ratios the source cannot give (operating margin) are absent. */
  ratios: Partial<Record<RatioKey, RatioBenchmark>>;
  /** Ratios without a benchmark and why. */
  missing: Partial<Record<RatioKey, string>>;
}

const RANGE_METHOD =
  'Range = lowest to highest of the ratio computed from the SOI totals of each asset class from $1 ' +
  'to under $5 million of total assets (3 classes) in each of tax years 2011 and 2013 (6 figures); ' +
  'the same formulas and rounding as the shop.';

const CAVEATS = [
  'Corporations only (Form 1120 and 1120S returns): sole proprietors and partnerships are not in it, ' +
    "and a corporation pays its owners salaries (officers' compensation) that a sole proprietor's " +
    'books do not show as an expense, so an owner-run shop looks more profitable than its industry.',
  'Tax years 2011 and 2013: the newest SOI source book files readable from here; the figures are old.',
  'The industry is a broader group than the shop (see the match note), and size classes mix many businesses.',
  'SOI gives one year-end balance sheet: the industry ratios use year-end balances where the shop uses the average of opening and closing, and count 365 days.',
  'Net income is before income tax on both sides.',
];

function latestYear(rows: readonly SoiIndustryTotals[]): number {
  return Math.max(...rows.map((r) => r.taxYear));
}

/** The benchmarks for a NAICS code, or null when no mapping covers it. */
export function industryBenchmarks(
  naicsCode: string | null | undefined,
): IndustryBenchmarks | null {
  const match = benchmarkIndustry(naicsCode);
  if (!match) return null;
  const rows = SOI_TOTALS.filter((r) => r.industry === match.soiIndustry);
  const latest = latestYear(rows);
  const allSizes = rows.find((r) => r.assetClass === 1 && r.taxYear === latest);
  const ranged = rows
    .filter((r) => RANGE_ASSET_CLASSES.includes(r.assetClass))
    .sort((a, b) => a.taxYear - b.taxYear || a.assetClass - b.assetClass);
  const ratios: Partial<Record<RatioKey, RatioBenchmark>> = {};
  const missing: Partial<Record<RatioKey, string>> = {};
  for (const key of RATIO_KEYS) {
    const formula = SOI_FORMULAS[key];
    if (formula === null) {
      missing[key] = 'SOI publishes no operating income line, so there is no benchmark for it.';
      continue;
    }
    const observations: BenchmarkObservation[] = [];
    for (const row of ranged) {
      const value = soiRatio(row, key);
      if (value === null) continue;
      observations.push({
        taxYear: row.taxYear,
        assetClass: row.assetClass,
        assetClassLabel: ASSET_CLASS_LABELS[row.assetClass],
        value,
      });
    }
    if (observations.length === 0) {
      missing[key] = 'The SOI totals give no value for it in these size classes.';
      continue;
    }
    const values = observations.map((o) => o.value);
    ratios[key] = {
      key,
      low: Math.min(...values),
      high: Math.max(...values),
      median: null,
      allSizesLatest: allSizes ? soiRatio(allSizes, key) : null,
      formula,
      observations,
    };
  }
  const years = [...new Set(rows.map((r) => r.taxYear))].sort().join(' and ');
  return {
    match,
    citation: {
      publisher: SOI_SOURCE.publisher,
      title: SOI_SOURCE.title,
      table: `${SOI_SOURCE.table}; industry ${match.industryLabel}`,
      dataPeriod: SOI_SOURCE.dataPeriod,
      publicationDate: SOI_SOURCE.publicationDate,
      urls: [...SOI_SOURCE.urls],
      shortCitation: `IRS SOI Corporation Source Book, ${match.industryLabel.split(' (')[0]}, tax years ${years}, corporations with assets under $5 million`,
      rangeMethod: RANGE_METHOD,
      caveats: [...CAVEATS],
    },
    ratios,
    missing,
  };
}
