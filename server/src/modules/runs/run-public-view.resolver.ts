import type { RunEntity } from '@zactonics/db';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { buildPublicRunView, type PublicRunViewData } from './run-public-view.js';
import { PublicRunView } from './run-public-view.type.js';
import { Run } from './run.type.js';

/** Adds `Run.publicView`, the widget's view of a run (see run-public-view.ts). */
@Resolver(() => Run)
export class RunPublicViewResolver {
  @FieldResolver(() => PublicRunView, {
    description: 'What the customer-facing widget may show of this run.',
  })
  async publicView(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity): Promise<PublicRunViewData> {
    // The agent is read only to check the reply against its prompt and tools, never copied.
    const [steps, agent] = await Promise.all([
      ctx.services.runs.steps(ctx, run.id),
      ctx.loaders.agent.load(run.agentId),
    ]);
    return buildPublicRunView(run, steps, {
      systemPrompt: agent.systemPrompt,
      toolNames: agent.tools,
    });
  }
}
