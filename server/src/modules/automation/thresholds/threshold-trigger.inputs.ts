import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import type { ThresholdCondition } from '../../../engines/automation/thresholds.js';
import { ThresholdConditionEnum } from './threshold-trigger.type.js';

@InputType({ description: 'A new threshold trigger (without id) or changes to one (with id).' })
export class ThresholdTriggerInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ThresholdConditionEnum) condition!: ThresholdCondition;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Validated per condition (see ThresholdCondition); absent keys take defaults.',
  })
  params?: Record<string, unknown> | null;
  @Field({ description: 'The scenario each crossing runs.' }) scenarioKey!: string;
  @Field({ defaultValue: true }) enabled!: boolean;
}
