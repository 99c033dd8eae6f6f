import { describe, expect, it } from 'vitest';
import { mentionsNumber, reconcile, type BankLine, type OpenItem } from './reconciliation.js';

function invoice(
  id: string,
  number: string,
  openCents: number,
  issuedOn: string,
  dueOn: string,
  counterparty = 'Harbor Goods Co.',
): OpenItem {
  return { id, type: 'INVOICE', number, counterparty, openCents, issuedOn, dueOn };
}

function line(
  id: string,
  postedOn: string,
  amountCents: number,
  description: string,
  reference: string | null = null,
): BankLine {
  return { id, postedOn, amountCents, description, reference };
}

const ITEMS: OpenItem[] = [
  invoice('inv-a', 'INV-2026-004', 123_456, '2026-03-01', '2026-03-31'),
  invoice('inv-b', 'INV-2026-005', 50_000, '2026-03-05', '2026-04-04', 'Juniper Home'),
  invoice('inv-c', 'INV-2026-006', 75_000, '2026-03-10', '2026-04-09'),
  invoice('inv-d', 'INV-2026-007', 20_000, '2026-03-12', '2026-04-11', 'Juniper Home'),
  invoice('inv-e', 'INV-2026-008', 20_000, '2026-03-12', '2026-04-11', 'Fernwood Market'),
  invoice('inv-g', 'INV-2026-009', 30_000, '2026-03-20', '2026-04-19'),
  {
    id: 'bill-f',
    type: 'BILL',
    number: 'KC-88121',
    counterparty: 'Kiln Co.',
    openCents: 45_000,
    issuedOn: '2026-03-02',
    dueOn: '2026-04-01',
  },
];

const LINES: BankLine[] = [
  line('l1', '2026-03-20', 123_456, 'ACH CREDIT HARBOR GOODS INV2026004'),
  line('l2', '2026-03-25', 50_000, 'MOBILE DEPOSIT'),
  line('l3', '2026-04-02', 70_000, 'ZELLE FROM HARBOR GOODS', 'inv 2026-006'),
  line('l4', '2026-04-05', 20_000, 'DEPOSIT'),
  line('l5', '2026-04-06', -45_000, 'CHECK 1043 KILN CO', 'KC-88121'),
  line('l6', '2026-04-07', -1_299, 'SQ *BLUE BOTTLE 4432'),
  line('l7', '2026-04-08', -50_000, 'ONLINE TRANSFER TO SAVINGS'),
];

describe('reconcile', () => {
  const result = reconcile(LINES, ITEMS);

  it('matches by document number and equal amount (EXACT), for invoices and bills', () => {
    expect(result.matches.filter((m) => m.confidence === 'EXACT')).toEqual([
      {
        lineId: 'l1',
        itemId: 'inv-a',
        type: 'INVOICE',
        confidence: 'EXACT',
        reason: 'the line names INV-2026-004 and pays $1,234.56, its open balance',
      },
      {
        lineId: 'l5',
        itemId: 'bill-f',
        type: 'BILL',
        confidence: 'EXACT',
        reason: 'the line names KC-88121 and pays $450.00, its open balance',
      },
    ]);
  });

  it('matches an unnamed deposit by amount and date when only one invoice fits', () => {
    expect(result.matches.filter((m) => m.confidence === 'AMOUNT_AND_DATE')).toEqual([
      {
        lineId: 'l2',
        itemId: 'inv-b',
        type: 'INVOICE',
        confidence: 'AMOUNT_AND_DATE',
        reason:
          '$500.00 equals the open balance of INV-2026-005 (Juniper Home); posted 2026-03-25, within 2026-03-05..2026-06-03 (issued to 60 days after due); the only candidate',
      },
    ]);
  });

  it('lists a short payment naming its invoice as a mismatch with both figures', () => {
    expect(result.mismatches).toEqual([
      {
        lineId: 'l3',
        itemId: 'inv-c',
        expectedCents: 75_000,
        actualCents: 70_000,
        reason:
          'short payment: the line names INV-2026-006, open for $750.00, but pays $700.00, $50.00 short',
      },
    ]);
  });

  it('leaves a deposit that fits two equal invoices unmatched and says why', () => {
    expect(result.ambiguities).toEqual([
      {
        lineId: 'l4',
        itemIds: ['inv-d', 'inv-e'],
        reason:
          '2 open invoices of $200.00 fit (INV-2026-007, INV-2026-008) and the line names none of them',
      },
    ]);
  });

  it('leaves lines with no candidate unmatched; money out never pays an invoice', () => {
    // l7 is -500.00, the amount of INV-2026-005, but money out can only pay a bill.
    expect(result.unmatchedLines).toEqual(['l4', 'l6', 'l7']);
    expect(result.unmatchedItems).toEqual(['inv-d', 'inv-e', 'inv-g']);
  });

  it('gives the same answer whatever order the inputs come in', () => {
    expect(reconcile([...LINES].reverse(), [...ITEMS].reverse())).toEqual(result);
  });
});

describe('reconcile: dates and uniqueness', () => {
  const late = invoice('inv-late', 'INV-2026-001', 50_000, '2026-01-01', '2026-01-31');

  it('matches by amount only between the issue date and the due date plus the window', () => {
    // Due 2026-01-31 + 60 days = 2026-04-01.
    expect(reconcile([line('l', '2026-04-01', 50_000, 'DEPOSIT')], [late]).matches).toHaveLength(1);
    expect(reconcile([line('l', '2026-04-02', 50_000, 'DEPOSIT')], [late]).matches).toEqual([]);
    expect(
      reconcile([line('l', '2026-04-02', 50_000, 'DEPOSIT')], [late], { windowDays: 90 }).matches,
    ).toHaveLength(1);
    expect(reconcile([line('l', '2025-12-31', 50_000, 'DEPOSIT')], [late]).matches).toEqual([]);
  });

  it('still matches a named invoice after the window (the number is the evidence)', () => {
    const result = reconcile([line('l', '2026-09-01', 50_000, 'PAYMENT INV-2026-001')], [late]);
    expect(result.matches.map((m) => m.confidence)).toEqual(['EXACT']);
  });

  it('leaves two equal deposits for one invoice unmatched', () => {
    const result = reconcile(
      [line('l1', '2026-02-02', 50_000, 'DEPOSIT'), line('l2', '2026-02-03', 50_000, 'DEPOSIT')],
      [late],
    );
    expect(result.matches).toEqual([]);
    expect(result.ambiguities.map((a) => [a.lineId, a.reason])).toEqual([
      [
        'l1',
        '2 bank lines of $500.00 fit INV-2026-001 (l1, l2); which one pays it is for a person to decide',
      ],
      [
        'l2',
        '2 bank lines of $500.00 fit INV-2026-001 (l1, l2); which one pays it is for a person to decide',
      ],
    ]);
    expect(result.unmatchedLines).toEqual(['l1', 'l2']);
    expect(result.unmatchedItems).toEqual(['inv-late']);
  });

  it('uses each invoice once: a second line naming a paid invoice is flagged, not matched', () => {
    const result = reconcile(
      [
        line('l1', '2026-02-02', 50_000, 'PAYMENT INV-2026-001'),
        line('l2', '2026-02-09', 50_000, 'PAYMENT INV-2026-001'),
      ],
      [late],
    );
    expect(result.matches.map((m) => m.lineId)).toEqual(['l1']);
    expect(result.ambiguities).toEqual([
      {
        lineId: 'l2',
        itemIds: ['inv-late'],
        reason:
          'the line names INV-2026-001, already matched to another bank line (a duplicate payment?)',
      },
    ]);
    expect(result.unmatchedLines).toEqual(['l2']);
  });

  it('reports an overpayment as a mismatch too', () => {
    const result = reconcile(
      [line('l', '2026-02-02', 55_000, 'HARBOR GOODS', 'INV-2026-001')],
      [late],
    );
    expect(result.mismatches).toEqual([
      {
        lineId: 'l',
        itemId: 'inv-late',
        expectedCents: 50_000,
        actualCents: 55_000,
        reason:
          'overpayment: the line names INV-2026-001, open for $500.00, but pays $550.00, $50.00 more',
      },
    ]);
    expect(result.unmatchedLines).toEqual([]);
    expect(result.unmatchedItems).toEqual([]);
  });

  it('leaves one payment naming two invoices for a person to split', () => {
    const other = invoice('inv-2', 'INV-2026-002', 25_000, '2026-01-05', '2026-02-04');
    const result = reconcile(
      [line('l', '2026-02-02', 75_000, 'PMT INV-2026-001 INV-2026-002')],
      [late, other],
    );
    expect(result.matches).toEqual([]);
    expect(result.ambiguities).toEqual([
      {
        lineId: 'l',
        itemIds: ['inv-late', 'inv-2'],
        reason:
          'the line names INV-2026-001 open for $500.00 and INV-2026-002 open for $250.00 and pays $750.00; a payment for several documents is split by a person',
      },
    ]);
    expect(result.unmatchedItems).toEqual(['inv-late', 'inv-2']);
  });
});

describe('mentionsNumber', () => {
  it.each([
    ['ACH PMT INV2026004 HARBOR', 'INV-2026-004', true],
    ['payment for inv 2026 004', 'INV-2026-004', true],
    ['INV-2026-0041', 'INV-2026-004', false],
    ['ORDER 110425', '1042', false],
    ['ORDER #1042 THANKS', '1042', true],
    ['PAID 12', '12', false],
  ])('%j mentions %j: %s', (text, number, expected) => {
    expect(mentionsNumber(text, number)).toBe(expected);
  });
});
