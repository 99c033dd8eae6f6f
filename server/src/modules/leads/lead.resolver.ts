import type { LeadEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { SubmitLeadInput } from './lead.inputs.js';
import { Lead, LeadScoreFactor, LeadScoringModel } from './lead.type.js';

@Resolver(() => Lead)
export class LeadResolver {
  @Mutation(() => Lead, {
    description:
      'Captures a lead (a known email is updated, engagement added up), enriches and scores it.',
  })
  submitLead(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => SubmitLeadInput) input: SubmitLeadInput,
  ): Promise<LeadEntity> {
    return ctx.services.leads.submit(ctx, withoutNulls(input));
  }

  @Query(() => [Lead], { description: 'Highest score first; unscored leads last.' })
  leads(
    @Ctx() ctx: ConsoleContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<LeadEntity[]> {
    return ctx.services.leads.list(ctx, Math.min(Math.max(first ?? 100, 1), 500));
  }

  @Query(() => Lead, { nullable: true })
  lead(@Ctx() ctx: ConsoleContext, @Arg('email') email: string): Promise<LeadEntity | null> {
    return ctx.services.leads.find(ctx, email);
  }

  @Query(() => LeadScoringModel, {
    description: "The lead-scoring model's held-out AUC and accuracy.",
  })
  async leadScoringModel(@Ctx() ctx: ConsoleContext): Promise<LeadScoringModel> {
    return (await ctx.services.leads.model(ctx)).evaluation;
  }

  @FieldResolver(() => [LeadScoreFactor])
  scoreFactors(@Root() lead: LeadEntity): LeadScoreFactor[] {
    return lead.scoreFactors ?? [];
  }
}

/** GraphQL gives null for omitted optional fields; the service reads absent as "not given". */
function withoutNulls(input: SubmitLeadInput) {
  return Object.fromEntries(
    Object.entries({ ...input }).filter(([, v]) => v !== null && v !== undefined),
  ) as { name: string; email: string } & Record<string, unknown>;
}
