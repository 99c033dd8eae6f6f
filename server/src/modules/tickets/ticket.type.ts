import {
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketPriority,
  type TicketStatus,
} from '@zactonics/db';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const TicketStatusEnum = enumOf(TICKET_STATUSES);
export const TicketPriorityEnum = enumOf(TICKET_PRIORITIES);
registerEnumType(TicketStatusEnum, {
  name: 'TicketStatus',
  description: 'OPEN until its conversation is resolved.',
});
registerEnumType(TicketPriorityEnum, {
  name: 'TicketPriority',
  description: 'URGENT: a legal matter; HIGH: a very upset customer or a repeated problem.',
});

@ObjectType({ description: 'A request for a person, opened by the support agent with a brief.' })
export class Ticket {
  @Field(() => ID) id!: string;
  @Field({ description: 'T-1001, T-1002, ...: what the customer is told.' }) number!: string;
  @Field(() => TicketStatusEnum) status!: TicketStatus;
  @Field(() => TicketPriorityEnum) priority!: TicketPriority;
  @Field() subject!: string;
  @Field(() => String, { nullable: true }) customerEmail!: string | null;
  @Field(() => ID, { nullable: true }) conversationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The run that opened it.' }) runId!:
    string | null;
  @Field(() => GraphQLJSONObject, {
    description:
      'summary, customer, latest, escalationReasons, sentimentTrend, orderFacts, recommendedResolution (docs/SUPPORT-AGENT.md).',
  })
  brief!: Record<string, unknown>;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
}
