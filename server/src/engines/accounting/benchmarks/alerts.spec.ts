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
        cents: 840_000,
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
        'current liabilities $10,000.00; the largest is Credit card payable (2100) at $7,500.00.',
    });
  });

  it('informs above the range (healthy side) and names the largest current asset', () => {
    const alert = ratioAlert(currentRatio(3.1), RANGE, CITATION);
    expect(alert?.severity).toBe('INFO');
    expect(alert?.text).toMatch(
      /is above the industry range 1\.77-2\.57 .*the largest is Checking \(1010\) at \$8,400\.00\.$/,
    );
  });

  it('says nothing inside the range, on its edges, or without a value or benchmark', () => {
    expect(ratioAlert(currentRatio(1.77), RANGE, CITATION)).toBeNull();
    expect(ratioAlert(currentRatio(2.57), RANGE, CITATION)).toBeNull();
    expect(ratioAlert({ ...currentRatio(0), value: null }, RANGE, CITATION)).toBeNull();
    expect(ratioAlert(currentRatio(0.5), undefined, CITATION)).toBeNull();
  });
});
