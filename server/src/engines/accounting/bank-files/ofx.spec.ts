import { describe, expect, it } from 'vitest';
import { bankRowFingerprints } from './fingerprint.js';
import { parseOfx } from './ofx.js';
import { parseBankFile } from './parse-bank-file.js';
import { BankFileError } from './types.js';

function errorOf(run: () => unknown): BankFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof BankFileError) return error;
    throw error;
  }
  throw new Error('expected a BankFileError');
}

/** OFX 1.02 SGML as banks serve it: CRLF, leaves without closing tags, an empty MEMO, an "&". */
const OFX_SGML = [
  'OFXHEADER:100',
  'DATA:OFXSGML',
  'VERSION:102',
  'SECURITY:NONE',
  'ENCODING:USASCII',
  'CHARSET:1252',
  'COMPRESSION:NONE',
  'OLDFILEUID:NONE',
  'NEWFILEUID:NONE',
  '',
  '<OFX>',
  '<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260305120000<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>',
  '<BANKMSGSRSV1>',
  '<STMTTRNRS>',
  '<TRNUID>1',
  '<STATUS><CODE>0<SEVERITY>INFO</STATUS>',
  '<STMTRS>',
  '<CURDEF>USD',
  '<BANKACCTFROM><BANKID>121000248<ACCTID>000123456789<ACCTTYPE>CHECKING</BANKACCTFROM>',
  '<BANKTRANLIST>',
  '<DTSTART>20260301<DTEND>20260305',
  '<STMTTRN>',
  '<TRNTYPE>DEBIT',
  '<DTPOSTED>20260304120000.000[-5:EST]',
  '<TRNAMT>-4.50',
  '<FITID>202603040001',
  '<NAME>SQ *BLUE BOTTLE 4432',
  '<MEMO>',
  '</STMTTRN>',
  '<STMTTRN>',
  '<TRNTYPE>CREDIT',
  '<DTPOSTED>20260305',
  '<TRNAMT>1234.56',
  '<FITID>202603050002',
  '<NAME>SHOPIFY &amp; CO PAYOUT',
  '<MEMO>PAYOUT 8812',
  '</STMTTRN>',
  '<STMTTRN>',
  '<TRNTYPE>CHECK',
  '<DTPOSTED>20260305',
  '<TRNAMT>-250.00',
  '<FITID>202603050003',
  '<CHECKNUM>1001',
  '</STMTTRN>',
  '</BANKTRANLIST>',
  '<LEDGERBAL><BALAMT>2980.06<DTASOF>20260305</LEDGERBAL>',
  '</STMTRS>',
  '</STMTTRNRS>',
  '</BANKMSGSRSV1>',
  '</OFX>',
  '',
].join('\r\n');

/** OFX 2.2 XML. */
const OFX_XML = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
<OFX>
  <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><DTSERVER>20260310</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>
  <BANKMSGSRSV1>
    <STMTTRNRS>
      <TRNUID>0</TRNUID>
      <STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
      <STMTRS>
        <CURDEF>USD</CURDEF>
        <BANKACCTFROM><BANKID>026009593</BANKID><ACCTID>9876-5432</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
        <BANKTRANLIST>
          <DTSTART>20260301</DTSTART><DTEND>20260310</DTEND>
          <STMTTRN>
            <TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20260308000000[0:GMT]</DTPOSTED><TRNAMT>-2450.00</TRNAMT>
            <FITID>X-0001</FITID><NAME>GUSTO PAY 123456</NAME><MEMO></MEMO>
          </STMTTRN>
          <STMTTRN>
            <TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260309</DTPOSTED><TRNAMT>0.07</TRNAMT>
            <FITID>X-0002</FITID><NAME>INTEREST PAID</NAME>
          </STMTTRN>
        </BANKTRANLIST>
        <LEDGERBAL><BALAMT>100.00</BALAMT><DTASOF>20260310</DTASOF></LEDGERBAL>
      </STMTRS>
    </STMTTRNRS>
  </BANKMSGSRSV1>
</OFX>
`;

/** A QFX credit-card statement (Quicken's INTU.BID; charges negative, the payment positive). */
const QFX_CARD = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1>
<SONRS>
<STATUS>
<CODE>0
<SEVERITY>INFO
</STATUS>
<DTSERVER>20260312
<LANGUAGE>ENG
<INTU.BID>3000
</SONRS>
</SIGNONMSGSRSV1>
<CREDITCARDMSGSRSV1>
<CCSTMTTRNRS>
<TRNUID>1
<STATUS>
<CODE>0
<SEVERITY>INFO
</STATUS>
<CCSTMTRS>
<CURDEF>USD
<CCACCTFROM>
<ACCTID>4147202400008842
</CCACCTFROM>
<BANKTRANLIST>
<DTSTART>20260301
<DTEND>20260312
<STMTTRN>
<TRNTYPE>DEBIT
<DTPOSTED>20260302
<TRNAMT>-54.99
<FITID>2026030224692160000000011
<NAME>ADOBE *CREATIVE CLOUD
</STMTTRN>
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20260311
<TRNAMT>500.00
<FITID>2026031124692160000000012
<NAME>PAYMENT THANK YOU
</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL>
<BALAMT>-1054.99
<DTASOF>20260312
</LEDGERBAL>
</CCSTMTRS>
</CCSTMTTRNRS>
</CREDITCARDMSGSRSV1>
</OFX>
`;

describe('parseOfx', () => {
  it('reads an OFX 1.x SGML bank statement: exact cents, FITID as reference, account last 4, empty MEMO tolerated', () => {
    const file = parseOfx(OFX_SGML);
    expect(file).toMatchObject({
      format: 'OFX',
      layout: 'OFX',
      dateOrder: null,
      signConvention: null,
      accountLast4: '6789',
    });
    expect(file.rows).toEqual([
      {
        line: 1,
        postedOn: '2026-03-04',
        amountCents: -450,
        description: 'SQ *BLUE BOTTLE 4432',
        reference: '202603040001',
        fitid: '202603040001',
      },
      {
        line: 2,
        postedOn: '2026-03-05',
        amountCents: 123456,
        description: 'SHOPIFY & CO PAYOUT PAYOUT 8812',
        reference: '202603050002',
        fitid: '202603050002',
      },
      {
        line: 3,
        postedOn: '2026-03-05',
        amountCents: -25000,
        description: 'CHECK 1001',
        reference: '202603050003',
        fitid: '202603050003',
      },
    ]);
  });

  it('reads an OFX 2.x XML bank statement', () => {
    const file = parseOfx(OFX_XML);
    expect(file.accountLast4).toBe('5432');
    expect(file.rows).toEqual([
      {
        line: 1,
        postedOn: '2026-03-08',
        amountCents: -245000,
        description: 'GUSTO PAY 123456',
        reference: 'X-0001',
        fitid: 'X-0001',
      },
      {
        line: 2,
        postedOn: '2026-03-09',
        amountCents: 7,
        description: 'INTEREST PAID',
        reference: 'X-0002',
        fitid: 'X-0002',
      },
    ]);
  });

  it('reads a QFX credit-card statement (CCSTMTRS): charges out, the payment in', () => {
    const file = parseOfx(QFX_CARD);
    expect(file.accountLast4).toBe('8842');
    expect(
      file.rows.map((row) => [row.postedOn, row.amountCents, row.description, row.reference]),
    ).toEqual([
      ['2026-03-02', -5499, 'ADOBE *CREATIVE CLOUD', '2026030224692160000000011'],
      ['2026-03-11', 50000, 'PAYMENT THANK YOU', '2026031124692160000000012'],
    ]);
  });

  it('refuses a transaction whose amount is not one, naming the transaction and the element', () => {
    const error = errorOf(() => parseOfx(OFX_SGML.replace('<TRNAMT>1234.56', '<TRNAMT>12.3.4')));
    expect(error.message).toBe("row 2, column TRNAMT: '12.3.4' is not an amount");
    expect([error.row, error.column]).toEqual([2, 'TRNAMT']);
  });

  it('refuses a transaction without a readable date', () => {
    expect(
      errorOf(() => parseOfx(OFX_XML.replace('20260309</DTPOSTED>', '2026-13-09</DTPOSTED>')))
        .message,
    ).toBe("row 2, column DTPOSTED: '2026-13-09' is not a date");
  });

  it('refuses files that are not OFX statements, or hold several accounts', () => {
    expect(errorOf(() => parseOfx('')).message).toBe('the file is empty');
    expect(errorOf(() => parseOfx('Date,Description,Amount\n')).message).toBe(
      'not an OFX file: it has no <OFX> element',
    );
    expect(errorOf(() => parseOfx('<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>')).message).toBe(
      'the OFX file holds no bank or credit-card statement',
    );
    expect(
      errorOf(() => parseOfx(OFX_SGML.slice(0, OFX_SGML.indexOf('<TRNTYPE>CHECK')))).message,
    ).toBe('the OFX file is incomplete: it does not end with </OFX> (was the download cut off?)');
    expect(errorOf(() => parseOfx(OFX_SGML.replace('</BANKTRANLIST>', ''))).message).toMatch(
      /^the OFX file cannot be read \(Missing closing tag/,
    );
    const twoAccounts = OFX_XML.replace(
      '</BANKMSGSRSV1>',
      '<STMTTRNRS><STMTRS><BANKACCTFROM><ACCTID>11112222</ACCTID></BANKACCTFROM></STMTRS></STMTTRNRS></BANKMSGSRSV1>',
    );
    expect(errorOf(() => parseOfx(twoAccounts)).message).toBe(
      'the OFX file holds statements of 2 accounts (...5432, ...2222); import one account at a time',
    );
  });

  it('gives the same FITID-based fingerprints on every parse of the same file', () => {
    const first = bankRowFingerprints(parseOfx(OFX_SGML).rows);
    expect(bankRowFingerprints(parseOfx(OFX_SGML).rows)).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('reads 5,000 transactions quickly and exactly', () => {
    const transactions = Array.from(
      { length: 5_000 },
      (_, i) =>
        `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260301<TRNAMT>-${i}.${String(i % 100).padStart(2, '0')}<FITID>F${i}<NAME>SHOP ${i}</STMTTRN>`,
    ).join('\n');
    const body = OFX_SGML.replace(/<STMTTRN>[\s\S]*<\/STMTTRN>/, transactions);
    const started = performance.now();
    const file = parseOfx(body);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(file.rows).toHaveLength(5_000);
    const expected = Array.from({ length: 5_000 }, (_, i) => -(i * 100 + (i % 100))).reduce(
      (a, b) => a + b,
      0,
    );
    expect(file.rows.reduce((sum, row) => sum + row.amountCents, 0)).toBe(expected);
  });
});

describe('parseBankFile: by extension and content', () => {
  it('reads .ofx, .qfx and .csv files by their content', () => {
    expect(parseBankFile('statement.ofx', OFX_SGML).format).toBe('OFX');
    expect(parseBankFile('Chase.QFX', QFX_CARD).format).toBe('OFX');
    expect(parseBankFile('download.csv', OFX_XML).format).toBe('OFX');
    const csv = parseBankFile('export.csv', 'Date,Description,Amount\n04/03/2026,A,-1\n', {
      dateOrder: 'DMY',
    });
    expect(csv).toMatchObject({ format: 'CSV', dateOrder: 'DMY' });
    expect(csv.rows[0]?.postedOn).toBe('2026-03-04');
    expect(parseBankFile('noext', 'Date,Description,Amount\n2026-03-04,A,-1\n').format).toBe('CSV');
  });

  it('refuses a .ofx that holds no OFX and formats it does not read', () => {
    expect(errorOf(() => parseBankFile('statement.ofx', 'Date,Description,Amount\n')).message).toBe(
      'not an OFX file: it has no <OFX> element',
    );
    expect(errorOf(() => parseBankFile('March.pdf', '%PDF-1.7')).message).toBe(
      "'March.pdf' is a PDF statement; download the statement as CSV, OFX or QFX instead",
    );
  });
});
