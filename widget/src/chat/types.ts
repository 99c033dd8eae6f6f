// Types mirroring the hub's widget GraphQL contract, plus the client interface the elements use.
// Components depend on `HubClient` (not on the concrete client) so tests can inject a fake.

export type VisitorHandoff = 'BOT' | 'WAITING_FOR_HUMAN' | 'HUMAN' | 'RESOLVED';
export type VisitorMessageRole = 'VISITOR' | 'AGENT' | 'HUMAN';

export interface PublicCitation {
  title: string;
  slug: string;
}

export interface VisitorMessage {
  id: string;
  seq: number;
  role: VisitorMessageRole;
  text: string;
  citations: PublicCitation[];
  helpful: boolean | null;
  runId: string | null;
  createdAt: string;
}

export interface VisitorReply {
  runId: string;
  text: string | null;
  typing: boolean;
  handoffOffered: boolean;
  /** A person answers this one instead (held for review): show the handoff banner. */
  personWillReply: boolean;
  done: boolean;
}

export interface VisitorConversation {
  id: string;
  handoff: VisitorHandoff;
  lastSeq: number;
  messages: VisitorMessage[];
  reply: VisitorReply | null;
}

/** Exactly one field is set. */
export interface VisitorEvent {
  message?: VisitorMessage | null;
  reply?: VisitorReply | null;
  handoff?: VisitorHandoff | null;
}

/**
 * A signed-in shop customer. `hash` is computed on the shop's server: HMAC-SHA256 (hex), with
 * the widget identity secret, of `id + "\n" + email` (both trusted) or of `id` alone (the email
 * is then only a hint). See docs/WIDGET.md.
 */
export interface VisitorIdentity {
  id: string;
  email?: string;
  name?: string;
  hash?: string;
}

export interface VisitorLeadInput {
  name: string;
  email: string;
  company?: string;
  consent: boolean;
  sourcePage?: string;
  pagesViewed?: number;
  pricingPageVisits?: number;
  minutesOnSite?: number;
}

export interface VisitorLead {
  id: string;
  hot: boolean;
  offerMeeting: boolean;
}

export interface MeetingSlot {
  id: string;
  start: string;
  end: string;
  label: string;
  hostName: string;
}

export interface VisitorBooking extends MeetingSlot {
  videoUrl: string;
  ics: string;
}

export interface EventHandlers {
  next(event: VisitorEvent): void;
  /** The subscription ended for good (e.g. a fatal auth or origin error). */
  error(error: unknown): void;
  /** Connection state, so the UI can show "Reconnecting…" and stop the typing indicator. */
  status?(online: boolean): void;
}

/** What the elements need from the hub. `createHubClient` implements it over HTTP + graphql-ws. */
export interface HubClient {
  /** True when a visitor token is stored, i.e. there may be history worth loading. */
  hasSession(): boolean;
  /** Creates an anonymous session when there is no token yet. */
  ensureSession(): Promise<void>;
  conversation(): Promise<VisitorConversation | null>;
  send(text: string, clientMessageId: string): Promise<VisitorMessage>;
  rateReply(messageId: string, helpful: boolean): Promise<VisitorMessage>;
  requestHuman(): Promise<VisitorConversation>;
  submitLead(input: VisitorLeadInput): Promise<VisitorLead>;
  meetingSlots(timeZone: string): Promise<MeetingSlot[]>;
  bookMeeting(slotId: string, timeZone: string): Promise<VisitorBooking>;
  /** `afterSeq` is read on every (re)subscribe so a reconnect replays only what is missing. */
  subscribe(afterSeq: () => number, handlers: EventHandlers): () => void;
  /** Switches to an identified session (drops the socket of the previous identity). */
  identify(identity: VisitorIdentity): Promise<void>;
  /** Forgets the session; the next call starts a new anonymous one. */
  reset(): void;
}
