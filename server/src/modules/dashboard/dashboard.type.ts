import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';

@ObjectType({
  description: "Runs one agent was asked for on one day (UTC), by the runs' creation.",
})
export class AgentDayCount {
  @Field({ description: 'YYYY-MM-DD, in UTC.' }) day!: string;
  @Field() agentKey!: string;
  @Field(() => Int) runs!: number;
}

@ObjectType({
  description:
    "One agent's runs created in the period. Finished means SUCCEEDED or FAILED: a cancelled run says nothing about the agent.",
})
export class AgentStats {
  @Field() agentKey!: string;
  @Field() agentName!: string;
  @Field(() => Int, { description: 'Runs created in the period, in any status.' }) runs!: number;
  @Field(() => Int) succeeded!: number;
  @Field(() => Int, { description: 'Failed runs, the unavailable ones included.' })
  failed!: number;
  @Field(() => Int, {
    description:
      'Failed runs whose tool was not available (TOOL_NOT_AVAILABLE: not built yet, or not allowed for the agent). Not counted in successRate.',
  })
  unavailable!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'succeeded / (succeeded + failed - unavailable), 0..1; null when no run finished (unavailable ones aside).',
  })
  successRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Median of finished runs' finishedAt - startedAt (interpolated; includes time waiting for a person); null when none finished.",
  })
  medianDurationMs!: number | null;
  @Field(() => Float, { nullable: true, description: '95th percentile, as medianDurationMs.' })
  p95DurationMs!: number | null;
  @Field(() => GraphQLSafeInt) inputTokens!: number;
  @Field(() => GraphQLSafeInt) outputTokens!: number;
  @Field(() => Float, { description: "USD, the sum of the runs' recorded costs." })
  costUsd!: number;
}

@ObjectType({ description: 'What the workspace did over [from, to).' })
export class Dashboard {
  @Field() from!: Date;
  @Field() to!: Date;
  @Field(() => [AgentDayCount], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Days without runs are left out; by day, agent.',
  })
  runsPerDay!: AgentDayCount[];
  @Field(() => [AgentStats], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Every agent of the workspace, in display order.',
  })
  agents!: AgentStats[];
  @Field(() => Int, { description: 'Tickets opened in the period.' }) escalations!: number;
  @Field(() => Int, {
    description:
      'Conversations moved to HUMAN_REQUESTED or HUMAN in the period (each counted once).',
  })
  handoffs!: number;
  @Field(() => Int, { description: 'Approvals pending now, whatever the period.' })
  openApprovals!: number;
}
