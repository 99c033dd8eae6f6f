// The conversation as shown: ordered, de-duplicated messages plus the reply in flight.
// Kept free of DOM so the reconnect / dedupe rules are easy to reason about.
import type { VisitorConversation, VisitorHandoff, VisitorMessage, VisitorReply } from './types.js';

export class Timeline {
  messages: VisitorMessage[] = [];
  reply: VisitorReply | null = null;
  handoff: VisitorHandoff = 'BOT';
  /** Highest seq held; sent as afterSeq on (re)subscribe so nothing is lost or shown twice. */
  lastSeq = 0;
  private ids = new Set<string>();
  /** runIds whose final AGENT message arrived: late reply events for them are ignored. */
  private finishedRuns = new Set<string>();

  clear(): void {
    this.messages = [];
    this.reply = null;
    this.handoff = 'BOT';
    this.lastSeq = 0;
    this.ids.clear();
    this.finishedRuns.clear();
  }

  load(conv: VisitorConversation | null): void {
    this.clear();
    if (!conv) return;
    this.handoff = conv.handoff;
    conv.messages.forEach((m) => this.addMessage(m));
    this.lastSeq = Math.max(this.lastSeq, conv.lastSeq);
    if (conv.reply) this.setReply(conv.reply);
  }

  /** Adds or updates a message. Returns true when it was not shown before. */
  addMessage(m: VisitorMessage): boolean {
    this.lastSeq = Math.max(this.lastSeq, m.seq);
    if (m.runId && m.role === 'AGENT') {
      this.finishedRuns.add(m.runId);
      if (this.reply?.runId === m.runId) this.reply = null;
    }
    if (this.ids.has(m.id)) {
      // Same message again (e.g. rateReply result): update it in place.
      this.messages = this.messages.map((x) => (x.id === m.id ? m : x));
      return false;
    }
    this.ids.add(m.id);
    this.messages = [...this.messages, m].sort((a, b) => a.seq - b.seq);
    return true;
  }

  setReply(r: VisitorReply): void {
    if (this.finishedRuns.has(r.runId)) return;
    // done without text: the run ended with no reply (just stop typing), unless a person
    // answers it instead (the banner stays).
    this.reply = r.done && !r.text && !r.personWillReply ? null : r;
  }

  get isEmpty(): boolean {
    return this.messages.length === 0 && !this.reply;
  }
}
