import type { HubServices } from '../../services.js';
import { createRequestContext, type RequestContext } from '../../context.js';
import type { DomainError } from '../../errors.js';
import type { PublishableKeyPrincipal } from './publishable-key.service.js';
import type { VisitorPrincipal } from './visitor-session.service.js';
import type { WidgetCaller } from './widget-admission.js';

/** A widget request: the publishable key it came with and, once it has a session, its visitor. */
export interface WidgetContext extends RequestContext {
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
  services: HubServices,
  caller: WidgetCaller,
  visitorToken: unknown,
): WidgetContext {
  const { key, visitor, visitorRefusal, address } = caller;
  const actor = visitor ? `visitor:${visitor.visitorId}` : `publishable_key:${key.keyId}`;
  return {
    ...createRequestContext(services, key.workspaceId, actor),
    key,
    visitor,
    visitorRefusal,
    visitorToken,
    clientAddress: address,
  };
}
