import { INBOUND_DELIVERY_STATUSES, type InboundDeliveryStatus } from '@zactonics/db';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const InboundDeliveryStatusEnum = Object.fromEntries(
  INBOUND_DELIVERY_STATUSES.map((s) => [s, s]),
) as { [K in InboundDeliveryStatus]: K };
registerEnumType(InboundDeliveryStatusEnum, {
  name: 'InboundDeliveryStatus',
  description: 'ACCEPTED: it started a run. REJECTED: it was refused (errorCode says why).',
});

@ObjectType({
  description:
    'A signed door through which another system starts one scenario: POST <url> with Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature).',
})
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The scenario a delivery starts.' }) scenarioKey!: string;
  @Field({ description: "The scenario's agent." }) agentKey!: string;
  @Field({
    description: 'Absolute: HUB_PUBLIC_URL (or the address this request came to) + /hooks/<id>.',
  })
  url!: string;
  @Field({ description: 'A disabled endpoint answers 404, like an unknown one.' })
  enabled!: boolean;
  @Field({
    description:
      '"whsec_…" and the last four characters: the secret itself is shown once, by create and rotate.',
  })
  secretHint!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'The last accepted delivery.' })
  lastDeliveryAt!: Date | null;
}

@ObjectType({ description: 'An endpoint and its signing secret, shown this once.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field({
    description:
      'whsec_ + base64 key. The sender signs `${webhook-id}.${webhook-timestamp}.${body}` with HMAC-SHA256 keyed with the base64-decoded part; the hub never shows it again.',
  })
  secret!: string;
}

@ObjectType({ description: 'One request received on a webhook endpoint.' })
export class InboundDelivery {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'The webhook-id header.' })
  messageId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The envelope's type, when the body was {type, timestamp, data}.",
  })
  eventType!: string | null;
  @Field(() => InboundDeliveryStatusEnum) status!: InboundDeliveryStatus;
  @Field(() => String, { nullable: true }) errorCode!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => ID, { nullable: true, description: 'The run an accepted delivery started.' })
  runId!: string | null;
  @Field() receivedAt!: Date;
}
