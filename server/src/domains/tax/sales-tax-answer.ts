import type { SalesTaxQuote } from '../../engines/sales-tax/index.js';
import { formatDollars } from '../../engines/tax-rules/figure.js';
import { percentOfRate } from '../../modules/tax/sales-tax/rate-text.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type { CalculateSalesTaxResult } from './tools/calculate-sales-tax.tool.js';

function byJurisdiction(quote: SalesTaxQuote): string {
  return quote.jurisdictions
    .map((j) => `${j.name} ${percentOfRate(j.rate)} ${formatDollars(j.taxCents)}`)
    .join('; ');
}

/** The engine's reason without its "<ST> <category> $x:" lead and "Applied: ..." tail. */
function why(reason: string): string {
  const body = reason.replace(/^[A-Z]{2} [a-z-]+ [^:]*: /, '');
  return body.split(' Applied:')[0]?.trim() ?? body;
}

/** Up to the first full stop: "The seller ships from TX into CA: ... (Los Angeles, CA 90026)." */
function firstSentence(text: string): string {
  return /^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text;
}

function exemptParts(quote: SalesTaxQuote): string {
  const parts = quote.lines
    .filter((l) => l.exemptCents > 0)
    .map(
      (l) =>
        `${l.description ?? l.id} ${formatDollars(l.exemptCents)}, ${l.category}: ${why(l.reason)}`,
    );
  if (quote.shipping.amountCents > 0 && quote.shipping.taxableCents < quote.shipping.amountCents) {
    parts.push(
      `shipping ${formatDollars(quote.shipping.amountCents - quote.shipping.taxableCents)}: ${why(quote.shipping.reason)}`,
    );
  }
  return parts.length > 0 ? `Not taxed: ${parts.join('; ')}` : 'Every line is taxable.';
}

/** Where the applied rates are from: the seller's place for origin sourcing, else the buyer's. */
function sourcedAt(quote: SalesTaxQuote): string {
  const at = quote.sourcing === 'ORIGIN' ? (quote.originAddress ?? quote.address) : quote.address;
  return `${at.regionName}, ${quote.state} ${at.postalCode}`;
}

/** The breakdown after the headline: jurisdictions, what is not taxed, sourcing, rule set. */
function details(quote: SalesTaxQuote): string {
  return [
    `By jurisdiction: ${byJurisdiction(quote)}.`,
    exemptParts(quote),
    `Sourcing (${quote.sourcing.toLowerCase()}): ${firstSentence(quote.sourcingReason)} Rule set ${quote.ruleSetVersion}.`,
  ].join('\n\n');
}

/**
 * The sales tax result in words, offline: the total, each jurisdiction's rate and tax, what is not
 * taxed and why, and whether the shop collects there. Every figure is quoted from the tool's
 * result (the engine's); nothing is computed here.
 */
export function salesTaxAnswer(result: CalculateSalesTaxResult | undefined): FinalAnswer {
  if (!result) {
    return {
      text: 'Sales tax could not be calculated.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const quote = result.kind === 'ORDER' ? result.order.quote : result.amount.quote;
  const text =
    result.kind === 'ORDER'
      ? [result.order.summary, details(result.order.quote)].join('\n\n')
      : quote
        ? [
            `${formatDollars(quote.totalTaxCents)} of sales tax on ${formatDollars(result.amount.amountCents)} at ${sourcedAt(quote)}, combined rate ${percentOfRate(quote.combinedRate)}.`,
            result.amount.note,
            details(quote),
          ].join('\n\n')
        : `${formatDollars(result.amount.stateOnly?.taxCents ?? 0)} of ${result.amount.state} state sales tax on ${formatDollars(result.amount.amountCents)} (rule ${result.amount.stateOnly?.ruleId ?? 'none'}). ${result.amount.note}`;
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { salesTax: result },
  };
}
