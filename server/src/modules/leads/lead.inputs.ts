import { Field, Float, InputType, Int } from 'type-graphql';

@InputType({ description: 'A lead as a form captures it; a known email updates that lead.' })
export class SubmitLeadInput {
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Omitted: unchanged (false when new).' })
  consent?: boolean | null;
  @Field(() => String, { nullable: true }) sourcePage?: string | null;
  @Field(() => Int, { nullable: true, description: 'This visit; added to earlier visits.' })
  pagesViewed?: number | null;
  @Field(() => Float, { nullable: true, description: 'This visit; added to earlier visits.' })
  minutesOnSite?: number | null;
  @Field(() => Int, { nullable: true, description: 'This visit; added to earlier visits.' })
  pricingPageVisits?: number | null;
}
