import { parseSync } from 'ofx-js';
import { parseAmountCents } from './amount.js';
import { parseStatementDate } from './dates.js';
import {
  BankFileError,
  cellError,
  MAX_BANK_FILE_ROWS,
  type BankFileRow,
  type ParsedBankFile,
} from './types.js';

/**
 * OFX statements: OFX 1.x (SGML, leaf elements without closing tags, "OFXHEADER:100" header),
 * OFX 2.x (XML) and Quicken's QFX (OFX plus INTU.* elements), parsed by ofx-js. Bank statements
 * (BANKMSGSRSV1/STMTTRNRS) and credit-card statements (CREDITCARDMSGSRSV1/CCSTMTTRNRS) are read;
 * TRNAMT is signed by the OFX specification (money out negative, card charges too), DTPOSTED's
 * first eight digits are the date (the time and zone after them are ignored, as banks mean the
 * local posting day). Every transaction is checked before anything is returned.
 */

type Node = Record<string, unknown>;

function list(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is Node => typeof item === 'object' && item !== null,
  );
}

function child(node: unknown, name: string): unknown {
  return typeof node === 'object' && node !== null ? (node as Node)[name] : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * OFX 1.x leaves have no closing tag, and an empty one (`<MEMO>` right before the next tag) is
 * something ofx-js cannot tell from an aggregate. Aggregates always close in SGML OFX, so an
 * opening tag directly followed by another tag, whose name is never closed anywhere, is an empty
 * leaf: drop it. XML files close everything and pass through unchanged.
 */
function dropEmptySgmlLeaves(body: string): string {
  const closed = new Set([...body.matchAll(/<\/([A-Za-z0-9_.]+)\s*>/g)].map((match) => match[1]));
  return body.replace(/<([A-Za-z0-9_.]+)>(?=\s*<)/g, (tag, name: string) =>
    closed.has(name) || AGGREGATES.has(name.toUpperCase()) ? tag : '',
  );
}

/**
 * Aggregates read here: one left unclosed means a damaged file, which must fail to parse rather
 * than be flattened into something that half reads.
 */
const AGGREGATES = new Set([
  'OFX',
  'SIGNONMSGSRSV1',
  'SONRS',
  'STATUS',
  'BANKMSGSRSV1',
  'STMTTRNRS',
  'STMTRS',
  'BANKACCTFROM',
  'BANKACCTTO',
  'CREDITCARDMSGSRSV1',
  'CCSTMTTRNRS',
  'CCSTMTRS',
  'CCACCTFROM',
  'CCACCTTO',
  'BANKTRANLIST',
  'STMTTRN',
  'PAYEE',
  'LEDGERBAL',
  'AVAILBAL',
]);

/** TRNAMT: a plain signed decimal; some non-US banks write a decimal comma ("-4,50"). */
function ofxAmountCents(value: string): number | null {
  const cents = parseAmountCents(value);
  if (cents !== null) return cents;
  return /^[+-]?\d+,\d{1,2}$/.test(value) ? parseAmountCents(value.replace(',', '.')) : null;
}

function describe(transaction: Node): string {
  const parts: string[] = [];
  for (const part of [
    text(transaction.NAME),
    text(child(transaction.PAYEE, 'NAME')),
    text(transaction.MEMO),
  ]) {
    const upper = part.toUpperCase();
    if (part === '' || parts.some((kept) => kept.toUpperCase().includes(upper))) continue;
    parts.push(part);
  }
  if (parts.length === 0) {
    const check = text(transaction.CHECKNUM);
    return [text(transaction.TRNTYPE), check].filter(Boolean).join(' ');
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** True when the text looks like an OFX or QFX file rather than CSV. */
export function looksLikeOfx(body: string): boolean {
  const head = body.replace(/^\uFEFF/, '').slice(0, 4096);
  return /^\s*OFXHEADER\s*:/i.test(head) || /<\?OFX[\s>]/i.test(head) || /<OFX>/i.test(head);
}

/** Parses an OFX/QFX statement; throws BankFileError for anything it cannot read exactly. */
export function parseOfx(body: string): ParsedBankFile {
  const source = body.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new BankFileError('the file is empty', null, null);
  if (!source.includes('<OFX>'))
    throw new BankFileError('not an OFX file: it has no <OFX> element', null, null);
  if (!source.includes('</OFX>'))
    throw new BankFileError(
      'the OFX file is incomplete: it does not end with </OFX> (was the download cut off?)',
      null,
      null,
    );

  let ofx: unknown;
  try {
    ofx = parseSync(dropEmptySgmlLeaves(source)).OFX;
  } catch (error) {
    throw new BankFileError(
      `the OFX file cannot be read (${error instanceof Error ? error.message : String(error)})`,
      null,
      null,
    );
  }

  const statements = [
    ...list(child(child(ofx, 'BANKMSGSRSV1'), 'STMTTRNRS')).map((response) => ({
      statement: child(response, 'STMTRS'),
      account: child(child(response, 'STMTRS'), 'BANKACCTFROM'),
    })),
    ...list(child(child(ofx, 'CREDITCARDMSGSRSV1'), 'CCSTMTTRNRS')).map((response) => ({
      statement: child(response, 'CCSTMTRS'),
      account: child(child(response, 'CCSTMTRS'), 'CCACCTFROM'),
    })),
  ].filter(({ statement }) => typeof statement === 'object' && statement !== null);
  if (statements.length === 0)
    throw new BankFileError('the OFX file holds no bank or credit-card statement', null, null);

  const accounts = [
    ...new Set(
      statements
        .map(({ account }) => text(child(account, 'ACCTID')).replace(/[^0-9A-Za-z]/g, ''))
        .filter(Boolean),
    ),
  ];
  if (accounts.length > 1)
    throw new BankFileError(
      `the OFX file holds statements of ${accounts.length} accounts ` +
        `(${accounts.map((account) => `...${account.slice(-4)}`).join(', ')}); import one account at a time`,
      null,
      null,
    );

  const rows: BankFileRow[] = [];
  for (const { statement } of statements) {
    for (const transaction of list(child(child(statement, 'BANKTRANLIST'), 'STMTTRN'))) {
      const line = rows.length + 1;
      if (line > MAX_BANK_FILE_ROWS)
        throw new BankFileError(
          `the file has more than ${MAX_BANK_FILE_ROWS} transactions; at most ${MAX_BANK_FILE_ROWS} can be imported at once`,
          null,
          null,
        );
      const amountText = text(transaction.TRNAMT);
      const amountCents = ofxAmountCents(amountText);
      if (amountCents === null)
        throw cellError(
          line,
          'TRNAMT',
          amountText,
          amountText === '' ? 'is missing: every transaction needs an amount' : 'is not an amount',
        );
      const dateText = text(transaction.DTPOSTED);
      const postedOn = /^\d{8}/.test(dateText)
        ? parseStatementDate(dateText.slice(0, 8), 'YMD')
        : null;
      if (postedOn === null)
        throw cellError(
          line,
          'DTPOSTED',
          dateText,
          dateText === '' ? 'is missing: every transaction needs a date' : 'is not a date',
        );
      const fitid = text(transaction.FITID);
      const row: BankFileRow = {
        line,
        postedOn,
        amountCents,
        description: describe(transaction),
        reference: fitid || text(transaction.CHECKNUM) || text(transaction.REFNUM) || null,
      };
      if (fitid) row.fitid = fitid;
      rows.push(row);
    }
  }

  return {
    format: 'OFX',
    layout: 'OFX',
    dateOrder: null,
    signConvention: null,
    rows,
    accountLast4: accounts[0]?.slice(-4) ?? null,
  };
}
