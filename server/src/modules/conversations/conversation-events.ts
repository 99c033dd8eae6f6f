import type { PubSub } from '../../events/pub-sub.js';

export const conversationTopic = (conversationId: string) => `conversation:${conversationId}`;

/**
 * "Something in this conversation changed": published after commit by whoever wrote a message
 * or moved the handoff state. It carries nothing; watchers (the widget's stream) re-read what
 * is new from the database, so a notice can never disagree with what was committed.
 */
export class ConversationEvents {
  constructor(private readonly pubSub: PubSub) {}

  changed(conversationId: string): void {
    void this.pubSub.publish(conversationTopic(conversationId), null);
  }
}
