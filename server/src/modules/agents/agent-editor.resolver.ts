import type { AgentEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { parseReviewPolicy, type ReviewPolicy as Policy } from '../../runtime/review-policy.js';
import type { AgentChoices } from './agent-editor.service.js';
import { UpdateAgentInput } from './agent.inputs.js';
import { Agent } from './agent.type.js';
import { AgentOptions, ReviewPolicy } from './review-policy.type.js';

@Resolver(() => Agent)
export class AgentEditorResolver {
  @Mutation(() => Agent, {
    description:
      "Changes an agent's settings (validated field by field: INVALID_INPUT names the field in extensions.field; nothing is written then). Audited as agent.update; takes effect on the next run.",
  })
  updateAgent(
    @Ctx() ctx: ConsoleContext,
    @Arg('key', () => String) key: string,
    @Arg('input', () => UpdateAgentInput) input: UpdateAgentInput,
  ): Promise<AgentEntity> {
    return ctx.services.agentEditor.update(ctx, key, input);
  }

  @Query(() => AgentOptions, { description: 'What updateAgent accepts for model and tools.' })
  agentOptions(@Ctx() ctx: ConsoleContext): AgentChoices {
    return ctx.services.agentEditor.choices();
  }

  @FieldResolver(() => [String], {
    description:
      'Tools in `tools` the hub has not built (no registered tool of that name): a run calling one fails with TOOL_NOT_AVAILABLE. Empty when every tool exists.',
  })
  unavailableTools(@Ctx() ctx: ConsoleContext, @Root() agent: AgentEntity): string[] {
    return ctx.services.agentEditor.unavailableTools(agent);
  }

  @FieldResolver(() => ReviewPolicy)
  reviewPolicy(@Root() agent: AgentEntity): Policy {
    return parseReviewPolicy(agent.reviewPolicy);
  }
}
