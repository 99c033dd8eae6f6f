import { describe, expect, it } from 'vitest';
import type { FinancialRatio } from '../ratios.js';
import { ratioAlert } from './alerts.js';
import type { RatioBenchmark } from './industry-benchmarks.js';

const CITATION =
  'IRS SOI Corporation Source Book, Miscellaneous Store Retailers, tax years 2011 and 2013';

const currentRatio = (value: number): FinancialRatio => ({
  key: 'current-ratio',
  label: 'Current ratio',
  unit: 'TIMES',
  formula: 'Current assets / current liabilities, at asOf.',
  higherIsBetter: true,
  value,
  nullReason: null,
  numerator: {
    label: 'Current assets',
    cents: 840_000,
    isAverage: false,
    sources: [
      {
        statement: 'BALANCE_SHEET',
        line: 'current:1010',
        label: 'Checking',
        accounts: ['1010'],
        from: null,
        to: '2026-10-31',
        cents: 640_000,
      },
      {
        statement: 'BALANCE_SHEET',
        line: 'current:1200',
        label: 'Inventory',
        accounts: ['1200'],
        from: null,
        to: '2026-10-31',
        cents: 200_000,
      },
    ],
  },
  denominator: {
    label: 'Current liabilities',
    cents: 1_000_000,
    isAverage: false,
    sources: [
      {
        statement: 'BALANCE_SHEET',
        line: 'current:2010',
        label: 'Accounts payable',
        accounts: ['2010'],
        from: null,
        to: '2026-10-31',
        cents: 250_000,
      },
      {
        statement: 'BALANCE_SHEET',
        line: 'current:2100',
        label: 'Credit card payable',
        accounts: ['2100'],
        from: null,
        to: '2026-10-31',
        cents: 750_000,
      },
    ],
  },
});

const RANGE: RatioBenchmark = {
  key: 'current-ratio',
  low: 1.77,
  high: 2.57,
  median: null,
  allSizesLatest: 1.8,
  formula: 'current assets / current liabilities',
  observations: [],
};

describe('ratioAlert', () => {
  it('warns below the range and names the largest current liability', () => {
    expect(ratioAlert(currentRatio(0.84), RANGE, CITATION)).toEqual({
      key: 'current-ratio',
      severity: 'WARNING',
      text:
        'Current ratio 0.84 is below the industry range 1.77-2.57 (IRS SOI Corporation Source Book, ' +
        'Miscellaneous Store Retailers, tax years 2011 and 2013): current assets $8,400.00 against ' +
        'current liabilities $10,000.00; the largest of the current liabilities is Credit card payable (2100) at $7,500.00.',
    });
  });

  it('informs above the range (healthy side) and names the largest current asset', () => {
    const alert = ratioAlert(currentRatio(3.1), RANGE, CITATION);
    expect(alert?.severity).toBe('INFO');
    expect(alert?.text).toMatch(
      /is above the industry range 1\.77-2\.57 .*the largest of the current assets is Checking \(1010\) at \$6,400\.00\.$/,
    );
  });

  it('says nothing inside the range, on its edges, or without a value or benchmark', () => {
    expect(ratioAlert(currentRatio(1.77), RANGE, CITATION)).toBeNull();
    expect(ratioAlert(currentRatio(2.57), RANGE, CITATION)).toBeNull();
    expect(ratioAlert({ ...currentRatio(0), value: null }, RANGE, CITATION)).toBeNull();
    expect(ratioAlert(currentRatio(0.5), undefined, CITATION)).toBeNull();
  });

  it('names the largest cost of a margin, and the costs in total when it is high', () => {
    const income = (line: string, label: string, accounts: string[], cents: number) => ({
      statement: 'INCOME_STATEMENT' as const,
      line,
      label,
      accounts,
      from: '2025-11-01',
      to: '2026-10-31',
      cents,
    });
    const margin = (value: number): FinancialRatio => ({
      ...currentRatio(value),
      key: 'gross-margin',
      label: 'Gross margin',
      unit: 'PERCENT',
      numerator: {
        label: 'Gross profit',
        cents: 3_000_000,
        isAverage: false,
        sources: [
          income('revenue-total', 'Total revenue', ['4010'], 10_000_000),
          income('5010', 'Product cost', ['5010'], -6_000_000),
          income('5030', 'Inbound freight', ['5030'], -1_000_000),
        ],
      },
      denominator: {
        label: 'Revenue',
        cents: 10_000_000,
        isAverage: false,
        sources: [income('revenue-total', 'Total revenue', ['4010'], 10_000_000)],
      },
    });
    const range = { ...RANGE, key: 'gross-margin' as const, low: 20.6, high: 44.8 };
    expect(ratioAlert(margin(15), range, CITATION)?.text).toBe(
      'Gross margin 15.0% is below the industry range 20.6-44.8% (IRS SOI Corporation Source Book, ' +
        'Miscellaneous Store Retailers, tax years 2011 and 2013): gross profit $30,000.00 against ' +
        'revenue $100,000.00; the largest deduction from gross profit is Product cost (5010) at $60,000.00.',
    );
    expect(ratioAlert(margin(71.4), range, CITATION)?.text).toMatch(
      /above the industry range 20\.6-44\.8% .*; the costs deducted total \$70,000\.00, the largest Product cost \(5010\) at \$60,000\.00\.$/,
    );
  });
});
