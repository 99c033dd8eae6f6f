import { describe, expect, it } from 'vitest';
import { managementCommentary } from './commentary.js';
import type { FinancialStatement, StatementRow } from './statements.service.js';

const Q3 = { key: '2026-Q3', label: 'Q3 2026', from: '2026-07-01', to: '2026-09-30' };
const Q2 = { key: '2026-Q2', label: 'Q2 2026', from: '2026-04-01', to: '2026-06-30' };
const Q3_2025 = { key: '2025-Q3', label: 'Q3 2025', from: '2025-07-01', to: '2025-09-30' };

/** A statement row as the service builds it: variance against the prior, percent to 1 decimal. */
function row(
  key: string,
  label: string,
  current: number,
  prior: number | null,
  options: { lastYear?: number; total?: boolean; accounts?: string[]; group?: string } = {},
): StatementRow {
  const variance = prior === null ? null : current - prior;
  return {
    key,
    label,
    accounts: options.accounts ?? (options.total ? [] : [key]),
    group: options.group ?? null,
    currentCents: current,
    priorCents: prior,
    lastYearCents: options.lastYear ?? null,
    varianceCents: variance,
    variancePercent:
      variance === null || prior === null || prior === 0
        ? null
        : Math.round((variance / Math.abs(prior)) * 1000) / 10,
    isTotal: options.total ?? false,
  };
}

function statement(
  kind: FinancialStatement['kind'],
  sections: Array<[string, StatementRow[]]>,
  withComparisons = true,
): FinancialStatement {
  return {
    kind,
    title: kind,
    period: Q3,
    priorPeriod: withComparisons ? Q2 : null,
    lastYearPeriod: withComparisons ? Q3_2025 : null,
    sections: sections.map(([key, rows]) => ({ key, label: key, rows })),
    checks: [{ name: 'identity', holds: true, detail: '' }],
    notes: [],
    incompletePeriods: [],
  };
}

// Revenue 10,000.00 (Q2 8,000.00; Q3 2025 9,000.00); COGS 4,000.00; gross 6,000.00 (Q2 4,400.00);
// opex 3,500.00 in two departments; net income 2,400.00 (Q2 1,500.00; Q3 2025 2,000.00).
const income = statement('INCOME_STATEMENT', [
  [
    'revenue',
    [
      row('4010', 'Sales: online store', 700_000, 500_000),
      row('4020', 'Sales: wholesale', 300_000, 300_000),
      row('revenue-total', 'Total revenue', 1_000_000, 800_000, { total: true, lastYear: 900_000 }),
    ],
  ],
  [
    'cost-of-goods-sold',
    [
      row('5010', 'Materials and merchandise', 400_000, 360_000),
      row('gross-profit', 'Gross profit', 600_000, 440_000, { total: true }),
    ],
  ],
  [
    'operating-expenses',
    [
      row('6010', 'Advertising', 150_000, 90_000, { group: 'Sales and marketing' }),
      row('department:sales-and-marketing', 'Total sales and marketing', 150_000, 90_000, {
        total: true,
        accounts: ['6010'],
        group: 'Sales and marketing',
      }),
      row('6100', 'Rent', 200_000, 200_000, { group: 'Operations and fulfilment' }),
      row('department:operations-and-fulfilment', 'Total operations', 200_000, 200_000, {
        total: true,
        accounts: ['6100'],
        group: 'Operations and fulfilment',
      }),
      row('opex-total', 'Total operating expenses', 350_000, 290_000, { total: true }),
      row('net-income', 'Net income', 240_000, 150_000, { total: true, lastYear: 200_000 }),
    ],
  ],
]);
const balance = statement('BALANCE_SHEET', [
  ['assets', [row('assets-total', 'Total assets', 5_000_000, 4_800_000, { total: true })]],
  [
    'liabilities',
    [row('liabilities-total', 'Total liabilities', 2_000_000, null, { total: true })],
  ],
  ['equity', [row('equity-total', 'Total equity', 3_000_000, null, { total: true })]],
]);
const cashFlow = statement('CASH_FLOW', [
  ['operating', [row('operating-total', 'Operating', 310_000, null, { total: true })]],
  ['investing', [row('investing-total', 'Investing', -50_000, null, { total: true })]],
  [
    'financing',
    [
      row('financing-total', 'Financing', -120_000, null, { total: true }),
      row('net-change', 'Net change', 140_000, null, { total: true }),
      row('opening-cash', 'Opening', 1_000_000, null, { total: true }),
      row('closing-cash', 'Closing', 1_140_000, null, { total: true }),
    ],
  ],
]);

describe('managementCommentary', () => {
  const paragraphs = managementCommentary({ income, balance, cashFlow });
  const text = (topic: string) => paragraphs.find((p) => p.topic === topic)?.text;

  it('states results against the prior period and last year, with the gross margin of each', () => {
    expect(text('RESULTS')).toBe(
      'Revenue for Q3 2026 was $10,000.00, up $2,000.00 (25%) on Q2 2026 and up $1,000.00 (11.1%) on Q3 2025. ' +
        'Gross margin was 60% against 55% in Q2 2026. ' +
        'Net income was $2,400.00, up $900.00 (60%) on Q2 2026 and up $400.00 (20%) on Q3 2025.',
    );
  });

  it('explains the largest account variances and which way each moved net income', () => {
    expect(text('VARIANCES')).toBe(
      'Sales: online store (account 4010) was up $2,000.00 (40%) at $7,000.00, adding $2,000.00 to net income. ' +
        'Advertising (account 6010) was up $600.00 (66.7%) at $1,500.00, taking $600.00 from net income. ' +
        'Materials and merchandise (account 5010) was up $400.00 (11.1%) at $4,000.00, taking $400.00 from net income.',
    );
  });

  it('splits operating expenses by department, largest first, and names the one that moved most', () => {
    expect(text('DEPARTMENTS')).toBe(
      'Operating expenses were $3,500.00: Operations and fulfilment $2,000.00 (57.1%), Sales and marketing $1,500.00 (42.9%). ' +
        'The largest change was in sales and marketing, up $600.00 (66.7%) on Q2 2026.',
    );
  });

  it('tells the change in cash by its three sources, and the financial position', () => {
    expect(text('CASH')).toBe(
      'Cash rose $1,400.00 over Q3 2026, from $10,000.00 to $11,400.00: operations brought in $3,100.00, investing used $500.00 and financing used $1,200.00.',
    );
    expect(text('FINANCIAL_POSITION')).toBe(
      'At 2026-09-30 the business held $50,000.00 of assets, up $2,000.00 (4.2%) on Q2 2026, against $20,000.00 of liabilities and $30,000.00 of equity. The balance sheet balances.',
    );
  });

  it('quotes no change against a period the books only partly cover, and says why instead', () => {
    const note = 'Q2 2026 is only partly in the books, which begin on 2026-05-01.';
    const partial = managementCommentary({
      income: { ...income, notes: [note], incompletePeriods: ['2026-Q2'] },
      balance,
      cashFlow,
    });
    expect(partial.map((p) => p.topic)).toEqual([
      'RESULTS',
      'DEPARTMENTS',
      'CASH',
      'FINANCIAL_POSITION',
    ]);
    expect(partial[0]?.text).toBe(
      'Revenue for Q3 2026 was $10,000.00, up $1,000.00 (11.1%) on Q3 2025. Gross margin was 60%. ' +
        `Net income was $2,400.00, up $400.00 (20%) on Q3 2025. ${note}`,
    );
    expect(partial[1]?.text).not.toContain('largest change');
  });

  it('says so when a section of the cash flow moved no cash', () => {
    const quiet = {
      ...cashFlow,
      sections: cashFlow.sections.map((section) => ({
        ...section,
        rows: section.rows.map((r) =>
          r.key === 'investing-total' ? { ...r, currentCents: 0 } : r,
        ),
      })),
    };
    const text = managementCommentary({ income, balance, cashFlow: quiet }).find(
      (p) => p.topic === 'CASH',
    )?.text;
    expect(text).toContain('investing moved no cash and financing used $1,200.00');
  });

  it('leaves out what needs a comparison when none was asked for, and never pads', () => {
    const alone = managementCommentary({
      income: { ...income, priorPeriod: null, lastYearPeriod: null },
      balance: { ...balance, priorPeriod: null, lastYearPeriod: null },
      cashFlow,
    });
    expect(alone.map((p) => p.topic)).toEqual([
      'RESULTS',
      'DEPARTMENTS',
      'CASH',
      'FINANCIAL_POSITION',
    ]);
    expect(alone[0]?.text).toBe(
      'Revenue for Q3 2026 was $10,000.00. Gross margin was 60%. Net income was $2,400.00.',
    );
  });
});
