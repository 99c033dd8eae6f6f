import { DC_LEGAL_HOLIDAYS } from '../../../engines/tax-rules/data/holidays.rules.js';
import { rational, type Rational } from '../../../engines/tax-rules/rational.js';
import type {
  Citation,
  HolidayRule,
  RuleSet,
  SourceRead,
} from '../../../engines/tax-rules/types.js';

/**
 * The Texas sales and use tax return's own rules, as cited, dated data: the discounts a seller
 * keeps, when the return is due and which days move it. The tax itself (state 6.25% and the local
 * rates) is the sales-tax engine's and arrives through the liability; nothing here recomputes it.
 */

export const TEXAS_RETURN_RULE_SET_VERSION = 'us-tx-sales-tax-return/2026-12-03.1';

/** Read on this day through the project's stored copies of public pages. */
export const TEXAS_RETURN_READ_ON = '2026-12-03';

export interface FilingRule {
  id: string;
  concept:
    | 'timelyFilingDiscount'
    | 'prepaymentDiscount'
    | 'prepaymentDueDay'
    | 'returnDueDay'
    | 'dueDateWeekendHoliday'
    | 'returnForm'
    | 'latePenalties';
  summary: string;
  /** An exact rate where the rule is a rate (0.5% = 1/200); null otherwise. */
  rate: Rational | null;
  effective: { from: string; to: string | null };
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

const TAX_CODE_151_423: Citation = {
  publisher: 'State of Texas',
  title: 'Texas Tax Code § 151.423, Reimbursement to Taxpayers for Tax Collection',
  section: '§ 151.423',
  url: 'https://statutes.capitol.texas.gov/Docs/TX/htm/TX.151.htm#151.423',
  published: 'undated (current code)',
};

const TAX_CODE_151_424: Citation = {
  publisher: 'State of Texas',
  title: 'Texas Tax Code § 151.424, Discount for Prepayments',
  section: '§ 151.424(a), (b)(1)',
  url: 'https://lawserver.com/law/state/texas/tx-codes/texas_tax_code_151-424',
  published: 'undated (current code)',
};

const COMPTROLLER_FAQ: SourceRead = {
  url: 'https://comptroller.texas.gov/taxes/sales/faq/report-pay.php',
  what: 'Texas Comptroller, Texas Sales and Use Tax Frequently Asked Questions: Prepayment Discounts',
  quote:
    'A prepayment discount is a discount of 1.25 percent that monthly or quarterly taxpayers can take in addition to the 0.5 percent timely filing discount allowed any taxpayer filing timely reports and payments. ... The prepayment report and tax prepayment for a quarterly filer are due on or before the 15th day of the second month of each quarter. For example, for the first quarter return filing period that is due on April 20, the prepayment report and tax prepayment are due on Feb. 15.',
};

const FORM_01_114: Citation = {
  publisher: 'Texas Comptroller of Public Accounts',
  title: 'Form 01-114, Texas Sales and Use Tax Return (Rev.4-19/40)',
  section: 'Items 1-15',
  url: 'https://comptroller.texas.gov/forms/01-114.pdf',
  published: '2019-04',
};

const FORM_01_114_READ: SourceRead = {
  url: 'https://web-learn.org/1-114-texas-template',
  what: 'A copy of Form 01-114 (Rev.4-19/40) as text',
  quote:
    '1. TOTAL TEXAS SALES (Whole dollars only) 2. TAXABLE SALES 3. TAXABLE PURCHASES 4. Amount subject to state tax (Item 2 plus Item 3) 5. Amount subject to local tax ... 7a. State tax 7b. Local tax 8. Total tax due 9. Prepayment credit 10. Adjusted tax due (Item 8 minus Item 9) 11. Timely filing discount (0.005) 12. Prior payments 13. Net tax due (Item 10 minus Items 11 and 12) 14. Penalty and interest 15. TOTAL STATE AND LOCAL AMOUNT DUE',
};

const TAX_CODE_111_053: Citation = {
  publisher: 'State of Texas',
  title: 'Texas Tax Code § 111.053, Filing Dates: Weekends and Holidays',
  section: '§ 111.053(a), (b)',
  url: 'https://legalfix.com/statutes/state-codes/texas/tax-code/title-2/subtitle-b/chapter-111/subchapter-b/section-111-053',
  published: 'undated (current code; amended 1997)',
};

const TAX_CODE_111_053_READ: SourceRead = {
  url: TAX_CODE_111_053.url,
  what: 'Texas Tax Code § 111.053 (text)',
  quote:
    '(a) If the date on which a report or payment of any state tax is due falls on a Saturday, Sunday, or legal holiday included on the list published for the year under Subsection (b), the next day that is not a Saturday, Sunday, or legal holiday included on that list becomes the due date. (b) Before January 1 of each year, the comptroller shall publish in the Texas Register ... a list of the legal holidays for banking purposes for that year.',
};

export const TX_TIMELY_FILING_DISCOUNT: FilingRule = {
  id: 'tx-timely-filing-discount/1991',
  concept: 'timelyFilingDiscount',
  summary:
    'A seller filing and paying on time keeps 0.5% of the tax due (Form 01-114 Item 11, "Timely filing discount (0.005)").',
  rate: rational(1, 200),
  effective: { from: '1991-10-01', to: null },
  citation: TAX_CODE_151_423,
  readAt: [
    COMPTROLLER_FAQ,
    FORM_01_114_READ,
    {
      url: 'http://www.cpa.state.tx.us/taxinfo/discounts_tax_fee.html',
      what: 'Texas Comptroller, Discounts for Taxes and Fees (table)',
      quote:
        'The table below provides information about discounts available on some Texas taxes and fees for timely filing and reporting by taxpayers.',
    },
  ],
  note: 'The statute\'s own text was not re-read here; the 0.5% is read on the Comptroller\'s FAQ and the form. The effective date is the start of the present discount as known ("from the publication as known; not re-read here"). A 2025 bill (89th Legislature) proposed 2.5% on credit-card sales; it is not modelled, its enactment not having been read.',
};

export const TX_PREPAYMENT_DISCOUNT: FilingRule = {
  id: 'tx-prepayment-discount/1991',
  concept: 'prepaymentDiscount',
  summary:
    'A quarterly or monthly filer who prepays a reasonable estimate (at least 90% of the tax due, or the tax paid in the same period last year) keeps 1.25% of the prepayment in addition to the 0.5% timely filing discount: 1.75% in all.',
  rate: rational(1, 80),
  effective: { from: '1991-10-01', to: null },
  citation: TAX_CODE_151_424,
  readAt: [
    {
      url: 'https://lawserver.com/law/state/texas/tx-codes/texas_tax_code_151-424',
      what: 'Texas Tax Code § 151.424 (text)',
      quote:
        'A taxpayer who prepays the taxpayer’s tax liability on the basis of a reasonable estimate of the tax liability for a quarter ... may deduct and withhold 1.25 percent of the amount of the prepayment in addition to the amount permitted to be deducted and withheld under § 151.423 of this code. A reasonable estimate of the tax liability must be at least 90 percent of the tax ultimately due or the amount of tax paid in the same quarter ... in the last preceding year.',
    },
    COMPTROLLER_FAQ,
  ],
  note: 'Bills to lower it (83rd Legislature H.B. 1320: 1% quarterly) or tie it to the prime rate (84th H.B. 35, 86th H.B. 1729) were read as bills only; the current text read keeps 1.25%.',
};

export const TX_PREPAYMENT_DUE_DAY: FilingRule = {
  id: 'tx-prepayment-due-day/1991',
  concept: 'prepaymentDueDay',
  summary:
    'A quarterly filer prepays on or before the 15th day of the second month of the quarter; a monthly filer on or before the 15th day of the month.',
  rate: null,
  effective: { from: '1991-10-01', to: null },
  citation: { ...TAX_CODE_151_424, section: '§ 151.424(b)' },
  readAt: [COMPTROLLER_FAQ],
};

export const TX_RETURN_DUE_DAY: FilingRule = {
  id: 'tx-return-due-day/1982',
  concept: 'returnDueDay',
  summary:
    'The return and payment are due on the 20th day of the month after the end of the reporting period (month, quarter or year).',
  rate: null,
  effective: { from: '1982-01-01', to: null },
  citation: {
    publisher: 'State of Texas',
    title: 'Texas Tax Code § 151.403, Reports and Payments; 34 Tex. Admin. Code § 3.286',
    section: '§ 151.403; § 3.286(d)',
    url: 'https://comptroller.texas.gov/taxes/sales/faq/report-pay.php',
    published: 'undated (current code)',
  },
  readAt: [COMPTROLLER_FAQ],
  note: 'Read as the Comptroller states it ("the first quarter return filing period that is due on April 20"); the statute\'s text was not re-read here.',
};

export const TX_DUE_DATE_WEEKEND_HOLIDAY: FilingRule = {
  id: 'tx-due-date-weekend-holiday/1997',
  concept: 'dueDateWeekendHoliday',
  summary:
    "A due date on a Saturday, Sunday or a legal holiday on the Comptroller's list of banking holidays for the year moves to the next day that is none of them.",
  rate: null,
  effective: { from: '1997-09-01', to: null },
  citation: TAX_CODE_111_053,
  readAt: [TAX_CODE_111_053_READ],
  note: "Texas uses the Comptroller's banking-holiday list, not the District of Columbia's legal holidays (IRC § 7503): DC Emancipation Day and Inauguration Day never move a Texas return. The list is published yearly in the Texas Register; it was not read here, so the hub uses the Federal Reserve's holidays (the banking holidays as known), a Saturday holiday not moving the date.",
};

export const TX_RETURN_FORM: FilingRule = {
  id: 'tx-form-01-114/2019-04',
  concept: 'returnForm',
  summary:
    'Form 01-114: Items 1-3 (total Texas sales, taxable sales, taxable purchases) in whole dollars; Item 4 = 2 + 3 at the state rate, Item 5 at each local rate; tax in dollars and cents; Item 8 total tax due, 9 prepayment credit, 10 adjusted tax due, 11 timely filing discount, 12 prior payments, 13 net tax due.',
  rate: null,
  effective: { from: '2019-04-01', to: null },
  citation: FORM_01_114,
  readAt: [FORM_01_114_READ],
  note: 'Local tax is reported per outlet (place of business) and per local jurisdiction (city, county, transit, special purpose district), on the form or its outlet supplement.',
};

export const TX_LATE_PENALTIES: FilingRule = {
  id: 'tx-late-penalties/2014',
  concept: 'latePenalties',
  summary:
    'Late: $50 for each report filed after the due date; 5% of the tax paid 1-30 days late, 10% over 30 days; interest from the 61st day. The timely filing discount is lost.',
  rate: null,
  effective: { from: '2014-01-01', to: null },
  citation: {
    publisher: 'State of Texas',
    title: 'Texas Tax Code § 111.061 (penalty), § 111.060 (interest), § 151.7032 (late report)',
    section: '§ 111.061; § 111.060; § 151.7032',
    url: 'https://online.flipbuilder.com/trainbyus/dtdv/files/basic-html/page14.html',
    published: 'undated',
  },
  readAt: [
    {
      url: 'https://online.flipbuilder.com/trainbyus/dtdv/files/basic-html/page14.html',
      what: 'Texas Sales & Franchise Tax Handbook (secondary), Penalties',
      quote:
        'A $50 penalty is assessed on each report filed after the due date. If tax is paid 1-30 days after the due date, a 5 percent penalty is assessed. If tax is paid over 30 days after the due date, a 10 percent penalty is assessed.',
    },
  ],
  note: 'Only a secondary page was read; the statutes are named as known ("not re-read here"). The hub does not compute penalty or interest: it says the return is late.',
};

export const TEXAS_RETURN_RULES: readonly FilingRule[] = [
  TX_RETURN_FORM,
  TX_RETURN_DUE_DAY,
  TX_DUE_DATE_WEEKEND_HOLIDAY,
  TX_TIMELY_FILING_DISCOUNT,
  TX_PREPAYMENT_DISCOUNT,
  TX_PREPAYMENT_DUE_DAY,
  TX_LATE_PENALTIES,
];

/**
 * Texas's holidays for due dates (§ 111.053): the Federal Reserve's (banking) holidays, i.e. the
 * engine's DC list without DC Emancipation Day and Inauguration Day, with a Saturday holiday not
 * moved (banks open the Friday before) and a Sunday holiday observed on the Monday.
 */
const NOT_BANKING_HOLIDAYS = new Set([
  'dc-holiday/dc-emancipation-day',
  'dc-holiday/inauguration-day',
]);

export const TEXAS_BANKING_HOLIDAYS: readonly HolidayRule[] = DC_LEGAL_HOLIDAYS.filter(
  (h) => !NOT_BANKING_HOLIDAYS.has(h.id),
).map((h) => ({
  ...h,
  id: h.id.replace('dc-holiday/', 'tx-banking-holiday/'),
  observed: { saturday: 'notMoved', sunday: 'followingMonday' },
  citation: TAX_CODE_111_053,
  readAt: [TAX_CODE_111_053_READ, ...h.readAt],
}));

/** A rule set holding only Texas's holidays, for the engine's nextBusinessDay. */
export const TEXAS_DUE_DATE_CALENDAR: RuleSet = {
  version: TEXAS_RETURN_RULE_SET_VERSION,
  rules: [],
  holidays: TEXAS_BANKING_HOLIDAYS,
};
