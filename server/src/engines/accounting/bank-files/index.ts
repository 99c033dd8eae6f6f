export { parseBankCsv } from './csv.js';
export { bankRowFingerprints } from './fingerprint.js';
export { parseOfx } from './ofx.js';
export { parseBankFile } from './parse-bank-file.js';
export {
  BankFileError,
  MAX_BANK_FILE_ROWS,
  type BankFileRow,
  type CsvLayout,
  type CsvOptions,
  type DateOrder,
  type ParsedBankFile,
  type SignConvention,
} from './types.js';
