import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A feed to watch.' })
export class AddContentFeedInput {
  @Field({ description: 'The full http(s) address of an RSS, Atom or JSON feed.' }) url!: string;
  @Field({ description: 'The niche it watches ("loose-leaf tea").' }) topic!: string;
  @Field(() => String, {
    nullable: true,
    description: "Omitted: the feed's own title, taken at its first refresh.",
  })
  title?: string | null;
}
