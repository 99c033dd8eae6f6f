import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A secret key (sk_...) for other tools; only its hash is stored.' })
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'The first characters of the key, to recognise it ("sk_live_3f9a").' })
  displayPrefix!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Accurate to a few seconds.' })
  lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field({ description: 'The secret key itself: shown this once, never again.' })
  plainKey!: string;
}
