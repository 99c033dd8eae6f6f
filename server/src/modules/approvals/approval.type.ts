import type { ApprovalActionKind, ApprovalStatus } from '@zactonics/db';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ApprovalActionKindEnum, ApprovalStatusEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A decision a person must make before a run goes on.' })
export class Approval {
  @Field(() => ID) id!: string;
  @Field(() => ID) runId!: string;
  @Field(() => ApprovalStatusEnum) status!: ApprovalStatus;
  @Field(() => ApprovalActionKindEnum) actionKind!: ApprovalActionKind;
  @Field({ description: 'The review rule that asked: refund_limit, legal_topic, ...' })
  policy!: string;
  @Field({ description: 'Why a person must decide, in plain words.' }) reason!: string;
  @Field(() => String, { nullable: true, description: 'For TOOL_CALL: the tool to run.' })
  toolName!: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Money at stake, in cents.' })
  amountCents!: number | null;
  @Field({ description: 'The reply, or the text the action would send, as proposed.' })
  proposedOutput!: string;
  @Field(() => String, { nullable: true, description: 'The text as a person edited it.' })
  editedOutput!: string | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'The reason given with a rejection.' })
  decisionNote!: string | null;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the decided action was carried out.' })
  executedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ApprovalList {
  @Field(() => [Approval]) items!: Approval[];
  @Field(() => Int) totalItems!: number;
}
