import { rational, type Rational } from '../../tax-rules/rational.js';
import type { IsoDate } from './types.js';
import { RATE_TABLE_SOURCES } from './data/index.js';

/**
 * The ZIP rate tables as shipped (data/<st>.ts) and parsed. Each state has one or more dated
 * snapshots of a publisher's ZIP table; a snapshot governs from its own date until the next one,
 * which is how a local rate that changed between two snapshots gets an effective date range. The
 * later snapshot is shipped as a delta (only ZIPs whose row changed, or that appeared or vanished),
 * so two snapshots cost little more than one.
 */

export const SALES_TAX_STATES = [
  'TX', 'CA', 'NY', 'FL', 'GA', 'CO', 'WA', 'AZ', 'NC', 'NJ', 'IL', 'OK',
] as const; // prettier-ignore

/** Named in every resolution, so a computed tax can be reproduced from the same tables. */
export const JURISDICTION_TABLE_VERSION = 'jurisdictions/2026-12-03.1';

/** One shipped snapshot of a state's ZIP table, as text (see data/README in data/index.ts). */
export interface RateTableSource {
  /** "avalara-zip5/TX/2025-01": what a resolution names as its table id. */
  id: string;
  state: string;
  /** The first day the snapshot speaks for (the publisher's table month). */
  asOf: IsoDate;
  /** Publisher and file name, e.g. "Avalara free ZIP tax table TAXRATES_ZIP5_TX202501.csv". */
  source: string;
  /** Where the file was read (a public repository's copy) and the publisher's page. */
  url: string;
  readAt: string;
  /**
   * 'full': every ZIP of the state. 'delta': only rows that differ from the previous snapshot;
   * a row with region "-" means the ZIP is no longer in the table.
   */
  kind: 'full' | 'delta';
  /**
   * One ZIP a line: zip,region,stateRate,countyRate,cityRate,specialRate[,X]; rates as the decimal
   * fractions the publisher printed (.0825 = 0.0825), read exactly (never as floats). X marks a ZIP
   * known to cross jurisdiction lines (the publisher's RiskLevel above 1, or a ZIP it named for
   * different places in two snapshots): its single row is an estimate for the whole ZIP.
   */
  rows: string;
}

export interface TableRow {
  zip: string;
  region: string;
  stateRate: Rational;
  countyRate: Rational;
  cityRate: Rational;
  specialRate: Rational;
  crossesBoundaries: boolean;
}

export interface ParsedSnapshot {
  id: string;
  state: string;
  asOf: IsoDate;
  /** The day before the next snapshot's asOf; null for the latest. */
  until: IsoDate | null;
  source: string;
  url: string;
  rows: ReadonlyMap<string, TableRow>;
}

export function addRates(a: Rational, b: Rational): Rational {
  const numerator = a.numerator * b.denominator + b.numerator * a.denominator;
  const denominator = a.denominator * b.denominator;
  const g = gcd(Math.abs(numerator), denominator) || 1;
  return rational(numerator / g, denominator / g);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "0.0825" -> 825/10000 exactly. */
export function parseDecimalRate(text: string): Rational {
  const match = /^(\d*)(?:\.(\d+))?$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) throw new RangeError(`"${text}" is not a decimal rate`);
  const decimals = match[2] ?? '';
  const numerator = Number(`${match[1] ?? ''}${decimals}`);
  let denominator = 10 ** decimals.length;
  let n = numerator;
  while (n !== 0 && n % 10 === 0 && denominator > 1) {
    n /= 10;
    denominator /= 10;
  }
  for (const p of [2, 5]) {
    while (n !== 0 && n % p === 0 && denominator % p === 0) {
      n /= p;
      denominator /= p;
    }
  }
  return n === 0 ? rational(0) : rational(n, denominator);
}

function parseRows(text: string, into: Map<string, TableRow>): void {
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [zip, region, state, county, city, special, flag] = line.split(',');
    if (zip === undefined || region === undefined) continue;
    if (region === '-') {
      into.delete(zip);
      continue;
    }
    into.set(zip, {
      zip,
      region,
      stateRate: parseDecimalRate(state ?? '0'),
      countyRate: parseDecimalRate(county ?? '0'),
      cityRate: parseDecimalRate(city ?? '0'),
      specialRate: parseDecimalRate(special ?? '0'),
      crossesBoundaries: flag === 'X',
    });
  }
}

function dayBefore(iso: IsoDate): IsoDate {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const cache = new Map<string, readonly ParsedSnapshot[]>();

/** The state's snapshots, oldest first, parsed on first use and kept (module-level cache). */
export function snapshotsFor(state: string): readonly ParsedSnapshot[] {
  const cached = cache.get(state);
  if (cached) return cached;
  const sources = (RATE_TABLE_SOURCES[state] ?? [])
    .slice()
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  const parsed: ParsedSnapshot[] = [];
  let current = new Map<string, TableRow>();
  sources.forEach((source, index) => {
    current = source.kind === 'full' ? new Map() : new Map(current);
    parseRows(source.rows, current);
    const next = sources[index + 1];
    parsed.push({
      id: source.id,
      state: source.state,
      asOf: source.asOf,
      until: next ? dayBefore(next.asOf) : null,
      source: source.source,
      url: source.url,
      rows: current,
    });
  });
  cache.set(state, parsed);
  return parsed;
}

/** The snapshot in force on a date, or undefined before the first one. */
export function snapshotOn(state: string, onDate: IsoDate): ParsedSnapshot | undefined {
  return snapshotsFor(state).find(
    (s) => s.asOf <= onDate && (s.until === null || onDate <= s.until),
  );
}
