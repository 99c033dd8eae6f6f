import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';

// Every list here is computed in memory with its quote or report (no rows of its own):
// EMBEDDED_LIST_COST. Money is integer cents (GraphQLSafeInt); rates are exact decimals as text.

@ObjectType('SalesTaxCitation', { description: 'The document a sales tax rule comes from.' })
export class SalesTaxCitationView {
  @Field() title!: string;
  @Field({ description: 'Where it can be read.' }) url!: string;
  @Field({ description: 'YYYY-MM-DD, YYYY, or undated.' }) published!: string;
}

@ObjectType('SalesTaxRuleUsed', { description: 'A rule a sales tax figure used, with its source.' })
export class SalesTaxRuleUsedView {
  @Field({ description: 'Stable id: "sales-tax/TX/state-rate/1990-07-01".' }) id!: string;
  @Field() concept!: string;
  @Field(() => SalesTaxCitationView) citation!: SalesTaxCitationView;
}

@ObjectType('SalesTaxResolvedAddress', {
  description: 'An address resolved to its taxing jurisdictions from a dated ZIP rate table.',
})
export class SalesTaxResolvedAddressView {
  @Field() state!: string;
  @Field() postalCode!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field({ description: 'POSTAL_CODE or POSTAL_CODE_AND_CITY.' }) matchedBy!: string;
  @Field({ description: "The table's name for the ZIP's tax region." }) regionName!: string;
  @Field({ description: 'Sum of the jurisdictions’ rates, exact decimal.' }) combinedRate!: string;
  @Field({ description: 'The rate table snapshot the local rates came from.' }) tableId!: string;
  @Field() tableSource!: string;
  @Field() tableAsOf!: string;
  @Field(() => String, { nullable: true, description: 'Caveats, e.g. a ZIP crossing lines.' })
  note!: string | null;
}

@ObjectType('SalesTaxJurisdiction', { description: "One jurisdiction's part of a quote." })
export class SalesTaxJurisdictionView {
  @Field({ description: 'STATE, COUNTY, CITY or SPECIAL.' }) level!: string;
  @Field({ description: 'Stable code: "TX-CITY-AUSTIN".' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'Exact decimal: "0.0625".' }) rate!: string;
  @Field(() => GraphQLSafeInt) taxableCents!: number;
  @Field(() => GraphQLSafeInt) taxCents!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType('SalesTaxQuoteLine', { description: 'One line of a quote: what is taxed and why.' })
export class SalesTaxQuoteLineView {
  @Field() id!: string;
  @Field({ description: 'general, clothing, grocery, digital or gift-card.' }) category!: string;
  @Field(() => GraphQLSafeInt) amountCents!: number;
  @Field(() => GraphQLSafeInt) taxableCents!: number;
  @Field(() => GraphQLSafeInt) exemptCents!: number;
  @Field(() => GraphQLSafeInt) taxCents!: number;
  @Field({ description: 'TAXABLE, EXEMPT, PARTIAL or REDUCED_RATE.' }) treatment!: string;
  @Field() reason!: string;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType('SalesTaxShipping', { description: 'The delivery charge and how it is taxed.' })
export class SalesTaxShippingView {
  @Field(() => GraphQLSafeInt) amountCents!: number;
  @Field(() => GraphQLSafeInt) taxableCents!: number;
  @Field(() => GraphQLSafeInt) taxCents!: number;
  @Field() reason!: string;
}

@ObjectType('SalesTaxRounding', { description: "How the quote's tax was rounded, and the rule." })
export class SalesTaxRoundingView {
  @Field() method!: string;
  @Field({ description: 'PER_INVOICE or PER_LINE.' }) mode!: string;
  @Field() reason!: string;
}

@ObjectType('SalesTaxQuote', {
  description:
    'Sales tax on a sale: sourcing, the jurisdictions with their rates and tax, each line and the shipping, the total, and the rules used (rule-set version and citations).',
})
export class SalesTaxQuoteView {
  @Field() state!: string;
  @Field() date!: string;
  @Field({ description: 'ORIGIN, DESTINATION or MIXED.' }) sourcing!: string;
  @Field() sourcingReason!: string;
  @Field(() => SalesTaxResolvedAddressView, {
    description: 'The location whose local taxes apply (MIXED: the destination).',
  })
  address!: SalesTaxResolvedAddressView;
  @Field(() => SalesTaxResolvedAddressView, {
    nullable: true,
    description: "The seller's location when its taxes apply (ORIGIN, MIXED).",
  })
  originAddress!: SalesTaxResolvedAddressView | null;
  @Field(() => [SalesTaxJurisdictionView], { complexity: EMBEDDED_LIST_COST })
  jurisdictions!: SalesTaxJurisdictionView[];
  @Field(() => [SalesTaxQuoteLineView], { complexity: EMBEDDED_LIST_COST })
  lines!: SalesTaxQuoteLineView[];
  @Field(() => SalesTaxShippingView) shipping!: SalesTaxShippingView;
  @Field(() => GraphQLSafeInt) subtotalCents!: number;
  @Field(() => GraphQLSafeInt) taxableCents!: number;
  @Field(() => GraphQLSafeInt) totalTaxCents!: number;
  @Field(() => GraphQLSafeInt) totalCents!: number;
  @Field() combinedRate!: string;
  @Field(() => SalesTaxRoundingView) rounding!: SalesTaxRoundingView;
  @Field() ruleSetVersion!: string;
  @Field(() => [SalesTaxRuleUsedView], { complexity: EMBEDDED_LIST_COST })
  rulesUsed!: SalesTaxRuleUsedView[];
}

@ObjectType('SalesTaxPostalAddress', { description: 'A street address for sales tax.' })
export class SalesTaxPostalAddressView {
  @Field(() => String, { nullable: true }) line1!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field() state!: string;
  @Field() postalCode!: string;
}

@ObjectType('SalesTaxLineCategory', { description: "An order line's SKU and its tax category." })
export class SalesTaxLineCategoryView {
  @Field() sku!: string;
  @Field() name!: string;
  @Field() category!: string;
  @Field({ description: 'Where the category came from.' }) categorySource!: string;
}

@ObjectType('OrderSalesTax', {
  description:
    "A stored order's sales tax: the quote, and whether the shop must collect in the order's state (registered, or economic nexus met).",
})
export class OrderSalesTaxView {
  @Field() orderNumber!: string;
  @Field() status!: string;
  @Field({ description: "YYYY-MM-DD on the shop's calendar." }) placedOn!: string;
  @Field(() => SalesTaxPostalAddressView) shipTo!: SalesTaxPostalAddressView;
  @Field(() => SalesTaxPostalAddressView) shipFrom!: SalesTaxPostalAddressView;
  @Field({ description: 'taxable, exempt or resale (a certificate on file).' })
  taxTreatment!: string;
  @Field(() => [SalesTaxLineCategoryView], { complexity: EMBEDDED_LIST_COST })
  lineCategories!: SalesTaxLineCategoryView[];
  @Field(() => SalesTaxQuoteView) quote!: SalesTaxQuoteView;
  @Field({ description: 'REGISTERED, NEXUS_MET_NOT_REGISTERED or NOT_REQUIRED.' })
  collection!: string;
  @Field() mustCollect!: boolean;
  @Field(() => String, { nullable: true }) registeredOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Economic nexus status on the order date.' })
  nexusStatus!: string | null;
  @Field(() => GraphQLSafeInt, {
    description: 'The tax the shop charges: the quote’s total where it is registered, else 0.',
  })
  taxDueCents!: number;
  @Field() summary!: string;
}

@ObjectType('SalesTaxPeriod', { description: 'A filing period, both ends included.' })
export class SalesTaxPeriodView {
  @Field({ description: '2026-Q3 or 2026-07.' }) key!: string;
  @Field({ description: 'QUARTER or MONTH.' }) kind!: string;
  @Field() start!: string;
  @Field() end!: string;
}

@ObjectType('SalesTaxLiabilityJurisdiction', {
  description: "A jurisdiction's taxable sales and tax owed for the period.",
})
export class SalesTaxLiabilityJurisdictionView {
  @Field() level!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() rate!: string;
  @Field(() => GraphQLSafeInt) taxableSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxOwedCents!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) ruleIds!: string[];
}

@ObjectType('SalesTaxExemptAmount', { description: 'Sales not taxed, by reason.' })
export class SalesTaxExemptAmountView {
  @Field({ description: 'EXEMPT_BUYER, EXEMPT_GOODS or NONTAXABLE_SHIPPING.' }) code!: string;
  @Field() reason!: string;
  @Field(() => GraphQLSafeInt) cents!: number;
}

@ObjectType('SalesTaxLiabilityLocation', {
  description: 'Sales at one place the tax is sourced to (the shop, a market, a buyer ZIP).',
})
export class SalesTaxLiabilityLocationView {
  @Field() label!: string;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field() channel!: string;
  @Field(() => GraphQLSafeInt) grossSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxableSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxCollectedCents!: number;
  @Field() combinedRate!: string;
}

@ObjectType('SalesTaxLiability', {
  description:
    'Sales tax owed to one state for one filing period, per jurisdiction, against what was collected and what the ledger credited to 2200 Sales tax payable.',
})
export class SalesTaxLiabilityView {
  @Field() state!: string;
  @Field(() => SalesTaxPeriodView) period!: SalesTaxPeriodView;
  @Field() registered!: boolean;
  @Field(() => String, { nullable: true }) registeredOn!: string | null;
  @Field(() => Int) orderCount!: number;
  @Field(() => GraphQLSafeInt, { description: 'Goods and shipping sold into the state.' })
  grossSalesCents!: number;
  @Field(() => GraphQLSafeInt) exemptSalesCents!: number;
  @Field(() => [SalesTaxExemptAmountView], { complexity: EMBEDDED_LIST_COST })
  exemptByReason!: SalesTaxExemptAmountView[];
  @Field(() => GraphQLSafeInt) resaleSalesCents!: number;
  @Field(() => GraphQLSafeInt) taxableSalesCents!: number;
  @Field(() => GraphQLSafeInt) shippingCents!: number;
  @Field(() => GraphQLSafeInt) taxableShippingCents!: number;
  @Field(() => [SalesTaxLiabilityJurisdictionView], { complexity: EMBEDDED_LIST_COST })
  jurisdictions!: SalesTaxLiabilityJurisdictionView[];
  @Field(() => GraphQLSafeInt) stateTaxOwedCents!: number;
  @Field(() => GraphQLSafeInt) localTaxOwedCents!: number;
  @Field(() => GraphQLSafeInt) taxOwedCents!: number;
  @Field(() => GraphQLSafeInt) taxCollectedCents!: number;
  @Field(() => GraphQLSafeInt) ledgerCollectedCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Owed minus collected.' }) differenceCents!: number;
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) differenceReasons!: string[];
  @Field(() => [SalesTaxLiabilityLocationView], { complexity: EMBEDDED_LIST_COST })
  locations!: SalesTaxLiabilityLocationView[];
  @Field(() => [String], { complexity: EMBEDDED_LIST_COST }) notes!: string[];
  @Field() ruleSetVersion!: string;
  @Field() jurisdictionTableVersion!: string;
  @Field(() => [SalesTaxRuleUsedView], { complexity: EMBEDDED_LIST_COST })
  rulesUsed!: SalesTaxRuleUsedView[];
}
