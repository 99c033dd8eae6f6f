import type { JournalPosterType } from '@zactonics/db';
import type { RequestContext } from '../../context.js';

/** Who posts an entry: stored on it as posted_by_type / posted_by. */
export interface JournalPoster {
  type: JournalPosterType;
  /** A console user id, an API key id, a run id, or the system job's name. */
  id: string;
}

/** Who a console caller is, as a poster: the signed-in user, else the API key. */
export function posterOf(ctx: Pick<RequestContext, 'actor' | 'userId'>): JournalPoster {
  if (ctx.userId) return { type: 'USER', id: ctx.userId };
  const [kind, ...rest] = ctx.actor.split(':');
  const id = rest.join(':');
  if (kind === 'api_key' && id) return { type: 'API_KEY', id };
  if (kind === 'user' && id) return { type: 'USER', id };
  if (kind === 'agent' && id) return { type: 'AGENT', id };
  return { type: 'SYSTEM', id: ctx.actor };
}

/** The audit log's actor for a poster (`user:<id>`, `api_key:<id>`, `agent:<id>`, `system:<id>`). */
export function actorOf(poster: JournalPoster): string {
  const prefix = { USER: 'user', API_KEY: 'api_key', AGENT: 'agent', SYSTEM: 'system' }[
    poster.type
  ];
  return poster.id.startsWith(`${prefix}:`) ? poster.id : `${prefix}:${poster.id}`;
}
