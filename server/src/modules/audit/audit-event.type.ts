import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One entry of the audit log: who did what, to what.' })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field({ description: '`api_key:<id>`, `agent:<key>`, `system`, ...' }) actor!: string;
  @Field({ description: 'e.g. agent.update, tool.call, conversation.handoff.' }) action!: string;
  @Field(() => String, { nullable: true, description: 'e.g. agent, run, conversation.' })
  targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => GraphQLJSONObject) data!: Record<string, unknown>;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AuditEventList {
  @Field(() => [AuditEvent]) items!: AuditEvent[];
  @Field(() => Int) totalItems!: number;
}
