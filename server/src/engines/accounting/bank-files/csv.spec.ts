import { describe, expect, it } from 'vitest';
import { parseAmountCents } from './amount.js';
import { parseBankCsv } from './csv.js';
import { parseStatementDate } from './dates.js';
import { BankFileError, MAX_BANK_FILE_ROWS, type ParsedBankFile } from './types.js';

function errorOf(run: () => unknown): BankFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof BankFileError) return error;
    throw error;
  }
  throw new Error('expected a BankFileError');
}

const amounts = (file: ParsedBankFile) => file.rows.map((row) => row.amountCents);

describe('parseBankCsv: the common export layouts', () => {
  it('reads a Chase-like checking export: one signed Amount column, Details and Type ignored, check number as reference', () => {
    const text = [
      'Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #',
      'DEBIT,03/04/2026,"SQ *BLUE BOTTLE 4432",-4.50,DEBIT_CARD,1995.50,,',
      'CREDIT,03/05/2026,"SHOPIFY PAYOUT 8812",1234.56,ACH_CREDIT,3230.06,,',
      'CHECK,03/16/2026,"CHECK 1001",-250.00,CHECK_PAID,2980.06,1001,',
    ].join('\r\n');
    const file = parseBankCsv(text);
    expect(file).toMatchObject({
      format: 'CSV',
      layout: 'SINGLE_AMOUNT',
      dateOrder: 'MDY',
      dateOrderAmbiguous: false,
      signConvention: 'NEGATIVE_IS_OUTFLOW',
      accountLast4: null,
    });
    expect(file.rows).toEqual([
      {
        line: 2,
        postedOn: '2026-03-04',
        amountCents: -450,
        description: 'SQ *BLUE BOTTLE 4432',
        reference: null,
      },
      {
        line: 3,
        postedOn: '2026-03-05',
        amountCents: 123456,
        description: 'SHOPIFY PAYOUT 8812',
        reference: null,
      },
      {
        line: 4,
        postedOn: '2026-03-16',
        amountCents: -25000,
        description: 'CHECK 1001',
        reference: '1001',
      },
    ]);
  });

  it('reads a Bank-of-America-like export: summary block above the header, Withdrawals and Deposits columns, the beginning-balance line skipped', () => {
    const text = [
      'Description,,Summary Amt.',
      'Beginning balance as of 03/01/2026,,"10,000.00"',
      'Total credits,,"1,050.25"',
      'Total debits,,"-2,450.00"',
      'Ending balance as of 03/31/2026,,"8,600.25"',
      '',
      'Date,Description,Withdrawals,Deposits,Running Bal.',
      '03/01/2026,Beginning balance as of 03/01/2026,,,"10,000.00"',
      '03/02/2026,"GUSTO PAY 123456","2,450.00",,"7,550.00"',
      '03/03/2026,"STRIPE TRANSFER ST-8X2, PAYOUT",,"1,050.25","8,600.25"',
      '',
      '',
    ].join('\n');
    const file = parseBankCsv(text);
    expect(file.layout).toBe('DEBIT_CREDIT');
    expect(file.signConvention).toBeNull();
    expect(file.rows).toEqual([
      {
        line: 9,
        postedOn: '2026-03-02',
        amountCents: -245000,
        description: 'GUSTO PAY 123456',
        reference: null,
      },
      {
        line: 10,
        postedOn: '2026-03-03',
        amountCents: 105025,
        description: 'STRIPE TRANSFER ST-8X2, PAYOUT',
        reference: null,
      },
    ]);
  });

  it('reads debits written as negative numbers in a Debit column as money out all the same', () => {
    const file = parseBankCsv(
      'Date,Description,Debit,Credit\n2026-03-02,RENT,-1500.00,\n2026-03-03,SALE,,25\n',
    );
    expect(amounts(file)).toEqual([-150000, 2500]);
  });

  it('reads an amount + type export (DR/CR) with a Reference column', () => {
    const text = [
      'Transaction Date,Name,Amount,Transaction Type,Reference',
      '2026-03-04,AMZN Mktp US*2K4,19.99,DR,A1',
      '2026-03-05,CUSTOMER DEPOSIT,500.00,CR,A2',
      '2026-03-06,BANK FEE,2.5,debit,A3',
    ].join('\n');
    const file = parseBankCsv(text);
    expect(file).toMatchObject({
      layout: 'AMOUNT_WITH_TYPE',
      dateOrder: 'YMD',
      signConvention: null,
    });
    expect(file.rows.map((row) => [row.postedOn, row.amountCents, row.reference])).toEqual([
      ['2026-03-04', -1999, 'A1'],
      ['2026-03-05', 50000, 'A2'],
      ['2026-03-06', -250, 'A3'],
    ]);
  });

  it('detects a credit-card export whose purchases are positive and flips it (POSITIVE_IS_OUTFLOW), reading the posting date', () => {
    const text = [
      'Trans. Date,Post Date,Description,Amount,Category',
      '03/02/2026,03/03/2026,"ADOBE *CREATIVE CLOUD",54.99,Services',
      '03/03/2026,03/04/2026,"UPS 1Z999AA10123456784",12.40,Services',
      '03/10/2026,03/11/2026,"INTERNET PAYMENT - THANK YOU",-500.00,Payments and Credits',
    ].join('\n');
    const file = parseBankCsv(text);
    expect(file.signConvention).toBe('POSITIVE_IS_OUTFLOW');
    expect(file.rows.map((row) => [row.postedOn, row.amountCents])).toEqual([
      ['2026-03-03', -5499],
      ['2026-03-04', -1240],
      ['2026-03-11', 50000],
    ]);
    // The option overrides the guess.
    expect(amounts(parseBankCsv(text, { signConvention: 'NEGATIVE_IS_OUTFLOW' }))).toEqual([
      5499, 1240, -50000,
    ]);
  });

  it('applies POSITIVE_IS_OUTFLOW when chosen for an Amex-like export the guess cannot decide (no payments in it)', () => {
    const text =
      'Date,Description,Amount\n03/04/2026,DELTA AIR LINES,412.30\n03/05/2026,UBER TRIP,18.07\n';
    expect(parseBankCsv(text).signConvention).toBe('NEGATIVE_IS_OUTFLOW');
    const file = parseBankCsv(text, { signConvention: 'POSITIVE_IS_OUTFLOW' });
    expect(file.signConvention).toBe('POSITIVE_IS_OUTFLOW');
    expect(amounts(file)).toEqual([-41230, -1807]);
  });

  it('keeps a checking export with payments out and deposits in as NEGATIVE_IS_OUTFLOW', () => {
    const text = [
      'Date,Description,Amount',
      '03/01/2026,ONLINE PAYMENT TO CARD,-300.00',
      '03/02/2026,PAYROLL DIRECT DEP,2000.00',
      '03/03/2026,MOBILE DEPOSIT,150.00',
    ].join('\n');
    expect(parseBankCsv(text).signConvention).toBe('NEGATIVE_IS_OUTFLOW');
  });

  it('follows a chosen layout and names the column it lacks', () => {
    const text = 'Date,Description,Amount,Type\n2026-03-04,X,-5,ACH_DEBIT\n';
    expect(parseBankCsv(text, { layout: 'SINGLE_AMOUNT' }).rows[0]?.amountCents).toBe(-500);
    const error = errorOf(() =>
      parseBankCsv('Date,Description,Amount\n2026-03-04,X,5\n', { layout: 'AMOUNT_WITH_TYPE' }),
    );
    expect(error.message).toBe('missing required column Type for the AMOUNT_WITH_TYPE layout');
    expect(error.row).toBe(1);
  });

  it('reads the account column when every row names the same account', () => {
    const text =
      'Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit\n2026-03-01,2026-03-02,4417,COSTCO,Merch,81.20,\n';
    const file = parseBankCsv(text);
    expect(file.accountLast4).toBe('4417');
    expect(file.rows[0]).toMatchObject({ postedOn: '2026-03-02', amountCents: -8120 });
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(amounts(parseBankCsv('Date;Description;Amount\n2026-03-04;A;-1.25\n'))).toEqual([-125]);
    expect(amounts(parseBankCsv('Date\tDescription\tAmount\n2026-03-04\tA\t-1.25\n'))).toEqual([
      -125,
    ]);
  });
});

describe('parseBankCsv: text details', () => {
  it('handles a BOM, quoted commas, a quoted line break (lines still counted), "$", thousands, parentheses and trailing blank lines', () => {
    const text =
      '\uFEFFDate,Description,Amount\r\n' +
      '03/04/2026,"ACME, INC ""WHOLESALE""","$1,234.56"\r\n' +
      '03/05/2026,"TWO\r\nLINES",(12.00)\r\n' +
      '03/06/2026,REFUND,12.00-\r\n' +
      '\r\n\r\n,,\r\n';
    const file = parseBankCsv(text);
    expect(file.rows).toEqual([
      {
        line: 2,
        postedOn: '2026-03-04',
        amountCents: 123456,
        description: 'ACME, INC "WHOLESALE"',
        reference: null,
      },
      {
        line: 3,
        postedOn: '2026-03-05',
        amountCents: -1200,
        description: 'TWO LINES',
        reference: null,
      },
      {
        line: 5,
        postedOn: '2026-03-06',
        amountCents: -1200,
        description: 'REFUND',
        reference: null,
      },
    ]);
  });

  it('falls back to the next description column (Memo) when Description is blank', () => {
    const file = parseBankCsv('Date,Description,Memo,Amount\n2026-03-04,,WIRE FROM ACME,100\n');
    expect(file.rows[0]?.description).toBe('WIRE FROM ACME');
  });

  it.each([
    ['19.99', 1999],
    ['-0.01', -1],
    ['+5', 500],
    ['$5', 500],
    ['-$5.10', -510],
    ['$-5.10', -510],
    ['(1,234.50)', -123450],
    ['1,234,567.89', 123456789],
    ['.5', 50],
    ['12.', 1200],
    ['12.500', 1250],
    ['0.00', 0],
  ])('reads the amount %s as %i cents exactly', (text, cents) => {
    expect(parseAmountCents(text)).toBe(cents);
  });

  it.each(['12.3.4', '12.345', '1.234,56', '1,23', 'abc', '', '--5', '(-5)', '€5', '1e3'])(
    'refuses %j as an amount',
    (text) => {
      expect(parseAmountCents(text)).toBeNull();
    },
  );
});

describe('parseBankCsv: dates', () => {
  it.each([
    ['2026-03-04', 'MDY', '2026-03-04'],
    ['2026/3/4', 'DMY', '2026-03-04'],
    ['03/04/2026', 'MDY', '2026-03-04'],
    ['3/4/26', 'MDY', '2026-03-04'],
    ['04/03/2026', 'DMY', '2026-03-04'],
    ['04.03.2026', 'DMY', '2026-03-04'],
    ['20260304', 'MDY', '2026-03-04'],
    ['03/04/2026 13:45:00', 'MDY', '2026-03-04'],
    ['2026-03-04T13:45:00', 'MDY', '2026-03-04'],
    ['2/29/28', 'MDY', '2028-02-29'],
  ] as const)('reads %s under %s as %s', (text, order, iso) => {
    expect(parseStatementDate(text, order)).toBe(iso);
  });

  it.each([
    ['02/30/2026', 'MDY'],
    ['13/01/2026', 'MDY'],
    ['2/29/27', 'MDY'],
    ['20261301', 'MDY'],
    ['March 4', 'MDY'],
    ['03/04/2026', 'YMD'],
  ] as const)('refuses %s under %s', (text, order) => {
    expect(parseStatementDate(text, order)).toBeNull();
  });

  it('detects DMY from a day over 12 anywhere in the file', () => {
    const file = parseBankCsv('Date,Description,Amount\n04/03/2026,A,-1\n25/03/2026,B,-2\n');
    expect(file.dateOrder).toBe('DMY');
    expect(file.dateOrderAmbiguous).toBe(false);
    expect(file.rows.map((row) => row.postedOn)).toEqual(['2026-03-04', '2026-03-25']);
  });

  it('assumes MDY, and says so, when no date decides; a chosen order overrides', () => {
    const text = 'Date,Description,Amount\n04/03/2026,A,-1\n05/03/2026,B,-2\n';
    const file = parseBankCsv(text);
    expect(file).toMatchObject({ dateOrder: 'MDY', dateOrderAmbiguous: true });
    expect(file.rows.map((row) => row.postedOn)).toEqual(['2026-04-03', '2026-05-03']);
    const chosen = parseBankCsv(text, { dateOrder: 'DMY' });
    expect(chosen).toMatchObject({ dateOrder: 'DMY', dateOrderAmbiguous: false });
    expect(chosen.rows.map((row) => row.postedOn)).toEqual(['2026-03-04', '2026-03-05']);
  });

  it('refuses a file whose dates contradict each other, naming both rows', () => {
    const error = errorOf(() =>
      parseBankCsv('Date,Description,Amount\n03/25/2026,A,-1\n25/03/2026,B,-2\n'),
    );
    expect(error.message).toBe(
      "row 3, column Date: '25/03/2026' contradicts the date order of other rows (row 2 '03/25/2026' is month/day, row 3 '25/03/2026' is day/month)",
    );
    expect([error.row, error.column]).toEqual([3, 'Date']);
  });

  it('refuses a date that is impossible under the chosen order', () => {
    const error = errorOf(() =>
      parseBankCsv('Posting Date,Description,Amount\n25/03/2026,A,-1\n', { dateOrder: 'MDY' }),
    );
    expect(error.message).toBe(
      "row 2, column Posting Date: '25/03/2026' is not a date (read as MDY)",
    );
  });
});

describe('parseBankCsv: malformed files import nothing', () => {
  it('names the row and column of a bad amount (row 17 is the 17th line of the file)', () => {
    const good = Array.from(
      { length: 15 },
      (_, i) => `2026-03-${String(i + 1).padStart(2, '0')},COFFEE,-4.50`,
    );
    const text = [
      'Date,Description,Amount',
      ...good,
      '2026-03-16,BROKEN,12.3.4',
      '2026-03-17,FINE,1.00',
    ].join('\n');
    const error = errorOf(() => parseBankCsv(text));
    expect(error.message).toBe("row 17, column Amount: '12.3.4' is not an amount");
    expect([error.row, error.column]).toEqual([17, 'Amount']);
  });

  it('names a bad debit cell by its header, a missing amount, both debit and credit, and an unknown type', () => {
    expect(
      errorOf(() => parseBankCsv('Date,Description,Money Out,Money In\n2026-03-01,A,abc,\n'))
        .message,
    ).toBe("row 2, column Money Out: 'abc' is not an amount");
    expect(
      errorOf(() => parseBankCsv('Date,Description,Debit,Credit\n2026-03-01,A,,\n')).message,
    ).toBe('row 2, column Debit: neither Debit nor Credit holds an amount');
    expect(
      errorOf(() => parseBankCsv('Date,Description,Debit,Credit\n2026-03-01,A,5,6\n')).message,
    ).toBe("row 2, column Credit: '6' is an amount but Debit also holds one ('5')");
    expect(errorOf(() => parseBankCsv('Date,Description,Amount\n2026-03-01,A,\n')).message).toBe(
      'row 2, column Amount: is empty: every row needs an amount',
    );
    expect(
      errorOf(() =>
        parseBankCsv('Date,Description,Amount,Type\n2026-03-01,A,5,DR\n2026-03-02,B,5,XFER\n', {
          layout: 'AMOUNT_WITH_TYPE',
        }),
      ).message,
    ).toBe(
      "row 3, column Type: 'XFER' is not a transaction type (expected DEBIT or CREDIT, DR or CR)",
    );
    expect(errorOf(() => parseBankCsv('Date,Description,Amount\n,A,5\n')).message).toBe(
      "row 2, column Date: '' is empty: every row needs a date",
    );
  });

  it('names the missing required columns', () => {
    const noMoney = errorOf(() => parseBankCsv('Date,Memo,Balance\n2026-03-01,A,5\n'));
    expect(noMoney.message).toBe(
      "no header row with the required columns: missing Amount (or Debit and Credit) (row 1 has 'Date', 'Memo', 'Balance')",
    );
    expect(noMoney.row).toBe(1);
    expect(errorOf(() => parseBankCsv('When,What,How much\n2026-03-01,A,5\n')).message).toBe(
      "no header row with the required columns: missing Date, Description, Amount (or Debit and Credit) (row 1 has 'When', 'What', 'How much')",
    );
    expect(errorOf(() => parseBankCsv('Posting Date,Amount\n2026-03-01,5\n')).message).toBe(
      'missing required column Description (or Payee, Memo, Details, Name)',
    );
    expect(
      errorOf(() => parseBankCsv('Date,Description,Withdrawal\n2026-03-01,A,5\n')).message,
    ).toBe('missing required column Credit for the DEBIT_CREDIT layout');
  });

  it('refuses an empty file', () => {
    expect(errorOf(() => parseBankCsv('')).message).toBe('the file is empty');
    expect(errorOf(() => parseBankCsv('\uFEFF\r\n\r\n')).message).toBe('the file is empty');
  });

  it('refuses more rows than MAX_BANK_FILE_ROWS', () => {
    const line = '2026-03-01,A,-1\n';
    const error = errorOf(() =>
      parseBankCsv('Date,Description,Amount\n' + line.repeat(MAX_BANK_FILE_ROWS + 1)),
    );
    expect(error.message).toBe(
      `the file has ${MAX_BANK_FILE_ROWS + 1} transactions; at most ${MAX_BANK_FILE_ROWS} can be imported at once`,
    );
  });
});

describe('parseBankCsv: a 10,000-row export', () => {
  it('reads every row, and the cents add up exactly', () => {
    const lines = ['Posting Date,Description,Amount,Reference'];
    let expectedSum = 0;
    for (let i = 0; i < 10_000; i++) {
      const cents = ((i * 7919) % 200_003) - 100_000; // -1,000.00 .. 1,000.02, signs mixed
      expectedSum += cents;
      const abs = Math.abs(cents);
      const text = `${cents < 0 ? '-' : ''}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
      const day = new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
      lines.push(`${day},"MERCHANT ${i % 97}, STORE ${i}","${text}",R${i}`);
    }
    const started = performance.now();
    const file = parseBankCsv(lines.join('\n'));
    const elapsed = performance.now() - started;
    expect(file.rows).toHaveLength(10_000);
    expect(file.rows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(expectedSum);
    expect(file.rows[9_999]).toEqual({
      line: 10_001,
      postedOn: '2025-05-25',
      amountCents: ((9_999 * 7919) % 200_003) - 100_000,
      description: 'MERCHANT 8, STORE 9999',
      reference: 'R9999',
    });
    expect(elapsed).toBeLessThan(3_000);
  });
});
