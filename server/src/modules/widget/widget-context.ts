import { callerContext, type RequestContext } from '../../context.js';
import type { DomainError } from '../../errors.js';
import type { ConversationFeeds } from '../conversations/conversation-feed.js';
import type { ConversationMessageService } from '../conversations/conversation-message.service.js';
import type { PublishableKeyPrincipal } from './publishable-key.service.js';
import type { VisitorChatService } from './visitor-chat.service.js';
import type { VisitorLeadService } from './visitor-lead.service.js';
import type { VisitorMeetingService } from './visitor-meeting.service.js';
import type { VisitorPrincipal, VisitorSessionService } from './visitor-session.service.js';
import type { WidgetCaller } from './widget-admission.js';

/**
 * What the widget's resolvers may call: a visitor's session, chat, lead form and meetings, and
 * their conversation's feed. Nothing of the console (runs, agents, keys) and no database: a
 * publishable key reaches only this. HubServices (services.ts) provides them.
 */
export interface WidgetServices {
  visitorSessions: VisitorSessionService;
  visitorChat: VisitorChatService;
  visitorLeads: VisitorLeadService;
  visitorMeetings: VisitorMeetingService;
  conversationMessages: ConversationMessageService;
  conversationFeeds: ConversationFeeds;
}

/** A widget request: the publishable key it came with and, once it has a session, its visitor. */
export interface WidgetContext extends RequestContext {
  services: WidgetServices;
  key: PublishableKeyPrincipal;
  /** Null until the visitor has a (valid) token: only startVisitorSession works without one. */
  visitor: VisitorPrincipal | null;
  /** Why the token sent was refused (another key's, forged, expired), if one was sent. */
  visitorRefusal: DomainError | null;
  /** The X-Zac-Visitor header (or WebSocket connection param) as sent. */
  visitorToken: unknown;
  /** For per-address caps on new sessions (IPv6: the /64). */
  clientAddress: string;
}

/** The context of an admitted caller (see WidgetAdmission). */
export function createWidgetContext(
  services: WidgetServices,
  caller: WidgetCaller,
  visitorToken: unknown,
): WidgetContext {
  const { key, visitor, visitorRefusal, address } = caller;
  const actor = visitor ? `visitor:${visitor.visitorId}` : `publishable_key:${key.keyId}`;
  return {
    ...callerContext(key.workspaceId, actor),
    services,
    key,
    visitor,
    visitorRefusal,
    visitorToken,
    clientAddress: address,
  };
}
