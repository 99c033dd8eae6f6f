// The hub's answers for the Content area, shaped as the demo shop's (Juniper Lane Goods): the
// console must show these as given.
import type {
  CalendarDay,
  ContentItemView,
  EditorialCalendarView,
} from '../src/pages/content.operations.js';

function item(fields: Partial<ContentItemView> & Pick<ContentItemView, 'id' | 'title'>) {
  return {
    kind: 'BLOG_POST',
    channel: null,
    state: 'IDEA',
    nextStates: [],
    slug: null,
    focusKeyword: null,
    plannedFor: null,
    scheduledFor: null,
    publishedAt: null,
    externalUrl: null,
    updatedAt: '2026-03-01T15:00:00.000Z',
    ...fields,
  } satisfies ContentItemView;
}

export const FIRED_TWICE = item({
  id: '0b4a7c5e-0000-4000-8000-000000000001',
  title: 'Why we fire our stoneware twice',
  state: 'PUBLISHED',
  slug: 'why-we-fire-our-stoneware-twice',
  focusKeyword: 'stoneware firing',
  publishedAt: '2026-03-03T16:00:00.000Z',
  externalUrl: 'https://blog.juniperlane.example/why-we-fire-our-stoneware-twice',
});
export const CANDLE_CARE = item({
  id: '0b4a7c5e-0000-4000-8000-000000000002',
  title: 'Soy candle care: the first burn matters',
  state: 'IN_REVIEW',
  nextStates: ['DRAFTING', 'APPROVED'],
  slug: 'soy-candle-care',
  focusKeyword: 'soy candle care',
  plannedFor: '2026-03-10',
});
export const TEA_IDEA = item({
  id: '0b4a7c5e-0000-4000-8000-000000000003',
  title: 'Loose-leaf tea for beginners',
  state: 'IDEA',
  nextStates: ['DRAFTING'],
  plannedFor: '2026-03-10',
});
export const X_THREAD = item({
  id: '0b4a7c5e-0000-4000-8000-000000000004',
  kind: 'SOCIAL_POST',
  channel: 'X',
  title: 'X thread: Why we fire our stoneware twice',
  state: 'SCHEDULED',
  nextStates: ['IN_REVIEW'],
  scheduledFor: '2026-03-17T15:00:00.000Z',
});

const MARCH_WEEKDAY_OF_FIRST = 7; // 2026-03-01 is a Sunday.

function march(entries: Record<number, CalendarDay['entries']>): CalendarDay[] {
  return Array.from({ length: 31 }, (_, i) => ({
    date: `2026-03-${String(i + 1).padStart(2, '0')}`,
    weekday: ((MARCH_WEEKDAY_OF_FIRST - 1 + i) % 7) + 1,
    entries: entries[i + 1] ?? [],
  }));
}

export const CALENDAR_2026_03: EditorialCalendarView = {
  from: '2026-03-01',
  to: '2026-03-31',
  timeZone: 'America/Chicago',
  days: march({
    3: [{ basis: 'PUBLISHED', at: FIRED_TWICE.publishedAt, item: FIRED_TWICE }],
    10: [
      { basis: 'PLANNED', at: null, item: CANDLE_CARE },
      { basis: 'PLANNED', at: null, item: TEA_IDEA },
    ],
    17: [{ basis: 'SCHEDULED', at: X_THREAD.scheduledFor, item: X_THREAD }],
  }),
};
