import {
  APPROVAL_ACTION_KINDS,
  APPROVAL_STATUSES,
  RUN_STATUSES,
  RUN_STEP_KINDS,
} from '@zactonics/db';
import { registerEnumType } from 'type-graphql';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** The closed sets the schema exposes, as GraphQL enums (the unions live in @zactonics/db). */
export const RunStatusEnum = enumOf(RUN_STATUSES);
export const RunStepKindEnum = enumOf(RUN_STEP_KINDS);
export const ApprovalStatusEnum = enumOf(APPROVAL_STATUSES);
export const ApprovalActionKindEnum = enumOf(APPROVAL_ACTION_KINDS);

registerEnumType(RunStatusEnum, {
  name: 'RunStatus',
  description:
    'QUEUED -> RUNNING -> (WAITING_FOR_HUMAN <-> RUNNING) -> SUCCEEDED | FAILED | CANCELLED',
});
registerEnumType(RunStepKindEnum, {
  name: 'RunStepKind',
  description:
    'What a run step records; see docs/RUN-STREAM.md. COMPLETED, FAILED and CANCELLED are terminal.',
});
registerEnumType(ApprovalStatusEnum, {
  name: 'ApprovalStatus',
  description: 'PENDING until a person decides; WITHDRAWN when the run ended first.',
});
registerEnumType(ApprovalActionKindEnum, {
  name: 'ApprovalActionKind',
  description:
    'SEND_REPLY: a reply to the customer; TOOL_CALL: a tool with effects (refund, email); MODEL_CALL: paid model calls once a monthly cost budget is spent (policy REQUIRE_APPROVAL).',
});
