/**
 * Where Juniper Lane Goods' money goes: the merchants on its bank statement, each with the chart
 * of accounts code it belongs to (chart-of-accounts.ts), how often it appears, a typical amount,
 * and a generator of realistically messy bank descriptions (processor prefixes such as `SQ *` and
 * `TST*`, POS / CHECKCARD / Wells-Fargo-style wrappers, store and reference numbers, card
 * suffixes, phone numbers, city and state tails, mixed case, card-network name truncation).
 *
 * The demo books post these, and `labeledDemoTransactions` turns them into the seeded labeled
 * examples the transaction categorizer is trained and measured on.
 */
import { mulberry32 } from './seeded-random.js';

export interface DemoMerchant {
  /** The clean merchant key, e.g. 'BLUE BOTTLE', 'GUSTO', 'USPS'. */
  merchant: string;
  /** The chart-of-accounts code it belongs to (a postable COGS or EXPENSE account). */
  accountCode: string;
  /** Typical number of bank transactions a month (fractional: 0.25 is about once a quarter). */
  perMonth: number;
  /** A typical amount range in cents (money out, positive here), inclusive. */
  amountCents: readonly [min: number, max: number];
  /** One realistic, messy bank description for it. */
  describe(random: () => number): string;
  /**
   * Realistic ambiguity: this share of its transactions belongs to another account (most Amazon
   * orders are shop supplies, some are wicks and tins for the product). The description does not
   * tell them apart, so a classifier is rightly unsure of them.
   */
  alsoBooksTo?: { accountCode: string; share: number };
}

type Random = () => number;
type Variant = (random: Random) => string;

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += String(Math.floor(random() * 10));
  return text;
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
/** A reference code of letters and digits, with at least one digit (as order numbers have). */
function alnum(random: Random, count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += ALNUM[Math.floor(random() * ALNUM.length)];
  if (/\d/.test(text)) return text;
  const at = Math.floor(random() * count);
  return `${text.slice(0, at)}${digits(random, 1)}${text.slice(at + 1)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const mmdd = (random: Random) => `${pad2(int(random, 1, 12))}${pad2(int(random, 1, 28))}`;
const slashDate = (random: Random) => `${pad2(int(random, 1, 12))}/${pad2(int(random, 1, 28))}`;

/** The shop's two debit cards. */
const CARD_SUFFIXES = ['4821', '0937'] as const;
const cardSuffix = (random: Random) => pick(random, CARD_SUFFIXES);

/** Card networks carry a merchant name of at most 22 characters, padded; banks show it as is. */
function networkName(name: string): string {
  return name.length > 22 ? name.slice(0, 22) : name;
}

/**
 * A card purchase as one of the common bank layouts (plain, POS DEBIT, CHECKCARD, Wells Fargo's
 * PURCHASE AUTHORIZED ON, DEBIT CARD PURCHASE), around `name` and a location tail.
 */
function cardPurchase(random: Random, name: string, location: string): string {
  const where = location ? ` ${location}` : '';
  switch (int(random, 0, 5)) {
    case 0:
      return `${name}${where}`;
    case 1:
      return `POS DEBIT ${mmdd(random)} ${name}${where}`;
    case 2:
      return `CHECKCARD ${mmdd(random)} ${networkName(name)}${where} ${digits(random, 23)}`;
    case 3:
      return `PURCHASE AUTHORIZED ON ${slashDate(random)} ${name}${where} S${digits(random, 15)} CARD ${cardSuffix(random)}`;
    case 4:
      return `DEBIT CARD PURCHASE ${name}${where} XXXX${cardSuffix(random)}`;
    default:
      return `POS PURCHASE ${networkName(name)}${where}`;
  }
}

/** An ACH debit as banks print it (plain ACH, Bank of America's DES:/ID:/INDN:, web payment). */
function achDebit(random: Random, company: string, entry: string): string {
  switch (int(random, 0, 3)) {
    case 0:
      return `ACH DEBIT ${company} ${entry}`;
    case 1:
      return `${company} DES:${entry.replace(/ /g, '')} ID:${alnum(random, 9)} INDN:JUNIPER LANE GOODS CO ID:${digits(random, 10)} CCD`;
    case 2:
      return `${company} ${entry} PPD ID: ${digits(random, 10)}`;
    default:
      return `ELECTRONIC WITHDRAWAL ${company} ${entry}`;
  }
}

const AUSTIN = ['AUSTIN TX', 'AUSTIN, TX', 'Austin TX', 'AUSTIN'] as const;
const austin = (random: Random) => pick(random, AUSTIN);

function merchant(
  name: string,
  accountCode: string,
  perMonth: number,
  amountCents: readonly [number, number],
  variants: readonly Variant[],
  alsoBooksTo?: DemoMerchant['alsoBooksTo'],
): DemoMerchant {
  return {
    merchant: name,
    accountCode,
    perMonth,
    amountCents,
    describe: (random) => pick(random, variants)(random).replace(/\s+/g, ' ').trim(),
    ...(alsoBooksTo ? { alsoBooksTo } : {}),
  };
}

export const DEMO_MERCHANTS: readonly DemoMerchant[] = [
  // 5010 Materials and merchandise: clay, glaze, wax and fragrance, tea.
  merchant(
    'LAGUNA CLAY',
    '5010',
    0.5,
    [18000, 65000],
    [
      () => 'LAGUNA CLAY CO 626-330-0631 CA',
      (r) => cardPurchase(r, 'LAGUNA CLAY COMPANY', 'CITY OF INDUS CA'),
      (r) => achDebit(r, 'LAGUNA CLAY CO', `INV ${digits(r, 6)}`),
      (r) => `PAYPAL *LAGUNACLAY ${digits(r, 10)}`,
      () => 'Laguna Clay Co',
    ],
  ),
  merchant(
    'CANDLESCIENCE',
    '5010',
    0.75,
    [9000, 42000],
    [
      () => 'CANDLESCIENCE.COM 919-2300 NC',
      (r) => cardPurchase(r, 'CANDLESCIENCE', 'DURHAM NC'),
      (r) => cardPurchase(r, 'CANDLESCIENCE.COM', '919-8946800 NC'),
      () => 'Candlescience Inc Durham NC',
    ],
  ),
  merchant(
    'MAYCO',
    '5010',
    0.3,
    [12000, 38000],
    [
      () => 'MAYCO COLORS HILLIARD OH',
      (r) => cardPurchase(r, 'MAYCO COLORS', '614-876-1171 OH'),
      (r) => achDebit(r, 'MAYCO COLORS', `INV ${digits(r, 5)}`),
    ],
  ),
  merchant(
    'LEAFWISE TEA',
    '5010',
    0.5,
    [15000, 48000],
    [
      () => 'LEAFWISE TEA CO',
      (r) => `SQ *LEAFWISE TEA ${digits(r, 4)}`,
      (r) => cardPurchase(r, 'LEAFWISE TEA IMPORTERS', 'PORTLAND OR'),
      (r) => achDebit(r, 'LEAFWISE TEA CO', `ORDER ${digits(r, 5)}`),
    ],
  ),

  // 5020 Packaging.
  merchant(
    'ULINE',
    '5020',
    0.6,
    [8000, 35000],
    [
      (r) => `ULINE *S${digits(r, 7)} 800-295-5510 WI`,
      (r) => cardPurchase(r, `ULINE *S${digits(r, 7)}`, 'PLEASANT PRAIR WI'),
      () => 'ULINE SHIP SUPPLIES',
      (r) => `Uline *S${digits(r, 7)}`,
    ],
  ),
  merchant(
    'ECOENCLOSE',
    '5020',
    0.4,
    [6000, 24000],
    [
      () => 'ECOENCLOSE LLC LOUISVILLE CO',
      (r) => cardPurchase(r, 'ECOENCLOSE.COM', '720-3904466 CO'),
      () => 'SP * ECOENCLOSE',
      () => 'EcoEnclose',
    ],
  ),

  // 5030 Inbound freight.
  merchant(
    'ESTES EXPRESS',
    '5030',
    0.2,
    [9000, 42000],
    [
      () => 'ESTES EXPRESS LINES RICHMOND VA',
      (r) => `ESTES EXPRESS PRO ${digits(r, 10)}`,
      (r) => achDebit(r, 'ESTES EXPRESS LINES', `FREIGHT ${digits(r, 7)}`),
    ],
  ),
  merchant(
    'FREIGHTQUOTE',
    '5030',
    0.25,
    [7500, 36000],
    [
      () => 'FREIGHTQUOTE.COM 800-323-5441 MO',
      (r) => cardPurchase(r, 'FREIGHTQUOTE.COM', 'KANSAS CITY MO'),
      (r) => `FREIGHTQUOTE BOL ${digits(r, 8)}`,
    ],
  ),

  // 6010 Advertising.
  merchant(
    'GOOGLE ADS',
    '6010',
    1,
    [2500, 30000],
    [
      (r) => `GOOGLE *ADS${digits(r, 7)}`,
      (r) => `GOOGLE*ADS${digits(r, 10)} cc@google.com CA`,
      () => 'Google Ads 866-2464660 CA',
      (r) => cardPurchase(r, `GOOGLE *ADS${digits(r, 7)}`, 'MOUNTAIN VIEW CA'),
    ],
  ),
  merchant(
    'META ADS',
    '6010',
    1.5,
    [2000, 25000],
    [
      (r) => `FACEBK *ADS ${alnum(r, 6)}`,
      (r) => `FACEBK *${alnum(r, 10)} MENLO PARK CA`,
      (r) => `META PLATFORMS *ADS ${alnum(r, 6)}`,
      (r) => cardPurchase(r, `FACEBK *${alnum(r, 10)}`, 'fb.me/ads CA'),
      (r) => `Facebk *${alnum(r, 8)} Fb.Me/Ads Ca`,
    ],
  ),
  merchant(
    'PINTEREST',
    '6010',
    0.5,
    [1500, 15000],
    [
      () => 'PINTEREST ADS',
      (r) => `PINTEREST *ADS ${alnum(r, 4)}`,
      () => 'Pinterest Inc San Francisco CA',
      (r) => cardPurchase(r, 'PINTEREST ADS', 'SAN FRANCISCO CA'),
    ],
  ),

  // 6020 Car and truck: fuel, parking.
  merchant(
    'SHELL',
    '6020',
    2,
    [3000, 7500],
    [
      (r) => `SHELL OIL ${digits(r, 11)} ${austin(r)}`,
      (r) => cardPurchase(r, `SHELL OIL ${digits(r, 11)}`, austin(r)),
      (r) => cardPurchase(r, 'SHELL SERVICE STATION', austin(r)),
      (r) => `Shell Oil ${digits(r, 8)}`,
    ],
  ),
  merchant(
    'EXXONMOBIL',
    '6020',
    1.5,
    [3000, 7500],
    [
      (r) => `EXXONMOBIL ${digits(r, 8)} ${austin(r)}`,
      (r) => cardPurchase(r, `EXXONMOBIL ${digits(r, 8)}`, austin(r)),
      (r) => cardPurchase(r, `EXXON KWIK STOP ${digits(r, 3)}`, 'ROUND ROCK TX'),
      (r) => `Exxonmobil ${digits(r, 4)}`,
    ],
  ),
  merchant(
    'PARKMOBILE',
    '6020',
    1,
    [300, 2500],
    [
      () => 'PARKMOBILE',
      (r) => `PMUSA*PARKMOBILE ${digits(r, 6)} GA`,
      (r) => cardPurchase(r, 'PARKMOBILE', '877-7275757 GA'),
      (r) => cardPurchase(r, `CITY OF AUSTIN PARKING ${digits(r, 4)}`, austin(r)),
    ],
  ),

  // 6030 Commissions and fees: marketplaces.
  merchant(
    'ETSY',
    '6030',
    3,
    [500, 9000],
    [
      () => 'ETSY.COM - FEES',
      () => 'ETSY, INC. FEES',
      () => 'ETSY COM US FEES BROOKLYN NY',
      (r) => achDebit(r, 'ETSY INC', 'SELLER FEE'),
      (r) => `Etsy.com - Fees ${digits(r, 9)}`,
    ],
  ),
  merchant(
    'FAIRE',
    '6030',
    0.75,
    [2000, 18000],
    [
      () => 'FAIRE WHOLESALE COMMISSION',
      () => 'FAIRE.COM COMMISSION',
      (r) => achDebit(r, 'FAIRE WHOLESALE', 'COMMISSN'),
      (r) => `Faire Wholesale Inc ${digits(r, 6)}`,
    ],
  ),

  // 6040 Contract labor.
  merchant(
    'UPWORK',
    '6040',
    0.75,
    [5000, 60000],
    [
      (r) => `PAYPAL *UPWORK ${digits(r, 10)}`,
      (r) => `UPWORK -${digits(r, 9)}REF`,
      () => 'UPWORK ESCROW INC',
      (r) => cardPurchase(r, `UPWORK -${digits(r, 9)}`, 'SAN FRANCISCO CA'),
    ],
  ),
  merchant(
    'MARISOL VEGA PHOTOGRAPHY',
    '6040',
    0.2,
    [30000, 90000],
    [
      (r) => `ZELLE TO MARISOL VEGA PHOTO ON ${slashDate(r)} REF # ${alnum(r, 11)}`,
      (r) => `SQ *MARISOL VEGA PHOTOGRAPH ${austin(r)}`,
      () => 'VENMO *MARISOL VEGA PHOTOGRAPHY',
    ],
  ),

  // 6060 Insurance.
  merchant(
    'HISCOX',
    '6060',
    1,
    [4850, 4850],
    [
      () => 'HISCOX INC 866-283-7545 NY',
      (r) => achDebit(r, 'HISCOX INSURANCE', 'PREMIUM'),
      (r) => `HISCOX INSURANCE POLICY P${digits(r, 9)}`,
    ],
  ),
  merchant(
    'NEXT INSURANCE',
    '6060',
    1,
    [3900, 3900],
    [
      () => 'NEXT INSURANCE',
      () => 'NEXT INSURANCE PALO ALTO CA',
      (r) => achDebit(r, 'NEXT INSUR', 'INS PREM'),
    ],
  ),

  // 6080 Legal and professional.
  merchant(
    'CEDAR BOOKKEEPING',
    '6080',
    1,
    [35000, 35000],
    [
      (r) => achDebit(r, 'CEDAR BOOKKEEPING LLC', `INV ${digits(r, 4)}`),
      (r) => `BILL.COM *CEDAR BOOKKEEPING ${alnum(r, 8)}`,
      () => 'Cedar Bookkeeping LLC Austin TX',
    ],
  ),
  merchant(
    'LEGALZOOM',
    '6080',
    0.15,
    [3900, 29900],
    [
      (r) => `LEGALZOOM*${digits(r, 7)}`,
      () => 'LEGALZOOM.COM 323-9623600 CA',
      (r) => cardPurchase(r, 'LEGALZOOM.COM', 'GLENDALE CA'),
    ],
  ),

  // 6090 Office expense.
  merchant(
    'STAPLES',
    '6090',
    0.6,
    [1200, 9000],
    [
      (r) => `STAPLES ${digits(r, 5)} ${austin(r)}`,
      (r) => cardPurchase(r, `STAPLES ${digits(r, 5)}`, austin(r)),
      () => 'STAPLES DIRECT 800-3333330 MA',
      () => 'Staples.com',
    ],
  ),
  merchant(
    'OFFICE DEPOT',
    '6090',
    0.4,
    [1200, 9000],
    [
      (r) => `OFFICE DEPOT #${digits(r, 4)}`,
      (r) => `OFFICEMAX/OFFICE DEPOT ${digits(r, 4)} ${austin(r)}`,
      (r) => cardPurchase(r, `OFFICE DEPOT ${digits(r, 4)}`, austin(r)),
      () => 'ODP*OFFICE DEPOT 800-463-3768 FL',
    ],
  ),

  // 6100 Rent: the studio.
  merchant(
    'EASTSIDE MAKERS LOFTS',
    '6100',
    1,
    [285000, 285000],
    [
      (r) => achDebit(r, 'EASTSIDE MAKERS LOFTS', 'RENT'),
      () => 'EASTSIDE MAKERS LOFTS LLC WEB PMT',
      (r) => `ONLINE PMT EASTSIDE MAKERS RENT CONF ${alnum(r, 8)}`,
      (r) => `APPFOLIO *EASTSIDE MAKERS ${digits(r, 6)}`,
    ],
  ),

  // 6110 Repairs and maintenance.
  merchant(
    'SKUTT',
    '6110',
    0.2,
    [4000, 45000],
    [
      () => 'SKUTT CERAMIC PRODUCTS PORTLAND OR',
      (r) => cardPurchase(r, 'SKUTT KILNS', '503-774-6000 OR'),
      (r) => `PAYPAL *SKUTTCERAMIC ${digits(r, 10)}`,
    ],
  ),
  merchant(
    'HOME DEPOT',
    '6110',
    0.6,
    [1500, 25000],
    [
      (r) => `THE HOME DEPOT #${digits(r, 4)} ${austin(r)}`,
      (r) => cardPurchase(r, `THE HOME DEPOT ${digits(r, 4)}`, austin(r)),
      (r) => `HOME DEPOT ${digits(r, 4)}`,
      () => 'HOMEDEPOT.COM 800-430-3376 GA',
    ],
    { accountCode: '6120', share: 0.25 },
  ),

  // 6120 Supplies (not in COGS).
  merchant(
    'AMAZON',
    '6120',
    3,
    [1200, 18000],
    [
      (r) => `AMZN Mktp US*${alnum(r, 9)}`,
      (r) => `Amazon.com*${alnum(r, 9)} Amzn.com/bill WA`,
      (r) => `AMAZON MKTPL*${alnum(r, 9)}`,
      (r) => cardPurchase(r, `AMZN MKTP US*${alnum(r, 9)}`, 'AMZN.COM/BILL WA'),
      (r) => `AMAZON.COM SERVICES ${alnum(r, 9)} SEATTLE WA`,
    ],
    { accountCode: '5010', share: 0.3 },
  ),
  merchant(
    'MICHAELS',
    '6120',
    0.4,
    [1200, 8000],
    [
      (r) => `MICHAELS STORES ${digits(r, 4)}`,
      (r) => cardPurchase(r, `MICHAELS #${digits(r, 4)}`, austin(r)),
      (r) => `Michaels Stores ${digits(r, 4)} ${austin(r)}`,
    ],
  ),

  // 6130 Taxes and licenses.
  merchant(
    'TEXAS COMPTROLLER',
    '6130',
    0.25,
    [2500, 60000],
    [
      () => 'TEXAS COMPTROLLER WEBFILE',
      (r) => achDebit(r, 'TX COMPTROLLER', 'TAX PMT'),
      (r) => `COMPTROLLER OF PUBLIC ACCT ${digits(r, 11)}`,
      () => 'TX COMPTROLLER WEBFILE TAX PAYMENT',
    ],
  ),
  merchant(
    'CITY OF AUSTIN PERMIT',
    '6130',
    0.1,
    [5000, 25000],
    [
      (r) => `CITY OF AUSTIN PERMIT ${digits(r, 7)}`,
      () => 'CITY OF AUSTIN DSD ONLINE PERMITS',
      (r) => cardPurchase(r, 'AUSTIN CODE PERMITS', austin(r)),
    ],
  ),

  // 6140 Travel: trade shows in Dallas and Atlanta.
  merchant(
    'SOUTHWEST',
    '6140',
    0.3,
    [9000, 48000],
    [
      (r) => `SOUTHWEST AIR ${digits(r, 13)}`,
      (r) => `SOUTHWES ${digits(r, 13)} 800-435-9792 TX`,
      (r) => cardPurchase(r, 'SOUTHWEST AIRLINES', 'DALLAS TX'),
    ],
  ),
  merchant(
    'MARRIOTT',
    '6140',
    0.2,
    [15000, 60000],
    [
      () => 'MARRIOTT DALLAS DOWNTOWN',
      (r) => cardPurchase(r, 'COURTYARD BY MARRIOTT', 'ATLANTA GA'),
      (r) => `MARRIOTT ${digits(r, 5)} SAN ANTONIO TX`,
    ],
  ),
  merchant(
    'UBER',
    '6140',
    1.5,
    [900, 4500],
    [
      () => 'UBER *TRIP',
      () => 'UBER *TRIP HELP.UBER.COM CA',
      (r) => `UBER* TRIP ${alnum(r, 5)}`,
      (r) => cardPurchase(r, `UBER *TRIP ${alnum(r, 4)}`, 'SAN FRANCISCO CA'),
    ],
  ),

  // 6150 Meals.
  merchant(
    'BLUE BOTTLE',
    '6150',
    2.5,
    [450, 2800],
    [
      (r) => `SQ *BLUE BOTTLE ${digits(r, 4)}`,
      (r) => `SQ *BLUE BOTTLE COFFEE ${austin(r)}`,
      (r) => cardPurchase(r, `BLUE BOTTLE COFFEE #${digits(r, 4)}`, austin(r)),
      () => 'Blue Bottle Coffee',
    ],
  ),
  merchant(
    'RED OAK KITCHEN',
    '6150',
    1,
    [2500, 12000],
    [
      (r) => `TST* RED OAK KITCHEN ${austin(r)}`,
      (r) => `TST*RED OAK KITCHEN ${digits(r, 4)}`,
      (r) => cardPurchase(r, 'TST* RED OAK KITCHEN', austin(r)),
      () => 'Red Oak Kitchen 512-555-0143 TX',
    ],
  ),
  merchant(
    'STARBUCKS',
    '6150',
    2,
    [450, 2200],
    [
      (r) => `STARBUCKS STORE ${digits(r, 5)}`,
      () => 'STARBUCKS 800-782-7282 WA',
      (r) => cardPurchase(r, `STARBUCKS STORE ${digits(r, 5)}`, austin(r)),
      () => 'Starbucks',
    ],
  ),
  merchant(
    'TORCHYS TACOS',
    '6150',
    1,
    [1200, 5000],
    [
      (r) => `TST* TORCHYS TACOS - ${pick(r, ['SOUTH', 'EAST', 'N LAMAR'])} ${austin(r)}`,
      (r) => cardPurchase(r, `TORCHYS TACOS ${digits(r, 3)}`, austin(r)),
      () => "Torchy's Tacos",
    ],
  ),
  merchant(
    'UBER EATS',
    '6150',
    0.5,
    [1800, 6000],
    [
      () => 'UBER *EATS',
      (r) => `UBER *EATS ${alnum(r, 6)} HELP.UBER.COM CA`,
      () => 'UBER EATS PENDING',
    ],
  ),

  // 6160 Utilities.
  merchant(
    'AUSTIN ENERGY',
    '6160',
    1,
    [9000, 32000],
    [
      () => 'ACH DEBIT AUSTIN ENERGY WEB PMT',
      (r) => `AUSTIN ENERGY ONLINE PMT ${digits(r, 10)}`,
      () => 'CITY OF AUSTIN UTILITIES WEB PMT',
      (r) => achDebit(r, 'AUSTIN ENERGY', 'UTIL PMT'),
    ],
  ),
  merchant(
    'AT&T',
    '6160',
    1,
    [6500, 9500],
    [
      () => 'ATT*BILL PAYMENT 800-288-2020 TX',
      () => 'AT&T *PAYMENT',
      (r) => achDebit(r, 'ATT', 'PAYMENT'),
      () => 'AT&T Bill Payment',
    ],
  ),
  merchant(
    'GOOGLE FI',
    '6160',
    1,
    [4500, 7000],
    [
      (r) => `GOOGLE *FI ${alnum(r, 5)}`,
      (r) => `GOOGLE *Fi ${alnum(r, 6)} g.co/helppay# CA`,
      () => 'Google Fi',
    ],
  ),
  merchant(
    'TEXAS GAS SERVICE',
    '6160',
    1,
    [2500, 9000],
    [
      () => 'TEXAS GAS SERVICE WEB PMT',
      (r) => `TXGAS SERVICE ONLINE PMT ${digits(r, 8)}`,
      (r) => achDebit(r, 'TEXAS GAS SVC', 'UTIL PMT'),
    ],
  ),

  // 6170 Wages: payroll through Gusto (the books post payroll themselves).
  merchant(
    'GUSTO',
    '6170',
    2,
    [380000, 520000],
    [
      (r) => `GUSTO PAY ${digits(r, 6)} JUNIPER LANE`,
      (r) =>
        `GUSTO DES:NET ${digits(r, 6)} ID:${alnum(r, 9)} INDN:JUNIPER LANE GOODS CO ID:${digits(r, 10)} CCD`,
      (r) => `ACH DEBIT GUSTO PAYROLL ${digits(r, 6)}`,
      (r) => `GUSTO NET ${digits(r, 6)} JUNIPER LANE GOODS`,
    ],
  ),

  // 6200 Software and subscriptions.
  merchant(
    'SHOPIFY',
    '6200',
    1,
    [3900, 10500],
    [
      (r) => `SHOPIFY* ${digits(r, 9)}`,
      (r) => `Shopify *${digits(r, 7)} Ottawa ON`,
      () => 'SHOPIFY.COM/CHARGE ON',
    ],
  ),
  merchant(
    'CANVA',
    '6200',
    1,
    [1499, 1499],
    [
      (r) => `CANVA* I${digits(r, 5)}-${digits(r, 4)}`,
      () => 'CANVA SYDNEY AUS',
      (r) => cardPurchase(r, `CANVA* ${digits(r, 8)}`, 'CANVA.COM DE'),
    ],
  ),
  merchant(
    'GOOGLE WORKSPACE',
    '6200',
    1,
    [1440, 2160],
    [
      () => 'GOOGLE *GSUITE_juniperla',
      () => 'GOOGLE*WORKSPACE JUNIPE',
      (r) => `Google Workspace ${alnum(r, 6)} cc@google.com CA`,
      () => 'GOOGLE *GSUITE juniperlane',
    ],
  ),
  merchant(
    'ADOBE',
    '6200',
    1,
    [5999, 5999],
    [
      () => 'ADOBE *CREATIVE CLOUD',
      () => 'ADOBE *ADOBE 408-536-6000 CA',
      () => 'ADOBE ACROPRO SUBS',
      (r) => cardPurchase(r, 'ADOBE *CREATIVE CLOUD', 'SAN JOSE CA'),
    ],
  ),
  merchant(
    'QUICKBOOKS',
    '6200',
    1,
    [9000, 9000],
    [
      () => 'INTUIT *QBooks Online',
      () => 'INTUIT *QUICKBOOKS CL.INTUIT.COM CA',
      (r) => `QBO INTUIT ${digits(r, 8)}`,
    ],
  ),

  // 6210 Shipping and postage (outbound).
  merchant(
    'USPS',
    '6210',
    4,
    [600, 9000],
    [
      (r) => `POS DEBIT ${mmdd(r)} USPS PO ${digits(r, 4)} ${austin(r)}`,
      (r) => `USPS PO ${digits(r, 10)} ${austin(r)}`,
      () => 'USPS.COM CLICKNSHIP 800-344-7779 DC',
      (r) => cardPurchase(r, `USPS PO ${digits(r, 4)}`, austin(r)),
      () => 'Usps.Com Postalstore',
    ],
  ),
  merchant(
    'UPS',
    '6210',
    2,
    [1200, 15000],
    [
      (r) => `CHECKCARD ${mmdd(r)} UPS*1Z${alnum(r, 16)}`,
      (r) => `UPS*1Z${alnum(r, 16)} 800-742-5877 GA`,
      (r) => cardPurchase(r, `THE UPS STORE ${digits(r, 4)}`, austin(r)),
      (r) => `UPS BILLING CENTER ACCT ${alnum(r, 6)}`,
    ],
  ),
  merchant(
    'FEDEX',
    '6210',
    1,
    [1500, 12000],
    [
      (r) => `FEDEX ${digits(r, 9)}`,
      (r) => cardPurchase(r, `FEDEX OFFICE ${digits(r, 4)}`, austin(r)),
      (r) => `FEDEX *${digits(r, 9)} MEMPHIS TN`,
    ],
  ),
  merchant(
    'PIRATE SHIP',
    '6210',
    4,
    [2000, 25000],
    [
      () => 'PIRATE SHIP LLC',
      () => 'PIRATESHIP.COM POSTAGE',
      (r) => `PAYPAL *PIRATESHIP ${digits(r, 10)}`,
      (r) => cardPurchase(r, 'PIRATE SHIP POSTAGE', 'PIRATESHIP.COM WA'),
    ],
  ),

  // 6220 Payment processing fees.
  merchant(
    'STRIPE',
    '6220',
    2,
    [200, 9000],
    [
      () => 'STRIPE FEE',
      (r) => `STRIPE TRANSFER FEE ST-${alnum(r, 12)}`,
      () => 'Stripe Billing fees',
      (r) => achDebit(r, 'STRIPE', 'FEES'),
    ],
  ),
  merchant(
    'SQUARE',
    '6220',
    1.5,
    [200, 6000],
    [
      (r) => `SQUARE INC DES:FEES ID:${alnum(r, 10)} INDN:JUNIPER LANE GOODS`,
      (r) => `SQUARE FEES ${digits(r, 4)}`,
      (r) => achDebit(r, 'SQUARE INC', 'FEES'),
    ],
  ),

  // 6230 Bank fees.
  merchant(
    'BANK FEE',
    '6230',
    1,
    [1200, 3500],
    [
      () => 'MONTHLY SERVICE FEE',
      (r) => `WIRE TRANSFER FEE ${digits(r, 6)}`,
      () => 'INCOMING WIRE FEE',
      () => 'STOP PAYMENT FEE',
      () => 'OVERDRAFT ITEM FEE',
      () => 'Monthly Maintenance Fee',
    ],
  ),
];

/**
 * `count` labeled bank transactions, merchants drawn in proportion to `perMonth` with a seeded
 * mulberry32, money out as negative cents, labeled with the merchant's account (or, for its
 * `alsoBooksTo` share, the other one). Same seed, same transactions.
 */
export function labeledDemoTransactions(
  count: number,
  seed: number,
): Array<{ description: string; amountCents: number; accountCode: string }> {
  const random = mulberry32(seed);
  const total = DEMO_MERCHANTS.reduce((sum, m) => sum + m.perMonth, 0);
  const out: Array<{ description: string; amountCents: number; accountCode: string }> = [];
  for (let i = 0; i < count; i += 1) {
    let at = random() * total;
    let chosen = DEMO_MERCHANTS[DEMO_MERCHANTS.length - 1] as DemoMerchant;
    for (const m of DEMO_MERCHANTS) {
      at -= m.perMonth;
      if (at < 0) {
        chosen = m;
        break;
      }
    }
    const [min, max] = chosen.amountCents;
    const description = chosen.describe(random);
    const amountCents = -int(random, min, max);
    const other = chosen.alsoBooksTo;
    const accountCode = other && random() < other.share ? other.accountCode : chosen.accountCode;
    out.push({ description, amountCents, accountCode });
  }
  return out;
}
