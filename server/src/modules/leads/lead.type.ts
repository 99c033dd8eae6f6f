import { LEAD_STAGES, LEAD_TIERS, type LeadStage, type LeadTier } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';

export const LeadTierEnum = Object.fromEntries(LEAD_TIERS.map((t) => [t, t])) as {
  [K in LeadTier]: K;
};
export const LeadStageEnum = Object.fromEntries(LEAD_STAGES.map((s) => [s, s])) as {
  [K in LeadStage]: K;
};
registerEnumType(LeadTierEnum, {
  name: 'LeadTier',
  description: 'HOT: score over 70; WARM: 40 to 70; COLD: below 40.',
});
registerEnumType(LeadStageEnum, {
  name: 'LeadStage',
  description: 'NEW when captured, QUALIFIED once scored, CONTACTED once an email was sent.',
});

@ObjectType({ description: "One feature's share of a lead's score." })
export class LeadScoreFactor {
  @Field({ description: 'e.g. pricingPageVisits' }) feature!: string;
  @Field({ description: 'The plain name, e.g. "Pricing-page visits".' }) label!: string;
  @Field(() => Float, { nullable: true, description: "The lead's value; null when unknown." })
  value!: number | null;
  @Field(() => Float, {
    description: 'Coefficient × standardized value, in log-odds: positive raises the score.',
  })
  contribution!: number;
}

@ObjectType({ description: 'A prospect, one per email per workspace.' })
export class Lead {
  @Field(() => ID) id!: string;
  @Field({ description: 'Lower-cased.' }) email!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) company!: string | null;
  @Field({ description: 'Marketing consent; no email is sent without it.' }) consent!: boolean;
  @Field(() => Date, { nullable: true }) consentAt!: Date | null;
  @Field(() => String, { nullable: true }) sourcePage!: string | null;
  @Field(() => Int) pagesViewed!: number;
  @Field(() => Float) minutesOnSite!: number;
  @Field(() => Int) pricingPageVisits!: number;
  @Field(() => Int, { description: 'How many captures were merged into this lead.' })
  captures!: number;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'What enrichment found about the company (industry, employees, country...).',
  })
  enrichment!: Record<string, unknown> | null;
  @Field(() => Int, { nullable: true, description: '0-100: round(100 × chance of winning).' })
  score!: number | null;
  @Field(() => LeadTierEnum, { nullable: true }) tier!: LeadTier | null;
  @Field(() => [LeadScoreFactor], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Largest effect first; empty until scored.',
  })
  scoreFactors!: LeadScoreFactor[];
  @Field(() => Date, { nullable: true }) scoredAt!: Date | null;
  @Field(() => LeadStageEnum) stage!: LeadStage;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: "The lead-scoring model's quality on closed deals it never saw." })
export class LeadScoringModel {
  @Field(() => Int) trainingDeals!: number;
  @Field(() => Int) heldOutDeals!: number;
  @Field(() => Float, { nullable: true, description: 'Area under the ROC curve, held out.' })
  heldOutAuc!: number | null;
  @Field(() => Float, { description: 'Share predicted right at p = 0.5, held out.' })
  heldOutAccuracy!: number;
  @Field(() => Float, { description: 'Share of held-out deals that were won.' })
  heldOutWinRate!: number;
}
