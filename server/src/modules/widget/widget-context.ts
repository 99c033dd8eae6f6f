import type { HubServices } from '../../services.js';
import { createRequestContext, type RequestContext } from '../../context.js';
import type { PublishableKeyPrincipal } from './publishable-key.service.js';
import type { VisitorPrincipal } from './visitor.service.js';

/** A widget request: the publishable key it came with and, once it has a session, its visitor. */
export interface WidgetContext extends RequestContext {
  key: PublishableKeyPrincipal;
  /** Null until the visitor has a (valid) token: only startVisitorSession works without one. */
  visitor: VisitorPrincipal | null;
  /** The X-Zac-Visitor header (or WebSocket connection param) as sent. */
  visitorToken: unknown;
  /** For per-address caps on new sessions. */
  clientAddress: string;
}

export async function createWidgetContext(
  services: HubServices,
  request: { key: PublishableKeyPrincipal; visitorToken: unknown; clientAddress: string },
): Promise<WidgetContext> {
  const { key, visitorToken, clientAddress } = request;
  const visitor = visitorToken
    ? await services.visitors.authenticate(key, visitorToken).catch(() => null)
    : null;
  const actor = visitor ? `visitor:${visitor.visitorId}` : `publishable_key:${key.keyId}`;
  return {
    ...createRequestContext(services, key.workspaceId, actor),
    key,
    visitor,
    visitorToken,
    clientAddress,
  };
}
