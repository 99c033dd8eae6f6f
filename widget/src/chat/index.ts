// Entry of the lazily loaded chat chunk (dist/widget/zac-chat.js). Defines <zac-chat> and
// <zac-lead-form> and exports `mount`, which the launcher calls on first open.
import { ZacChat } from './zac-chat.js';
import type { VisitorIdentity } from './types.js';

export { ZacChat } from './zac-chat.js';
export { ZacLeadForm } from './zac-lead-form.js';
export { createHubClient } from './client.js';
export type * from './types.js';

export interface MountOptions {
  /** Hub base URL (origin + directory of widget.js), no trailing slash. */
  base: string;
  key: string;
  locale?: string | null;
  greeting?: string | null;
  starters?: string[] | null;
  position?: 'left' | 'right';
  /** Where to append <zac-chat> (the launcher passes its shadow root). Default: document.body. */
  container?: Node;
}

export interface ChatController {
  element: ZacChat;
  open(): void;
  close(): void;
  identify(identity: VisitorIdentity): Promise<void>;
  reset(): Promise<void>;
}

/** Creates a floating <zac-chat> (closed) and returns the controls the launcher forwards to. */
export function mount(options: MountOptions): ChatController {
  const el = document.createElement('zac-chat');
  el.base = options.base;
  el.key = options.key;
  el.locale = options.locale ?? null;
  el.greeting = options.greeting ?? null;
  el.starters = options.starters ?? null;
  el.position = options.position ?? 'right';
  el.floating = true;
  // Lets the page style the panel through the launcher's host: zac-widget::part(panel).
  el.setAttribute('exportparts', 'panel, message, input, send');
  (options.container ?? document.body).appendChild(el);
  return {
    element: el,
    open: () => el.show(),
    close: () => el.hide(),
    identify: (identity) => el.identify(identity),
    reset: () => el.reset(),
  };
}
