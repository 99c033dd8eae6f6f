import { Field, Float, ObjectType } from 'type-graphql';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';

@ObjectType({ description: 'Another agent the message could be for, with its confidence.' })
export class RouteAlternative {
  @Field() agentKey!: string;
  @Field(() => Float, { description: '0..1' }) confidence!: number;
}

@ObjectType({
  description:
    'Where a message with no agent should go. Carries only agent keys, confidences and, when ' +
    'unsure, a question for the sender.',
})
export class RouteResult {
  @Field({ description: 'The enabled agent most likely meant (the best guess when unsure).' })
  agentKey!: string;
  @Field(() => Float, { description: 'Probability of agentKey, 0..1.' }) confidence!: number;
  @Field({ description: 'True when confidence is below the threshold: ask before running.' })
  needsClarification!: boolean;
  @Field(() => String, { nullable: true, description: 'What to ask when needsClarification.' })
  clarifyingQuestion!: string | null;
  @Field(() => [RouteAlternative], {
    complexity: EMBEDDED_LIST_COST,
    description: 'The top three enabled agents, best first.',
  })
  alternatives!: RouteAlternative[];
}
