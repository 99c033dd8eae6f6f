import { rational, type Rational } from '../../tax-rules/rational.js';
import type { Citation, SourceRead } from '../../tax-rules/types.js';
import { read } from '../../tax-rules/data/read.js';
import type { RoundingMode, SalesTaxCategory } from '../types.js';
import type {
  LocalLevel,
  RoundingRule,
  ShippingRule,
  ShippingTreatment,
  SourcingMethod,
  SourcingRule,
  TaxabilityRule,
  Treatment,
} from './types.js';

/** Small builders so each state's rules read like the text they were taken from. */

export const TAXABLE: Treatment = { kind: 'TAXABLE' };
export const EXEMPT: Treatment = { kind: 'EXEMPT' };
export function reducedRate(rate: Rational): Treatment {
  return { kind: 'REDUCED_RATE', rate };
}
export function exemptBelowPerItem(dollars: number): Treatment {
  return { kind: 'EXEMPT_BELOW_PER_ITEM', thresholdCents: dollars * 100 };
}
export function taxOnlyExcessOver(dollars: number): Treatment {
  return { kind: 'TAX_ONLY_EXCESS_OVER', thresholdCents: dollars * 100 };
}
/** "2%" as an exact ratio: percent(2) = 2/100, percent(1) = 1/100. */
export function percent(value: number): Rational {
  return rational(value, 100);
}

export function cite(
  publisher: string,
  title: string,
  section: string,
  url: string,
  published = 'undated',
): Citation {
  return { publisher, title, section, url, published };
}

/** A figure known from the publication but not re-read through this project's stored copies. */
export function asKnown(what: string): SourceRead {
  return read('(not re-read here)', what, 'from the publication as known; not re-read here');
}

export { read };

/**
 * Where the rule set's coverage begins: a rule in force long before (Texas' food exemption) starts
 * here rather than at its enactment, which the data does not claim to know. Rules that changed
 * since (Georgia digital goods 2024, Oklahoma groceries 2024, Illinois groceries 2026) carry their
 * real dates.
 */
export const COVERAGE_FROM = '2020-01-01';

interface Common {
  from?: string;
  to?: string | null;
  summary: string;
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

export function taxability(
  state: string,
  category: SalesTaxCategory,
  fields: Common & {
    stateTreatment: Treatment;
    localTreatment?: Treatment;
    localByLevel?: Partial<Record<LocalLevel, Treatment>>;
    localElection?: TaxabilityRule['localElection'];
  },
): TaxabilityRule {
  const from = fields.from ?? COVERAGE_FROM;
  return {
    id: `sales-tax/${state}/${category}/${from}`,
    state,
    concept: 'taxability',
    category,
    effective: { from, to: fields.to ?? null },
    stateTreatment: fields.stateTreatment,
    localTreatment: fields.localTreatment ?? fields.stateTreatment,
    ...(fields.localByLevel ? { localByLevel: fields.localByLevel } : {}),
    ...(fields.localElection ? { localElection: fields.localElection } : {}),
    summary: fields.summary,
    citation: fields.citation,
    readAt: fields.readAt,
    ...(fields.note ? { note: fields.note } : {}),
  };
}

export function shipping(
  state: string,
  treatment: ShippingTreatment,
  fields: Common,
): ShippingRule {
  const from = fields.from ?? COVERAGE_FROM;
  return {
    id: `sales-tax/${state}/shipping/${from}`,
    state,
    concept: 'shipping',
    treatment,
    effective: { from, to: fields.to ?? null },
    summary: fields.summary,
    citation: fields.citation,
    readAt: fields.readAt,
    ...(fields.note ? { note: fields.note } : {}),
  };
}

export function sourcing(state: string, inState: SourcingMethod, fields: Common): SourcingRule {
  const from = fields.from ?? COVERAGE_FROM;
  return {
    id: `sales-tax/${state}/sourcing/${from}`,
    state,
    concept: 'sourcing',
    inState,
    effective: { from, to: fields.to ?? null },
    summary: fields.summary,
    citation: fields.citation,
    readAt: fields.readAt,
    ...(fields.note ? { note: fields.note } : {}),
  };
}

export function rounding(
  state: string,
  defaultMode: RoundingMode,
  allowedModes: readonly RoundingMode[],
  fields: Common,
): RoundingRule {
  const from = fields.from ?? COVERAGE_FROM;
  return {
    id: `sales-tax/${state}/rounding/${from}`,
    state,
    concept: 'rounding',
    defaultMode,
    allowedModes,
    effective: { from, to: fields.to ?? null },
    summary: fields.summary,
    citation: fields.citation,
    readAt: fields.readAt,
    ...(fields.note ? { note: fields.note } : {}),
  };
}

/** Read in the Streamlined Sales and Use Tax Agreement's rounding rule as several states enacted it. */
export const SSUTA_ROUNDING_READ = [
  read(
    'https://app.leg.wa.gov/RCW/default.aspx?cite=82.08.054',
    'RCW 82.08.054, Computation of tax due (Washington, enacting SSUTA § 324)',
    'carrying the computation to the third decimal place and rounding to a whole cent using a method that rounds up to the next cent whenever the third decimal place is greater than four. Sellers may elect to compute the tax due on a transaction on an item or an invoice basis.',
  ),
  read(
    'https://print.casetext.com/statute/north-dakota-century-code/title-57-taxation/chapter-57-394-streamlined-sales-and-use-tax-agreement/section-57-394-25-324-rounding',
    'SSUTA § 324 Rounding as enacted (N.D.C.C. 57-39.4-25)',
    'Each state shall allow sellers to elect to compute the tax due on a transaction on an item or an invoice basis and shall allow the rounding rule to be applied to the aggregated state and local taxes.',
  ),
];

export const SSUTA_324: Citation = cite(
  'Streamlined Sales Tax Governing Board',
  'Streamlined Sales and Use Tax Agreement',
  '§ 324 Rounding Rule',
  'https://www.streamlinedsalestax.org/',
);
