import type { Citation, SourceRead } from '../../types.js';
import type {
  Comparator,
  MarketplaceTreatment,
  MeasurementPeriod,
  NexusRuleVersion,
  NexusTest,
  SalesBasis,
  StateCode,
} from '../types.js';

/** Small builders so each state's data reads like the text it was taken from. */

export function sales(dollars: number, comparator: Comparator): NexusTest {
  return { kind: 'sales', thresholdCents: dollars * 100, comparator };
}

export function transactions(count: number, comparator: Comparator): NexusTest {
  return { kind: 'transactions', threshold: count, comparator };
}

/** The state's OR: either test is enough. */
export function either(...of: NexusTest[]): NexusTest {
  return { kind: 'any', of };
}

/** The state's AND: every test must be met. */
export function both(...of: NexusTest[]): NexusTest {
  return { kind: 'all', of };
}

export const PREVIOUS_YEAR: MeasurementPeriod = { kind: 'previousCalendarYear' };
export const PREVIOUS_OR_CURRENT_YEAR: MeasurementPeriod = {
  kind: 'previousOrCurrentCalendarYear',
};
export const TRAILING_12_MONTHS: MeasurementPeriod = { kind: 'trailingTwelveMonths' };
export const PRECEDING_12_CALENDAR_MONTHS: MeasurementPeriod = {
  kind: 'precedingTwelveCalendarMonths',
};
/** Four calendar quarters ending March, June, September and December. */
export const FOUR_CALENDAR_QUARTERS: MeasurementPeriod = {
  kind: 'fourQuartersEndedBefore',
  quarterEndMonths: [3, 6, 9, 12],
};

export interface VersionFields {
  /** Defaults to nexus/<state>/<from>; given when two versions start the same day. */
  id?: string;
  to?: string | null;
  enacted?: string;
  test: NexusTest;
  period: MeasurementPeriod;
  basis: SalesBasis;
  marketplace: MarketplaceTreatment;
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

export function version(state: StateCode, from: string, fields: VersionFields): NexusRuleVersion {
  return {
    id: fields.id ?? `nexus/${state}/${from}`,
    state,
    effective: { from, to: fields.to ?? null },
    ...(fields.enacted ? { enacted: fields.enacted } : {}),
    test: fields.test,
    period: fields.period,
    counts: { basis: fields.basis, marketplace: fields.marketplace },
    citation: fields.citation,
    readAt: fields.readAt,
    ...(fields.note ? { note: fields.note } : {}),
  };
}
