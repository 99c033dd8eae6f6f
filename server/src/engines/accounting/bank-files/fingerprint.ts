import { createHash } from 'node:crypto';
import type { BankFileRow } from './types.js';

/**
 * Stable ids for de-duplicating bank rows across imports (bank_transaction.fingerprint is unique
 * per bank account, so re-importing a file, or an export that overlaps the last one, adds nothing).
 *
 * - An OFX row with a FITID: the bank's own transaction id, which the OFX specification makes
 *   unique per account and stable across downloads. Should a (faulty) file repeat a FITID, later
 *   repeats get their ordinal appended so no transaction is dropped.
 * - Otherwise (CSV): sha256 of postedOn | amountCents | normalized description | reference |
 *   ordinal, where the ordinal counts identical rows earlier in the same file. Two identical coffees
 *   the same day are two transactions (ordinals 0 and 1), and parsing the same file again gives the
 *   same ids.
 *
 * Trade-offs, knowingly accepted: the content hash does not survive a bank rewording a description
 * between exports (a pending "SQ *BLUE BOTTLE" later posted as "SQ *BLUE BOTTLE COFFEE" imports
 * twice); an overlapping export that cuts a day in the middle of identical rows numbers them from 0
 * again, which is right when the cut keeps the earlier ones (exports are by date range, so it does);
 * and a CSV and an OFX download of the same period do not recognise each other (FITID vs content).
 * Normalization (upper case, runs of spaces collapsed) absorbs only cosmetic differences.
 */
export function bankRowFingerprints(rows: readonly BankFileRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = row.fitid
      ? `FITID|${row.fitid}`
      : [
          row.postedOn,
          row.amountCents,
          normalizeDescription(row.description),
          row.reference?.trim() ?? '',
        ].join('|');
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    const material = row.fitid && ordinal === 0 ? key : `${key}|${ordinal}`;
    return createHash('sha256').update(material).digest('hex');
  });
}

function normalizeDescription(description: string): string {
  return description.toUpperCase().replace(/\s+/g, ' ').trim();
}
