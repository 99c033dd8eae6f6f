import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person on the team who takes meetings with leads.' })
export class TeamMember {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field({ description: 'IANA time zone, e.g. "Europe/London".' })
  timeZone!: string;
}

@ObjectType({ description: 'A meeting booked with a lead (by the sales agent).' })
export class Booking {
  @Field(() => ID) id!: string;
  @Field({ description: 'CONFIRMED or CANCELLED.' })
  status!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field({ description: "The lead's IANA time zone." })
  timeZone!: string;
  @Field({
    description:
      "The start in the lead's time zone, ISO 8601 with its offset (daylight saving included).",
  })
  localStart!: string;
  @Field(() => TeamMember) member!: TeamMember;
  @Field() leadEmail!: string;
  @Field(() => String, { nullable: true }) leadName!: string | null;
  @Field() videoUrl!: string;
  @Field({ description: 'The RFC 5545 invite (text/calendar, CRLF line endings).' })
  ics!: string;
  @Field() createdAt!: Date;
}
