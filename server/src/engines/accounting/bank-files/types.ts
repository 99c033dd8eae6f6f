/**
 * Shapes shared by the bank statement parsers (CSV and OFX/QFX). A parsed file is either returned
 * whole or refused with a BankFileError: there is no partial result, so a malformed file imports
 * nothing.
 */

/** How a CSV export carries the amount. */
export type CsvLayout =
  /** One signed Amount column (Chase checking, Amex, Discover). */
  | 'SINGLE_AMOUNT'
  /** Separate Debit/Withdrawal and Credit/Deposit columns, one of them empty per row. */
  | 'DEBIT_CREDIT'
  /** An unsigned Amount plus a Type column saying DEBIT/CREDIT (or DR/CR). */
  | 'AMOUNT_WITH_TYPE';

/** Order of day, month and year in dates like 03/04/2026 (YMD: 2026-03-04 or 20260304). */
export type DateOrder = 'YMD' | 'MDY' | 'DMY';

/**
 * What a positive number means in a SINGLE_AMOUNT export. Bank accounts show money out negative;
 * many credit-card exports show purchases positive and payments negative (POSITIVE_IS_OUTFLOW).
 */
export type SignConvention = 'NEGATIVE_IS_OUTFLOW' | 'POSITIVE_IS_OUTFLOW';

export interface BankFileRow {
  /** 1-based line of the source file where the row starts (CSV), or the transaction's ordinal (OFX). */
  line: number;
  /** YYYY-MM-DD. */
  postedOn: string;
  /** Integer cents; money out of the account is negative. */
  amountCents: number;
  description: string;
  /** A check number, a bank reference, the OFX FITID... */
  reference: string | null;
  /**
   * The OFX FITID, the bank's own id for the transaction (unique per account). Set only for OFX
   * rows; bankRowFingerprints uses it when present.
   */
  fitid?: string;
}

export interface ParsedBankFile {
  format: 'CSV' | 'OFX';
  layout: CsvLayout | 'OFX';
  /** The order used to read the dates (null for OFX, whose dates are always YYYYMMDD). */
  dateOrder: DateOrder | null;
  /**
   * True when no date in the file decides between MDY and DMY (every day is 12 or less) and MDY,
   * the US banks' order, was assumed; a caller may ask the person to confirm.
   */
  dateOrderAmbiguous?: boolean;
  /** The sign convention used (SINGLE_AMOUNT only; null when the columns say the direction). */
  signConvention: SignConvention | null;
  rows: BankFileRow[];
  /** Last four characters of the account number when the file says it (OFX ACCTID, a CSV account column). */
  accountLast4: string | null;
}

/** Choices that override what the CSV parser would detect. */
export interface CsvOptions {
  layout?: CsvLayout;
  dateOrder?: DateOrder;
  signConvention?: SignConvention;
}

/** A bank file that cannot be imported; names the row (file line for CSV) and column when known. */
export class BankFileError extends Error {
  constructor(
    message: string,
    readonly row: number | null,
    readonly column: string | null,
  ) {
    super(message);
    this.name = 'BankFileError';
  }
}

/** More data rows than this is refused (a statement export is a few thousand rows at most). */
export const MAX_BANK_FILE_ROWS = 50_000;

/** "row 17, column Amount: '12.3.4' is not an amount". */
export function cellError(row: number, column: string, value: string, what: string): BankFileError {
  return new BankFileError(`row ${row}, column ${column}: '${value}' ${what}`, row, column);
}
