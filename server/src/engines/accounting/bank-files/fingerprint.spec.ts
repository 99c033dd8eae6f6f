import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseBankCsv } from './csv.js';
import { bankRowFingerprints } from './fingerprint.js';
import type { BankFileRow } from './types.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const EXPORT = [
  'Date,Description,Amount',
  '03/04/2026,SQ *BLUE BOTTLE 4432,-4.50',
  '03/04/2026,SQ *BLUE BOTTLE 4432,-4.50',
  '03/05/2026,GUSTO PAY 123456,-2450.00',
].join('\n');

describe('bankRowFingerprints', () => {
  it('gives the same ids when the same file is parsed twice', () => {
    expect(bankRowFingerprints(parseBankCsv(EXPORT).rows)).toEqual(
      bankRowFingerprints(parseBankCsv(EXPORT).rows),
    );
  });

  it('gives two identical coffees on the same day two different ids (ordinal 0 and 1)', () => {
    const [first, second, third] = bankRowFingerprints(parseBankCsv(EXPORT).rows);
    expect(first).not.toBe(second);
    expect(new Set([first, second, third]).size).toBe(3);
    expect(first).toBe(sha256('2026-03-04|-450|SQ *BLUE BOTTLE 4432||0'));
    expect(second).toBe(sha256('2026-03-04|-450|SQ *BLUE BOTTLE 4432||1'));
  });

  it('recognises the rows of an overlapping later export, whatever their line, case or spacing', () => {
    const later = [
      'Date,Description,Amount',
      '03/05/2026,Gusto  Pay 123456,-2450.00',
      '03/04/2026,SQ *BLUE BOTTLE 4432,-4.50',
      '03/04/2026,SQ *BLUE BOTTLE 4432,-4.50',
      '03/04/2026,SQ *BLUE BOTTLE 4432,-4.50',
    ].join('\n');
    const before = new Set(bankRowFingerprints(parseBankCsv(EXPORT).rows));
    const fresh = bankRowFingerprints(parseBankCsv(later).rows).filter((id) => !before.has(id));
    expect(fresh).toEqual([sha256('2026-03-04|-450|SQ *BLUE BOTTLE 4432||2')]);
  });

  it('tells apart rows that differ only by reference', () => {
    const rows: BankFileRow[] = [
      {
        line: 2,
        postedOn: '2026-03-04',
        amountCents: -10000,
        description: 'CHECK',
        reference: '1001',
      },
      {
        line: 3,
        postedOn: '2026-03-04',
        amountCents: -10000,
        description: 'CHECK',
        reference: '1002',
      },
    ];
    const [a, b] = bankRowFingerprints(rows);
    expect(a).not.toBe(b);
  });

  it('uses the FITID when there is one, whatever the other fields say; a repeated FITID still gets its own id', () => {
    const row = (fitid: string, description: string): BankFileRow => ({
      line: 1,
      postedOn: '2026-03-04',
      amountCents: -450,
      description,
      reference: fitid,
      fitid,
    });
    const ids = bankRowFingerprints([
      row('20260304-1', 'SQ *BLUE BOTTLE'),
      row('20260304-1', 'SQ *BLUE BOTTLE COFFEE'),
    ]);
    expect(ids[0]).toBe(sha256('FITID|20260304-1'));
    expect(ids[1]).toBe(sha256('FITID|20260304-1|1'));
    expect(bankRowFingerprints([row('20260304-1', 'renamed by the bank')])).toEqual([ids[0]]);
  });
});
