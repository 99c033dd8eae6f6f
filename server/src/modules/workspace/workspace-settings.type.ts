import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "How the workspace reads and which calendar it keeps: the console's language and number forms, the currency the shop's money is shown in, and the time zone its months, due dates and schedules follow.",
})
export class WorkspaceSettings {
  @Field({
    description:
      'BCP 47, e.g. en-US, es-MX: language (Spanish for es-*) and number and date forms.',
  })
  locale!: string;
  @Field({
    description:
      'ISO 4217 with two decimals (amounts are kept in cents), e.g. USD, MXN. Changes how amounts are shown, not the amounts.',
  })
  currency!: string;
  @Field({ description: 'IANA, e.g. America/Chicago.' })
  timeZone!: string;
}

@InputType({ description: 'The settings to change; an absent field stays as it is.' })
export class WorkspaceSettingsInput {
  @Field({ nullable: true }) locale?: string;
  @Field({ nullable: true }) currency?: string;
  @Field({ nullable: true }) timeZone?: string;
}
