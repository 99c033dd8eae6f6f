import { Field, InputType } from 'type-graphql';

@InputType('ContentIdeaInput', { description: 'A blog post idea for the editorial calendar.' })
export class ContentIdeaInputView {
  @Field({ description: '3 to 300 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day it is planned for.' })
  plannedFor?: string | null;
  @Field(() => String, { nullable: true, description: 'Stored lower-case.' })
  focusKeyword?: string | null;
}

@InputType('ContentDraftInput', {
  description:
    'An edit of an item in IDEA, DRAFTING or IN_REVIEW, stored as given. A field left out is unchanged; title and body null are unchanged too; the other fields null or empty are cleared.',
})
export class ContentDraftInputView {
  @Field(() => String, { nullable: true, description: '3 to 300 characters.' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown, at most 100,000 characters.' })
  body?: string | null;
  @Field(() => String, { nullable: true, description: 'At most 320 characters.' })
  metaDescription?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'A blog post’s slug: lower-case letters and digits joined by hyphens; unique.',
  })
  slug?: string | null;
  @Field(() => String, { nullable: true }) focusKeyword?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  plannedFor?: string | null;
}
