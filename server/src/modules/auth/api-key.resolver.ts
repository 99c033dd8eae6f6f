import type { ApiKeyEntity } from '@zactonics/db';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { ApiKey, CreatedApiKey } from './api-key.type.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: "The workspace's secret keys, newest first." })
  apiKeys(@Ctx() ctx: ConsoleContext): Promise<ApiKeyEntity[]> {
    return ctx.services.apiKeys.list(ctx);
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Owners only. The new key acts as ADMIN; its plain text is returned only here.',
  })
  createApiKey(
    @Ctx() ctx: ConsoleContext,
    @Arg('name', () => String) name: string,
  ): Promise<{ apiKey: ApiKeyEntity; plainKey: string }> {
    return ctx.services.apiKeys.createForConsole(ctx, name);
  }

  @Mutation(() => ApiKey, { description: 'Owners only. The key stops working at once.' })
  revokeApiKey(@Ctx() ctx: ConsoleContext, @Arg('id', () => ID) id: string): Promise<ApiKeyEntity> {
    return ctx.services.apiKeys.revoke(ctx, id);
  }
}
