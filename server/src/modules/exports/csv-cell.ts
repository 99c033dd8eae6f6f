/**
 * The characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): `=`,
 * `+`, `-`, `@`, a tab and a carriage return. A cell starting with one is what a visitor could
 * type into a lead form or a chat to run `=HYPERLINK(...)` on the owner's machine when the export
 * is opened in Excel or Sheets. Fullwidth `＝＋－＠` are read as formulas by some spreadsheets too.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One text cell of an exported CSV, made inert as OWASP advises: a cell that starts like a
 * formula gets a leading single quote, so a spreadsheet shows the text and runs nothing. The
 * csv-stringify writer then quotes every text cell and doubles its quotes. Numbers are written
 * as numbers and never pass through here (a negative amount stays a number).
 */
export function inertCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}
