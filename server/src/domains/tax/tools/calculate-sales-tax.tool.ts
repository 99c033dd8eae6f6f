import { z } from 'zod';
import { percentOfRate } from '../../../modules/tax/sales-tax/rate-text.js';
import type {
  AmountSalesTax,
  OrderSalesTax,
  SalesTaxService,
} from '../../../modules/tax/sales-tax/sales-tax.service.js';
import type { Tool } from '../../../runtime/tool-registry.js';
import { formatDollars } from '../../../engines/tax-rules/figure.js';

const usState = z.string().regex(/^[A-Z]{2}$/, 'a two-letter US state code');

/**
 * A stored order by number, or an amount shipped to a state (with an optional ZIP: without it
 * only the state's own rate applies, and the answer says local rates need the ZIP).
 */
export const calculateSalesTaxInput = z.union([
  z.object({ orderNumber: z.string().trim().min(1) }),
  z.object({
    shipToState: usState,
    amountCents: z.number().int().min(0),
    postalCode: z
      .string()
      .regex(/^\d{5}(-\d{4})?$/, 'a five-digit ZIP or ZIP+4')
      .optional(),
  }),
]);
export type CalculateSalesTaxInput = z.infer<typeof calculateSalesTaxInput>;

export type CalculateSalesTaxResult =
  { kind: 'ORDER'; order: OrderSalesTax } | { kind: 'AMOUNT'; amount: AmountSalesTax };

/**
 * Sales tax on an order or an amount, from the sales-tax engine's cited, dated rules and ZIP
 * rate tables; whether the shop collects there (registered, or economic nexus met). A model may
 * only explain the figures.
 */
export function calculateSalesTaxTool(
  salesTax: SalesTaxService,
): Tool<CalculateSalesTaxInput, CalculateSalesTaxResult> {
  return {
    name: 'calculate_sales_tax',
    description:
      "Sales tax on a stored order ({orderNumber}) or on an amount of general merchandise shipped to a state ({shipToState, amountCents, postalCode?}): sourcing, each jurisdiction's rate and tax, what is exempt and why (groceries, gift cards, shipping), the total with the rule-set version and citations, and whether the shop collects in that state (registered, or economic nexus met).",
    input: calculateSalesTaxInput,
    execute: async (ctx, input): Promise<CalculateSalesTaxResult> =>
      'orderNumber' in input
        ? { kind: 'ORDER', order: await salesTax.quoteOrder(ctx.workspaceId, input.orderNumber) }
        : {
            kind: 'AMOUNT',
            amount: await salesTax.quoteAmount(ctx.workspaceId, {
              state: input.shipToState,
              amountCents: input.amountCents,
              postalCode: input.postalCode ?? null,
            }),
          },
    summarize: (result) =>
      result.kind === 'ORDER'
        ? `${result.order.orderNumber}: ${formatDollars(result.order.quote.totalTaxCents)} tax at ${percentOfRate(result.order.quote.combinedRate)} (${result.order.collection}); due ${formatDollars(result.order.taxDueCents)}`
        : `${result.amount.state}: ${formatDollars(result.amount.quote?.totalTaxCents ?? result.amount.stateOnly?.taxCents ?? 0)} on ${formatDollars(result.amount.amountCents)}`,
  };
}
