/**
 * Two years of Juniper Lane Goods' books (a small ceramics, candle and tea studio in Austin), dated
 * relative to `now`: the chart of accounts, the operating checking account and its bank feed, and
 * the double-entry journal behind it, balanced entry by entry.
 *
 * Month 1 starts on the 1st of the month 24 months before the current month; the books run to
 * today. Revenue is about $25-45k a month with a Nov/Dec peak: online store sales paid out by
 * Shopify Payments (through the processor clearing account 1050), market and pop-up sales through
 * Square (1050 too), and wholesale invoices paid by ACH. Inventory is bought on supplier bills
 * (accounts payable) and relieved to COGS at a steady margin each month end; payroll runs through
 * Gusto twice a month; the kiln loan is paid monthly by an amortization schedule in cents; sales
 * tax is remitted to the Texas Comptroller each month; the owner draws what cash allows.
 * Everyday spending is drawn from DEMO_MERCHANTS (messy bank descriptions, each labeled with its
 * account): these are the categorizer's labeled history. The most recent UNCATEGORIZED_COUNT are
 * left uncategorized (no account, no entry) for the expense-categorization scenario.
 *
 * `buildDemoBooks` is pure and deterministic (mulberry32); `seedDemoBooks` writes it in bulk.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { JournalSourceType } from '../entities/journal-entry.entity.js';
import { CHART_OF_ACCOUNTS } from './chart-of-accounts.js';
import { DEMO_MERCHANTS, type DemoMerchant } from './demo-merchants.js';
import { mulberry32 } from './seeded-random.js';

export interface DemoBooksLine {
  accountCode: string;
  debitCents: number;
  creditCents: number;
}

export interface DemoBooksEntry {
  occurredOn: string;
  memo: string;
  sourceType: JournalSourceType;
  /**
   * The source document's id: a literal (an invoice id, `hist-INV-2025-114`, `depreciation:2025-03`),
   * or `bank:<n>` / `bill:<n>` for the n-th bank transaction / bill, whose ids are assigned when
   * seeded. Unique per source type.
   */
  sourceId: string;
  lines: DemoBooksLine[];
}

export interface DemoBooksBankTransaction {
  postedOn: string;
  /** Signed: money out is negative. */
  amountCents: number;
  /** As the bank prints it. */
  description: string;
  /** The merchant key (merchant rules match it). */
  merchant: string;
  reference: string | null;
  fingerprint: string;
  /** The account on the other side (the label); null while uncategorized. */
  accountCode: string | null;
  categorizedBy: 'SEED' | 'MATCH' | null;
  matched: { type: 'INVOICE'; invoiceId: string } | { type: 'BILL'; bill: number } | null;
  /** Index of its journal entry in `entries`; null while uncategorized. */
  entry: number | null;
}

export interface DemoBooksBill {
  vendor: string;
  number: string;
  issuedOn: string;
  dueOn: string;
  amountCents: number;
  paidCents: number;
  expenseAccountCode: string;
  status: 'PAID' | 'OPEN';
}

export interface DemoLoanPayment {
  paidOn: string;
  paymentCents: number;
  interestCents: number;
  principalCents: number;
  balanceAfterCents: number;
}

/** An invoice already seeded (demo-business.ts) whose issue and payments the books record. */
export interface DemoBooksInvoice {
  id: string;
  number: string;
  customerId: string;
  /** For the bank's description of the payment; the customer id when absent. */
  customerName?: string;
  issuedOn: string;
  dueOn: string;
  amountCents: number;
  paidCents: number;
}

export interface DemoBooks {
  /** The first day of month 1. */
  startsOn: string;
  /** `now`'s UTC date: nothing is dated later. */
  today: string;
  /** In date order (the order they are posted). */
  entries: DemoBooksEntry[];
  /** In date order. */
  bankTransactions: DemoBooksBankTransaction[];
  bills: DemoBooksBill[];
  loanSchedule: DemoLoanPayment[];
}

export const DEMO_CHECKING = {
  name: 'Operating checking',
  institution: 'Hill Country Bank',
  last4: '4417',
  ledgerAccountCode: '1010',
} as const;

/** The kiln loan: $60,000 at 7.25% a year over 60 months, opened on the books' first day. */
export const DEMO_LOAN = { principalCents: 6_000_000, annualRateBasisPoints: 725, months: 60 };

/**
 * The most recent this-many everyday-spending bank transactions (about the last two to three
 * weeks; payroll excepted, as Gusto's payroll report posts it) stay UNCATEGORIZED, and with them
 * the DEMO_UNSEEN_MERCHANTS' transactions.
 */
export const UNCATEGORIZED_COUNT = 34;

/**
 * Merchants that appear ONLY among the recent uncategorized transactions, never in the labeled
 * history, so the categorizer has little confidence in them and queues them for review:
 * CLAYSCAPES (a pottery supply shop: supplies 6120), LUCKY ROBOT (a restaurant: meals 6150) and
 * NOTION (software 6200).
 */
export const DEMO_UNSEEN_MERCHANTS = [
  {
    merchant: 'CLAYSCAPES',
    description: 'PAYPAL *CLAYSCAPES 4029357733',
    amountCents: -8_645,
    daysAgo: 3,
    likelyAccountCode: '6120',
  },
  {
    merchant: 'LUCKY ROBOT',
    description: 'TST* LUCKY ROBOT AUSTIN TX',
    amountCents: -6_212,
    daysAgo: 7,
    likelyAccountCode: '6150',
  },
  {
    merchant: 'NOTION',
    description: 'NOTION LABS INC NOTION.SO CA',
    amountCents: -2_000,
    daysAgo: 12,
    likelyAccountCode: '6200',
  },
] as const;

const DAY_MS = 86_400_000;
type Random = () => number;

// ---------------------------------------------------------------------------------------------
// Dates (UTC, ISO yyyy-mm-dd)
// ---------------------------------------------------------------------------------------------

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day);
}
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}
function weekday(ms: number): number {
  return new Date(ms).getUTCDay();
}
/** The previous Friday when `ms` falls on a weekend. */
function businessDayOnOrBefore(ms: number): number {
  const d = weekday(ms);
  return d === 6 ? ms - DAY_MS : d === 0 ? ms - 2 * DAY_MS : ms;
}
/** The next Monday when `ms` falls on a weekend. */
function businessDayOnOrAfter(ms: number): number {
  const d = weekday(ms);
  return d === 6 ? ms + 2 * DAY_MS : d === 0 ? ms + DAY_MS : ms;
}

// ---------------------------------------------------------------------------------------------
// Random helpers
// ---------------------------------------------------------------------------------------------

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += String(Math.floor(random() * 10));
  return text;
}
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
function alnum(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += ALNUM[Math.floor(random() * ALNUM.length)];
  return text;
}
function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
/** `expected` rounded up or down at random, so the long-run mean is `expected`. */
function stochasticRound(random: Random, expected: number): number {
  const whole = Math.floor(expected);
  return whole + (random() < expected - whole ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// The plan: seasonality, growth, channel mix
// ---------------------------------------------------------------------------------------------

/** Sales by calendar month relative to an average month: Mother's Day in May, holidays Nov/Dec. */
const SEASON = [0.88, 0.9, 0.93, 0.97, 1.05, 0.93, 0.9, 0.92, 0.97, 1.03, 1.3, 1.42] as const;
const BASE_PRODUCT_SALES_CENTS = 2_800_000;
const GROWTH_PER_YEAR = 0.05;
const ONLINE_SHARE = 0.62;
const MARKET_SHARE = 0.15;
const WHOLESALE_SHARE = 0.23;
const SHIPPING_INCOME_RATE = 0.045;
const REFUND_RATE = 0.012;
const TEXAS_ONLINE_SHARE = 0.3;
const SALES_TAX_RATE = 0.0825;
/** Cost of the goods sold as a share of product sales (relieved from inventory each month end). */
const COGS_RATE = 0.27;
const OPENING_CASH_CENTS = 3_000_000;
const OPENING_INVENTORY_CENTS = 1_800_000;
const EQUIPMENT_CENTS = DEMO_LOAN.principalCents;
const DEPRECIATION_MONTHS = 84;
const DRAW_CUSHION_CENTS = 2_200_000;
const MAX_DRAW_CENTS = 500_000;

const HIST_WHOLESALE_CUSTOMERS = [
  'Prairie Lark Home',
  'Cedar & Sage Boutique',
  'Lone Star Gift Co',
  'Sunday Market Provisions',
  'Bluebonnet Botanicals',
] as const;

const INVENTORY_VENDORS = [
  { vendor: 'Sheffield Pottery Supply', day: 4, share: 0.45, prefix: 'SP' },
  { vendor: 'Lone Star Candle Supply', day: 12, share: 0.35, prefix: 'LSC' },
  { vendor: 'Rishi Tea Wholesale', day: 20, share: 0.2, prefix: 'RT' },
] as const;

/** Monthly bills with a fixed day rather than drawn at random. */
const RECURRING_ACCOUNTS = new Set(['6060', '6080', '6100', '6160', '6200', '6230']);
/**
 * DEMO_MERCHANTS' occasional spending is drawn at this share of its `perMonth`, so a month has
 * about 48 expense bank lines (the fixed monthly bills included) and the seed stays fast.
 */
const SPEND_SCALE = 0.75;
/** Spending that follows the season (more shipping, ads and marketplace fees before the holidays). */
const SEASONAL_ACCOUNTS = new Set(['6010', '6030', '6210']);

interface Month {
  index: number;
  year: number;
  month: number;
  startMs: number;
  endMs: number;
  /** The month's last day, or today for the current month. */
  lastMs: number;
  key: string;
  season: number;
  productSalesCents: number;
}

interface BankDraft {
  postedOn: string;
  amountCents: number;
  description: string;
  merchant: string;
  reference: string | null;
  accountCode: string | null;
  categorizedBy: 'SEED' | 'MATCH' | null;
  matched: DemoBooksBankTransaction['matched'];
}

interface EntryDraft {
  occurredOn: string;
  memo: string;
  sourceType: JournalSourceType;
  /** null: the id of its bank transaction. */
  sourceId: string | null;
  lines: DemoBooksLine[];
  bank: BankDraft | null;
}

const dr = (accountCode: string, cents: number): DemoBooksLine => ({
  accountCode,
  debitCents: cents,
  creditCents: 0,
});
const cr = (accountCode: string, cents: number): DemoBooksLine => ({
  accountCode,
  debitCents: 0,
  creditCents: cents,
});

/** `$1,234.56` from integer cents (non-negative). */
function formatDollars(cents: number): string {
  const dollars = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${dollars}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * The demo shop's books from the 1st of the month 24 months before `now`'s month to `now`'s date.
 * `invoices` are the invoices already in the database (their issue and payments are posted and
 * their amounts count toward the month's wholesale sales). Same arguments, same books.
 */
export function buildDemoBooks(now: Date, invoices: readonly DemoBooksInvoice[] = []): DemoBooks {
  const random = mulberry32(0x600c5);
  const todayMs = utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const today = iso(todayMs);
  const firstMs = utc(now.getUTCFullYear(), now.getUTCMonth() - 24, 1);

  const months: Month[] = [];
  for (let index = 0; index <= 24; index += 1) {
    const startMs = utc(now.getUTCFullYear(), now.getUTCMonth() - 24 + index, 1);
    const start = new Date(startMs);
    const year = start.getUTCFullYear();
    const month = start.getUTCMonth();
    const endMs = utc(year, month, daysInMonth(year, month));
    const season = SEASON[month] ?? 1;
    const growth = 1 + (GROWTH_PER_YEAR * index) / 12;
    const noise = 0.96 + random() * 0.08;
    months.push({
      index,
      year,
      month,
      startMs,
      endMs,
      lastMs: Math.min(endMs, todayMs),
      key: iso(startMs).slice(0, 7),
      season,
      productSalesCents: Math.round(BASE_PRODUCT_SALES_CENTS * season * growth * noise),
    });
  }
  const monthOf = (date: string) => months.find((m) => m.key === date.slice(0, 7));

  const drafts: EntryDraft[] = [];
  const uncategorized: BankDraft[] = [];
  const bills: DemoBooksBill[] = [];
  const taxCollected = new Map<string, number>();
  const productSales = new Map<string, number>();
  const addTo = (map: Map<string, number>, date: string, cents: number) =>
    map.set(date.slice(0, 7), (map.get(date.slice(0, 7)) ?? 0) + cents);

  function post(
    occurredOn: string,
    memo: string,
    sourceType: JournalSourceType,
    sourceId: string | null,
    lines: DemoBooksLine[],
    bank: BankDraft | null = null,
  ): void {
    const kept = lines.filter((l) => l.debitCents > 0 || l.creditCents > 0);
    const debits = kept.reduce((s, l) => s + l.debitCents, 0);
    const credits = kept.reduce((s, l) => s + l.creditCents, 0);
    if (debits !== credits || kept.length < 2) {
      throw new Error(`demo books: unbalanced entry ${memo} (${debits} / ${credits})`);
    }
    for (const l of kept) {
      if (!Number.isSafeInteger(l.debitCents) || !Number.isSafeInteger(l.creditCents)) {
        throw new Error(`demo books: non-integer cents in ${memo}`);
      }
    }
    drafts.push({ occurredOn, memo, sourceType, sourceId, lines: kept, bank });
  }

  function bank(
    postedOn: string,
    amountCents: number,
    description: string,
    merchant: string,
    accountCode: string | null,
    options: { reference?: string; matched?: BankDraft['matched'] } = {},
  ): BankDraft {
    return {
      postedOn,
      amountCents,
      description,
      merchant,
      reference: options.reference ?? null,
      accountCode,
      categorizedBy: accountCode === null ? null : options.matched ? 'MATCH' : 'SEED',
      matched: options.matched ?? null,
    };
  }

  // --- Opening balances: the owner's savings, starting stock, and the kilns on the bank's loan.
  const startsOn = iso(firstMs);
  post(
    startsOn,
    "Opening balances: owner's contribution (cash and starting stock), kilns financed by the equipment loan",
    'OPENING_BALANCE',
    'opening',
    [
      dr('1010', OPENING_CASH_CENTS),
      dr('1200', OPENING_INVENTORY_CENTS),
      dr('1500', EQUIPMENT_CENTS),
      cr('3010', OPENING_CASH_CENTS + OPENING_INVENTORY_CENTS),
      cr('2500', EQUIPMENT_CENTS),
    ],
    bank(
      startsOn,
      OPENING_CASH_CENTS,
      'ONLINE TRANSFER FROM SAV XXXXXX8812 OWNER CONTRIBUTION',
      'OWNER TRANSFER',
      '3010',
    ),
  );

  // --- Online store: weekly Shopify Payments summaries (split at month ends), paid out 2 days later.
  for (let segStart = firstMs; segStart <= todayMs;) {
    const month = monthOf(iso(segStart));
    if (!month) break;
    const sunday = segStart + ((7 - weekday(segStart)) % 7) * DAY_MS;
    const segEnd = Math.min(sunday, month.endMs);
    if (segEnd >= todayMs) break; // the week in progress is summarized when it ends
    const days = Math.round((segEnd - segStart) / DAY_MS) + 1;
    const dailyCents =
      (month.productSalesCents * ONLINE_SHARE) / daysInMonth(month.year, month.month);
    const gross = Math.round(dailyCents * days * (0.93 + random() * 0.14));
    const orders = Math.max(1, Math.round(gross / 5_200));
    const shipping = Math.round(gross * SHIPPING_INCOME_RATE);
    const tax = Math.round(gross * TEXAS_ONLINE_SHARE * SALES_TAX_RATE);
    const refunds = Math.round(gross * REFUND_RATE * (0.5 + random()));
    const fee = Math.round((gross + shipping + tax) * 0.029) + orders * 30;
    const net = gross + shipping + tax - refunds - fee;
    const from = iso(segStart);
    const to = iso(segEnd);
    post(
      to,
      `Shopify Payments: online store sales ${from} to ${to} (${orders} orders)`,
      'PAYMENT',
      `shopify:${from}..${to}`,
      [
        dr('1050', net),
        dr('6220', fee),
        dr('4090', refunds),
        cr('4010', gross),
        cr('4040', shipping),
        cr('2200', tax),
      ],
    );
    addTo(taxCollected, to, tax);
    addTo(productSales, to, gross - refunds);
    const payoutMs = segEnd + 2 * DAY_MS;
    if (payoutMs <= todayMs) {
      const payout = iso(payoutMs);
      const id = `ST-${alnum(random, 12)}`;
      const description = pick(random, [
        `SHOPIFY DES:TRANSFER ID:${id} INDN:JUNIPER LANE GOODS CO ID:${digits(random, 10)} CCD`,
        `SHOPIFY PAYMENTS TRANSFER ${id}`,
        `ACH CREDIT SHOPIFY TRANSFER ${id}`,
      ]);
      post(
        payout,
        `Shopify Payments payout for sales ${from} to ${to}`,
        'BANK_TRANSACTION',
        null,
        [dr('1010', net), cr('1050', net)],
        bank(payout, net, description, 'SHOPIFY PAYMENTS', '1050', { reference: id }),
      );
    }
    segStart = segEnd + DAY_MS;
  }

  // --- Markets and pop-ups on Saturdays through Square, paid out the next business day.
  for (const month of months) {
    const saturdays: number[] = [];
    for (let d = month.startMs; d <= month.endMs; d += DAY_MS) {
      if (weekday(d) === 6) saturdays.push(d);
    }
    const count = month.month >= 10 ? 4 : month.month === 4 || month.month === 9 ? 3 : 2;
    const chosen = Array.from(
      { length: count },
      (_, i) => saturdays[Math.floor((i * saturdays.length) / count)] as number,
    );
    const weights = chosen.map(() => 0.8 + random() * 0.4);
    const total = weights.reduce((s, w) => s + w, 0);
    const target = month.productSalesCents * MARKET_SHARE;
    chosen.forEach((dayMs, i) => {
      if (dayMs >= todayMs) return;
      const gross = Math.round((target * (weights[i] ?? 1)) / total);
      const tax = Math.round(gross * SALES_TAX_RATE);
      const sales = Math.max(1, Math.round(gross / 3_800));
      const fee = Math.round((gross + tax) * 0.026) + sales * 10;
      const net = gross + tax - fee;
      const on = iso(dayMs);
      post(
        on,
        `Square: market and pop-up sales ${on} (${sales} sales)`,
        'PAYMENT',
        `square:${on}`,
        [dr('1050', net), dr('6220', fee), cr('4030', gross), cr('2200', tax)],
      );
      addTo(taxCollected, on, tax);
      addTo(productSales, on, gross);
      const payoutMs = businessDayOnOrAfter(dayMs + 2 * DAY_MS);
      if (payoutMs <= todayMs) {
        const payout = iso(payoutMs);
        const yymmdd = on.slice(2).replace(/-/g, '');
        const description = pick(random, [
          `SQUARE INC DES:SQ${yymmdd} ID:T${alnum(random, 14)} INDN:JUNIPER LANE GOODS CO ID:9424300002 CCD`,
          `SQUARE INC SQ${yymmdd} ${alnum(random, 14)} PPD`,
          `ACH CREDIT SQUARE INC SQ${yymmdd}`,
        ]);
        post(
          payout,
          `Square payout for market sales ${on}`,
          'BANK_TRANSACTION',
          null,
          [dr('1010', net), cr('1050', net)],
          bank(payout, net, description, 'SQUARE PAYOUT', '1050'),
        );
      }
    });
  }

  // --- Wholesale: the invoices already seeded, then historical invoices (journal entries only,
  // to new wholesale accounts, all paid) filling each month's wholesale share.
  const paymentDescription = (name: string, number: string) =>
    pick(random, [
      `${name.toUpperCase()} DES:PAYMENT ID:${number.replace(/-/g, '')} INDN:JUNIPER LANE GOODS CO CCD`,
      `ACH CREDIT ${name.toUpperCase()} PMT ${number}`,
      `ACH DEPOSIT ${name.toUpperCase()} ${number}`,
    ]);
  const wholesaleBooked = new Map<string, number>();
  for (const invoice of invoices) {
    const name = invoice.customerName ?? invoice.customerId;
    post(
      invoice.issuedOn,
      `Wholesale invoice ${invoice.number} to ${name}`,
      'INVOICE',
      invoice.id,
      [dr('1100', invoice.amountCents), cr('4020', invoice.amountCents)],
    );
    addTo(wholesaleBooked, invoice.issuedOn, invoice.amountCents);
    addTo(productSales, invoice.issuedOn, invoice.amountCents);
    if (invoice.paidCents > 0) {
      const issuedMs = Date.parse(invoice.issuedOn);
      const dueMs = Date.parse(invoice.dueOn);
      const plannedMs = invoice.paidCents >= invoice.amountCents ? issuedMs + 26 * DAY_MS : dueMs;
      const paidMs = businessDayOnOrBefore(Math.min(plannedMs, todayMs - DAY_MS));
      const paidOn = iso(Math.max(paidMs, issuedMs));
      post(
        paidOn,
        `Payment from ${name} on invoice ${invoice.number}`,
        'PAYMENT',
        null,
        [dr('1010', invoice.paidCents), cr('1100', invoice.paidCents)],
        bank(
          paidOn,
          invoice.paidCents,
          paymentDescription(name, invoice.number),
          name.toUpperCase(),
          '1100',
          {
            reference: invoice.number,
            matched: { type: 'INVOICE', invoiceId: invoice.id },
          },
        ),
      );
    }
  }
  const histNumbers = new Map<number, number>();
  for (const month of months) {
    const target = Math.round(month.productSalesCents * WHOLESALE_SHARE);
    const remaining = target - (wholesaleBooked.get(month.key) ?? 0);
    if (remaining < 30_000) continue;
    const count = remaining > 450_000 ? 3 : remaining > 200_000 ? 2 : 1;
    const weights = Array.from({ length: count }, () => 0.7 + random() * 0.6);
    const total = weights.reduce((s, w) => s + w, 0);
    let left = remaining;
    for (let i = 0; i < count; i += 1) {
      const amount = i === count - 1 ? left : Math.round((remaining * (weights[i] ?? 1)) / total);
      left -= amount;
      const issuedMs = businessDayOnOrAfter(
        month.startMs + int(random, 0, daysInMonth(month.year, month.month) - 3) * DAY_MS,
      );
      const delay = int(random, 18, 32);
      const customer = pick(random, HIST_WHOLESALE_CUSTOMERS);
      // Historical invoices are all paid by yesterday: open receivables are the seeded invoices'.
      if (issuedMs > todayMs - 3 * DAY_MS || issuedMs > month.endMs) continue;
      const seq = (histNumbers.get(month.year) ?? 100) + 1;
      histNumbers.set(month.year, seq);
      const number = `INV-${month.year}-${String(seq).padStart(3, '0')}`;
      const issuedOn = iso(issuedMs);
      post(issuedOn, `Wholesale invoice ${number} to ${customer}`, 'INVOICE', `hist-${number}`, [
        dr('1100', amount),
        cr('4020', amount),
      ]);
      addTo(productSales, issuedOn, amount);
      const paidOn = iso(
        Math.max(
          issuedMs,
          businessDayOnOrBefore(Math.min(issuedMs + delay * DAY_MS, todayMs - DAY_MS)),
        ),
      );
      post(
        paidOn,
        `Payment from ${customer} on invoice ${number}`,
        'PAYMENT',
        null,
        [dr('1010', amount), cr('1100', amount)],
        bank(paidOn, amount, paymentDescription(customer, number), customer.toUpperCase(), '1100', {
          reference: number,
        }),
      );
    }
  }

  // --- Inventory bought on supplier bills (net 30, paid a day early), stocking for next month.
  for (const month of months) {
    const next = months[month.index + 1];
    const planned = Math.round(COGS_RATE * (next ?? month).productSalesCents);
    for (const v of INVENTORY_VENDORS) {
      const issuedMs = month.startMs + (v.day - 1) * DAY_MS;
      if (issuedMs > todayMs) continue;
      const amount = Math.round(planned * v.share * (0.9 + random() * 0.2));
      const issuedOn = iso(issuedMs);
      const dueMs = issuedMs + 30 * DAY_MS;
      const payMs = businessDayOnOrBefore(dueMs - DAY_MS);
      const paid = payMs <= todayMs;
      const number = `${v.prefix}-${month.year}${String(month.month + 1).padStart(2, '0')}-${digits(random, 3)}`;
      const billIndex = bills.length;
      bills.push({
        vendor: v.vendor,
        number,
        issuedOn,
        dueOn: iso(dueMs),
        amountCents: amount,
        paidCents: paid ? amount : 0,
        expenseAccountCode: '1200',
        status: paid ? 'PAID' : 'OPEN',
      });
      post(issuedOn, `Bill ${number} from ${v.vendor}: inventory`, 'BILL', `bill:${billIndex}`, [
        dr('1200', amount),
        cr('2010', amount),
      ]);
      if (paid) {
        const paidOn = iso(payMs);
        const description = pick(random, [
          `ONLINE BILL PAY ${v.vendor.toUpperCase()} INV ${number}`,
          `BILLPAY ${v.vendor.toUpperCase()} ${number}`,
        ]);
        post(
          paidOn,
          `Payment of bill ${number} to ${v.vendor}`,
          'PAYMENT',
          null,
          [dr('2010', amount), cr('1010', amount)],
          bank(paidOn, -amount, description, v.vendor.toUpperCase(), '2010', {
            reference: number,
            matched: { type: 'BILL', bill: billIndex },
          }),
        );
      }
    }
  }

  // --- Payroll through Gusto on the 15th and the last day (or the Friday before): one debit for
  // net pay, withholding and the employer's taxes; wages gross and employer taxes are expensed.
  const gusto = DEMO_MERCHANTS.find((m) => m.merchant === 'GUSTO');
  for (const month of months) {
    for (const dayMs of [month.startMs + 14 * DAY_MS, month.endMs]) {
      const payMs = businessDayOnOrBefore(dayMs);
      if (payMs > todayMs) continue;
      const [min, max] = gusto?.amountCents ?? [380_000, 520_000];
      const busy = Math.min(1, Math.max(0, (month.season - 0.88) / (1.42 - 0.88)));
      const planned = min + 10_000 + busy * (max - min - 30_000) + (random() - 0.5) * 16_000;
      const total = Math.min(max, Math.max(min, Math.round(planned)));
      const gross = Math.round((total * 10_000) / 10_765);
      const employerTaxes = total - gross;
      const on = iso(payMs);
      const description = gusto ? gusto.describe(random) : `GUSTO PAY ${digits(random, 6)}`;
      post(
        on,
        `Payroll ${on}: wages ${formatDollars(gross)}, employer taxes ${formatDollars(employerTaxes)}`,
        'PAYROLL',
        null,
        [dr('6170', gross), dr('6180', employerTaxes), cr('1010', total)],
        bank(on, -total, description, 'GUSTO', '6170'),
      );
    }
  }

  // --- The kiln loan: monthly on the 15th from month 2, interest on the balance in cents.
  const loanSchedule: DemoLoanPayment[] = [];
  const monthlyRate = DEMO_LOAN.annualRateBasisPoints / 10_000 / 12;
  const paymentCents = Math.round(
    (DEMO_LOAN.principalCents * monthlyRate) / (1 - (1 + monthlyRate) ** -DEMO_LOAN.months),
  );
  let loanBalance = DEMO_LOAN.principalCents;
  for (const month of months.slice(1)) {
    const payMs = month.startMs + 14 * DAY_MS;
    if (payMs > todayMs) continue;
    const interest = Math.round((loanBalance * DEMO_LOAN.annualRateBasisPoints) / 120_000);
    const principal = paymentCents - interest;
    loanBalance -= principal;
    const on = iso(payMs);
    loanSchedule.push({
      paidOn: on,
      paymentCents,
      interestCents: interest,
      principalCents: principal,
      balanceAfterCents: loanBalance,
    });
    post(
      on,
      `Equipment loan payment ${loanSchedule.length}: interest ${formatDollars(interest)}, principal ${formatDollars(principal)}`,
      'BANK_TRANSACTION',
      null,
      [dr('6070', interest), dr('2500', principal), cr('1010', paymentCents)],
      bank(
        on,
        -paymentCents,
        pick(random, [
          'LOAN PMT HILL COUNTRY BANK LN XXXXXX7702',
          'HILL COUNTRY BANK LOAN PAYMENT 7702 AUTO DEBIT',
        ]),
        'HILL COUNTRY BANK LOAN',
        '2500',
      ),
    );
  }

  // --- Everyday spending from DEMO_MERCHANTS, labeled with their accounts; the most recent stay
  // uncategorized for the categorizer.
  const spending: Array<{
    on: string;
    amount: number;
    description: string;
    merchant: DemoMerchant;
    accountCode: string;
  }> = [];
  DEMO_MERCHANTS.forEach((merchant: DemoMerchant, merchantIndex) => {
    if (merchant.merchant === 'GUSTO') return; // payroll, above
    const recurring = merchant.perMonth === 1 && RECURRING_ACCOUNTS.has(merchant.accountCode);
    const recurringDay = merchant.accountCode === '6100' ? 1 : 2 + ((merchantIndex * 7) % 26);
    for (const month of months) {
      const monthDays = daysInMonth(month.year, month.month);
      const openDays = Math.round((month.lastMs - month.startMs) / DAY_MS) + 1;
      const days: number[] = [];
      if (recurring) {
        const dayMs = month.startMs + (Math.min(recurringDay, monthDays) - 1) * DAY_MS;
        if (dayMs <= todayMs) days.push(dayMs);
      } else {
        const scale =
          SPEND_SCALE * (SEASONAL_ACCOUNTS.has(merchant.accountCode) ? month.season : 1);
        const count = stochasticRound(random, (merchant.perMonth * scale * openDays) / monthDays);
        for (let i = 0; i < count; i += 1) {
          days.push(month.startMs + int(random, 0, openDays - 1) * DAY_MS);
        }
      }
      for (const dayMs of days) {
        const [min, max] = merchant.amountCents;
        const amount = int(random, min, max);
        const description = merchant.describe(random);
        // Some merchants sell to two accounts (Amazon: mostly supplies, some product materials).
        const other = merchant.alsoBooksTo;
        const accountCode =
          other && random() < other.share ? other.accountCode : merchant.accountCode;
        spending.push({ on: iso(dayMs), amount, description, merchant, accountCode });
      }
    }
  });
  const inOrder = spending
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.on < b.s.on ? -1 : a.s.on > b.s.on ? 1 : a.i - b.i))
    .map((x) => x.s);
  inOrder.forEach(({ on, amount, description, merchant, accountCode }, i) => {
    if (i >= inOrder.length - UNCATEGORIZED_COUNT) {
      uncategorized.push(bank(on, -amount, description, merchant.merchant, null));
      return;
    }
    post(
      on,
      `${merchant.merchant}: ${description}`.slice(0, 500),
      'BANK_TRANSACTION',
      null,
      [dr(accountCode, amount), cr('1010', amount)],
      bank(on, -amount, description, merchant.merchant, accountCode),
    );
  });
  for (const unseen of DEMO_UNSEEN_MERCHANTS) {
    const on = iso(todayMs - unseen.daysAgo * DAY_MS);
    uncategorized.push(bank(on, unseen.amountCents, unseen.description, unseen.merchant, null));
  }

  // --- Month ends: depreciation, COGS relieved from inventory; sales tax remitted on the 20th.
  const depreciation = Math.round(EQUIPMENT_CENTS / DEPRECIATION_MONTHS);
  for (const month of months) {
    const next = months[month.index + 1];
    const remitMs = businessDayOnOrAfter((next?.startMs ?? month.endMs + DAY_MS) + 19 * DAY_MS);
    const tax = taxCollected.get(month.key) ?? 0;
    if (remitMs <= todayMs && tax > 0) {
      const on = iso(remitMs);
      post(
        on,
        `Texas sales and use tax for ${month.key}`,
        'BANK_TRANSACTION',
        null,
        [dr('2200', tax), cr('1010', tax)],
        bank(
          on,
          -tax,
          `TX COMPT SALES TAX DES:STX PAYMNT ID:3208${digits(random, 7)} INDN:JUNIPER LANE GOODS CO CCD`,
          'TX SALES TAX',
          '2200',
        ),
      );
    }
    if (month.endMs > todayMs) continue;
    const end = iso(month.endMs);
    post(
      end,
      `Depreciation of equipment, ${month.key}`,
      'ADJUSTMENT',
      `depreciation:${month.key}`,
      [dr('6050', depreciation), cr('1510', depreciation)],
    );
    const cogs = Math.round(COGS_RATE * (productSales.get(month.key) ?? 0));
    post(end, `Cost of goods sold, ${month.key}`, 'ADJUSTMENT', `cogs:${month.key}`, [
      dr('5010', cogs),
      cr('1200', cogs),
    ]);
  }

  // --- Owner's draws on the 28th: half of the cash above a cushion, at most $5,000.
  const byDate = (a: { postedOn: string }, b: { postedOn: string }) =>
    a.postedOn < b.postedOn ? -1 : a.postedOn > b.postedOn ? 1 : 0;
  const cash = [...drafts.flatMap((d) => (d.bank ? [d.bank] : [])), ...uncategorized].sort(byDate);
  let cursor = 0;
  let balance = 0;
  for (const month of months) {
    const drawMs = businessDayOnOrBefore(month.startMs + 27 * DAY_MS);
    if (drawMs > todayMs) continue;
    const on = iso(drawMs);
    while (cursor < cash.length && (cash[cursor]?.postedOn ?? '') <= on) {
      balance += cash[cursor]?.amountCents ?? 0;
      cursor += 1;
    }
    const draw = Math.min(
      MAX_DRAW_CENTS,
      Math.floor((balance - DRAW_CUSHION_CENTS) / 2 / 10_000) * 10_000,
    );
    if (draw <= 0) continue;
    balance -= draw;
    post(
      on,
      `Owner's draw ${month.key}`,
      'BANK_TRANSACTION',
      null,
      [dr('3020', draw), cr('1010', draw)],
      bank(
        on,
        -draw,
        pick(random, [
          'ONLINE TRANSFER TO CHK XXXXXX2231 OWNER DRAW',
          `ONLINE BANKING TRANSFER TO CHK 2231 CONF# ${alnum(random, 8)}`,
        ]),
        'OWNER TRANSFER',
        '3020',
      ),
    );
  }

  // --- Order everything by date; bank transactions learn their entry's position.
  const sorted = drafts
    .map((draft, i) => ({ draft, i }))
    .sort((a, b) =>
      a.draft.occurredOn < b.draft.occurredOn
        ? -1
        : a.draft.occurredOn > b.draft.occurredOn
          ? 1
          : a.i - b.i,
    )
    .map((x) => x.draft);
  const pending: Array<{ bank: BankDraft; entry: number | null }> = [
    ...sorted.flatMap((d, entry) => (d.bank ? [{ bank: d.bank, entry }] : [])),
    ...uncategorized.map((b) => ({ bank: b, entry: null })),
  ];
  const ordered = pending
    .map((p, i) => ({ p, i }))
    .sort((a, b) => byDate(a.p.bank, b.p.bank) || a.i - b.i)
    .map((x) => x.p);
  const bankIndexOfEntry = new Map<number, number>();
  const bankTransactions: DemoBooksBankTransaction[] = ordered.map(({ bank: b, entry }, n) => {
    if (entry !== null) bankIndexOfEntry.set(entry, n);
    return {
      ...b,
      fingerprint: createHash('sha256')
        .update(`${b.postedOn}|${b.amountCents}|${b.description}|${n}`)
        .digest('hex')
        .slice(0, 32),
      entry,
    };
  });
  const entries: DemoBooksEntry[] = sorted.map((d, i) => ({
    occurredOn: d.occurredOn,
    memo: d.memo,
    sourceType: d.sourceType,
    sourceId: d.sourceId ?? `bank:${bankIndexOfEntry.get(i) ?? -1}`,
    lines: d.lines,
  }));

  return { startsOn, today, entries, bankTransactions, bills, loanSchedule };
}

// ---------------------------------------------------------------------------------------------
// Writing it
// ---------------------------------------------------------------------------------------------

const CHUNK = 1_000;

/** Inserts `rows` as JSON through json_to_recordset: one round trip per chunk, no per-row saves. */
async function insertJson(
  tx: EntityManager,
  table: string,
  columns: ReadonlyArray<readonly [name: string, type: string]>,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  const names = columns.map(([name]) => name).join(', ');
  const types = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS r(${types})`,
      [JSON.stringify(rows.slice(i, i + CHUNK))],
    );
  }
}

/**
 * Writes the demo books into `workspaceId` within the seed's transaction: the chart of accounts,
 * the operating checking account, its bank feed, the bills and the journal. `invoices` are the
 * workspace's invoice rows, already inserted.
 */
export async function seedDemoBooks(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
  invoices: ReadonlyArray<Omit<DemoBooksInvoice, 'customerName'>>,
): Promise<void> {
  const customerIds = [...new Set(invoices.map((i) => i.customerId))];
  const customers = (
    customerIds.length === 0
      ? []
      : await tx.query('SELECT id, name, company FROM customer WHERE id = ANY($1::uuid[])', [
          customerIds,
        ])
  ) as Array<{ id: string; name: string; company: string | null }>;
  const nameOf = new Map(customers.map((c) => [c.id, c.company ?? c.name]));
  const books = buildDemoBooks(
    now,
    invoices.map((i) => ({ ...i, customerName: nameOf.get(i.customerId) })),
  );

  const accountIds = new Map(CHART_OF_ACCOUNTS.map((a) => [a.code, randomUUID()]));
  const accountId = (code: string) => {
    const id = accountIds.get(code);
    if (!id) throw new Error(`demo books name an unknown account ${code}`);
    return id;
  };
  await insertJson(
    tx,
    'ledger_account',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['code', 'text'],
      ['name', 'text'],
      ['type', 'text'],
      ['normal_balance', 'text'],
      ['parent_id', 'uuid'],
      ['postable', 'boolean'],
      ['schedule_c_line', 'text'],
      ['department', 'text'],
      ['description', 'text'],
    ],
    CHART_OF_ACCOUNTS.map((a) => ({
      id: accountId(a.code),
      workspace_id: workspaceId,
      code: a.code,
      name: a.name,
      type: a.type,
      normal_balance: a.normalBalance,
      parent_id: a.parent ? accountId(a.parent) : null,
      postable: a.postable,
      schedule_c_line: a.scheduleCLine,
      department: a.department,
      description: a.description,
    })),
  );

  const bankAccountId = randomUUID();
  const importId = randomUUID();
  await tx.query(
    `INSERT INTO bank_account (id, workspace_id, name, institution, last4, ledger_account_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      bankAccountId,
      workspaceId,
      DEMO_CHECKING.name,
      DEMO_CHECKING.institution,
      DEMO_CHECKING.last4,
      accountId(DEMO_CHECKING.ledgerAccountCode),
    ],
  );
  await tx.query(
    `INSERT INTO bank_import (id, workspace_id, bank_account_id, file_name, format, layout,
       file_sha256, row_count, imported_count, duplicate_count, imported_by)
     VALUES ($1, $2, $3, 'demo-seed', 'SEED', 'seed', $4, $5, $5, 0, 'demo-seed')`,
    [
      importId,
      workspaceId,
      bankAccountId,
      createHash('sha256').update(`demo-seed|${books.today}`).digest('hex'),
      books.bankTransactions.length,
    ],
  );

  const billIds = books.bills.map(() => randomUUID());
  await insertJson(
    tx,
    'bill',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['vendor', 'text'],
      ['number', 'text'],
      ['issued_on', 'date'],
      ['due_on', 'date'],
      ['amount_cents', 'bigint'],
      ['paid_cents', 'bigint'],
      ['expense_account_id', 'uuid'],
      ['status', 'text'],
    ],
    books.bills.map((b, i) => ({
      id: billIds[i],
      workspace_id: workspaceId,
      vendor: b.vendor,
      number: b.number,
      issued_on: b.issuedOn,
      due_on: b.dueOn,
      amount_cents: b.amountCents,
      paid_cents: b.paidCents,
      expense_account_id: accountId(b.expenseAccountCode),
      status: b.status,
    })),
  );

  const bankIds = books.bankTransactions.map(() => randomUUID());
  const entryIds = books.entries.map(() => randomUUID());
  const resolveSource = (sourceId: string): string => {
    const [kind, n] = sourceId.split(':');
    if (kind === 'bank') return bankIds[Number(n)] ?? sourceId;
    if (kind === 'bill') return billIds[Number(n)] ?? sourceId;
    return sourceId;
  };
  await insertJson(
    tx,
    'journal_entry',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['occurred_on', 'date'],
      ['memo', 'text'],
      ['source_type', 'text'],
      ['source_id', 'text'],
      ['posted_by_type', 'text'],
      ['posted_by', 'text'],
    ],
    books.entries.map((e, i) => ({
      id: entryIds[i],
      workspace_id: workspaceId,
      occurred_on: e.occurredOn,
      memo: e.memo,
      source_type: e.sourceType,
      source_id: resolveSource(e.sourceId),
      posted_by_type: 'SYSTEM',
      posted_by: 'demo-seed',
    })),
  );
  await insertJson(
    tx,
    'journal_line',
    [
      ['entry_id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['account_id', 'uuid'],
      ['occurred_on', 'date'],
      ['debit_cents', 'bigint'],
      ['credit_cents', 'bigint'],
    ],
    books.entries.flatMap((e, i) =>
      e.lines.map((l) => ({
        entry_id: entryIds[i],
        workspace_id: workspaceId,
        account_id: accountId(l.accountCode),
        occurred_on: e.occurredOn,
        debit_cents: l.debitCents,
        credit_cents: l.creditCents,
      })),
    ),
  );
  await insertJson(
    tx,
    'bank_transaction',
    [
      ['id', 'uuid'],
      ['workspace_id', 'uuid'],
      ['bank_account_id', 'uuid'],
      ['import_id', 'uuid'],
      ['posted_on', 'date'],
      ['amount_cents', 'bigint'],
      ['description', 'text'],
      ['merchant', 'text'],
      ['reference', 'text'],
      ['fingerprint', 'text'],
      ['status', 'text'],
      ['account_id', 'uuid'],
      ['categorized_by', 'text'],
      ['journal_entry_id', 'uuid'],
      ['matched_type', 'text'],
      ['matched_id', 'uuid'],
    ],
    books.bankTransactions.map((t, i) => ({
      id: bankIds[i],
      workspace_id: workspaceId,
      bank_account_id: bankAccountId,
      import_id: importId,
      posted_on: t.postedOn,
      amount_cents: t.amountCents,
      description: t.description,
      merchant: t.merchant,
      reference: t.reference,
      fingerprint: t.fingerprint,
      status: t.accountCode === null ? 'UNCATEGORIZED' : 'CATEGORIZED',
      account_id: t.accountCode === null ? null : accountId(t.accountCode),
      categorized_by: t.categorizedBy,
      journal_entry_id: t.entry === null ? null : entryIds[t.entry],
      matched_type: t.matched?.type ?? null,
      matched_id:
        t.matched === null
          ? null
          : t.matched.type === 'INVOICE'
            ? t.matched.invoiceId
            : billIds[t.matched.bill],
    })),
  );
}
