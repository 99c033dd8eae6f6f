import { formatCents } from './money.js';
import { addDays, daysBetween } from './receivables.js';

/**
 * Bank reconciliation: which bank lines pay which open invoices (money in) and bills (money out).
 * A document number written on the bank line is the strongest evidence; an equal amount inside the
 * document's payment window is accepted only when it singles out one document and one line. Never
 * a guess: two equal candidates are left for a person, with the reason said. Deterministic: lines
 * are taken by date then id, so the same inputs always give the same answer.
 */

export interface BankLine {
  id: string;
  postedOn: string;
  /** Positive: money in. Negative: money out. */
  amountCents: number;
  description: string;
  reference: string | null;
}

export interface OpenItem {
  id: string;
  /** INVOICE: the shop is owed (paid by money in). BILL: the shop owes (paid by money out). */
  type: 'INVOICE' | 'BILL';
  number: string;
  counterparty: string;
  openCents: number;
  issuedOn: string;
  dueOn: string;
}

export interface ReconciliationMatch {
  lineId: string;
  itemId: string;
  type: 'INVOICE' | 'BILL';
  /** EXACT: the document number is on the line and the amount is equal. */
  confidence: 'EXACT' | 'AMOUNT_AND_DATE';
  reason: string;
}

export interface ReconciliationMismatch {
  lineId: string;
  itemId: string;
  /** The item's open balance. */
  expectedCents: number;
  /** What the line paid (positive). */
  actualCents: number;
  reason: string;
}

export interface ReconciliationAmbiguity {
  lineId: string;
  /** The equally good candidates, none of which was chosen. */
  itemIds: string[];
  reason: string;
}

export interface Reconciliation {
  matches: ReconciliationMatch[];
  /**
   * A line naming a document whose open balance differs from the amount paid (a short payment, an
   * overpayment). The line and the document are explained, so they are not listed as unmatched.
   */
  mismatches: ReconciliationMismatch[];
  /** Lines left unmatched because several documents (or lines) fit equally; also in unmatchedLines. */
  ambiguities: ReconciliationAmbiguity[];
  /** By date, then id. */
  unmatchedLines: string[];
  /** By issue date, then number, then id. */
  unmatchedItems: string[];
}

/** Upper case, letters and digits only: "inv 2026-004" and "INV2026004" read alike. */
function normalized(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Whether the document number appears in the text as a whole: "INV-2026-004" is in "ACH PMT
 * INV2026004 HARBOR", but "1042" is not in "ORDER 110425" (a digit on either side continues a
 * different number). Numbers shorter than 3 characters are too easily found by chance.
 */
export function mentionsNumber(text: string, documentNumber: string): boolean {
  return containsNumber(normalized(text), normalized(documentNumber));
}

function containsNumber(haystack: string, needle: string): boolean {
  if (needle.length < 3) return false;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const clashBefore = isDigit(needle[0]) && isDigit(haystack[at - 1]);
    const clashAfter = isDigit(needle[needle.length - 1]) && isDigit(haystack[at + needle.length]);
    if (!clashBefore && !clashAfter) return true;
  }
  return false;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reconcile(
  lines: readonly BankLine[],
  items: readonly OpenItem[],
  { windowDays = 60 }: { windowDays?: number } = {},
): Reconciliation {
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    throw new RangeError(
      `windowDays must be a whole number of days, at least 0 (got ${windowDays})`,
    );
  }
  const orderedLines = [...lines].sort(
    (a, b) => compare(a.postedOn, b.postedOn) || compare(a.id, b.id),
  );
  const orderedItems = [...items].sort(
    (a, b) => compare(a.issuedOn, b.issuedOn) || compare(a.number, b.number) || compare(a.id, b.id),
  );
  const typeFor = (line: BankLine): OpenItem['type'] | null =>
    line.amountCents > 0 ? 'INVOICE' : line.amountCents < 0 ? 'BILL' : null;

  const numbers = new Map(orderedItems.map((item) => [item.id, normalized(item.number)]));
  const usedLines = new Set<string>();
  const usedItems = new Set<string>();
  const matches: ReconciliationMatch[] = [];
  const mismatches: ReconciliationMismatch[] = [];
  const ambiguities: ReconciliationAmbiguity[] = [];

  // 1. The document number on the line.
  for (const line of orderedLines) {
    const type = typeFor(line);
    if (type === null) continue;
    const paid = Math.abs(line.amountCents);
    const texts = [normalized(line.description), normalized(line.reference ?? '')];
    const named = orderedItems.filter(
      (item) =>
        item.type === type &&
        texts.some((text) => containsNumber(text, numbers.get(item.id) ?? '')),
    );
    if (named.length === 0) continue;
    const open = named.filter((item) => !usedItems.has(item.id));
    const equal = open.filter((item) => item.openCents === paid);
    if (equal.length === 1) {
      const item = equal[0] as OpenItem;
      usedLines.add(line.id);
      usedItems.add(item.id);
      matches.push({
        lineId: line.id,
        itemId: item.id,
        type,
        confidence: 'EXACT',
        reason: `the line names ${item.number} and pays ${formatCents(paid)}, its open balance`,
      });
    } else if (equal.length > 1) {
      ambiguities.push({
        lineId: line.id,
        itemIds: equal.map((item) => item.id),
        reason: `the line names ${equal.map((i) => i.number).join(' and ')}, each open for ${formatCents(paid)}; which one it pays is for a person to decide`,
      });
      usedLines.add(line.id); // named, so not left to an amount-only match
    } else if (open.length > 1) {
      const parts = open.map((i) => `${i.number} open for ${formatCents(i.openCents)}`);
      ambiguities.push({
        lineId: line.id,
        itemIds: open.map((item) => item.id),
        reason: `the line names ${parts.join(' and ')} and pays ${formatCents(paid)}; a payment for several documents is split by a person`,
      });
      usedLines.add(line.id);
    } else if (open.length === 1) {
      const item = open[0] as OpenItem;
      usedLines.add(line.id);
      usedItems.add(item.id);
      const difference = paid - item.openCents;
      mismatches.push({
        lineId: line.id,
        itemId: item.id,
        expectedCents: item.openCents,
        actualCents: paid,
        reason:
          difference < 0
            ? `short payment: the line names ${item.number}, open for ${formatCents(item.openCents)}, but pays ${formatCents(paid)}, ${formatCents(-difference)} short`
            : `overpayment: the line names ${item.number}, open for ${formatCents(item.openCents)}, but pays ${formatCents(paid)}, ${formatCents(difference)} more`,
      });
    } else {
      ambiguities.push({
        lineId: line.id,
        itemIds: named.map((item) => item.id),
        reason: `the line names ${named.map((i) => i.number).join(' and ')}, already matched to another bank line (a duplicate payment?)`,
      });
      usedLines.add(line.id);
    }
  }

  // 2. Equal amount, posted between the issue date and the due date plus the window, one to one.
  const candidates = new Map<string, OpenItem[]>();
  const linesPerItem = new Map<string, BankLine[]>();
  for (const line of orderedLines) {
    const type = typeFor(line);
    if (type === null || usedLines.has(line.id)) continue;
    const paid = Math.abs(line.amountCents);
    const fits = orderedItems.filter(
      (item) =>
        !usedItems.has(item.id) &&
        item.type === type &&
        item.openCents === paid &&
        daysBetween(item.issuedOn, line.postedOn) >= 0 &&
        daysBetween(line.postedOn, item.dueOn) + windowDays >= 0,
    );
    candidates.set(line.id, fits);
    for (const item of fits)
      linesPerItem.set(item.id, [...(linesPerItem.get(item.id) ?? []), line]);
  }
  for (const line of orderedLines) {
    const fits = candidates.get(line.id);
    if (!fits || fits.length === 0) continue;
    const paid = formatCents(Math.abs(line.amountCents));
    if (fits.length > 1) {
      ambiguities.push({
        lineId: line.id,
        itemIds: fits.map((item) => item.id),
        reason: `${fits.length} open ${fits[0]?.type === 'INVOICE' ? 'invoices' : 'bills'} of ${paid} fit (${fits.map((i) => i.number).join(', ')}) and the line names none of them`,
      });
      continue;
    }
    const item = fits[0] as OpenItem;
    const rivals = linesPerItem.get(item.id) ?? [];
    if (rivals.length > 1) {
      ambiguities.push({
        lineId: line.id,
        itemIds: [item.id],
        reason: `${rivals.length} bank lines of ${paid} fit ${item.number} (${rivals.map((l) => l.id).join(', ')}); which one pays it is for a person to decide`,
      });
      continue;
    }
    usedItems.add(item.id);
    matches.push({
      lineId: line.id,
      itemId: item.id,
      type: item.type,
      confidence: 'AMOUNT_AND_DATE',
      reason: `${paid} equals the open balance of ${item.number} (${item.counterparty}); posted ${line.postedOn}, within ${item.issuedOn}..${addDays(item.dueOn, windowDays)} (issued to ${windowDays} days after due); the only candidate`,
    });
  }

  const lineOrder = new Map(orderedLines.map((line, i) => [line.id, i]));
  matches.sort((a, b) => (lineOrder.get(a.lineId) ?? 0) - (lineOrder.get(b.lineId) ?? 0));
  ambiguities.sort((a, b) => (lineOrder.get(a.lineId) ?? 0) - (lineOrder.get(b.lineId) ?? 0));
  const explained = new Set([...matches, ...mismatches].map((m) => m.lineId));
  return {
    matches,
    mismatches,
    ambiguities,
    unmatchedLines: orderedLines.filter((line) => !explained.has(line.id)).map((line) => line.id),
    unmatchedItems: orderedItems.filter((item) => !usedItems.has(item.id)).map((item) => item.id),
  };
}
