import { Field, InputType } from 'type-graphql';
import { WebhookEventTypeEnum, type WebhookEventType } from './webhook-event-types.js';

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({
    description:
      'http(s), at most 2,000 characters, no user name or password. In production, loopback and private addresses are refused unless HUB_WEBHOOKS_ALLOW_PRIVATE=true.',
  })
  url!: string;
  @Field(() => String, { nullable: true, description: 'At most 500 characters.' })
  description?: string | null;
  @Field(() => [WebhookEventTypeEnum], { description: 'At least one.' })
  eventTypes!: WebhookEventType[];
}

@InputType({ description: 'What to change; absent fields stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty clears it.' })
  description?: string | null;
  @Field(() => [WebhookEventTypeEnum], { nullable: true }) eventTypes?: WebhookEventType[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true enables it again with its failure count reset; false stops deliveries (pending ones are marked FAILED).',
  })
  enabled?: boolean | null;
}
