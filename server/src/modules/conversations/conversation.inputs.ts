import { Field, InputType } from 'type-graphql';

@InputType()
export class StartConversationInput {
  @Field(() => String, {
    nullable: true,
    description:
      "The customer's email, when known: links the conversation to their long-term facts.",
  })
  customerEmail?: string | null;
}
