import { read } from '../../tax-rules/data/read.js';
import type { Citation, SourceRead } from '../../tax-rules/types.js';
import type { FrequencyThresholdRule } from '../filing-frequency.js';
import type {
  AnnualDeadlineRule,
  ComplianceRuleSet,
  DueDateRule,
  FilingFrequency,
  StateFilingRules,
  StateRegistrationRule,
} from '../types.js';

/**
 * Due dates of the twelve demo states' sales tax returns, registration deadlines after economic
 * nexus, and the owner's and LLC's yearly dates. Read on 2026-12-03 through the project's stored
 * copies of public pages where `readAt` gives a page; where it says "not re-read here", the rule
 * is the agency's publication as known and no page of it could be read in this environment.
 */

const NOT_REREAD = (what: string): SourceRead =>
  read('not re-read here', what, 'from the publication as known; not re-read here');

const CALENDAR_QUARTERS = [3, 6, 9, 12] as const;
const NEXT_BUSINESS_DAY =
  'A due date on a Saturday, Sunday or legal holiday moves to the next business day.';

const twentieth: DueDateRule = { kind: 'dayOfFollowingMonth', day: 20 };
const endOfNextMonth: DueDateRule = { kind: 'lastDayOfFollowingMonth' };

function state(
  code: string,
  stateName: string,
  due: Partial<Record<FilingFrequency, DueDateRule>>,
  citation: Citation,
  readAt: readonly SourceRead[],
  extra: Partial<
    Pick<StateFilingRules, 'quarterEndMonths' | 'annualEndMonth' | 'note' | 'weekendRule'>
  > = {},
): StateFilingRules {
  return {
    state: code,
    stateName,
    due,
    quarterEndMonths: extra.quarterEndMonths ?? CALENDAR_QUARTERS,
    annualEndMonth: extra.annualEndMonth ?? 12,
    weekendRule: extra.weekendRule ?? NEXT_BUSINESS_DAY,
    citation,
    readAt,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

const FILING: StateFilingRules[] = [
  state(
    'TX',
    'Texas',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'Texas Legislature',
      title: 'Texas Tax Code § 151.401, Tax Due Dates',
      section: '(a) monthly, (b) quarterly when less than $500 a month or $1,500 a quarter',
      url: 'https://law.onecle.com/texas/tax/151.401.html',
      published: 'undated',
    },
    [
      read(
        'https://law.onecle.com/texas/tax/151.401.html',
        'Tax Code § 151.401 (statute text)',
        'due and payable ... on or before the 20th day of the month following the end of each calendar month ... If a taxpayer owes less than $500 for a calendar month or $1,500 for a calendar quarter, the taxes are due and payable on the 20th day of the month following the end of the calendar quarter.',
      ),
      read(
        'http://www.cpa.state.tx.us/taxinfo/sales/faq_report.html',
        'Texas Comptroller, Sales Tax FAQ: Reporting and Remittance',
        'Taxpayers who collect $500 or more in state sales or use tax in a month must file monthly ... less than $500 state sales and use tax per month (or less than $1500 per calendar quarter) may file quarterly.',
      ),
      read(
        'https://comptroller.texas.gov/taxes/file-pay/due-dates.php',
        'Texas Comptroller, Due Dates for Taxes and Fees',
        'When a reporting due date happens to fall on Saturday, Sunday, or a legal holiday, the reporting due date becomes the next business day.',
      ),
    ],
    {
      note: 'The yearly return (Comptroller-assigned to the smallest filers) is due January 20, from the FAQ as known; the FAQ text read stops before it.',
    },
  ),
  state(
    'CA',
    'California',
    { MONTHLY: endOfNextMonth, QUARTERLY: endOfNextMonth, ANNUAL: endOfNextMonth },
    {
      publisher: 'California Department of Tax and Fee Administration',
      title: 'Revenue and Taxation Code §§ 6451-6455; CDTFA filing due dates',
      section: 'returns due on or before the last day of the month following the period',
      url: 'https://www.cdtfa.ca.gov/taxes-and-fees/sales-use-tax.htm',
      published: 'undated',
    },
    [NOT_REREAD('CDTFA sales and use tax filing due dates')],
    { note: 'Quarterly filers with prepayments are not modelled.' },
  ),
  state(
    'NY',
    'New York',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'New York State Department of Taxation and Finance',
      title: 'Tax Law § 1136; Sales tax filing frequency and due dates',
      section: 'quarterly periods March-May, June-August, September-November, December-February',
      url: 'https://www.tax.ny.gov/bus/st/stidx.htm',
      published: 'undated',
    },
    [NOT_REREAD('NY DTF sales tax filing frequencies and due dates')],
    {
      quarterEndMonths: [2, 5, 8, 11],
      annualEndMonth: 2,
      note: "New York's sales tax quarters end in February, May, August and November; the annual period runs March 1 to the last day of February, due March 20.",
    },
  ),
  state(
    'FL',
    'Florida',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'Florida Department of Revenue',
      title: 'Florida Statutes § 212.11; Form DR-15 instructions',
      section: 'due the 1st, late after the 20th of the month following the period',
      url: 'https://floridarevenue.com/taxes/taxesfees/Pages/sales_tax.aspx',
      published: 'undated',
    },
    [NOT_REREAD('Florida DR-15 due dates')],
  ),
  state(
    'GA',
    'Georgia',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'Georgia Department of Revenue',
      title: 'O.C.G.A. § 48-8-49; Sales and Use Tax return ST-3',
      section: 'due the 20th day of the month following the period',
      url: 'https://dor.georgia.gov/taxes/sales-use-tax',
      published: 'undated',
    },
    [NOT_REREAD('Georgia ST-3 general instructions')],
  ),
  state(
    'CO',
    'Colorado',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'Colorado Department of Revenue',
      title: 'C.R.S. § 39-26-105; Sales tax filing frequency and due dates',
      section: 'due the 20th day of the month following the period',
      url: 'https://tax.colorado.gov/sales-tax-filing-frequency',
      published: 'undated',
    },
    [NOT_REREAD('Colorado sales tax due dates')],
  ),
  state(
    'WA',
    'Washington',
    {
      MONTHLY: { kind: 'dayOfFollowingMonth', day: 25 },
      QUARTERLY: endOfNextMonth,
      ANNUAL: { kind: 'fixedDayAfterYear', month: 4, day: 15 },
    },
    {
      publisher: 'Washington State Department of Revenue',
      title: 'Filing frequencies & due dates (RCW 82.32.045; WAC 458-20-22801)',
      section: 'Due dates',
      url: 'https://dor.wa.gov/file-pay-taxes/filing-frequencies-due-dates',
      published: 'undated',
    },
    [
      read(
        'https://dor.wa.gov/file-pay-taxes/filing-frequencies-due-dates',
        'WA DOR, Filing frequencies & due dates',
        'Monthly returns are due the 25th of every month ... Quarterly returns are due the end of the month following the tax quarter ... Annual returns are due April 15 ... If the due date falls on a weekend or legal holiday, the due date is extended to the next business day.',
      ),
    ],
    {
      note: 'An older copy of the same page read "Annual returns are due January 31"; the current one (April 15) is chosen.',
    },
  ),
  state(
    'AZ',
    'Arizona',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'Arizona Department of Revenue',
      title: 'A.R.S. § 42-5014; Transaction privilege tax filing',
      section:
        'due the 20th day of the month following the period (delinquent after the last business day)',
      url: 'https://azdor.gov/transaction-privilege-tax',
      published: 'undated',
    },
    [NOT_REREAD('Arizona TPT due dates')],
    {
      note: 'A return is timely if received by the last business day of the month; the 20th (the due date) is shown.',
    },
  ),
  state(
    'NC',
    'North Carolina',
    { MONTHLY: twentieth, QUARTERLY: endOfNextMonth },
    {
      publisher: 'North Carolina Department of Revenue',
      title: 'N.C. Gen. Stat. § 105-164.16; Form E-500',
      section:
        'monthly returns due the 20th; quarterly returns the last day of the month after the quarter',
      url: 'https://www.ncdor.gov/taxes-forms/sales-and-use-tax',
      published: 'undated',
    },
    [NOT_REREAD('NC E-500 due dates')],
  ),
  state(
    'NJ',
    'New Jersey',
    { MONTHLY: twentieth, QUARTERLY: twentieth },
    {
      publisher: 'New Jersey Division of Taxation',
      title: 'N.J.S.A. 54:32B-17; Forms ST-50 (quarterly) and ST-51 (monthly)',
      section: 'due the 20th day of the month following the period',
      url: 'https://www.nj.gov/treasury/taxation/su_over.shtml',
      published: 'undated',
    },
    [NOT_REREAD('NJ ST-50/ST-51 due dates')],
  ),
  state(
    'IL',
    'Illinois',
    { MONTHLY: twentieth, QUARTERLY: twentieth, ANNUAL: twentieth },
    {
      publisher: 'Illinois Department of Revenue',
      title: '35 ILCS 120/3; Form ST-1',
      section: 'due the 20th day of the month following the period',
      url: 'https://tax.illinois.gov/research/taxinformation/sales/rot.html',
      published: 'undated',
    },
    [NOT_REREAD('IL ST-1 due dates')],
  ),
  state(
    'OK',
    'Oklahoma',
    { MONTHLY: twentieth, QUARTERLY: twentieth },
    {
      publisher: 'Oklahoma Tax Commission',
      title: '68 O.S. § 1365',
      section: 'due the 20th day of the month following the period',
      url: 'https://oklahoma.gov/tax/businesses/sales-use.html',
      published: 'undated',
    },
    [NOT_REREAD('OTC sales tax due dates')],
  ),
];

const SOVOS = (state: string, url: string, quote: string): SourceRead =>
  read(url, `Sovos, ${state} economic nexus summary`, quote);

const REGISTRATION: StateRegistrationRule[] = [
  {
    state: 'GA',
    rule: { kind: 'nextTransaction' },
    summary: 'Register before the next sale into Georgia once a threshold is met.',
    citation: {
      publisher: 'Georgia Department of Revenue',
      title: 'O.C.G.A. § 48-8-2(8)(M.1) remote sellers (as summarised by Sovos)',
      section: 'When you need to register',
      url: 'https://sovos.com/blog/sut/what-are-the-georgia-economic-nexus-requirements',
      published: '2020-11-11',
    },
    readAt: [
      SOVOS(
        'Georgia',
        'https://sovos.com/blog/sut/what-are-the-georgia-economic-nexus-requirements',
        'When You Need to Register Once You Exceed the Threshold: Next transaction.',
      ),
    ],
  },
  {
    state: 'NC',
    rule: { kind: 'nextTransaction' },
    summary: 'Register before the next sale into North Carolina once the threshold is met.',
    citation: {
      publisher: 'North Carolina Department of Revenue',
      title: 'N.C. Gen. Stat. § 105-164.8(b) (as summarised by Sovos)',
      section: 'When you need to register',
      url: 'https://sovos.com/blog/sut/what-is-the-sales-tax-nexus-in-north-carolina',
      published: '2025-11-19',
    },
    readAt: [
      SOVOS(
        'North Carolina',
        'https://sovos.com/blog/sut/what-is-the-sales-tax-nexus-in-north-carolina',
        'When You Need to Register Once You Exceed the Threshold: Next transaction.',
      ),
    ],
  },
  {
    state: 'NJ',
    rule: { kind: 'withinDays', days: 30 },
    summary: 'Register within 30 calendar days after the threshold is met.',
    citation: {
      publisher: 'New Jersey Division of Taxation',
      title: 'N.J.S.A. 54:32B-3.5 remote sellers (as summarised by Sovos)',
      section: 'When you need to register',
      url: 'https://sovos.com/blog/sut/understanding-the-new-jersey-economic-nexus-details',
      published: '2021-02-24',
    },
    readAt: [
      SOVOS(
        'New Jersey',
        'https://sovos.com/blog/sut/understanding-the-new-jersey-economic-nexus-details',
        'After the threshold is met, but there is a grace period of 30 calendar days.',
      ),
      read(
        'https://handsoffsalestax.com/economic-nexus-in-new-jersey/',
        'Hands Off Sales Tax, Economic Nexus in New Jersey',
        'Sellers must register within 30 days after meeting the threshold and begin to collect tax 20 days thereafter',
      ),
    ],
  },
  {
    state: 'CO',
    rule: { kind: 'firstOfMonthAtLeastDaysAfter', days: 90 },
    summary:
      'Register by the first day of the first month beginning at least 90 days after the threshold is exceeded (January 1 when it was exceeded in the previous year).',
    citation: {
      publisher: 'Colorado Department of Revenue',
      title: 'C.R.S. § 39-26-102(3)(c) (HB 19-1240), as summarised by Sovos',
      section: 'When you need to register',
      url: 'https://sovos.com/blog/sut/what-are-the-colorado-economic-nexus-sales-tax-details/',
      published: '2020-11-17',
    },
    readAt: [
      SOVOS(
        'Colorado',
        'https://sovos.com/blog/sut/what-are-the-colorado-economic-nexus-sales-tax-details/',
        'By the first day of the first month commencing at least 90 days after the retailer’s aggregate state sales in the current year exceed the threshold.',
      ),
    ],
  },
  {
    state: 'WA',
    rule: { kind: 'firstOfMonthAtLeastDaysAfter', days: 30 },
    summary:
      'Register by the first day of the month that starts at least 30 days after the threshold is exceeded.',
    citation: {
      publisher: 'Washington State Department of Revenue',
      title: 'RCW 82.08.0531 / SSB 5581 (as summarised by Sovos)',
      section: 'When you need to register',
      url: 'https://sovos.com/blog/sut/how-the-washington-state-nexus-sales-tax-works',
      published: '2020-11-04',
    },
    readAt: [
      SOVOS(
        'Washington',
        'https://sovos.com/blog/sut/how-the-washington-state-nexus-sales-tax-works',
        'First day of the month that starts at least 30 days after threshold is exceeded.',
      ),
    ],
  },
];

const ANNUAL: AnnualDeadlineRule[] = [
  {
    id: 'form-1040-due/1955',
    kind: 'FEDERAL_RETURN',
    state: null,
    title: 'Form 1040 with Schedule C (and SE) for the owner',
    month: 4,
    day: 15,
    fromTaxYear: 1955,
    citation: {
      publisher: 'U.S. Congress',
      title: '26 U.S. Code § 6072(a), Time for filing income tax returns',
      section: '(a) on or before the 15th day of April following the close of the calendar year',
      url: 'https://www.law.cornell.edu/uscode/text/26/6072',
      published: 'undated',
    },
    readAt: [NOT_REREAD('IRC § 6072(a); Form 1040 instructions')],
    note: 'A single-member LLC is disregarded: its income is on the owner’s Schedule C. Moved past weekends and DC legal holidays under IRC § 7503, as the 1040-ES dates are.',
  },
  {
    id: 'tx-franchise-tax-report-due/2008',
    kind: 'STATE_FRANCHISE_TAX',
    state: 'TX',
    title: 'Texas franchise tax report (and Public Information Report) for the LLC',
    month: 5,
    day: 15,
    fromTaxYear: 2007,
    citation: {
      publisher: 'Texas Legislature',
      title: 'Texas Tax Code § 171.202(b), Reports',
      section: '(b) file the report before May 16 of each year',
      url: 'http://www.lawserver.com/law/state/texas/tx-codes/texas_tax_code_171-202',
      published: 'undated',
    },
    readAt: [
      read(
        'http://www.lawserver.com/law/state/texas/tx-codes/texas_tax_code_171-202',
        'Tax Code § 171.202 (statute text)',
        'The taxable entity shall file the report before May 16 of each year after the beginning of the regular annual period.',
      ),
      read(
        'http://www.cpa.state.tx.us/taxinfo/franchise/duedates.html',
        'Texas Comptroller, Franchise Tax Due Dates',
        'The annual franchise tax report is due May 15.',
      ),
    ],
    note: 'A single-member LLC is a taxable entity for the franchise tax even though disregarded federally; the report year is the year after the accounting year (the 2026 report covers 2025). Under the no-tax-due threshold it still files.',
  },
];

const FREQUENCY_THRESHOLDS: FrequencyThresholdRule[] = [
  {
    id: 'tx-filing-frequency/1994',
    state: 'TX',
    quarterlyUnderCents: 150_000,
    basis: 'the state tax (6.25% of taxable Texas sales)',
    citation: {
      publisher: 'Texas Legislature',
      title: 'Texas Tax Code § 151.401(b)',
      section: '(b) less than $500 for a calendar month or $1,500 for a calendar quarter',
      url: 'https://law.onecle.com/texas/tax/151.401.html',
      published: 'undated',
    },
    readAt: [
      read(
        'https://law.onecle.com/texas/tax/151.401.html',
        'Tax Code § 151.401 (statute text)',
        'If a taxpayer owes less than $500 for a calendar month or $1,500 for a calendar quarter, the taxes are due and payable on the 20th day of the month following the end of the calendar quarter.',
      ),
      read(
        'http://www.cpa.state.tx.us/taxinfo/sales/faq_report.html',
        'Texas Comptroller, Sales Tax FAQ: Reporting and Remittance',
        'Taxpayers who collect less than $500 state sales and use tax per month (or less than $1500 per calendar quarter) may file quarterly ... This filing requirement will be adjusted based on the amount of taxes that you actually collect.',
      ),
    ],
  },
];

export const COMPLIANCE_RULE_SET: ComplianceRuleSet = {
  version: 'us-compliance/2026-12-03.1',
  frequencyThresholds: FREQUENCY_THRESHOLDS,
  filing: FILING,
  registration: REGISTRATION,
  annual: ANNUAL,
};
