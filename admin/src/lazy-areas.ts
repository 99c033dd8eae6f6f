// The console's areas that load on first visit, and the one way tags get defined.

/** Defines each tag not defined yet (tests and the app may both ask). */
export function defineAll(tags: Record<string, CustomElementConstructor>): void {
  for (const [tag, element] of Object.entries(tags)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

/**
 * Areas loaded on first visit, in their own chunks: Reports, Tax and Content are most of the
 * console's code and most sign-ins never open them. Their page tag renders before its class arrives and
 * upgrades when defined (Lit keeps the properties set on it meanwhile).
 */
const LAZY_AREAS = {
  reports: () => import('./pages/reports.page.js').then((m) => m.REPORTS_TAGS),
  tax: () => import('./pages/tax.page.js').then((m) => m.TAX_TAGS),
  content: () => import('./pages/content.page.js').then((m) => m.CONTENT_TAGS),
  automation: () => import('./pages/automation.page.js').then((m) => m.AUTOMATION_TAGS),
} as const;

export type LazyArea = keyof typeof LAZY_AREAS;

const loading = new Map<LazyArea, Promise<void>>();

/** Loads and defines an area's elements once; a failed load may be retried. */
export function loadConsoleArea(area: LazyArea): Promise<void> {
  let pending = loading.get(area);
  if (!pending) {
    pending = LAZY_AREAS[area]()
      .then(defineAll)
      .catch((error: unknown) => {
        loading.delete(area);
        throw error;
      });
    loading.set(area, pending);
  }
  return pending;
}
