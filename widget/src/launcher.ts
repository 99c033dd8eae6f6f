// widget.js: the tiny classic script a shop pastes into its page. It mounts the launcher button
// and loads the chat chunk (Lit, client, elements) only when the visitor shows interest.
// No Lit here and no innerHTML or style attributes (strict CSP / Trusted Types pages): plain DOM
// plus a constructed stylesheet in a shadow root.
import { enLauncher } from './i18n/en.js';
import { esLauncher } from './i18n/es.js';
import type { ChatController, MountOptions } from './chat/index.js';
import type { VisitorIdentity } from './chat/types.js';
import { recordPageView } from './visit.js';

interface ZactonicsApi {
  open(): void;
  close(): void;
  identify(identity: VisitorIdentity): void;
  reset(): void;
}

declare global {
  interface Window {
    Zactonics?: ZactonicsApi;
  }
}

// Must be read synchronously: currentScript is null once this script has finished running.
const script = (document.currentScript ??
  document.querySelector('script[data-key][src*="widget"]')) as HTMLScriptElement | null;

const CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;bottom:20px!important;right:20px!important;left:auto!important;z-index:var(--zac-z,2147483647)!important}
:host([data-position=left]){right:auto!important;left:20px!important}
button{all:unset;box-sizing:border-box;display:grid;place-items:center;width:56px;height:56px;border-radius:50%;cursor:pointer;background:var(--zac-accent,#1d4ed8);color:var(--zac-accent-fg,#fff);box-shadow:0 4px 16px rgb(0 0 0/.3)}
button:focus-visible{outline:3px solid var(--zac-accent,#1d4ed8);outline-offset:3px}
svg{width:28px;height:28px;fill:currentColor}
@media (prefers-reduced-motion:no-preference){button{transition:transform .15s}button:hover{transform:scale(1.06)}}
`;
// Chat bubble and close (X) icons.
const ICON_OPEN = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-5 4V6a2 2 0 0 1 1-2z';
const ICON_CLOSE =
  'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';

function mountLauncher(tag: HTMLScriptElement): void {
  const d = tag.dataset;
  const key = d.key;
  if (!key) {
    console.error('[Zactonics] widget.js needs a data-key attribute.');
    return;
  }
  // Hub base = origin + directory of widget.js (https://HUB/widget.js -> https://HUB).
  const base = new URL('.', tag.src).href.replace(/\/$/, '');
  const lang = (d.locale || navigator.language || 'en').toLowerCase();
  const locale = lang.startsWith('es') ? 'es' : 'en';
  const t = locale === 'es' ? esLauncher : enLauncher;
  const options: MountOptions = {
    base,
    key,
    locale,
    greeting: d.greeting ?? null,
    starters: d.starters
      ? d.starters
          .split('|')
          .map((s) => s.trim())
          .filter(Boolean)
      : null,
    position: d.position === 'left' ? 'left' : 'right',
  };

  const host = document.createElement('zac-widget');
  host.dataset.position = options.position;
  // CSSOM writes are allowed under CSP (unlike style attributes); custom properties survive the
  // host's `all: initial` and the page's own resets.
  host.style.setProperty('--zac-z', d.zIndex || '2147483647');
  if (d.accent) host.style.setProperty('--zac-accent', d.accent);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];

  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'launcher');
  button.setAttribute('aria-haspopup', 'dialog');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  svg.append(path);
  button.append(svg);
  root.append(button);

  let expanded = false;
  const setExpanded = (open: boolean) => {
    expanded = open;
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? t.close : t.open);
    path.setAttribute('d', open ? ICON_CLOSE : ICON_OPEN);
  };
  setExpanded(false);

  // Calls made before the chunk has loaded wait here, in order.
  let chat: ChatController | null = null;
  let loading: Promise<ChatController> | null = null;
  const queue: ((c: ChatController) => unknown)[] = [];
  const load = (): Promise<ChatController> =>
    (loading ??= import(`${base}/widget/zac-chat.js`).then(
      (mod: { mount(o: MountOptions): ChatController }) => {
        const c = mod.mount({ ...options, container: root });
        c.element.id = 'zac-panel';
        button.setAttribute('aria-controls', 'zac-panel');
        chat = c;
        queue.splice(0).forEach((fn) => fn(c));
        return c;
      },
      (err: unknown) => {
        loading = null; // allow a retry on the next click
        throw err;
      },
    ));
  const withChat = (fn: (c: ChatController) => unknown) => {
    if (chat) fn(chat);
    else queue.push(fn);
  };
  const open = () => {
    withChat((c) => c.open());
    load().catch((err: unknown) => console.error('[Zactonics] could not load the chat', err));
  };
  const close = () => chat?.close();
  const preload = () => void load().catch(() => undefined);

  button.addEventListener('click', () => (expanded ? close() : open()));
  button.addEventListener('pointerenter', preload, { once: true });
  button.addEventListener('focus', preload, { once: true });
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && expanded) close();
  });
  // The chat announces open/close itself (zac-open / zac-close bubble to window).
  root.addEventListener('zac-open', () => setExpanded(true));
  root.addEventListener('zac-close', () => {
    setExpanded(false);
    button.focus();
  });

  window.Zactonics = {
    open,
    close,
    identify: (identity) => withChat((c) => c.identify(identity)),
    reset: () => withChat((c) => c.reset()),
  };

  const attach = () => document.body.append(host);
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);
}

if (script && !window.Zactonics) {
  recordPageView();
  mountLauncher(script);
}
