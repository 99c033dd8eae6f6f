import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { InboundDeliveryEntity } from '@zactonics/db';
import type { ConsoleContext } from '../../../console-context.js';
import { CreateWebhookEndpointInput } from './webhook-endpoint.inputs.js';
import type {
  WebhookEndpointView,
  WebhookEndpointWithSecretView,
} from './webhook-endpoint.service.js';
import {
  InboundDelivery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from './webhook-endpoint.type.js';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => [WebhookEndpoint], { description: "The workspace's inbound webhook endpoints." })
  webhookEndpoints(@Ctx() ctx: ConsoleContext): Promise<WebhookEndpointView[]> {
    return ctx.services.webhookEndpoints.list(ctx);
  }

  @FieldResolver(() => [InboundDelivery], { description: 'Newest first; first: 1..100.' })
  deliveries(
    @Ctx() ctx: ConsoleContext,
    @Root() endpoint: WebhookEndpointView,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<InboundDeliveryEntity[]> {
    return ctx.services.webhookEndpoints.deliveries(ctx, endpoint.id, first);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'A new endpoint for a scenario, with its signing secret (shown this once).',
  })
  createWebhookEndpoint(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointWithSecretView> {
    return ctx.services.webhookEndpoints.create(ctx, input);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'A new signing secret, shown this once; the old one stops verifying at once.',
  })
  rotateWebhookEndpointSecret(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<WebhookEndpointWithSecretView> {
    return ctx.services.webhookEndpoints.rotateSecret(ctx, id);
  }

  @Mutation(() => WebhookEndpoint, { description: 'Renames, enables or disables an endpoint.' })
  updateWebhookEndpoint(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name?: string | null,
    @Arg('enabled', () => Boolean, { nullable: true }) enabled?: boolean | null,
  ): Promise<WebhookEndpointView> {
    return ctx.services.webhookEndpoints.update(ctx, id, { name, enabled });
  }

  @Mutation(() => Boolean, {
    description: 'Deletes the endpoint and its delivery log; the runs it started stay.',
  })
  deleteWebhookEndpoint(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return ctx.services.webhookEndpoints.delete(ctx, id);
  }
}
