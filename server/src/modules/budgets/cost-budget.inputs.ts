import type { CostBudgetPolicy } from '@zactonics/db';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CostBudgetPolicyEnum } from './cost-budget.type.js';

@InputType({
  description:
    "The workspace's budget (no agentId) or an agent's: saving replaces that budget's settings.",
})
export class CostBudgetInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "An agent of this workspace (AGENT_NOT_FOUND otherwise); null for the workspace's.",
  })
  agentId?: string | null;
  @Field(() => GraphQLSafeInt, {
    description: 'The monthly limit in cents, 1 to 100,000,000 (INVALID_INPUT otherwise).',
  })
  limitCents!: number;
  @Field(() => CostBudgetPolicyEnum) policy!: CostBudgetPolicy;
  @Field(() => Int, {
    nullable: true,
    description: 'The warning percentage, 1 to 99; 80 when absent.',
  })
  warnPercent?: number | null;
}
