import type { PublishableKeyEntity } from '@zactonics/db';
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
import type { ConsoleContext } from '../../console-context.js';

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

@ObjectType({
  description: 'What the console may know of the widget identity secret: never the secret.',
})
export class WidgetIdentitySecretStatus {
  @Field(() => Date, {
    nullable: true,
    description: 'When it last changed; null while it is the one made with the workspace.',
  })
  rotatedAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'Until when the secret it replaced still verifies identities; null when none does.',
  })
  previousSecretValidUntil!: Date | null;
}

@ObjectType()
export class RotatedWidgetIdentitySecret extends WidgetIdentitySecretStatus {
  @Field({
    description:
      'Shown this once. Your server signs identities with it: hash = HMAC-SHA256(secret, user id + "\\n" + email), hex (or the user id alone).',
  })
  secret!: string;
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
  publishableKeys(@Ctx() ctx: ConsoleContext): Promise<PublishableKeyEntity[]> {
    return ctx.services.publishableKeys.list(ctx);
  }

  @Mutation(() => PublishableKey)
  createPublishableKey(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => CreatePublishableKeyInput) input: CreatePublishableKeyInput,
  ): Promise<PublishableKeyEntity> {
    return ctx.services.publishableKeys.create(ctx, input);
  }

  @Mutation(() => PublishableKey, { description: 'Replaces the allowed origins.' })
  setPublishableKeyOrigins(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('allowedOrigins', () => [String]) allowedOrigins: string[],
  ): Promise<PublishableKeyEntity> {
    return ctx.services.publishableKeys.setAllowedOrigins(ctx, id, allowedOrigins);
  }

  @Mutation(() => PublishableKey, { description: 'The key stops working at once.' })
  revokePublishableKey(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<PublishableKeyEntity> {
    return ctx.services.publishableKeys.revoke(ctx, id);
  }

  @Query(() => WidgetIdentitySecretStatus, {
    description:
      'When the widget identity secret last changed. The secret itself is shown once, to an owner, by rotateWidgetIdentitySecret.',
  })
  widgetIdentitySecretStatus(@Ctx() ctx: ConsoleContext): Promise<WidgetIdentitySecretStatus> {
    return ctx.services.identitySecrets.status(ctx);
  }

  @Mutation(() => RotatedWidgetIdentitySecret, {
    description:
      'Owners only. A new widget identity secret, returned this once (keep it on your server); the previous one still verifies identities for a grace period (24 hours by default).',
  })
  rotateWidgetIdentitySecret(@Ctx() ctx: ConsoleContext): Promise<RotatedWidgetIdentitySecret> {
    return ctx.services.identitySecrets.rotate(ctx);
  }
}
