import { describe, expect, it } from 'vitest';
import { industryBenchmarks } from './industry-benchmarks.js';
import { benchmarkIndustry } from './naics-lookup.js';
import { soiRatio } from './soi-ratios.js';
import { SOI_TOTALS } from './soi-source-book.js';

describe('benchmarkIndustry (NAICS lookup, 6 -> 4 -> 3 -> 2 digits)', () => {
  it('maps the gift shop code at 6 digits to SOI subsector 453', () => {
    expect(benchmarkIndustry('459420')).toMatchObject({
      matchedCode: '459420',
      matchedLevel: 6,
      soiIndustry: '453',
      industryLabel:
        'Miscellaneous Store Retailers (SOI industry 453, a NAICS subsector (3 digits))',
    });
  });

  it('falls back to retail trade as a whole at 2 digits', () => {
    expect(benchmarkIndustry('459410')).toMatchObject({
      matchedCode: '45',
      matchedLevel: 2,
      soiIndustry: '44',
    });
    expect(benchmarkIndustry('4451')).toMatchObject({ matchedCode: '44', matchedLevel: 2 });
  });

  it('has no benchmark for other sectors, no code or a malformed code', () => {
    expect(benchmarkIndustry('541511')).toBeNull();
    expect(benchmarkIndustry(null)).toBeNull();
    expect(benchmarkIndustry('45942x')).toBeNull();
    expect(benchmarkIndustry('4')).toBeNull();
  });
});

describe('soiRatio', () => {
  it('computes a row by the stated formulas (2013, industry 453, assets under $500k), by hand', () => {
    const row = SOI_TOTALS.find(
      (r) => r.industry === '453' && r.taxYear === 2013 && r.assetClass === 3,
    );
    if (!row) throw new Error('row missing');
    // current assets 920,631 + 492,523 - 0 + 2,062,830 + 0 + 0 + 77,986 = 3,553,970;
    // current liabilities 468,186 + 321,715 + 664,240 = 1,454,141; 3,553,970 / 1,454,141 = 2.444
    expect(soiRatio(row, 'current-ratio')).toBe(2.44);
    // (22,328,251 - 12,333,429) / 22,328,251 = 44.76%
    expect(soiRatio(row, 'gross-margin')).toBe(44.8);
    // 2,062,830 / 12,333,429 x 365 = 61.05 days
    expect(soiRatio(row, 'days-inventory-outstanding')).toBe(61);
    // (531,533 + 154,801) / 154,801 = 4.434
    expect(soiRatio(row, 'interest-coverage')).toBe(4.43);
    expect(soiRatio(row, 'operating-margin')).toBeNull();
  });
});

describe('industryBenchmarks for NAICS 459420', () => {
  // Expected ranges computed separately (Python, exact fractions) from the 2011sb1.csv and
  // 2013sb1.csv files as read, min-max over asset classes 3-5 of both years.
  const expected: Record<string, [number, number, number | null]> = {
    'gross-margin': [20.6, 44.8, 37.1],
    'net-margin': [0.3, 2.4, 3.4],
    'return-on-assets': [0.5, 10.4, 7],
    'return-on-equity': [1, 141.5, 27.7],
    'current-ratio': [1.77, 2.57, 1.8],
    'quick-ratio': [0.77, 0.98, 0.77],
    'cash-ratio': [0.38, 0.63, 0.37],
    'days-sales-outstanding': [7.4, 31.8, 22.2],
    'days-payable-outstanding': [13.9, 60.6, 43.2],
    'days-inventory-outstanding': [33.2, 109.4, 78.8],
    'inventory-turnover': [3.34, 10.98, 4.63],
    'debt-to-equity': [0.9, 13.36, 2.95],
    'interest-coverage': [1.4, 8.37, 3.75],
  };
  const benchmarks = industryBenchmarks('459420');

  it('derives each range as the min-max over six size-class figures, with the all-sizes figure', () => {
    const got = Object.fromEntries(
      Object.values(benchmarks?.ratios ?? {}).map((b) => [
        b.key,
        [b.low, b.high, b.allSizesLatest],
      ]),
    );
    expect(got).toEqual(expected);
    expect(benchmarks?.ratios['current-ratio']?.observations).toHaveLength(6);
    expect(benchmarks?.ratios['current-ratio']?.median).toBeNull();
  });

  it('says why operating margin has no benchmark', () => {
    expect(benchmarks?.missing).toEqual({
      'operating-margin':
        'SOI publishes no operating income line, so there is no benchmark for it.',
    });
  });

  it('cites the source: publisher, title, table, period, publication date and where it was read', () => {
    expect(benchmarks?.citation).toMatchObject({
      publisher: expect.stringContaining('Statistics of Income'),
      title: expect.stringContaining('Corporation Source Book'),
      table: expect.stringContaining('Miscellaneous Store Retailers'),
      dataPeriod: expect.stringContaining('Tax years 2011 and 2013'),
      publicationDate: expect.stringContaining('2016'),
      shortCitation:
        'IRS SOI Corporation Source Book, Miscellaneous Store Retailers, tax years 2011 and 2013, corporations with assets under $5 million',
    });
    expect(benchmarks?.citation.urls.every((u) => u.startsWith('https://github.com/'))).toBe(true);
  });
});
