import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VisitorReply } from '../conversations/visitor-reply.type.js';
import { PublicCitation } from '../runs/run-public-view.type.js';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';

/**
 * The widget's schema types: what a storefront visitor may see. Nothing here names a tool, a
 * step, a prompt, tokens or cost, and no type of the console schema is reachable from them.
 */

export const VisitorHandoffEnum = {
  BOT: 'BOT',
  WAITING_FOR_HUMAN: 'WAITING_FOR_HUMAN',
  HUMAN: 'HUMAN',
  RESOLVED: 'RESOLVED',
} as const;
export type VisitorHandoff = keyof typeof VisitorHandoffEnum;
registerEnumType(VisitorHandoffEnum, {
  name: 'VisitorHandoff',
  description:
    'BOT: the agent answers; WAITING_FOR_HUMAN: a person was asked for and will reply here; HUMAN: a person is replying; RESOLVED: closed (writing again reopens it).',
});

export const VisitorMessageRoleEnum = {
  VISITOR: 'VISITOR',
  AGENT: 'AGENT',
  HUMAN: 'HUMAN',
} as const;
export type VisitorMessageRole = keyof typeof VisitorMessageRoleEnum;
registerEnumType(VisitorMessageRoleEnum, {
  name: 'VisitorMessageRole',
  description: 'VISITOR: the visitor; AGENT: the support agent; HUMAN: a person of the shop.',
});

@ObjectType({ description: 'A visitor session: send the token as X-Zac-Visitor from now on.' })
export class VisitorSession {
  @Field() token!: string;
  @Field({ description: "True when the shop's server vouched for the identity (its HMAC)." })
  identified!: boolean;
}

@ObjectType({ description: "One message of the visitor's conversation." })
export class VisitorMessage {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1, 2, 3... within the conversation.' }) seq!: number;
  @Field(() => VisitorMessageRoleEnum) role!: VisitorMessageRole;
  @Field() text!: string;
  @Field(() => [PublicCitation], { complexity: EMBEDDED_LIST_COST }) citations!: PublicCitation[];
  @Field(() => Boolean, { nullable: true, description: "The visitor's thumbs on an AGENT reply." })
  helpful!: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The run that wrote or answers this message.' })
  runId!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class VisitorConversation {
  @Field(() => ID) id!: string;
  @Field(() => VisitorHandoffEnum) handoff!: VisitorHandoff;
  @Field(() => Int) lastSeq!: number;
  @Field(() => [VisitorMessage]) messages!: VisitorMessage[];
  @Field(() => VisitorReply, {
    nullable: true,
    description: 'The reply being written now (a reloaded page shows it at once), else null.',
  })
  reply!: VisitorReply | null;
}

@ObjectType({ description: 'Exactly one field is set.' })
export class VisitorEvent {
  @Field(() => VisitorMessage, { nullable: true }) message!: VisitorMessage | null;
  @Field(() => VisitorReply, { nullable: true }) reply!: VisitorReply | null;
  @Field(() => VisitorHandoffEnum, { nullable: true }) handoff!: VisitorHandoff | null;
}

@InputType({
  description:
    "Who the visitor is, as the shop knows them. With `hash` (HMAC-SHA256 of `id` with the workspace's widget identity secret, hex, computed by the shop's server) the visitor sees that user's history on any device; without it the identity is only a hint.",
})
export class VisitorIdentityInput {
  @Field() id!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) hash?: string | null;
}

@InputType()
export class VisitorLeadInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field({ description: 'Agreement to be contacted; required.' }) consent!: boolean;
  @Field(() => String, { nullable: true }) sourcePage?: string | null;
  @Field(() => Int, { nullable: true, description: 'Pages seen this visit (the widget counts).' })
  pagesViewed?: number | null;
  @Field(() => Int, { nullable: true, description: 'Pricing page views this visit.' })
  pricingPageVisits?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minutes on the site this visit.' })
  minutesOnSite?: number | null;
}

@ObjectType()
export class VisitorLead {
  @Field(() => ID) id!: string;
  @Field() hot!: boolean;
  @Field({ description: 'Offer meeting slots (meetingSlots, bookMeeting).' })
  offerMeeting!: boolean;
}

@ObjectType()
export class MeetingSlot {
  @Field(() => ID) id!: string;
  @Field() start!: Date;
  @Field() end!: Date;
  @Field({ description: 'The start in the visitor\'s time zone, e.g. "Tue, Dec 1, 10:00 AM".' })
  label!: string;
  @Field() hostName!: string;
}

@ObjectType()
export class VisitorBooking {
  @Field(() => ID) id!: string;
  @Field() start!: Date;
  @Field() end!: Date;
  @Field() label!: string;
  @Field() hostName!: string;
  @Field() videoUrl!: string;
  @Field({ description: 'The calendar invite (text/calendar).' }) ics!: string;
}
