/** What a caller may do in the console schema (see modules/admin-users/operation-access.ts). */
export type ConsoleRole = 'OWNER' | 'ADMIN' | 'VIEWER';

/** Who is calling, for which workspace: the first argument of every service call. */
export interface RequestContext {
  workspaceId: string;
  /** For the audit log: `api_key:<id>`, `user:<id>`, `visitor:<id>`, `system:<what>`. */
  actor: string;
  /** Checked for every operation before it runs; services re-check owner-only work. */
  role: ConsoleRole;
  /** The signed-in console user; null for an API key (and for widget visitors). */
  userId: string | null;
  /** Aborted when the client goes away (see graphql/client-abort.ts). */
  signal?: AbortSignal;
  /**
   * scheme://host the request came to, for the absolute links the hub hands out when
   * HUB_PUBLIC_URL is unset (a webhook endpoint's URL); undefined outside a request.
   */
  origin?: string | undefined;
  /** The console session making the request (kept when its user changes their password). */
  sessionId?: string | null | undefined;
  /** The peer's address, for the sign-in throttle (a password confirmed inside the console). */
  clientAddress?: string | undefined;
}

export interface RequestContextOptions {
  /** Least privilege unless said otherwise. */
  role?: ConsoleRole;
  userId?: string | null;
}

/** The caller alone: what a service call needs (a widget visitor, a system task, a test). */
export function callerContext(
  workspaceId: string,
  actor: string,
  options: RequestContextOptions = {},
): RequestContext {
  return { workspaceId, actor, role: options.role ?? 'VIEWER', userId: options.userId ?? null };
}
