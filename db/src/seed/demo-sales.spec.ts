import { describe, expect, it } from 'vitest';
import { DEMO_COMPANIES, generateHistoricalDeals } from './demo-sales.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

describe('generateHistoricalDeals', () => {
  it('is deterministic: the same seed gives the same 300 deals, whatever the date', () => {
    const a = generateHistoricalDeals(NOW);
    const b = generateHistoricalDeals(new Date('2030-01-01T00:00:00.000Z'));

    expect(a).toHaveLength(300);
    expect(a.map(({ closedOn: _a, ...deal }) => deal)).toEqual(
      b.map(({ closedOn: _b, ...deal }) => deal),
    );
    // The oldest deal closed 300 days before `now`.
    expect(a[0]).toMatchObject({
      seq: 0,
      pagesViewed: 10,
      minutesOnSite: 20.7,
      employees: 2459,
      industry: 'Manufacturing',
      country: 'US',
      closedOn: '2026-01-30',
    });
  });

  it('wins about 30% of deals, more often in target industries and with pricing visits', () => {
    const deals = generateHistoricalDeals(NOW);
    const rate = (list: typeof deals) => list.filter((d) => d.won).length / list.length;
    const target = ['Software', 'Professional services', 'Real estate', 'Hospitality'];

    expect(rate(deals)).toBeCloseTo(0.303, 3);
    expect(rate(deals.filter((d) => target.includes(d.industry)))).toBeGreaterThan(
      rate(deals.filter((d) => !target.includes(d.industry))),
    );
    expect(rate(deals.filter((d) => d.pricingPageVisits >= 2))).toBeGreaterThan(
      rate(deals.filter((d) => d.pricingPageVisits === 0)),
    );
    expect(deals.every((d) => d.employees >= 5 && d.employees <= 5_012)).toBe(true);
  });
});

describe('DEMO_COMPANIES', () => {
  it('has twenty companies with unique lower-case domains, BrightDesk among them', () => {
    const domains = DEMO_COMPANIES.map((c) => c.domain);

    expect(domains).toHaveLength(20);
    expect(new Set(domains).size).toBe(20);
    expect(domains.every((d) => d === d.toLowerCase())).toBe(true);
    expect(DEMO_COMPANIES.find((c) => c.domain === 'brightdesk.example')).toMatchObject({
      name: 'BrightDesk',
      industry: 'Software',
      employees: 120,
      country: 'US',
    });
  });
});
