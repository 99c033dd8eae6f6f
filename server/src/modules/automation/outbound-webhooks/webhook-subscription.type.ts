import { OUTBOUND_DELIVERY_STATUSES, type OutboundDeliveryStatus } from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../../graphql/operation-limits.js';
import { WebhookEventTypeEnum, type WebhookEventType } from './webhook-event-types.js';

registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description:
    "An event other systems can be told about. The payload's `type` is the wire name: run.succeeded, run.failed, approval.requested, conversation.handed_off, lead.scored_hot, invoice.reminder_sent, report.ready.",
  valuesConfig: {
    RUN_SUCCEEDED: { description: 'run.succeeded: a run finished with an answer.' },
    RUN_FAILED: { description: 'run.failed: a run ended in an error.' },
    APPROVAL_REQUESTED: { description: 'approval.requested: a run waits for a person to decide.' },
    CONVERSATION_HANDED_OFF: {
      description: 'conversation.handed_off: a conversation was handed to a person.',
    },
    LEAD_SCORED_HOT: { description: 'lead.scored_hot: a scoring put a lead in the HOT tier.' },
    INVOICE_REMINDER_SENT: {
      description: "invoice.reminder_sent: an overdue invoice's reminder was emailed.",
    },
    REPORT_READY: {
      description: 'report.ready: a filing package or annual report was prepared and stored.',
    },
  },
});

export const OutboundDeliveryStatusEnum = Object.fromEntries(
  OUTBOUND_DELIVERY_STATUSES.map((s) => [s, s]),
) as { [K in OutboundDeliveryStatus]: K };
registerEnumType(OutboundDeliveryStatusEnum, {
  name: 'OutboundDeliveryStatus',
  description:
    'PENDING: being attempted (retries follow 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). DELIVERED: the receiver answered 2xx. FAILED: the last attempt failed, or the subscription was disabled.',
});

@ObjectType({ description: 'One HTTP attempt at a delivery.' })
export class DeliveryAttempt {
  @Field({ description: 'When it was made.' }) at!: Date;
  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status; null without one.",
  })
  statusCode!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why it failed, in words (a timeout, a refused connection, or the status and at most 200 characters of the answer).',
  })
  error!: string | null;
  @Field(() => Int) durationMs!: number;
}

@ObjectType({ description: 'One event sent (or being sent) to one subscription.' })
export class OutboundDelivery {
  @Field(() => ID, {
    description:
      'The webhook-id header ("msg_..."): the same on every attempt and redelivery, so receivers deduplicate by it.',
  })
  id!: string;
  @Field(() => WebhookEventTypeEnum) eventType!: WebhookEventType;
  @Field(() => OutboundDeliveryStatusEnum) status!: OutboundDeliveryStatus;
  @Field(() => Int, {
    description:
      'Attempts in the current round (a redelivery starts a new one); attemptLog keeps all.',
  })
  attempts!: number;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When a PENDING delivery is tried next; null once it is delivered or failed.',
  })
  nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => GraphQLJSONObject, {
    description: 'The body sent: the Standard Webhooks envelope {type, timestamp, data}.',
  })
  payload!: Record<string, unknown>;
  @Field(() => [DeliveryAttempt], {
    complexity: EMBEDDED_LIST_COST,
    description: 'Oldest first (the latest 50).',
  })
  attemptLog!: DeliveryAttempt[];
}

@ObjectType({
  description:
    "A receiver URL told about the workspace's events by signed POSTs (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature headers).",
})
export class WebhookSubscription {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [WebhookEventTypeEnum], { complexity: EMBEDDED_LIST_COST })
  eventTypes!: WebhookEventType[];
  @Field() enabled!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the hub disabled it (sustained failure); null when on, or a person disabled it.',
  })
  disabledReason!: string | null;
  @Field({
    description:
      '"whsec_…" and the last four characters: the secret itself is shown once, when created.',
  })
  secretHint!: string;
  @Field(() => Int, { description: 'Failed attempts since the last success.' })
  consecutiveFailures!: number;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A subscription and its signing secret, shown this once.' })
export class WebhookSubscriptionWithSecret {
  @Field(() => WebhookSubscription) subscription!: WebhookSubscription;
  @Field({
    description:
      'whsec_ + base64 key. Verify each delivery: HMAC-SHA256 keyed with the base64-decoded part over `${webhook-id}.${webhook-timestamp}.${body}`, base64, compared with each "v1,<signature>" of webhook-signature. The hub never shows it again.',
  })
  secret!: string;
}
