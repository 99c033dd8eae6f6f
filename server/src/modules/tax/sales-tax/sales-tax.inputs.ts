import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Where goods ship to: the ZIP (or ZIP+4) resolves the local rates.' })
export class SalesTaxAddressInput {
  @Field(() => String, { nullable: true }) line1?: string | null;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field({ description: 'Two-letter state code.' }) state!: string;
  @Field() postalCode!: string;
}

@InputType('SalesTaxLineInput', { description: 'One line to quote.' })
export class SalesTaxLineInputView {
  @Field(() => String, { nullable: true, description: 'Default line-1, line-2, ...' })
  id?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field({ description: 'general, clothing, grocery, digital or gift-card.' }) category!: string;
  @Field(() => Int) quantity!: number;
  @Field(() => GraphQLSafeInt, { description: 'Price of one unit, cents, 0 or more.' })
  unitPriceCents!: number;
}

@InputType('SalesTaxQuoteInput', {
  description: "A sale to quote, shipped from the shop's place of business.",
})
export class SalesTaxQuoteInputView {
  @Field(() => SalesTaxAddressInput) shipTo!: SalesTaxAddressInput;
  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD; default today on the shop's calendar.",
  })
  date?: string | null;
  @Field(() => [SalesTaxLineInputView]) lines!: SalesTaxLineInputView[];
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Separately stated delivery.' })
  shippingCents?: number | null;
}
