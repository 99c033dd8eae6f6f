import type { PublishableKeyEntity } from '@zactonics/db';
import { WorkspaceEntity } from '@zactonics/db';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { RequestContext } from '../../context.js';

@ObjectType({
  description:
    'A widget key (pk_...): public, it goes in the storefront script tag; it works only from its allowed origins.',
})
export class PublishableKey {
  @Field(() => ID) id!: string;
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => [String], {
    description: 'e.g. https://shop.example.com, https://*.example.com, or * (development only).',
  })
  allowedOrigins!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@InputType()
export class CreatePublishableKeyInput {
  @Field() name!: string;
  @Field(() => [String]) allowedOrigins!: string[];
}

/** The console's side of widget keys (secret key holders only: this is the console schema). */
@Resolver(() => PublishableKey)
export class PublishableKeyResolver {
  @Query(() => [PublishableKey])
  publishableKeys(@Ctx() ctx: RequestContext): Promise<PublishableKeyEntity[]> {
    return ctx.services.publishableKeys.list(ctx);
  }

  @Mutation(() => PublishableKey)
  createPublishableKey(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePublishableKeyInput) input: CreatePublishableKeyInput,
  ): Promise<PublishableKeyEntity> {
    return ctx.services.publishableKeys.create(ctx, input);
  }

  @Mutation(() => PublishableKey, { description: 'Replaces the allowed origins.' })
  setPublishableKeyOrigins(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('allowedOrigins', () => [String]) allowedOrigins: string[],
  ): Promise<PublishableKeyEntity> {
    return ctx.services.publishableKeys.setAllowedOrigins(ctx, id, allowedOrigins);
  }

  @Mutation(() => PublishableKey, { description: 'The key stops working at once.' })
  revokePublishableKey(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
  ): Promise<PublishableKeyEntity> {
    return ctx.services.publishableKeys.revoke(ctx, id);
  }

  @Query(() => String, {
    description:
      'The secret your server signs verified visitor identities with: hash = HMAC-SHA256(user id, this secret), hex. Keep it on your server.',
  })
  async widgetIdentitySecret(@Ctx() ctx: RequestContext): Promise<string> {
    const workspace = await ctx.services.dataSource.manager.findOneOrFail(WorkspaceEntity, {
      where: { id: ctx.workspaceId },
      select: { id: true, widgetIdentitySecret: true },
    });
    return workspace.widgetIdentitySecret;
  }
}
