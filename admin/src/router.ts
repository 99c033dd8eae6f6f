// History routing under /admin: the hub answers every /admin/* path with index.html.

export const BASE = '/admin';

export type Route =
  | { page: 'dashboard' }
  | { page: 'agents'; key?: string }
  | { page: 'scenarios' }
  | { page: 'activity' }
  | { page: 'run'; id: string }
  | { page: 'review' }
  | { page: 'conversations'; id?: string }
  | { page: 'knowledge' }
  | { page: 'leads' }
  | { page: 'finance'; section?: string }
  | { page: 'reports'; section?: string }
  | { page: 'tax'; section?: string }
  | { page: 'content'; section?: string; id?: string }
  | { page: 'automation'; section?: string }
  | { page: 'settings' }
  | { page: 'audit' }
  | { page: 'outbox' }
  | { page: 'account' }
  | { page: 'set-password' }
  | { page: 'sign-in' }
  | { page: 'not-found' };

export type PageName = Route['page'];

export function parseRoute(pathname: string): Route {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const [first = '', second, third] = rest.split('/').filter(Boolean).map(decodeURIComponent);
  switch (first) {
    case '':
    case 'dashboard':
      return { page: 'dashboard' };
    case 'agents':
      return second ? { page: 'agents', key: second } : { page: 'agents' };
    case 'runs':
      return second ? { page: 'run', id: second } : { page: 'activity' };
    case 'conversations':
      return second ? { page: 'conversations', id: second } : { page: 'conversations' };
    case 'finance':
      return second ? { page: 'finance', section: second } : { page: 'finance' };
    case 'reports':
      return second ? { page: 'reports', section: second } : { page: 'reports' };
    case 'tax':
      return second ? { page: 'tax', section: second } : { page: 'tax' };
    case 'content':
      // /content/drafts/<contentItemId> opens a draft in the editor.
      if (!second) return { page: 'content' };
      return third
        ? { page: 'content', section: second, id: third }
        : { page: 'content', section: second };
    case 'automation':
      return second ? { page: 'automation', section: second } : { page: 'automation' };
    case 'scenarios':
    case 'activity':
    case 'review':
    case 'knowledge':
    case 'leads':
    case 'settings':
    case 'audit':
    case 'outbox':
    case 'account':
    case 'set-password':
    case 'sign-in':
      return { page: first };
    default:
      return { page: 'not-found' };
  }
}

export function href(path: string): string {
  return `${BASE}${path.startsWith('/') ? path : `/${path}`}`;
}

export const NAVIGATE_EVENT = 'zac-navigate';

/** Moves to a console path (relative to /admin) without a page load. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = path.startsWith(BASE) ? path : href(path);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
