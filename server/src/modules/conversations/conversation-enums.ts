import { CONVERSATION_MESSAGE_ROLES, HANDOFF_STATES } from '@zactonics/db';
import { registerEnumType } from 'type-graphql';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const HandoffStateEnum = enumOf(HANDOFF_STATES);
export const ConversationMessageRoleEnum = enumOf(CONVERSATION_MESSAGE_ROLES);

registerEnumType(HandoffStateEnum, {
  name: 'HandoffState',
  description:
    'Who answers the visitor: BOT -> HUMAN_REQUESTED -> HUMAN -> RESOLVED, or back to BOT (docs/SUPPORT-AGENT.md).',
});
registerEnumType(ConversationMessageRoleEnum, {
  name: 'ConversationMessageRole',
  description: "CUSTOMER: the visitor; AGENT: the bot's reply; HUMAN: a person of the shop.",
});
