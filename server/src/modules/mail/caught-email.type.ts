import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { MailDelivery } from './mail-delivery.js';

export const MailDeliveryEnum: { [K in MailDelivery]: K } = {
  SMTP: 'SMTP',
  CATCHER: 'CATCHER',
  NONE: 'NONE',
};

registerEnumType(MailDeliveryEnum, {
  name: 'MailDelivery',
  description:
    'How the hub delivers email. SMTP: through HUB_SMTP_URL; CATCHER: kept in the Outbox (no HUB_SMTP_URL, not in production); NONE: not at all (production without HUB_SMTP_URL: sends fail with MAIL_NOT_CONFIGURED).',
});

@ObjectType({
  description: 'An email the development mail catcher kept instead of sending, as received.',
})
export class CaughtEmail {
  @Field(() => ID) id!: string;
  @Field({ description: 'The Message-ID header.' }) messageId!: string;
  @Field({ description: 'The From header.' }) fromAddress!: string;
  @Field({ description: 'The recipient.' }) toAddress!: string;
  @Field() subject!: string;
  @Field({ description: 'The plain-text body, as the recipient reads it.' }) textBody!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The HTML body, if any: untrusted markup, show it escaped or sandboxed.',
  })
  htmlBody!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'The message headers, by name.' })
  headers!: Record<string, string>;
  @Field({ description: 'Holds a one-time password link; listed to owners only.' })
  confidential!: boolean;
  @Field() sentAt!: Date;
}

@ObjectType()
export class CaughtEmailList {
  @Field(() => [CaughtEmail]) items!: CaughtEmail[];
  @Field(() => Int) totalItems!: number;
  @Field(() => MailDeliveryEnum, { description: 'How this hub delivers email now.' })
  delivery!: MailDelivery;
}
