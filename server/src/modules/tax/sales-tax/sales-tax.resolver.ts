import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ResolvedAddress, SalesTaxQuote } from '../../../engines/sales-tax/index.js';
import type { ConsoleContext } from '../../../console-context.js';
import type { OrderSalesTax } from './sales-tax.service.js';
import { SalesTaxQuoteInputView } from './sales-tax.inputs.js';
import {
  OrderSalesTaxView,
  SalesTaxLiabilityView,
  SalesTaxQuoteView,
  type SalesTaxResolvedAddressView,
} from './sales-tax.type.js';

function addressView(a: ResolvedAddress): SalesTaxResolvedAddressView {
  return {
    state: a.state,
    postalCode: a.postalCode,
    city: a.city,
    matchedBy: a.matchedBy,
    regionName: a.regionName,
    combinedRate: formatRate(a.combinedRate),
    tableId: a.table.id,
    tableSource: a.table.source,
    tableAsOf: a.table.asOf,
    note: a.note,
  };
}

/** An exact rational rate as the decimal text the quote uses ("0.0825"). */
function formatRate(rate: { numerator: number; denominator: number }): string {
  let rest = BigInt(rate.numerator);
  const den = BigInt(rate.denominator);
  const whole = rest / den;
  rest %= den;
  let digits = '';
  while (rest !== 0n && digits.length < 10) {
    rest *= 10n;
    digits += (rest / den).toString();
    rest %= den;
  }
  return digits ? `${whole}.${digits}` : `${whole}`;
}

export function salesTaxQuoteView(q: SalesTaxQuote): SalesTaxQuoteView {
  return {
    ...q,
    address: addressView(q.address),
    originAddress: q.originAddress ? addressView(q.originAddress) : null,
    jurisdictions: q.jurisdictions.map((j) => ({ ...j, ruleIds: [...j.ruleIds] })),
    lines: q.lines.map((l) => ({ ...l, ruleIds: [...l.ruleIds] })),
    shipping: { ...q.shipping },
    rounding: { ...q.rounding },
    rulesUsed: q.rulesUsed.map((r) => ({ ...r, citation: { ...r.citation } })),
  };
}

function orderSalesTaxView(o: OrderSalesTax): OrderSalesTaxView {
  return {
    ...o,
    shipFrom: { ...o.shipFrom },
    shipTo: { ...o.shipTo },
    lineCategories: o.lineCategories.map((l) => ({ ...l })),
    quote: salesTaxQuoteView(o.quote),
  };
}

/** Sales tax (the Tax & Compliance agent) for the console and the API. */
@Resolver()
export class SalesTaxResolver {
  @Query(() => SalesTaxQuoteView, {
    description:
      'Sales tax on a sale shipped from the shop to an address on a date: per jurisdiction, per line, shipping, total, rule-set version and citations (INVALID_INPUT with details.reason: BAD_POSTAL_CODE, UNKNOWN_POSTAL_CODE, POSTAL_CODE_STATE_MISMATCH, UNSUPPORTED_STATE, NO_LINES, BAD_AMOUNT, BAD_QUANTITY, BAD_CATEGORY, BAD_DATE).',
  })
  async salesTaxQuote(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => SalesTaxQuoteInputView) input: SalesTaxQuoteInputView,
  ): Promise<SalesTaxQuoteView> {
    return salesTaxQuoteView(await ctx.services.salesTax.quote(ctx.workspaceId, input));
  }

  @Query(() => OrderSalesTaxView, {
    description:
      "A stored order's sales tax and whether the shop must collect it (NOT_FOUND with details.reason UNKNOWN_ORDER for an order this shop does not have).",
  })
  async orderSalesTax(
    @Ctx() ctx: ConsoleContext,
    @Arg('orderNumber', () => String) orderNumber: string,
  ): Promise<OrderSalesTaxView> {
    return orderSalesTaxView(await ctx.services.salesTax.quoteOrder(ctx.workspaceId, orderNumber));
  }

  @Query(() => SalesTaxLiabilityView, {
    description:
      'Sales tax owed to a state for a filing period (YYYY-Qn or YYYY-MM) per jurisdiction, collected vs owed, and the ledger cross-check (INVALID_INPUT for an unsupported state or a malformed period).',
  })
  async salesTaxLiability(
    @Ctx() ctx: ConsoleContext,
    @Arg('state', () => String) state: string,
    @Arg('period', () => String) period: string,
  ): Promise<SalesTaxLiabilityView> {
    return ctx.services.salesTax.liability(ctx.workspaceId, state, period);
  }
}
