import { formatDollars } from '../tax-rules/figure.js';
import type { Citation, SourceRead } from '../tax-rules/types.js';
import type { FilingFrequency } from './types.js';

/**
 * Whether the filing frequency a state assigned still fits the tax the shop owes there. Only
 * Texas's threshold was read: Tax Code § 151.401(b) lets a taxpayer who owes less than $500 for
 * a calendar month or $1,500 for a calendar quarter file quarterly; otherwise monthly. The
 * Comptroller assigns the frequency and adjusts it to the tax actually collected, so a mismatch
 * is a note to check with the state, never a change of the registration.
 */

export interface FrequencyThresholdRule {
  id: string;
  state: string;
  /** Quarterly is allowed while each calendar quarter's state tax is under this. */
  quarterlyUnderCents: number;
  /** What is measured: the state tax (not local taxes) owed for the quarter. */
  basis: string;
  citation: Citation;
  readAt: readonly SourceRead[];
}

export interface QuarterTax {
  /** "2026-Q3". */
  label: string;
  stateTaxCents: number;
}

export interface FrequencyCheck {
  state: string;
  assigned: FilingFrequency;
  /** What the threshold indicates from the quarters given, or null when it cannot say. */
  indicated: FilingFrequency | null;
  matches: boolean;
  quarters: QuarterTax[];
  message: string;
  ruleId: string;
  citation: Citation;
}

export function checkFilingFrequency(
  rule: FrequencyThresholdRule,
  stateName: string,
  assigned: FilingFrequency,
  quarters: readonly QuarterTax[],
): FrequencyCheck {
  const base = {
    state: rule.state,
    assigned,
    quarters: [...quarters],
    ruleId: rule.id,
    citation: rule.citation,
  };
  if (quarters.length === 0 || assigned === 'ANNUAL') {
    return {
      ...base,
      indicated: null,
      matches: true,
      message:
        assigned === 'ANNUAL'
          ? `${stateName}: the yearly frequency's threshold was not read; not checked.`
          : `${stateName}: no whole quarter of sales yet; the frequency is not checked.`,
    };
  }
  const over = quarters.filter((q) => q.stateTaxCents >= rule.quarterlyUnderCents);
  const indicated: FilingFrequency = over.length > 0 ? 'MONTHLY' : 'QUARTERLY';
  const matches = indicated === assigned || (assigned === 'MONTHLY' && indicated === 'QUARTERLY');
  const limit = formatDollars(rule.quarterlyUnderCents);
  const listed = quarters.map((q) => `${q.label} ${formatDollars(q.stateTaxCents)}`).join(', ');
  const message =
    indicated === 'MONTHLY' && assigned !== 'MONTHLY'
      ? `${stateName} files ${assigned.toLowerCase()}, but ${rule.basis} reached ${limit} or more in ${over.length} of the last ${quarters.length} quarters (${listed}): under ${rule.citation.title} that makes it a monthly filer (the state assigns the frequency: ask it to confirm).`
      : `${stateName} files ${assigned.toLowerCase()}; ${rule.basis} in the last ${quarters.length} quarters (${listed}) ${over.length > 0 ? `reached ${limit} in ${over.length}` : `stayed under ${limit}`}.`;
  return { ...base, indicated, matches, message };
}
