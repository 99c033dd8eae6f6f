import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext, type ConsoleContext } from '../../console-context.js';
import {
  historyMonth,
  percentOneDecimal,
  shiftMonth,
  type MonthlyActuals,
} from '../../engines/accounting/index.js';
import { domainErrorStatusPlugin, formatError } from '../../graphql/domain-errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { ForecastResolver } from './forecast.resolver.js';
import type { Forecast, ForecastSeries } from './forecast.service.js';
import type { FinancialStatement } from './statements.service.js';

// The demo books start on the 1st of the month 24 months before NOW's (db/src/seed/demo-books.ts);
// November 2026 is partial, so the complete months are November 2024 .. October 2026: 24.
const NOW = new Date('2026-11-26T15:00:00.000Z');
const MONTHS = Array.from({ length: 24 }, (_, i) => shiftMonth('2024-11', i));

let s: SeededServices;
let forecast: Forecast;
beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:forecast-spec' });
  forecast = await s.services.forecast.forecast(s.ctx.workspaceId, 12);
});
afterAll(() => s?.close());

const none = { prior: false, lastYear: false };
const row = (statement: FinancialStatement, key: string) =>
  statement.sections.flatMap((section) => section.rows).find((r) => r.key === key)?.currentCents ??
  0;
const series = (key: ForecastSeries['key']) =>
  forecast.series.find((x) => x.key === key) as ForecastSeries;

describe('the forecast of the demo books', () => {
  it('has every complete month as history, and the partial month left out', () => {
    expect(forecast.asOf).toBe('2026-11-26');
    expect(forecast.history.map((h) => h.month)).toEqual(MONTHS);
  });

  it("matches each month's income statement to the cent (revenue, expenses, net income, gross margin)", async () => {
    for (const [i, month] of MONTHS.entries()) {
      const statement = await s.services.statements.incomeStatement(s.ctx.workspaceId, month, none);
      const revenue = row(statement, 'revenue-total');
      expect(forecast.history[i], month).toEqual({
        month,
        revenueCents: revenue,
        expensesCents:
          row(statement, 'cogs-total') + row(statement, 'opex-total') + row(statement, 'interest'),
        netIncomeCents: row(statement, 'net-income'),
        grossMarginPercent: percentOneDecimal(row(statement, 'gross-profit'), revenue),
        cashCents: forecast.history[i]?.cashCents,
      });
    }
  });

  it("matches each month's closing cash to the balance sheet's accounts 1010 + 1020", async () => {
    for (const [i, month] of MONTHS.entries()) {
      const sheet = await s.services.statements.balanceSheet(s.ctx.workspaceId, month, none);
      const cash = row(sheet, 'current:1010') + row(sheet, 'current:1020');
      expect(forecast.history[i]?.cashCents, month).toBe(cash);
    }
  });

  it('forecasts November 2026 .. October 2027 for revenue, expenses and cash, with ordered scenarios', () => {
    const months = Array.from({ length: 12 }, (_, i) => shiftMonth('2026-11', i));
    expect(forecast.series.map((x) => x.key)).toEqual(['REVENUE', 'EXPENSES', 'CASH']);
    for (const x of forecast.series) {
      expect(
        x.points.map((p) => p.month),
        x.key,
      ).toEqual(months);
      for (const p of x.points) {
        expect(p.lower95Cents).toBeLessThanOrEqual(p.lower80Cents);
        expect(p.lower80Cents).toBeLessThanOrEqual(p.baseCents);
        expect(p.baseCents).toBeLessThanOrEqual(p.upper80Cents);
        expect(p.upper80Cents).toBeLessThanOrEqual(p.upper95Cents);
        expect(Number.isSafeInteger(p.baseCents)).toBe(true);
      }
    }
    for (const key of ['REVENUE', 'CASH'] as const) {
      for (const p of series(key).points) {
        expect(p.conservativeCents, `${key} ${p.month}`).toBeLessThanOrEqual(p.baseCents);
        expect(p.baseCents, `${key} ${p.month}`).toBeLessThanOrEqual(p.aggressiveCents);
      }
    }
    expect(series('CASH').parameters).toBeNull();
    expect(forecast.assumptions.join(' ')).toContain('24 complete month(s), 2024-11..2026-10');
  });

  it('forecasts the Nov/Dec peak the books show in both years, with the seasonal model', () => {
    const peakOf = (rows: Array<{ month: string; cents: number }>) =>
      rows.reduce((a, b) => (b.cents > a.cents ? b : a)).month.slice(5);
    const year = (from: number) =>
      forecast.history
        .slice(from, from + 12)
        .map((h) => ({ month: h.month, cents: h.revenueCents }));
    expect([peakOf(year(0)), peakOf(year(12))]).toEqual(['12', '12']);
    const revenue = series('REVENUE');
    expect(revenue.method).toMatch(/ETS\(A,N,A\), fitted by least squares on 24 complete months/);
    expect(revenue.parameters?.gamma).not.toBeNull();
    expect(peakOf(revenue.points.map((p) => ({ month: p.month, cents: p.baseCents })))).toBe('12');
  });

  it("equals the engine spec's committed demo series for this date (reference/demo-books-monthly.json)", () => {
    const books = (
      JSON.parse(
        readFileSync(
          new URL(
            '../../engines/accounting/forecast/reference/demo-books-monthly.json',
            import.meta.url,
          ),
          'utf8',
        ),
      ) as { books: Array<{ asOf: string; months: MonthlyActuals[] }> }
    ).books;
    const committed = books.find((b) => b.asOf === '2026-11-26')?.months ?? [];
    expect(forecast.history).toEqual(committed.map(historyMonth));
  });

  it('answers the forecast query with a horizon, and refuses one outside 1..24 as INVALID_INPUT', async () => {
    const apollo = new ApolloServer<ConsoleContext>({
      schema: await buildSchema({ resolvers: [ForecastResolver], validate: false }),
      formatError: (formatted, error) =>
        formatError(formatted, error, { development: false, log: () => undefined }),
      plugins: [domainErrorStatusPlugin()],
    });
    await apollo.start();
    try {
      const ask = async (months: number) => {
        const response = await apollo.executeOperation(
          {
            query: `query ($months: Int!) { forecast(months: $months) {
              asOf history { month cashCents }
              series { key method parameters { alpha beta gamma phi } points { month baseCents } } } }`,
            variables: { months },
          },
          {
            contextValue: createConsoleContext(s.services, s.ctx.workspaceId, 'user:forecast-spec'),
          },
        );
        return response.body.kind === 'single' ? response.body.singleResult : null;
      };
      const three = await ask(3);
      const data = three?.data?.forecast as Forecast | undefined;
      expect(three?.errors).toBeUndefined();
      expect(data?.series.map((x) => x.points.length)).toEqual([3, 3, 3]);
      expect(data?.series[0]?.points[0]?.baseCents).toBe(series('REVENUE').points[0]?.baseCents);
      for (const months of [0, 25]) {
        const refused = await ask(months);
        expect(refused?.errors?.[0]?.extensions?.errorCode, String(months)).toBe('INVALID_INPUT');
      }
    } finally {
      await apollo.stop();
    }
  });
});
