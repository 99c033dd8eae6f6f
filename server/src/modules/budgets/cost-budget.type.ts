import { COST_BUDGET_POLICIES, type CostBudgetPolicy } from '@zactonics/db';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { formatMicroUsd } from '../../runtime/model-prices.js';
import type { CostBudgetState, CostBudgetStatus } from './cost-budget.service.js';

export const CostBudgetPolicyEnum = Object.fromEntries(
  COST_BUDGET_POLICIES.map((policy) => [policy, policy]),
) as { [K in CostBudgetPolicy]: K };
registerEnumType(CostBudgetPolicyEnum, {
  name: 'CostBudgetPolicy',
  description:
    'What happens to a paid model call once the month is at or over the limit. FALLBACK_OFFLINE: the call goes to the offline provider and the run says so in a step; REQUIRE_APPROVAL: the run waits for a person (an approval of kind MODEL_CALL; approving lets that run go on with paid calls, rejecting sends its calls to the offline provider); ALERT_ONLY: calls go on, only the alerts fire.',
});

export const CostBudgetStatusEnum = {
  OK: 'OK',
  WARNING: 'WARNING',
  EXHAUSTED: 'EXHAUSTED',
} as const satisfies { [K in CostBudgetStatus]: K };
registerEnumType(CostBudgetStatusEnum, {
  name: 'CostBudgetStatus',
  description:
    'OK: under the warning percentage; WARNING: at or over it; EXHAUSTED: at or over the limit.',
});

@ObjectType({ description: 'A budgeted agent.' })
export class CostBudgetAgent {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() name!: string;
}

@ObjectType({
  description:
    "A monthly model-cost budget (the workspace's, or one agent's) and where this calendar month stands, in the workspace's time zone.",
})
export class CostBudget {
  @Field(() => ID) id!: string;
  @Field(() => CostBudgetAgent, {
    nullable: true,
    description: "Null for the whole workspace's budget.",
  })
  agent!: CostBudgetAgent | null;
  @Field(() => GraphQLSafeInt, { description: 'The monthly limit, in cents.' })
  limitCents!: number;
  @Field(() => CostBudgetPolicyEnum) policy!: CostBudgetPolicy;
  @Field(() => Int, { description: 'The warning fires at this percentage of the limit.' })
  warnPercent!: number;
  @Field({ description: 'The calendar month the figures are for, e.g. "2026-12".' })
  month!: string;
  @Field({
    description: 'Model cost recorded this month, in USD with 6 decimals (exact), e.g. "4.250000".',
  })
  spentUsd!: string;
  @Field(() => Float, { description: 'Spent as a percentage of the limit (tenths, rounded down).' })
  percent!: number;
  @Field(() => CostBudgetStatusEnum) status!: CostBudgetStatus;
  @Field(() => Date) updatedAt!: Date;
}

export function costBudget(state: CostBudgetState): CostBudget {
  return Object.assign(new CostBudget(), {
    id: state.budget.id,
    agent: state.agent ? Object.assign(new CostBudgetAgent(), state.agent) : null,
    limitCents: state.budget.limitCents,
    policy: state.budget.policy,
    warnPercent: state.budget.warnPercent,
    month: state.month,
    spentUsd: formatMicroUsd(state.spentMicroUsd),
    percent: state.percent,
    status: state.status,
    updatedAt: state.budget.updatedAt,
  });
}
