import { formatDollars } from '../../../engines/tax-rules/figure.js';
import type { SalesTaxLiability } from '../sales-tax/sales-tax-liability.js';
import type {
  DeadlineStatus,
  ReturnReconciliation,
  WorksheetJurisdiction,
  WorksheetLine,
  WorksheetLocation,
} from './filing-packet.js';

/**
 * The pieces every state's return worksheet shares (Texas's Form 01-114 and the other states'
 * summary worksheets): a line with its formula and rules, the liability's jurisdictions, outlets
 * and notes as the packet holds them, the deadline status, and collected vs owed. One copy, so a
 * Georgia packet reconciles exactly as a Texas one does.
 */

/** 123,456 cents → 1,235 whole dollars (the form: "Whole dollars only"; 50 cents and up round up). */
export function wholeDollars(cents: number): number {
  return Math.floor((cents + 50) / 100);
}

function wholeDollarEntry(cents: number): string {
  return `$${wholeDollars(cents).toLocaleString('en-US')}`;
}

/** "0.0625" → "6.25%", exactly (the decimal point moved two places, no float). */
export function decimalPercent(rate: string): string {
  const [units = '0', fraction = ''] = rate.split('.');
  const padded = fraction.padEnd(2, '0');
  const whole = String(Number(`${units}${padded.slice(0, 2)}`));
  const rest = padded.slice(2).replace(/0+$/, '');
  return `${whole}${rest ? `.${rest}` : ''}%`;
}

export function worksheetLine(
  key: string,
  item: string,
  label: string,
  cents: number,
  formula: string,
  ruleIds: string[],
  options: { whole?: boolean; state?: number; local?: number } = {},
): WorksheetLine {
  return {
    key,
    item,
    label,
    cents,
    stateCents: options.state ?? null,
    localCents: options.local ?? null,
    formEntry: options.whole ? wholeDollarEntry(cents) : formatDollars(cents),
    formula,
    ruleIds,
  };
}

/**
 * The liability's notes, each said once: a sourcing note repeated per outlet (the same rule with
 * another ZIP) is kept once, the ZIPs being in the outlet table.
 */
export function distinctNotes(notes: readonly string[]): string[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const gist = note.split(' The order ships from ')[0] ?? note;
    if (seen.has(gist)) return false;
    seen.add(gist);
    return true;
  });
}

export function deadlineStatus(today: string, due: string): DeadlineStatus {
  if (today < due) return 'NOT_DUE';
  return today === due ? 'DUE_TODAY' : 'OVERDUE';
}

export function worksheetJurisdictions(liability: SalesTaxLiability): WorksheetJurisdiction[] {
  return liability.jurisdictions.map((j) => ({
    level: j.level,
    code: j.code,
    name: j.name,
    rate: j.rate,
    taxableSalesCents: j.taxableSalesCents,
    taxOwedCents: j.taxOwedCents,
    ruleIds: j.ruleIds,
  }));
}

export function worksheetLocations(liability: SalesTaxLiability): WorksheetLocation[] {
  return liability.locations.map((l) => ({
    label: l.label,
    channel: l.channel,
    grossSalesCents: l.grossSalesCents,
    taxableSalesCents: l.taxableSalesCents,
    taxCollectedCents: l.taxCollectedCents,
    combinedRate: l.combinedRate,
  }));
}

/** Collected vs owed; `netTimelyCents` is the net tax due on a return filed on time. */
export function returnReconciliation(
  liability: SalesTaxLiability,
  netTimelyCents: number,
): ReturnReconciliation {
  return {
    taxOwedCents: liability.taxOwedCents,
    taxCollectedCents: liability.taxCollectedCents,
    ledgerCollectedCents: liability.ledgerCollectedCents,
    differenceCents: liability.differenceCents,
    differenceReasons: liability.differenceReasons,
    keptOnTimelyReturnCents: liability.taxCollectedCents - netTimelyCents,
  };
}
