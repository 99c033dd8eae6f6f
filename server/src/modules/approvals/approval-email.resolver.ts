import type { ApprovalEntity } from '@zactonics/db';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import type { ApprovalEmailView } from './approval-email.js';
import { Approval } from './approval.type.js';

@ObjectType({ description: 'The email an approval would send.' })
export class ApprovalEmail {
  @Field({ description: "The recipient's address." }) to!: string;
  @Field(() => String, { nullable: true, description: "The recipient's name, when known." })
  toName!: string | null;
  @Field() subject!: string;
  @Field({ description: "The body as it would go out (a person's edit, else as proposed)." })
  body!: string;
}

@Resolver(() => Approval)
export class ApprovalEmailResolver {
  @FieldResolver(() => ApprovalEmail, {
    nullable: true,
    description:
      'For an approval holding an email (a follow-up, an invoice reminder): its recipient, subject and body. Null for other approvals.',
  })
  email(
    @Ctx() ctx: ConsoleContext,
    @Root() approval: ApprovalEntity,
  ): Promise<ApprovalEmailView | null> {
    return ctx.services.approvalEmails.email(ctx, approval);
  }
}
