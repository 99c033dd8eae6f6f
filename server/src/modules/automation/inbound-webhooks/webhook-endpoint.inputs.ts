import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: '1 to 100 characters, e.g. "Website lead form".' }) name!: string;
  @Field({ description: 'The scenario each delivery starts, e.g. lead-qualification.' })
  scenarioKey!: string;
}
