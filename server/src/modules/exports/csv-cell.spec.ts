import { describe, expect, it } from 'vitest';
import { inertCell } from './csv-cell.js';

describe('inertCell', () => {
  it('puts a quote before text a spreadsheet would run as a formula', () => {
    expect(inertCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
    for (const start of ['+', '-', '@', '\t', '\r', '＝']) {
      expect(inertCell(`${start}cmd|' /C calc'!A0`)).toBe(`'${start}cmd|' /C calc'!A0`);
    }
  });

  it('leaves other text as it is, and empty cells empty', () => {
    expect(inertCell('Ana, "the potter" – Zürich')).toBe('Ana, "the potter" – Zürich');
    expect(inertCell('a=b')).toBe('a=b');
    expect(inertCell(null)).toBe('');
    expect(inertCell(undefined)).toBe('');
  });
});
