import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { RouteResult as RouteResultData } from '../../runtime/router.js';
import { RouteResult } from './routing.type.js';

@Resolver(() => RouteResult)
export class RoutingResolver {
  @Query(() => RouteResult, {
    description: "Which of the workspace's enabled agents a free-text message is for.",
  })
  routeMessage(
    @Ctx() ctx: ConsoleContext,
    @Arg('text', () => String) text: string,
  ): Promise<RouteResultData> {
    return ctx.services.router.route(ctx, text);
  }
}
