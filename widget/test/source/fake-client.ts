// A scripted stand-in for the hub client: records calls and lets tests push subscription events.
import type {
  EventHandlers,
  HubClient,
  MeetingSlot,
  VisitorBooking,
  VisitorConversation,
  VisitorEvent,
  VisitorIdentity,
  VisitorLead,
  VisitorLeadInput,
  VisitorMessage,
} from '../../src/chat/types.js';

let seq = 0;
export function msg(partial: Partial<VisitorMessage> & { text: string }): VisitorMessage {
  seq += 1;
  return {
    id: `m${seq}`,
    seq,
    role: 'AGENT',
    citations: [],
    helpful: null,
    runId: null,
    createdAt: new Date().toISOString(),
    ...partial,
  };
}

export function conversation(partial: Partial<VisitorConversation> = {}): VisitorConversation {
  const messages = partial.messages ?? [];
  return {
    id: 'c1',
    handoff: 'BOT',
    lastSeq: messages.reduce((n, m) => Math.max(n, m.seq), 0),
    reply: null,
    ...partial,
    messages,
  };
}

export class FakeClient implements HubClient {
  calls: { name: string; args: unknown[] }[] = [];
  session = false;
  conv: VisitorConversation | null = null;
  handlers: EventHandlers | null = null;
  afterSeq: (() => number) | null = null;
  subscriptions = 0;
  unsubscribed = 0;
  sendResult: (text: string) => Promise<VisitorMessage> = (text) =>
    Promise.resolve(msg({ role: 'VISITOR', text }));
  identifyResult: (identity: VisitorIdentity) => Promise<VisitorConversation | null> = () =>
    Promise.resolve(null);
  lead: VisitorLead = { id: 'lead1', hot: true, offerMeeting: true };
  slots: MeetingSlot[] = [];
  booking: VisitorBooking | null = null;

  constructor(init: { conv?: VisitorConversation | null } = {}) {
    if (init.conv !== undefined) {
      this.session = true;
      this.conv = init.conv;
    }
  }

  private record(name: string, ...args: unknown[]) {
    this.calls.push({ name, args });
  }
  called(name: string) {
    return this.calls.filter((c) => c.name === name);
  }

  hasSession() {
    return this.session;
  }
  async ensureSession() {
    this.record('ensureSession');
    this.session = true;
  }
  async conversation() {
    this.record('conversation');
    return this.conv;
  }
  async send(text: string, clientMessageId: string) {
    this.record('send', text, clientMessageId);
    return this.sendResult(text);
  }
  async rateReply(messageId: string, helpful: boolean) {
    this.record('rateReply', messageId, helpful);
    const m = [...(this.conv?.messages ?? [])].find((x) => x.id === messageId);
    return { ...(m ?? msg({ id: messageId, text: '' })), helpful };
  }
  async requestHuman() {
    this.record('requestHuman');
    return conversation({ handoff: 'WAITING_FOR_HUMAN' });
  }
  async submitLead(input: VisitorLeadInput) {
    this.record('submitLead', input);
    return this.lead;
  }
  async meetingSlots(timeZone: string) {
    this.record('meetingSlots', timeZone);
    return this.slots;
  }
  async bookMeeting(slotId: string, timeZone: string) {
    this.record('bookMeeting', slotId, timeZone);
    if (!this.booking) throw new Error('no booking scripted');
    return this.booking;
  }
  subscribe(afterSeq: () => number, handlers: EventHandlers) {
    this.record('subscribe', afterSeq());
    this.subscriptions += 1;
    this.afterSeq = afterSeq;
    this.handlers = handlers;
    return () => {
      this.unsubscribed += 1;
      if (this.handlers === handlers) this.handlers = null;
    };
  }
  async identify(identity: VisitorIdentity) {
    this.record('identify', identity);
    this.session = true;
    this.conv = await this.identifyResult(identity);
  }
  reset() {
    this.record('reset');
    this.session = false;
    this.conv = null;
  }

  /** Pushes a subscription event (as the hub would). */
  emit(event: VisitorEvent) {
    if (!this.handlers) throw new Error('not subscribed');
    this.handlers.next(event);
  }
}
