import { CsvError, parse } from 'csv-parse/sync';
import { parseAmountCents } from './amount.js';
import { detectDateOrder, parseStatementDate } from './dates.js';
import {
  BankFileError,
  cellError,
  MAX_BANK_FILE_ROWS,
  type BankFileRow,
  type CsvLayout,
  type CsvOptions,
  type DateOrder,
  type ParsedBankFile,
  type SignConvention,
} from './types.js';

/**
 * Bank CSV exports: the header row is found among the first lines (some banks put a summary block
 * above it) by the names of its columns, the layout (one signed amount, debit and credit columns,
 * or amount and type) and the date order are detected from the whole file, and options override
 * both. Every row is checked before anything is returned: one bad cell refuses the whole file,
 * naming the line and the column as the file spells it.
 */

type Role =
  'date' | 'description' | 'amount' | 'debit' | 'credit' | 'type' | 'reference' | 'account';

/**
 * Header names per role, normalized (lower case, "#" read as "number", punctuation as spaces), in
 * order of preference: a file with both "Posted Date" and "Transaction Date" is read by the posting
 * date, the one the bank's balance and the statement use.
 */
const COLUMN_NAMES: Record<Role, readonly string[]> = {
  date: [
    'posting date',
    'posted date',
    'post date',
    'date posted',
    'date',
    'transaction date',
    'trans date',
    'txn date',
    'value date',
    'booking date',
    'effective date',
  ],
  description: [
    'description',
    'transaction description',
    'original description',
    'payee',
    'merchant',
    'merchant name',
    'name',
    'narrative',
    'details',
    'transaction details',
    'memo',
  ],
  amount: ['amount', 'transaction amount', 'amt', 'amount usd', 'net amount'],
  debit: [
    'debit',
    'debits',
    'debit amount',
    'withdrawal',
    'withdrawals',
    'withdrawal amount',
    'money out',
    'paid out',
    'amount debit',
    'outflow',
  ],
  credit: [
    'credit',
    'credits',
    'credit amount',
    'deposit',
    'deposits',
    'deposit amount',
    'money in',
    'paid in',
    'amount credit',
    'inflow',
  ],
  type: [
    'type',
    'transaction type',
    'trans type',
    'debit credit',
    'credit debit',
    'dr cr',
    'cr dr',
    'debit or credit',
    'credit or debit',
  ],
  reference: [
    'check number',
    'check no',
    'check',
    'cheque number',
    'check or slip number',
    'reference',
    'reference number',
    'ref',
    'ref number',
    'ref no',
    'transaction id',
    'transaction reference',
    'fitid',
  ],
  account: [
    'account number',
    'account',
    'account no',
    'acct number',
    'card number',
    'card no',
    'card',
  ],
};

const ROLES = Object.keys(COLUMN_NAMES) as Role[];

/** Type column values and the direction they say (true: money out). */
const TYPE_VALUES: ReadonlyMap<string, boolean> = new Map([
  ['DEBIT', true],
  ['DR', true],
  ['D', true],
  ['WITHDRAWAL', true],
  ['CREDIT', false],
  ['CR', false],
  ['C', false],
  ['DEPOSIT', false],
]);

/** Balance lines some banks put among the transactions (Bank of America's "Beginning balance"). */
const BALANCE_LINE = /^(beginning|opening|starting|ending|closing) balance\b/i;

/** Credit-card payments and refunds: the only money-in rows of a card export. */
const CARD_CREDIT = /\b(PAYMENT|AUTOPAY|AUTO-PAY|THANK YOU|REFUND|RETURN)\b/i;
/** Money-in rows that only a bank account has. */
const ACCOUNT_DEPOSIT =
  /\b(DEPOSIT|PAYROLL|DIR DEP|DIRECT DEP|INTEREST PAID|TRANSFER FROM|ZELLE FROM)\b/i;

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** The header is looked for among this many first records. */
const HEADER_SEARCH_RECORDS = 50;

interface CsvRecord {
  cells: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
}

interface Columns {
  /** Index of the preferred column per role. */
  index: Partial<Record<Role, number>>;
  /** All description columns, in preference order (a blank description falls back to the next). */
  descriptions: number[];
  names: string[];
}

function normalizeHeader(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('#', ' number ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function columnsOf(header: string[]): Columns {
  const normalized = header.map(normalizeHeader);
  const index: Partial<Record<Role, number>> = {};
  const taken = new Set<number>();
  for (const role of ROLES) {
    for (const name of COLUMN_NAMES[role]) {
      const at = normalized.findIndex((cell, i) => cell === name && !taken.has(i));
      if (at >= 0) {
        index[role] = at;
        taken.add(at);
        break;
      }
    }
  }
  const descriptions: number[] = [];
  for (const name of COLUMN_NAMES.description) {
    normalized.forEach((cell, i) => {
      if (cell === name && !descriptions.includes(i)) descriptions.push(i);
    });
  }
  return { index, descriptions, names: header.map((name) => name.trim()) };
}

function isHeader(columns: Columns): boolean {
  const { index } = columns;
  return (
    index.date !== undefined &&
    (index.amount !== undefined || index.debit !== undefined || index.credit !== undefined)
  );
}

function readRecords(text: string, delimiter: string, toLine?: number): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      ...(toLine === undefined ? {} : { to_line: toLine }),
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? null;
      throw new BankFileError(
        `${line === null ? '' : `row ${line}: `}the file is not valid CSV (${error.message})`,
        line,
        null,
      );
    }
    throw error;
  }
  return parsed.map(({ record, info }) => {
    // info.lines is the line where the record ends; a quoted field may span lines.
    const inner = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    return { cells: record, line: info.lines - inner };
  });
}

/** The delimiter, header position and columns; or an error naming the missing columns. */
function findHeader(text: string): { delimiter: string; headerAt: number; columns: Columns } {
  for (const delimiter of DELIMITERS) {
    let head: CsvRecord[];
    try {
      head = readRecords(text, delimiter, 200).slice(0, HEADER_SEARCH_RECORDS);
    } catch {
      continue;
    }
    for (const [at, record] of head.entries()) {
      const columns = columnsOf(record.cells);
      if (isHeader(columns)) return { delimiter, headerAt: at, columns };
    }
  }
  // No header: name what is missing from the line that looks most like one.
  const head = readRecords(text, ',', 200).slice(0, HEADER_SEARCH_RECORDS);
  let best: CsvRecord = { cells: [], line: 1 };
  let bestCount = -1;
  for (const record of head) {
    const found = Object.keys(columnsOf(record.cells).index).length;
    if (found > bestCount) [best, bestCount] = [record, found];
  }
  const { index } = columnsOf(best.cells);
  const missing: string[] = [];
  if (index.date === undefined) missing.push('Date');
  if (index.description === undefined) missing.push('Description');
  if (index.amount === undefined && index.debit === undefined && index.credit === undefined)
    missing.push('Amount (or Debit and Credit)');
  throw new BankFileError(
    `no header row with the required columns: missing ${missing.join(', ')} ` +
      `(row ${best.line} has ${best.cells.map((cell) => `'${cell.trim()}'`).join(', ')})`,
    best.line,
    null,
  );
}

function cell(record: CsvRecord, at: number | undefined): string {
  return at === undefined ? '' : (record.cells[at] ?? '').trim();
}

function missingColumns(what: string[], headerLine: number, layout: CsvLayout): BankFileError {
  return new BankFileError(
    `missing required column${what.length > 1 ? 's' : ''} ${what.join(', ')} for the ${layout} layout`,
    headerLine,
    null,
  );
}

function chooseLayout(
  columns: Columns,
  records: CsvRecord[],
  headerLine: number,
  chosen?: CsvLayout,
): CsvLayout {
  const { index } = columns;
  if (chosen) {
    const missing: string[] = [];
    if (chosen === 'DEBIT_CREDIT') {
      if (index.debit === undefined) missing.push('Debit');
      if (index.credit === undefined) missing.push('Credit');
    } else {
      if (index.amount === undefined) missing.push('Amount');
      if (chosen === 'AMOUNT_WITH_TYPE' && index.type === undefined) missing.push('Type');
    }
    if (missing.length > 0) throw missingColumns(missing, headerLine, chosen);
    return chosen;
  }
  if (index.amount === undefined) {
    const missing = index.debit === undefined ? 'Debit' : 'Credit';
    if (index.debit === undefined || index.credit === undefined)
      throw missingColumns([missing], headerLine, 'DEBIT_CREDIT');
    return 'DEBIT_CREDIT';
  }
  if (index.debit !== undefined && index.credit !== undefined) return 'DEBIT_CREDIT';
  if (index.type !== undefined) {
    // Amount + type only when every type says a direction and no amount carries a sign of its own
    // (Chase's "Type" column holds ACH_DEBIT, CHECK_PAID...: that file is a signed-amount one).
    const typed = records.every((record) => {
      const type = cell(record, index.type).toUpperCase();
      const cents = parseAmountCents(cell(record, index.amount));
      return (type === '' || TYPE_VALUES.has(type)) && (cents === null || cents >= 0);
    });
    if (typed && records.some((record) => cell(record, index.type) !== ''))
      return 'AMOUNT_WITH_TYPE';
  }
  return 'SINGLE_AMOUNT';
}

function describe(record: CsvRecord, columns: Columns): string {
  for (const at of columns.descriptions) {
    const text = cell(record, at).replace(/\s+/g, ' ');
    if (text !== '') return text;
  }
  return '';
}

/**
 * POSITIVE_IS_OUTFLOW when the file looks like a credit-card export: its only negative rows are
 * payments or refunds, positive rows outnumber them at least two to one, and no positive row looks
 * like a bank deposit. Anything else keeps the banks' NEGATIVE_IS_OUTFLOW.
 */
function guessSignConvention(rows: { cents: number; description: string }[]): SignConvention {
  const negatives = rows.filter((row) => row.cents < 0);
  const positives = rows.filter((row) => row.cents > 0);
  const card =
    negatives.length > 0 &&
    positives.length >= 2 * negatives.length &&
    negatives.every((row) => CARD_CREDIT.test(row.description)) &&
    !positives.some((row) => ACCOUNT_DEPOSIT.test(row.description));
  return card ? 'POSITIVE_IS_OUTFLOW' : 'NEGATIVE_IS_OUTFLOW';
}

/** Parses a bank CSV export; throws BankFileError for anything it cannot read exactly. */
export function parseBankCsv(text: string, options: CsvOptions = {}): ParsedBankFile {
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new BankFileError('the file is empty', null, null);
  // One line ending: csv-parse counts a CRLF inside a quoted field as two lines, which would put
  // every later row's line number off by one.
  text = text.replace(/\r\n?/g, '\n');
  const { delimiter, headerAt, columns } = findHeader(text);
  const all = readRecords(text, delimiter, undefined);
  const header = all[headerAt] as CsvRecord;
  const { index, names } = columns;
  const columnName = (role: Role): string => names[index[role] as number] || role;

  if (columns.descriptions.length === 0)
    throw new BankFileError(
      'missing required column Description (or Payee, Memo, Details, Name)',
      header.line,
      null,
    );

  const data = all
    .slice(headerAt + 1)
    .filter((record) => record.cells.some((value) => value.trim() !== ''))
    .filter((record) => {
      const noMoney = [index.amount, index.debit, index.credit].every(
        (at) => cell(record, at) === '',
      );
      return !(noMoney && BALANCE_LINE.test(describe(record, columns)));
    });
  if (data.length > MAX_BANK_FILE_ROWS)
    throw new BankFileError(
      `the file has ${data.length} transactions; at most ${MAX_BANK_FILE_ROWS} can be imported at once`,
      null,
      null,
    );

  const layout = chooseLayout(columns, data, header.line, options.layout);

  let dateOrder: DateOrder;
  let dateOrderAmbiguous = false;
  if (options.dateOrder) {
    dateOrder = options.dateOrder;
  } else {
    const detection = detectDateOrder(data.map((record) => cell(record, index.date)));
    if ('conflict' in detection) {
      const mdy = data[detection.conflict.mdyOnly] as CsvRecord;
      const dmy = data[detection.conflict.dmyOnly] as CsvRecord;
      const later = mdy.line > dmy.line ? mdy : dmy;
      throw cellError(
        later.line,
        columnName('date'),
        cell(later, index.date),
        `contradicts the date order of other rows (row ${mdy.line} '${cell(mdy, index.date)}' is ` +
          `month/day, row ${dmy.line} '${cell(dmy, index.date)}' is day/month)`,
      );
    }
    dateOrder = detection.order;
    dateOrderAmbiguous = detection.ambiguous;
  }

  const read: { record: CsvRecord; postedOn: string; cents: number; description: string }[] = [];
  for (const record of data) {
    const dateText = cell(record, index.date);
    const postedOn = parseStatementDate(dateText, dateOrder);
    if (postedOn === null)
      throw cellError(
        record.line,
        columnName('date'),
        dateText,
        dateText === ''
          ? 'is empty: every row needs a date'
          : `is not a date (read as ${dateOrder})`,
      );
    read.push({
      record,
      postedOn,
      cents: amountOf(record, layout),
      description: describe(record, columns),
    });
  }

  let signConvention: SignConvention | null = null;
  if (layout === 'SINGLE_AMOUNT')
    signConvention = options.signConvention ?? guessSignConvention(read);

  const rows: BankFileRow[] = read.map(({ record, postedOn, cents, description }) => ({
    line: record.line,
    postedOn,
    amountCents: signConvention === 'POSITIVE_IS_OUTFLOW' && cents !== 0 ? -cents : cents,
    description,
    reference: cell(record, index.reference) || null,
  }));

  return {
    format: 'CSV',
    layout,
    dateOrder,
    dateOrderAmbiguous,
    signConvention,
    rows,
    accountLast4: accountLast4(data.map((record) => cell(record, index.account))),
  };

  function amountOf(record: CsvRecord, layout: CsvLayout): number {
    const amount = (role: Role): number | null => {
      const value = cell(record, index[role]);
      if (value === '') return null;
      const cents = parseAmountCents(value);
      if (cents === null) throw cellError(record.line, columnName(role), value, 'is not an amount');
      return cents;
    };
    if (layout === 'DEBIT_CREDIT') {
      const debit = amount('debit');
      const credit = amount('credit');
      if (debit && credit)
        throw cellError(
          record.line,
          columnName('credit'),
          cell(record, index.credit),
          `is an amount but ${columnName('debit')} also holds one ('${cell(record, index.debit)}')`,
        );
      if (debit === null && credit === null)
        throw new BankFileError(
          `row ${record.line}, column ${columnName('debit')}: neither ${columnName('debit')} nor ${columnName('credit')} holds an amount`,
          record.line,
          columnName('debit'),
        );
      return debit ? -Math.abs(debit) : Math.abs(credit ?? 0);
    }
    const cents = amount('amount');
    if (cents === null)
      throw new BankFileError(
        `row ${record.line}, column ${columnName('amount')}: is empty: every row needs an amount`,
        record.line,
        columnName('amount'),
      );
    if (layout === 'SINGLE_AMOUNT') return cents;
    const typeText = cell(record, index.type);
    const out = TYPE_VALUES.get(typeText.toUpperCase());
    if (out === undefined)
      throw cellError(
        record.line,
        columnName('type'),
        typeText,
        'is not a transaction type (expected DEBIT or CREDIT, DR or CR)',
      );
    return out ? -Math.abs(cents) : Math.abs(cents);
  }
}

/** The last four characters of the account column when every row names the same account. */
function accountLast4(values: string[]): string | null {
  const accounts = new Set(
    values.map((value) => value.replace(/[^0-9A-Za-z]/g, '')).filter(Boolean),
  );
  if (accounts.size !== 1) return null;
  const [account] = [...accounts];
  return account ? account.slice(-4) : null;
}
