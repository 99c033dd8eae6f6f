// This visit's engagement, which the sales agent's lead score reads (pages seen, pricing pages,
// minutes on the site). The launcher records each page view; the lead form sends the totals.
// Kept in sessionStorage: one visit (tab session), nothing that follows the visitor elsewhere.

const KEY = 'zac:visit';

interface Visit {
  start: number;
  pages: number;
  pricing: number;
}

function read(): Visit | null {
  try {
    const visit = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Visit | null;
    return visit && typeof visit.start === 'number' ? visit : null;
  } catch {
    return null; // storage blocked or corrupt: no signals, never an error
  }
}

/** Counts this page view (a pricing page when its path or title says so). */
export function recordPageView(): void {
  const visit = read() ?? { start: Date.now(), pages: 0, pricing: 0 };
  visit.pages += 1;
  if (/pricing|plans/i.test(location.pathname)) visit.pricing += 1;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(visit));
  } catch {
    // storage blocked: the score just lacks engagement
  }
}

/** The lead form's engagement fields for this visit. */
export function visitSignals(): {
  pagesViewed?: number;
  pricingPageVisits?: number;
  minutesOnSite?: number;
} {
  const visit = read();
  if (!visit) return {};
  return {
    pagesViewed: visit.pages,
    pricingPageVisits: visit.pricing,
    minutesOnSite: Math.max(0, Math.round((Date.now() - visit.start) / 60_000)),
  };
}
