// Names for the widget contract's shapes (aliases of the types generated from
// schema/widget.graphql), plus the client interface the elements use.
// Components depend on `HubClient` (not on the concrete client) so tests can inject a fake.
import type {
  BookMeetingMutation,
  MeetingSlotFieldsFragment,
  SubmitLeadMutation,
  VisitorConversationFieldsFragment,
  VisitorEventsSubscription,
  VisitorIdentityInput,
  VisitorLeadInput,
  VisitorMessageFieldsFragment,
  VisitorReplyFieldsFragment,
} from '../gql/graphql.js';

export type { VisitorHandoff, VisitorMessageRole, VisitorLeadInput } from '../gql/graphql.js';
export type VisitorMessage = VisitorMessageFieldsFragment;
export type PublicCitation = VisitorMessage['citations'][number];
/** `personWillReply`: a person answers this one instead (held for review): show the handoff banner. */
export type VisitorReply = VisitorReplyFieldsFragment;
export type VisitorConversation = VisitorConversationFieldsFragment;
/** Exactly one field is set. */
export type VisitorEvent = Partial<VisitorEventsSubscription['visitorEvents']>;
/**
 * A signed-in shop customer. `hash` is computed on the shop's server: HMAC-SHA256 (hex), with
 * the widget identity secret, of `id + "\n" + email` (both trusted) or of `id` alone (the email
 * is then only a hint). See docs/WIDGET.md.
 */
export type VisitorIdentity = VisitorIdentityInput;
export type VisitorLead = SubmitLeadMutation['submitLead'];
export type MeetingSlot = MeetingSlotFieldsFragment;
export type VisitorBooking = BookMeetingMutation['bookMeeting'];

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
