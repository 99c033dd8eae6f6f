import { isIsoDate } from '../tax-rules/iso-date.js';
import { formatDollars } from '../tax-rules/figure.js';
import { formatPercent, type Rational } from '../tax-rules/rational.js';
import {
  JurisdictionError,
  type Jurisdiction,
  type ResolvedAddress,
} from './jurisdictions/types.js';
import { resolveJurisdictions } from './jurisdictions/index.js';
import * as x from './exact.js';
import type { Fraction } from './exact.js';
import { SALES_TAX_RULE_SET } from './rules/rule-set.js';
import { findSalesTaxRule } from './rules/find.js';
import type {
  Locality,
  RoundingRule,
  SalesTaxRule,
  SalesTaxRuleSet,
  ShippingRule,
  SourcingRule,
  TaxabilityRule,
  Treatment,
} from './rules/types.js';
import {
  SALES_TAX_CATEGORIES,
  SalesTaxInputError,
  type LineTreatment,
  type QuoteJurisdiction,
  type QuoteLine,
  type QuoteRuleUsed,
  type RoundingMode,
  type SalesTaxAddress,
  type SalesTaxLineInput,
  type SalesTaxQuote,
  type SalesTaxQuoteInput,
} from './types.js';

export const SALES_TAX_RULE_SET_VERSION = SALES_TAX_RULE_SET.version;

/** Resolves an address on a date to its jurisdictions (./jurisdictions by default). */
export type JurisdictionResolver = (
  address: { state: string; postalCode: string; city?: string | null },
  onDate: string,
) => ResolvedAddress;

/**
 * A sales-tax quote for one order: sourcing, taxability per line and jurisdiction, shipping, and
 * rounding under the state's rules, with every rule and rate cited. Pure and deterministic.
 */
export function quoteSalesTax(input: SalesTaxQuoteInput): SalesTaxQuote {
  return computeQuote(input, SALES_TAX_RULE_SET, resolveJurisdictions);
}

/** One jurisdiction's exact treatment of one line. */
interface LinePart {
  /** Cents the jurisdiction taxes (whole items, after thresholds and caps). */
  base: number;
  rate: Rational;
  treatment: Treatment;
  tax: Fraction;
}

interface JurisdictionWork {
  jurisdiction: Jurisdiction;
  parts: LinePart[];
  shippingBase: Fraction;
  shippingTax: Fraction;
  ruleIds: Set<string>;
}

/** The engine with its rule set and resolver given (tests pass a 13th state's rules this way). */
export function computeQuote(
  input: SalesTaxQuoteInput,
  ruleSet: SalesTaxRuleSet,
  resolve: JurisdictionResolver,
): SalesTaxQuote {
  validate(input);
  const { date } = input;
  const state = input.shipTo.state.trim().toUpperCase();
  const fromState = input.shipFrom.state.trim().toUpperCase();

  const rule = <R extends SalesTaxRule>(concept: R['concept'], category?: string): R => {
    const found = findSalesTaxRule(ruleSet, state, concept, date, category);
    if (!found)
      throw new SalesTaxInputError(
        'NO_RULE_ON_DATE',
        `rule set ${ruleSet.version} has no ${concept}${category ? ` (${category})` : ''} rule for ${state} on ${date}`,
      );
    return found as R;
  };

  // Sourcing: the destination always for a seller shipping from another state; the state's
  // in-state rule for a seller shipping from inside it.
  const destination = wrap('shipTo', () => resolve(input.shipTo, date));
  const sourcingRule = rule<SourcingRule>('sourcing');
  const inState = fromState === state;
  const sourcing = inState ? sourcingRule.inState : 'DESTINATION';
  const origin =
    sourcing === 'DESTINATION' ? null : wrap('shipFrom', () => resolve(input.shipFrom, date));
  const jurisdictions = pickJurisdictions(sourcing, destination, origin);
  const sourcingReason = inState
    ? `${sourcingRule.summary} The order ships from ${place(input.shipFrom)} to ${place(input.shipTo)}.`
    : `The seller ships from ${fromState} into ${state}: a remote seller collects at the destination (${place(input.shipTo)}). ${sourcingRule.summary}`;

  // Rounding.
  const roundingRule = rule<RoundingRule>('rounding');
  const mode: RoundingMode = input.roundingMode ?? roundingRule.defaultMode;
  if (!roundingRule.allowedModes.includes(mode))
    throw new SalesTaxInputError(
      'ROUNDING_MODE_NOT_ALLOWED',
      `${state} does not allow ${mode} rounding (${roundingRule.allowedModes.join(', ')}): ${roundingRule.summary}`,
    );

  // Taxability per line, per jurisdiction.
  const lineRules = input.lines.map((line) => rule<TaxabilityRule>('taxability', line.category));
  const shippingRule = rule<ShippingRule>('shipping');
  const amounts = input.lines.map((line) => line.quantity * line.unitPriceCents);
  const subtotal = amounts.reduce((a, b) => a + b, 0);
  const localNames: LocalNames = {
    CITY: [
      destination.regionName,
      ...(destination.city ? [destination.city] : []),
      ...jurisdictions.filter((j) => j.level === 'CITY').map((j) => j.name),
    ],
    COUNTY: jurisdictions.filter((j) => j.level === 'COUNTY').map((j) => j.name),
  };

  const work: JurisdictionWork[] = jurisdictions.map((jurisdiction) => {
    const ruleIds = new Set<string>([jurisdiction.ruleId]);
    const parts = input.lines.map((line, index) => {
      const taxRule = lineRules[index] as TaxabilityRule;
      const treatment = treatmentFor(taxRule, jurisdiction, localNames);
      const perItem = perItemBase(treatment, line.unitPriceCents, jurisdiction.perItemCapCents);
      const base = perItem * line.quantity;
      const rate = treatment.kind === 'REDUCED_RATE' ? treatment.rate : jurisdiction.rate;
      if ((amounts[index] ?? 0) > 0) ruleIds.add(taxRule.id);
      return { base, rate, treatment, tax: x.mul(x.cents(base), x.ofRational(rate)) };
    });
    const { base: shippingBase, tax: shippingTax } = shippingFor(
      shippingRule.treatment,
      input.shippingCents,
      subtotal,
      parts,
      jurisdiction.rate,
    );
    if (input.shippingCents > 0) ruleIds.add(shippingRule.id);
    return { jurisdiction, parts, shippingBase, shippingTax, ruleIds };
  });

  // Exact tax per line (all jurisdictions), per jurisdiction, and on shipping.
  const lineExact = input.lines.map((_, index) => x.sum(work.map((w) => partOf(w, index).tax)));
  const shippingExact = x.sum(work.map((w) => w.shippingTax));
  const jurisdictionExact = work.map((w) => x.add(x.sum(w.parts.map((p) => p.tax)), w.shippingTax));

  // Rounding: the invoice's tax rounded once, or each line's (shipping counts as a line).
  let lineTax: number[];
  let shippingTax: number;
  let totalTax: number;
  if (mode === 'PER_INVOICE') {
    totalTax = x.roundHalfUp(x.add(x.sum(lineExact), shippingExact));
    const shares = x.apportion(totalTax, [...lineExact, shippingExact]);
    shippingTax = shares.pop() as number;
    lineTax = shares;
  } else {
    lineTax = lineExact.map(x.roundHalfUp);
    shippingTax = x.roundHalfUp(shippingExact);
    totalTax = lineTax.reduce((a, b) => a + b, 0) + shippingTax;
  }
  const jurisdictionTax = x.apportion(totalTax, jurisdictionExact);

  const quoteJurisdictions: QuoteJurisdiction[] = work.map((w, index) => ({
    level: w.jurisdiction.level,
    code: w.jurisdiction.code,
    name: w.jurisdiction.name,
    rate: x.decimalString(w.jurisdiction.rate),
    taxableCents: x.roundHalfUp(
      x.add(x.cents(w.parts.reduce((a, p) => a + p.base, 0)), w.shippingBase),
    ),
    taxCents: jurisdictionTax[index] ?? 0,
    ruleIds: [...w.ruleIds],
  }));

  const lines: QuoteLine[] = input.lines.map((line, index) =>
    describeLine(
      line,
      amounts[index] ?? 0,
      lineTax[index] ?? 0,
      lineRules[index] as TaxabilityRule,
      work,
      index,
      state,
    ),
  );

  const shippingTaxable = x.roundHalfUp(
    work.reduce((max, w) => (x.compare(w.shippingBase, max) > 0 ? w.shippingBase : max), x.ZERO),
  );
  const shipping = {
    amountCents: input.shippingCents,
    taxableCents: shippingTaxable,
    taxCents: shippingTax,
    reason: shippingReason(shippingRule, input.shippingCents, shippingTaxable, state),
  };

  const taxable = lines.reduce((a, l) => a + l.taxableCents, 0) + shippingTaxable;
  const combined = jurisdictions.reduce(
    (acc, j) => x.add(acc, x.ofRational(j.rate)),
    x.ZERO as Fraction,
  );

  const used: SalesTaxRule[] = [sourcingRule, roundingRule, ...lineRules];
  if (input.shippingCents > 0) used.push(shippingRule);
  const rulesUsed = citeRules(used, jurisdictions, lineRules);

  return {
    state,
    date,
    sourcing,
    sourcingReason,
    address: destination,
    originAddress: origin,
    jurisdictions: quoteJurisdictions,
    lines,
    shipping,
    subtotalCents: subtotal,
    taxableCents: taxable,
    totalTaxCents: totalTax,
    totalCents: subtotal + input.shippingCents + totalTax,
    combinedRate: x.decimalString(combined),
    rounding: {
      method:
        mode === 'PER_INVOICE'
          ? 'Exact tax of every line and jurisdiction added, the invoice total rounded once to the cent (half a cent up); that total is shared among lines and jurisdictions by largest remainder.'
          : 'Each line (and shipping) rounded to the cent (half a cent up), then added; the total is shared among jurisdictions by largest remainder.',
      mode,
      reason: roundingRule.summary,
    },
    ruleSetVersion: ruleSet.version,
    rulesUsed,
  };
}

function partOf(work: JurisdictionWork, index: number): LinePart {
  const part = work.parts[index];
  if (!part) throw new Error(`no line ${index} in ${work.jurisdiction.code}`);
  return part;
}

function wrap(
  which: 'shipTo' | 'shipFrom',
  resolveAddress: () => ResolvedAddress,
): ResolvedAddress {
  try {
    return resolveAddress();
  } catch (error) {
    if (error instanceof JurisdictionError)
      throw new SalesTaxInputError(error.code, `${which}: ${error.message}`);
    throw error;
  }
}

function place(address: SalesTaxAddress): string {
  return `${address.city ? `${address.city}, ` : ''}${address.state.toUpperCase()} ${address.postalCode}`;
}

/**
 * ORIGIN: every jurisdiction of the seller's location. DESTINATION: the buyer's. MIXED
 * (California's modified origin): the statewide 7.25% is the same at both ends and only its
 * 1% Bradley-Burns part is allocated to the seller's place of sale (a reporting matter, not a rate
 * difference), while district taxes follow the destination; so the destination's jurisdictions
 * give the rate. They are used whole because the ZIP tables do not keep the parts apart: the 1%
 * sits in the SPECIAL column with county-wide districts, and city district taxes in CITY.
 */
function pickJurisdictions(
  sourcing: 'ORIGIN' | 'DESTINATION' | 'MIXED',
  destination: ResolvedAddress,
  origin: ResolvedAddress | null,
): Jurisdiction[] {
  if (sourcing === 'ORIGIN' && origin) return origin.jurisdictions;
  return destination.jurisdictions;
}

/** The names an address can be recognised by, per kind of locality. */
type LocalNames = Record<Locality['level'], readonly string[]>;

function normalName(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z ]/g, ' ')
    .replace(/\bCOUNTY\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whole-name match, case and punctuation (and the word "County") ignored: a partial match
 * ("Wayne" in "Fort Wayne") would be wrong, and so would a town named after another county.
 */
function matchesLocality(names: LocalNames, localities: readonly Locality[]): boolean {
  return localities.some((locality) =>
    names[locality.level].some((name) => normalName(name) === normalName(locality.name)),
  );
}

export function treatmentFor(
  rule: TaxabilityRule,
  jurisdiction: Jurisdiction,
  localNames: LocalNames,
): Treatment {
  if (jurisdiction.level === 'STATE') return rule.stateTreatment;
  if (rule.localElection && matchesLocality(localNames, rule.localElection.localities))
    return rule.localElection.treatment;
  return rule.localByLevel?.[jurisdiction.level] ?? rule.localTreatment;
}

/** Taxable cents of one item under a treatment, then the jurisdiction's per-item cap (Florida surtax). */
function perItemBase(treatment: Treatment, unitCents: number, capCents: number | null): number {
  let base: number;
  switch (treatment.kind) {
    case 'EXEMPT':
      base = 0;
      break;
    case 'TAXABLE':
    case 'REDUCED_RATE':
      base = unitCents;
      break;
    case 'EXEMPT_BELOW_PER_ITEM':
      base = unitCents < treatment.thresholdCents ? 0 : unitCents;
      break;
    case 'TAX_ONLY_EXCESS_OVER':
      base = Math.max(0, unitCents - treatment.thresholdCents);
      break;
  }
  return capCents === null ? base : Math.min(base, capCents);
}

/**
 * FOLLOWS_GOODS: shipping is shared among the lines by price, and each line's share is taxed as
 * the line is (the same fraction of it, at the same rate). With no priced goods, there is nothing
 * for it to follow and it is not taxed.
 */
function shippingFor(
  treatment: ShippingRule['treatment'],
  shippingCents: number,
  subtotal: number,
  parts: readonly LinePart[],
  rate: Rational,
): { base: Fraction; tax: Fraction } {
  if (shippingCents === 0 || treatment === 'EXEMPT') return { base: x.ZERO, tax: x.ZERO };
  const whole = x.cents(shippingCents);
  if (treatment === 'TAXABLE') return { base: whole, tax: x.mul(whole, x.ofRational(rate)) };
  if (treatment === 'ALL_IF_ANY_TAXABLE') {
    // At the rate of the taxed goods (the jurisdiction's own, or a reduced one if all are reduced).
    const taxed = parts.filter((p) => p.base > 0);
    if (taxed.length === 0) return { base: x.ZERO, tax: x.ZERO };
    const reduced = taxed.every((p) => p.treatment.kind === 'REDUCED_RATE')
      ? taxed[0]?.rate
      : undefined;
    return { base: whole, tax: x.mul(whole, x.ofRational(reduced ?? rate)) };
  }
  if (subtotal === 0) return { base: x.ZERO, tax: x.ZERO };
  const share = (p: LinePart) =>
    x.div(x.mul(x.cents(shippingCents), x.cents(p.base)), x.cents(subtotal));
  const base = x.sum(parts.map(share));
  const tax = x.sum(parts.map((p) => x.mul(share(p), x.ofRational(p.rate))));
  return { base, tax };
}

function describeTreatment(treatment: Treatment): string {
  switch (treatment.kind) {
    case 'TAXABLE':
      return 'taxable';
    case 'EXEMPT':
      return 'exempt';
    case 'REDUCED_RATE':
      return `taxed at ${formatPercent(treatment.rate)}`;
    case 'EXEMPT_BELOW_PER_ITEM':
      return `exempt under ${formatDollars(treatment.thresholdCents)} an item`;
    case 'TAX_ONLY_EXCESS_OVER':
      return `taxed only on the part of an item over ${formatDollars(treatment.thresholdCents)}`;
  }
}

function describeLine(
  line: SalesTaxLineInput,
  amount: number,
  taxCents: number,
  rule: TaxabilityRule,
  work: readonly JurisdictionWork[],
  index: number,
  state: string,
): QuoteLine {
  const parts = work.map((w) => partOf(w, index));
  const taxable = Math.max(0, ...parts.map((p) => p.base));
  let treatment: LineTreatment;
  if (amount === 0 || parts.every((p) => p.base === 0)) treatment = 'EXEMPT';
  else if (parts.some((p) => p.treatment.kind === 'REDUCED_RATE' && p.base > 0))
    treatment = 'REDUCED_RATE';
  else if (parts.every((p) => p.base === amount)) treatment = 'TAXABLE';
  else treatment = 'PARTIAL';
  const byJurisdiction = work
    .map((w) => `${w.jurisdiction.name} ${describeTreatment(partOf(w, index).treatment)}`)
    .join('; ');
  const unit =
    line.quantity > 1 ? ` (${line.quantity} × ${formatDollars(line.unitPriceCents)})` : '';
  return {
    id: line.id,
    ...(line.description ? { description: line.description } : {}),
    category: line.category,
    amountCents: amount,
    taxableCents: taxable,
    exemptCents: amount - taxable,
    taxCents,
    treatment,
    reason: `${state} ${line.category} ${formatDollars(amount)}${unit}: ${rule.summary} Applied: ${byJurisdiction}.`,
    ruleIds: [
      rule.id,
      ...new Set(work.filter((w) => partOf(w, index).base > 0).map((w) => w.jurisdiction.ruleId)),
    ],
  };
}

function shippingReason(
  rule: ShippingRule,
  amount: number,
  taxable: number,
  state: string,
): string {
  if (amount === 0) return 'No shipping charge.';
  return `${state} shipping ${formatDollars(amount)} (${formatDollars(taxable)} taxable): ${rule.summary}`;
}

function citeRules(
  rules: readonly SalesTaxRule[],
  jurisdictions: readonly Jurisdiction[],
  lineRules: readonly TaxabilityRule[],
): QuoteRuleUsed[] {
  const seen = new Map<string, QuoteRuleUsed>();
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    const concept = rule.concept === 'taxability' ? `taxability.${rule.category}` : rule.concept;
    const { title, url, published } = rule.citation;
    seen.set(rule.id, { id: rule.id, concept, citation: { title, url, published } });
  }
  for (const rule of lineRules) {
    const election = rule.localElection;
    const id = `${rule.id}/local-election`;
    if (election && !seen.has(id)) {
      const { title, url, published } = election.citation;
      seen.set(id, {
        id,
        concept: `taxability.${rule.category}.localElection`,
        citation: { title, url, published },
      });
    }
  }
  for (const j of jurisdictions) {
    if (seen.has(j.ruleId)) continue;
    seen.set(j.ruleId, {
      id: j.ruleId,
      concept: `rate.${j.level.toLowerCase()}`,
      citation: { title: j.source.title, url: j.source.url, published: j.source.asOf },
    });
  }
  return [...seen.values()];
}

const MAX_CENTS = Number.MAX_SAFE_INTEGER / 1_000_000;

function validate(input: SalesTaxQuoteInput): void {
  if (typeof input.date !== 'string' || !isIsoDate(input.date))
    throw new SalesTaxInputError('BAD_DATE', `"${input.date}" is not a calendar date (YYYY-MM-DD)`);
  for (const [name, address] of [
    ['shipFrom', input.shipFrom],
    ['shipTo', input.shipTo],
  ] as const) {
    if (
      !address ||
      typeof address.state !== 'string' ||
      !/^[A-Za-z]{2}$/.test(address.state.trim())
    )
      throw new SalesTaxInputError('UNSUPPORTED_STATE', `${name} needs a two-letter state code`);
    if (typeof address.postalCode !== 'string')
      throw new SalesTaxInputError('BAD_POSTAL_CODE', `${name} needs a postal code`);
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0)
    throw new SalesTaxInputError('NO_LINES', 'a quote needs at least one line');
  const ids = new Set<string>();
  let subtotal = 0;
  for (const line of input.lines) {
    if (ids.has(line.id))
      throw new SalesTaxInputError('DUPLICATE_LINE_ID', `line id "${line.id}" appears twice`);
    ids.add(line.id);
    if (!SALES_TAX_CATEGORIES.includes(line.category))
      throw new SalesTaxInputError(
        'BAD_CATEGORY',
        `line "${line.id}": "${line.category}" is not one of ${SALES_TAX_CATEGORIES.join(', ')}`,
      );
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0)
      throw new SalesTaxInputError(
        'BAD_QUANTITY',
        `line "${line.id}": quantity ${line.quantity} is not a whole number above 0`,
      );
    if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0)
      throw new SalesTaxInputError(
        'BAD_AMOUNT',
        `line "${line.id}": unit price ${line.unitPriceCents} is not whole cents of 0 or more`,
      );
    subtotal += line.quantity * line.unitPriceCents;
    if (!(subtotal <= MAX_CENTS))
      throw new SalesTaxInputError(
        'BAD_AMOUNT',
        `line "${line.id}": the order is too large to quote`,
      );
  }
  if (
    !Number.isSafeInteger(input.shippingCents) ||
    input.shippingCents < 0 ||
    input.shippingCents > MAX_CENTS
  )
    throw new SalesTaxInputError(
      'BAD_AMOUNT',
      `shipping ${input.shippingCents} is not whole cents of 0 or more`,
    );
}
