import type { Rational } from '../../tax-rules/rational.js';

/** A calendar date as ISO text, YYYY-MM-DD (see ../../tax-rules/iso-date.ts). */
export type IsoDate = string;

export type JurisdictionLevel = 'STATE' | 'COUNTY' | 'CITY' | 'SPECIAL';

/** Where a rate was taken from: the table or state rule, and the date it speaks for. */
export interface JurisdictionSource {
  title: string;
  url: string;
  asOf: IsoDate;
}

/** One taxing authority that applies to a sale shipped to the address, with its rate. */
export interface Jurisdiction {
  level: JurisdictionLevel;
  /**
   * Stable code: `TX-STATE`, `TX-CITY-AUSTIN`, `TX-SPECIAL-AUSTIN-MTA` where the authority is
   * identifiable; otherwise `<ST>-<ZIP>-<LEVEL>` (the table's per-ZIP component of that level).
   */
  code: string;
  name: string;
  /** Exact rate (6.25% = 625/10000). */
  rate: Rational;
  /** What a computed tax figure names as its source: a state rule id or a table row id. */
  ruleId: string;
  source: JurisdictionSource;
  /**
   * Florida's discretionary sales surtax applies only to the first $5,000 of a single item of
   * tangible personal property (s. 212.054(2)(b)1, F.S.): 500000 here. null = no cap.
   */
  perItemCapCents: number | null;
}

export interface ResolvedAddress {
  /** Two-letter state code, upper case. */
  state: string;
  /** Five-digit ZIP (a ZIP+4 is normalized to its first five digits). */
  postalCode: string;
  city: string | null;
  matchedBy: 'POSTAL_CODE' | 'POSTAL_CODE_AND_CITY';
  /** The table's name for the ZIP's tax region (e.g. "AUSTIN"). */
  regionName: string;
  /** STATE first, then COUNTY, CITY, SPECIAL; levels with a zero rate are left out. */
  jurisdictions: Jurisdiction[];
  /** Sum of the jurisdictions' rates. */
  combinedRate: Rational;
  /** The rate table (one dated snapshot) the local rates came from. */
  table: { id: string; source: string; asOf: IsoDate };
  /** Caveats: a ZIP that crosses jurisdiction lines is one estimated row in the table. */
  note: string | null;
}

export interface AddressInput {
  state: string;
  postalCode: string;
  city?: string | null;
}

export type JurisdictionErrorCode =
  | 'UNSUPPORTED_STATE'
  | 'UNKNOWN_POSTAL_CODE'
  | 'POSTAL_CODE_STATE_MISMATCH'
  | 'BAD_POSTAL_CODE'
  | 'NO_RATE_ON_DATE';

/** A typed failure to resolve an address; `code` says which input was wrong. */
export class JurisdictionError extends Error {
  constructor(
    readonly code: JurisdictionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'JurisdictionError';
  }
}
