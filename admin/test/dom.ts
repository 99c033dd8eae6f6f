// Reading a rendered console element in component tests: its shadow root's elements, their text
// as a person reads it, and waiting until its updates (and the requests they start) settle.

/** The element `selector` finds in `host`'s shadow root (undefined when none: the assertion fails). */
export const $ = <T extends Element = HTMLElement>(host: Element, selector: string) =>
  host.shadowRoot?.querySelector(selector) as T;

/** Every element `selector` finds in `host`'s shadow root. */
export const $$ = (host: Element, selector: string) => [
  ...(host.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];

/** An element's text with its white space collapsed. */
export const text = (el: Element | null | undefined) =>
  el?.textContent?.replace(/\s+/g, ' ').trim();

/** Waits a few turns of the event loop and `el`'s updates: fake requests answer, Lit re-renders. */
export async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await (el as Element & { updateComplete?: Promise<boolean> }).updateComplete;
  }
}

/** Lets pending requests answer and every nested element (through shadow roots) render them. */
export async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    await new Promise((r) => setTimeout(r, 0));
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root.parentElement ?? root);
    await Promise.all(pending);
  }
}

/** `el`'s shadow root (the test fails on its absence). */
export function shadow(el: Element | null | undefined): ShadowRoot {
  return (el as Element).shadowRoot as ShadowRoot;
}

/** Every element matching `selector` anywhere under `root`, through nested shadow roots. */
export function findAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T[] {
  const found: T[] = [];
  const visit = (node: Element | ShadowRoot) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/** The first element matching `selector` anywhere under `root` (the test fails on none). */
export function find<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T {
  const all = findAll<T>(root, selector);
  if (!all[0]) throw new Error(`nothing matches ${selector}`);
  return all[0];
}
