import { parseBankCsv } from './csv.js';
import { looksLikeOfx, parseOfx } from './ofx.js';
import { BankFileError, type CsvOptions, type ParsedBankFile } from './types.js';

const OFX_EXTENSIONS = new Set(['ofx', 'qfx', 'qbo']);
/** Formats people download from their bank that this importer does not read. */
const UNSUPPORTED: Record<string, string> = {
  pdf: 'a PDF statement',
  xls: 'an Excel workbook',
  xlsx: 'an Excel workbook',
  qif: 'a QIF file',
};

/**
 * A downloaded statement, by its name and its text (already decoded: OFX 1.x files are often
 * Windows-1252, CSV exports UTF-8). The content decides when it is clear: a ".csv" that holds OFX
 * is read as OFX, and a ".ofx" that holds none is refused rather than read as CSV.
 */
export function parseBankFile(
  fileName: string,
  text: string,
  options?: CsvOptions,
): ParsedBankFile {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const unsupported = UNSUPPORTED[extension];
  if (unsupported)
    throw new BankFileError(
      `'${fileName}' is ${unsupported}; download the statement as CSV, OFX or QFX instead`,
      null,
      null,
    );
  if (looksLikeOfx(text) || OFX_EXTENSIONS.has(extension)) return parseOfx(text);
  return parseBankCsv(text, options);
}
