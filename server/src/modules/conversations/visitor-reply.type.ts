import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The agent's reply while it is written, as a customer may see it: the run's public view reduced
 * to what a chat shows. The conversation feed builds it and the widget's schema serves it as is,
 * so this class is the one declaration of the shape.
 */
@ObjectType({
  description:
    "The agent's reply while it is written; replaced by the AGENT message with the same runId.",
})
export class VisitorReply {
  @Field(() => ID) runId!: string;
  @Field(() => String, { nullable: true, description: 'The whole reply so far (not a delta).' })
  text!: string | null;
  @Field({ description: 'Show a typing indicator.' }) typing!: boolean;
  @Field({ description: 'The reply offers a person: show "Talk to a person".' })
  handoffOffered!: boolean;
  @Field({
    description:
      'A person answers this one instead (the reply waits for review or was held back): show "A person will reply here".',
  })
  personWillReply!: boolean;
  @Field({ description: 'The run ended; no more updates for this runId.' }) done!: boolean;
}
