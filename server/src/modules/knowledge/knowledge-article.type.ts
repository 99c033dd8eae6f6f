import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A help-centre article the support agent answers from.' })
export class KnowledgeArticle {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field({ description: 'Plain text or simple markdown; paragraphs separated by blank lines.' })
  body!: string;
  @Field(() => [String]) tags!: string[];
  @Field({ description: 'Only published articles are searched by the agent.' })
  published!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class KnowledgeArticleList {
  @Field(() => [KnowledgeArticle]) items!: KnowledgeArticle[];
  @Field(() => Int) totalItems!: number;
}

@InputType()
export class CreateKnowledgeArticleInput {
  @Field(() => String, {
    nullable: true,
    description: 'Lower-case words joined by dashes; made from the title when left out.',
  })
  slug?: string | null;
  @Field() title!: string;
  @Field() body!: string;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Defaults to true.' })
  published?: boolean | null;
}

@InputType()
export class UpdateKnowledgeArticleInput {
  @Field(() => String, { nullable: true }) slug?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
}
