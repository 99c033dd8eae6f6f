import type { RunStatus } from '@zactonics/db';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RunStatusEnum } from '../../graphql/enums.js';
import { PUBLIC_HANDOFFS, type PublicHandoff } from './run-public-view.js';
import { EMBEDDED_LIST_COST } from '../../graphql/operation-limits.js';

export const PublicHandoffEnum = Object.fromEntries(PUBLIC_HANDOFFS.map((h) => [h, h])) as {
  [K in PublicHandoff]: K;
};

registerEnumType(PublicHandoffEnum, {
  name: 'PublicHandoff',
  description:
    'NONE; OFFERED: the reply offers a person; WAITING_FOR_HUMAN: a person will answer (the run waits for one, or the reply was held back for review).',
});

@ObjectType({ description: 'A knowledge-base article a reply cites, as a customer may see it.' })
export class PublicCitation {
  @Field() title!: string;
  @Field() slug!: string;
}

@ObjectType({
  description:
    'What the customer-facing widget may show of a run: the reply and its state, never steps, tools, input, prompts, tokens or cost. See docs/GUARDRAILS.md.',
})
export class PublicRunView {
  @Field(() => ID) runId!: string;
  @Field(() => RunStatusEnum) status!: RunStatus;
  @Field(() => String, {
    nullable: true,
    description:
      'The reply as plain text (redacted, without markup), growing while it streams; null before there is one or when it is held back for review.',
  })
  replyText!: string | null;
  @Field({ description: 'The run is queued or running and there is no reply text yet.' })
  typing!: boolean;
  @Field(() => PublicHandoffEnum) handoff!: PublicHandoff;
  @Field(() => [PublicCitation], { complexity: EMBEDDED_LIST_COST }) citations!: PublicCitation[];
  @Field(() => Int, { description: 'The highest step seq this view reflects.' }) lastSeq!: number;
}
