import type { OutboundDeliveryStatus } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../../console-context.js';
import {
  CreateWebhookSubscriptionInput,
  UpdateWebhookSubscriptionInput,
} from './webhook-subscription.inputs.js';
import type {
  OutboundDeliveryView,
  WebhookSubscriptionView,
} from './webhook-subscription.service.js';
import {
  OutboundDelivery,
  OutboundDeliveryStatusEnum,
  WebhookSubscription,
  WebhookSubscriptionWithSecret,
} from './webhook-subscription.type.js';

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Query(() => [WebhookSubscription], {
    description: "The workspace's outbound webhook subscriptions, oldest first.",
  })
  webhookSubscriptions(@Ctx() ctx: ConsoleContext): Promise<WebhookSubscriptionView[]> {
    return ctx.services.webhookSubscriptions.list(ctx);
  }

  @FieldResolver(() => [OutboundDelivery], { description: 'Newest first; first: 0..100.' })
  deliveries(
    @Ctx() ctx: ConsoleContext,
    @Root() subscription: WebhookSubscriptionView,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('status', () => OutboundDeliveryStatusEnum, { nullable: true })
    status?: OutboundDeliveryStatus | null,
  ): Promise<OutboundDeliveryView[]> {
    return ctx.services.webhookSubscriptions.deliveries(ctx, subscription.id, { first, status });
  }

  @Mutation(() => WebhookSubscriptionWithSecret, {
    description: 'A new subscription with its signing secret (shown this once).',
  })
  async createWebhookSubscription(
    @Ctx() ctx: ConsoleContext,
    @Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput,
  ): Promise<{ subscription: WebhookSubscriptionView; secret: string }> {
    return ctx.services.webhookSubscriptions.create(ctx, input);
  }

  @Mutation(() => WebhookSubscription, {
    description: 'Changes the URL, description, event types or enabled; enabling resets failures.',
  })
  updateWebhookSubscription(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookSubscriptionInput) input: UpdateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionView> {
    return ctx.services.webhookSubscriptions.update(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the subscription and its delivery log.' })
  deleteWebhookSubscription(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    return ctx.services.webhookSubscriptions.delete(ctx, id);
  }

  @Mutation(() => OutboundDelivery, {
    description:
      'Sends a DELIVERED or FAILED delivery again with the same webhook-id, as a new round of attempts; answers after the first attempt.',
  })
  redeliverWebhook(
    @Ctx() ctx: ConsoleContext,
    @Arg('deliveryId', () => ID) deliveryId: string,
  ): Promise<OutboundDeliveryView> {
    return ctx.services.webhookSubscriptions.redeliver(ctx, deliveryId);
  }

  @Mutation(() => OutboundDelivery, {
    description:
      'Sends the subscription a RUN_SUCCEEDED-shaped sample whose data says "test": true; answers after the first attempt.',
  })
  sendTestWebhook(
    @Ctx() ctx: ConsoleContext,
    @Arg('subscriptionId', () => ID) subscriptionId: string,
  ): Promise<OutboundDeliveryView> {
    return ctx.services.webhookSubscriptions.sendTest(ctx, subscriptionId);
  }
}
