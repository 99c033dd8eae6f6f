import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../../graphql/build-schema.js';
import { domainErrorOf } from '../../graphql/domain-errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { RatiosService } from './ratios.service.js';
import type { FinancialStatement } from './statements.service.js';

// The demo books run 24 whole months back from the month of NOW (db/src/seed/demo-books.ts).
const NOW = new Date('2026-11-26T15:00:00.000Z');

let s: SeededServices;
let ratios: RatiosService;
beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'user:ratios-spec' });
  ratios = new RatiosService(s.services.ledger, s.db.dataSource);
});
afterAll(() => s?.close());

const none = { prior: false, lastYear: false };
const rowOf = (statement: FinancialStatement, key: string) =>
  statement.sections.flatMap((section) => section.rows).find((row) => row.key === key);

describe('financialRatios on the demo books', () => {
  it('reads the trailing twelve months and the balance sheet the statements show, to the cent', async () => {
    const report = await ratios.financialRatios(s.ctx.workspaceId, '2026-10-31');
    expect(report.window).toEqual({ from: '2025-11-01', to: '2026-10-31', days: 365 });
    const ws = s.ctx.workspaceId;
    const months = [
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ];
    let revenue = 0;
    let grossProfit = 0;
    let netIncome = 0;
    for (const month of months) {
      const pnl = await s.services.statements.incomeStatement(ws, month, none);
      revenue += rowOf(pnl, 'revenue-total')?.currentCents ?? NaN;
      grossProfit += rowOf(pnl, 'gross-profit')?.currentCents ?? NaN;
      netIncome += rowOf(pnl, 'net-income')?.currentCents ?? NaN;
    }
    const sheet = await s.services.statements.balanceSheet(ws, '2026-10', none);
    const opening = await s.services.statements.balanceSheet(ws, '2025-10', none);
    const byKey = Object.fromEntries(report.ratios.map((r) => [r.key, r]));

    expect(byKey['gross-margin']?.numerator.cents).toBe(grossProfit);
    expect(byKey['gross-margin']?.denominator.cents).toBe(revenue);
    expect(byKey['net-margin']?.numerator.cents).toBe(netIncome);
    const currentAssets = sheet.sections[0]?.rows
      .filter((r) => r.key.startsWith('current:'))
      .reduce((sum, r) => sum + r.currentCents, 0);
    const currentLiabilities = sheet.sections[1]?.rows
      .filter((r) => r.key.startsWith('current:'))
      .reduce((sum, r) => sum + r.currentCents, 0);
    expect(byKey['current-ratio']?.numerator.cents).toBe(currentAssets);
    expect(byKey['current-ratio']?.denominator.cents).toBe(currentLiabilities);
    const assets = [rowOf(opening, 'assets-total'), rowOf(sheet, 'assets-total')].map(
      (r) => r?.currentCents ?? NaN,
    );
    expect(byKey['return-on-assets']?.denominator.sources.map((x) => x.cents)).toEqual(assets);
    expect(byKey['debt-to-equity']?.numerator.cents).toBe(
      rowOf(sheet, 'liabilities-total')?.currentCents,
    );
    expect(byKey['debt-to-equity']?.denominator.cents).toBe(
      rowOf(sheet, 'equity-total')?.currentCents,
    );
  });

  it('benchmarks the gift shop against SOI subsector 453 and explains each alert', async () => {
    const report = await ratios.financialRatios(s.ctx.workspaceId, '2026-10-31');
    expect(report.naicsCode).toBe('459420');
    expect(report.benchmark).toMatchObject({
      matchedCode: '459420',
      matchedLevel: 6,
      soiIndustry: '453',
    });
    const operating = report.ratios.find((r) => r.key === 'operating-margin');
    expect(operating?.benchmark).toBeNull();
    expect(operating?.benchmarkMissingReason).toContain('no operating income');
    for (const ratio of report.ratios) {
      if (!ratio.benchmark || ratio.value === null) continue;
      const outside = ratio.value < ratio.benchmark.low || ratio.value > ratio.benchmark.high;
      expect(ratio.alert !== null, ratio.key).toBe(outside);
    }
    expect(report.alerts).toEqual(
      report.ratios
        .flatMap((r) => (r.alert ? [r.alert] : []))
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'WARNING' ? -1 : 1)),
    );
    for (const alert of report.alerts)
      expect(alert.text).toContain('IRS SOI Corporation Source Book');
  });

  it('refuses a date that is not one', async () => {
    await expect(ratios.financialRatios(s.ctx.workspaceId, '2026-13-01')).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
    });
  });
});

describe('the financialRatios query', () => {
  const QUERY = `
    query Ratios($asOf: String!) {
      financialRatios(asOf: $asOf) {
        asOf window { from to days } naicsCode
        benchmark { shortCitation matchedCode matchedLevel industryLabel publicationDate urls }
        ratios {
          key unit value nullReason
          numerator { cents sources { statement line accounts from to cents } }
          denominator { cents isAverage }
          benchmark { low high median observations { taxYear assetClass value } }
          alert { severity text }
        }
        alerts { key severity text }
      }
    }`;

  it('answers with the service report, and INVALID_INPUT for a bad date', async () => {
    const schema = await buildHubSchema();
    const run = (asOf: string) =>
      graphql({ schema, source: QUERY, variableValues: { asOf }, contextValue: s.ctx });
    const ok = await run('2026-11-26');
    expect(ok.errors).toBeUndefined();
    const data = (ok.data as { financialRatios: Record<string, unknown> }).financialRatios;
    const report = await ratios.financialRatios(s.ctx.workspaceId, '2026-11-26');
    expect(data).toMatchObject({
      asOf: '2026-11-26',
      window: { from: '2025-11-01', to: '2026-10-31', days: 365 },
      naicsCode: '459420',
      benchmark: { matchedCode: '459420', matchedLevel: 6 },
    });
    expect(data.ratios).toHaveLength(14);
    expect((data.ratios as Array<{ value: number | null }>).map((r) => r.value)).toEqual(
      report.ratios.map((r) => r.value),
    );
    expect(data.alerts).toEqual(report.alerts);

    const bad = await run('26/11/2026');
    // The transports shape errors (graphql/domain-errors.ts); here the DomainError itself.
    expect(domainErrorOf(bad.errors?.[0])?.errorCode).toBe('INVALID_INPUT');
  });
});
