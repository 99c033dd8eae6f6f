import { formatCents } from '../../engines/accounting/index.js';
import type { Figure } from '../../engines/tax-rules/index.js';
import type { DeductionSummary } from '../../modules/tax/deduction-summary.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';

/** Missed deductions quoted in full; the rest are counted and kept in the data. */
const MISSED_TOLD = 4;

/** A whole count with thousands separators: 10,500. */
function miles(count: number): string {
  return count.toLocaleString('en-US');
}

function ruleIds(figure: Figure): string {
  return figure.rules.map((r) => r.ruleId).join(', ');
}

function withRules(figure: Figure): string {
  const ids = ruleIds(figure);
  return ids ? ` [${ids}]` : '';
}

/**
 * The deduction summary in words, offline: the Schedule C totals, each rule-driven adjustment with
 * its figures and the rules behind them, and the likely missed deductions as the service wrote
 * them. Every amount is quoted from the summary; nothing is computed here. With a model configured
 * the model writes from the same summary and never computes a figure.
 */
export function deductionsAnswer(summary: DeductionSummary | undefined): FinalAnswer {
  if (!summary) {
    return {
      text: 'The deductions could not be tracked.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const { vehicle, section179, homeOffice, meals } = summary;
  const partial =
    summary.booksThrough && summary.booksThrough < summary.period.to
      ? ` from the books through ${summary.booksThrough} (the year is not over)`
      : ' from the books';
  const missedTold = summary.missedDeductions.slice(0, MISSED_TOLD);
  const more = summary.missedDeductions.length - missedTold.length;
  // One entry per document: two rules from the same document (a limit and its threshold) share it.
  const byDocument = new Map<string, string[]>();
  for (const rule of summary.rulesUsed) {
    const document = `${rule.citation.title}, ${rule.citation.section} (${rule.citation.url})`;
    byDocument.set(document, [...(byDocument.get(document) ?? []), rule.ruleId]);
  }
  const sources = [...byDocument].map(([document, ids]) => `${ids.join(' and ')}: ${document}`);
  const text = [
    `Schedule C deductions for ${summary.taxYear}${partial}, rule set ${summary.ruleSetVersion}: gross income ${formatCents(summary.grossIncome.cents)} (line 7), total expenses ${formatCents(summary.totalExpenses.cents)} (line 28), tentative profit ${formatCents(summary.tentativeProfit.cents)} (line 29), home office ${formatCents(summary.homeOfficeDeduction.cents)} (line 30), net profit ${formatCents(summary.netProfit.cents)} (line 31).`,
    meals
      ? `Meals: ${meals.formula} = ${formatCents(meals.cents)} deductible${withRules(meals)}.`
      : '',
    vehicle
      ? `Vehicle (${miles(vehicle.businessMiles)} of ${miles(vehicle.totalMiles)} miles in the business): ${formatCents(vehicle.deduction.cents)} on line 9${withRules(vehicle.deduction)}; ${vehicle.why}`
      : '',
    section179
      ? `Section 179: ${formatCents(section179.deduction.cents)} on ${section179.properties.map((p) => `${p.description} (${p.placedInServiceOn}, ${formatCents(p.elected.cents)})`).join(' and ')}, within the ${summary.taxYear} limit ${formatCents(section179.dollarLimitation.cents)} and the business income limitation ${formatCents(section179.businessIncomeLimitation.cents)}${section179.carryover.cents > 0 ? `; ${formatCents(section179.carryover.cents)} carried to ${summary.taxYear + 1}` : ''}${withRules(section179.deduction)}.`
      : '',
    homeOffice
      ? `Home office (${miles(homeOffice.officeSquareFeet)} of ${miles(homeOffice.homeSquareFeet)} sq ft): ${formatCents(homeOffice.deduction.cents)} on line 30${withRules(homeOffice.deduction)}; ${homeOffice.why}.`
      : '',
    summary.missedDeductions.length > 0
      ? `Possibly missed: ${missedTold.map((m, i) => `(${i + 1}) ${m.text}`).join(' ')}${more > 0 ? ` And ${more} more in the full list.` : ''}`
      : 'No missed deductions found.',
    sources.length > 0 ? `Sources: ${sources.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { deductions: summary },
  };
}
