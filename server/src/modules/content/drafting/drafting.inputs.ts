import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A draft being edited, to score live.' })
export class AnalyzeDraftInput {
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => String, { nullable: true }) metaDescription?: string | null;
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field() focusKeyword!: string;
  @Field(() => [String], { nullable: true }) secondaryKeywords?: string[] | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The post being edited: left out of its own link suggestions and slug clashes.',
  })
  contentItemId?: string | null;
}
