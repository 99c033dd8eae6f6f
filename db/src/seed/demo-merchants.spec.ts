import { describe, expect, it } from 'vitest';
import { CHART_OF_ACCOUNTS } from './chart-of-accounts.js';
import { DEMO_MERCHANTS, labeledDemoTransactions } from './demo-merchants.js';
import { mulberry32 } from './seeded-random.js';

describe('DEMO_MERCHANTS', () => {
  it('belongs every merchant to a postable COGS or expense account of the chart', () => {
    const byCode = new Map(CHART_OF_ACCOUNTS.map((a) => [a.code, a]));
    const codes = DEMO_MERCHANTS.flatMap((m) => [
      [m.merchant, m.accountCode],
      ...(m.alsoBooksTo ? [[m.merchant, m.alsoBooksTo.accountCode]] : []),
    ]);
    for (const [merchant, code] of codes) {
      const account = byCode.get(code as string);
      expect(account, `${merchant} -> ${code}`).toBeDefined();
      expect(account?.postable).toBe(true);
      expect(['COGS', 'EXPENSE']).toContain(account?.type);
    }
  });

  it('covers every money-out account of the demo shop (5010..5030, 6010..6230 but depreciation, interest, payroll taxes)', () => {
    const covered = new Set(DEMO_MERCHANTS.map((m) => m.accountCode));
    const expected = CHART_OF_ACCOUNTS.filter(
      (a) => a.postable && (a.type === 'COGS' || a.type === 'EXPENSE'),
    )
      .map((a) => a.code)
      .filter((code) => !['6050', '6070', '6180'].includes(code));
    expect([...covered].sort()).toEqual(expected.sort());
  });

  it('has unique merchant keys, positive frequencies and sane amount ranges', () => {
    expect(new Set(DEMO_MERCHANTS.map((m) => m.merchant)).size).toBe(DEMO_MERCHANTS.length);
    for (const m of DEMO_MERCHANTS) {
      expect(m.perMonth).toBeGreaterThan(0);
      const [min, max] = m.amountCents;
      expect(Number.isSafeInteger(min) && Number.isSafeInteger(max)).toBe(true);
      expect(min).toBeGreaterThan(0);
      expect(max).toBeGreaterThanOrEqual(min);
    }
  });

  it('describes each merchant in at least 3 different messy ways', () => {
    for (const m of DEMO_MERCHANTS) {
      const random = mulberry32(7);
      const seen = new Set<string>();
      for (let i = 0; i < 200; i += 1) seen.add(m.describe(random));
      expect(seen.size, m.merchant).toBeGreaterThanOrEqual(3);
      for (const text of seen) {
        expect(text, m.merchant).toBe(text.trim());
        expect(text).not.toMatch(/\s{2}/);
      }
    }
  });

  it('writes the bank-export styles of the brief (processor prefixes, POS/CHECKCARD wrappers, ACH)', () => {
    const all = new Set(labeledDemoTransactions(3000, 1).map((t) => t.description));
    const some = (re: RegExp) => [...all].some((d) => re.test(d));
    expect(some(/^SQ \*BLUE BOTTLE \d{4}$/)).toBe(true);
    expect(some(/^TST\* RED OAK KITCHEN AUSTIN TX$/)).toBe(true);
    expect(some(/^AMZN Mktp US\*[A-Z0-9]{9}$/)).toBe(true);
    expect(some(/^GUSTO PAY \d{6} JUNIPER LANE$/)).toBe(true);
    expect(some(/^POS DEBIT \d{4} USPS PO \d{4} AUSTIN TX$/)).toBe(true);
    expect(some(/^CHECKCARD \d{4} UPS\*1Z[A-Z0-9]{16}$/)).toBe(true);
    expect(some(/^GOOGLE \*ADS\d{7}$/)).toBe(true);
    expect(some(/^FACEBK \*ADS [A-Z0-9]{6}$/)).toBe(true);
    expect(some(/^PAYPAL \*UPWORK/)).toBe(true);
    expect(some(/^ACH DEBIT AUSTIN ENERGY WEB PMT$/)).toBe(true);
  });
});

describe('labeledDemoTransactions', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = labeledDemoTransactions(500, 42);
    expect(a).toEqual(labeledDemoTransactions(500, 42));
    expect(a).not.toEqual(labeledDemoTransactions(500, 43));
    expect(a).toHaveLength(500);
  });

  it('labels a share of an ambiguous merchant with its other account (Amazon: supplies, sometimes materials)', () => {
    const amazon = labeledDemoTransactions(4000, 5).filter((t) =>
      /AMZN|AMAZON/i.test(t.description),
    );
    const materials = amazon.filter((t) => t.accountCode === '5010').length / amazon.length;
    expect(amazon.every((t) => t.accountCode === '5010' || t.accountCode === '6120')).toBe(true);
    expect(materials).toBeGreaterThan(0.2);
    expect(materials).toBeLessThan(0.4);
  });

  it('gives money out as negative integer cents within the merchant range', () => {
    for (const t of labeledDemoTransactions(1000, 3)) {
      expect(Number.isSafeInteger(t.amountCents)).toBe(true);
      expect(t.amountCents).toBeLessThan(0);
    }
  });

  it('draws merchants in proportion to perMonth (meals and shipping common, permits rare)', () => {
    const rows = labeledDemoTransactions(6000, 11);
    const share = (code: string) => rows.filter((t) => t.accountCode === code).length / rows.length;
    const total = DEMO_MERCHANTS.reduce((s, m) => s + m.perMonth, 0);
    const expected = (code: string) =>
      DEMO_MERCHANTS.filter((m) => m.accountCode === code).reduce((s, m) => s + m.perMonth, 0) /
      total;
    for (const code of ['6150', '6210', '6130', '6170']) {
      expect(Math.abs(share(code) - expected(code))).toBeLessThan(0.015);
    }
  });
});
