import { rational } from '../rational.js';
import { FILING_STATUSES, type Citation, type RuleConcept, type TaxRule } from '../types.js';
import { read } from './read.js';

/** Form 1040-ES / Pub 505 / Form 2210 figures: the required annual payment and its installments. */

const PUB_505: Citation = {
  publisher: 'Internal Revenue Service',
  title: 'Publication 505, Tax Withholding and Estimated Tax',
  section: 'Chapter 2, Estimated Tax; Chapter 4, Underpayment Penalty (required annual payment)',
  url: 'https://www.irs.gov/publications/p505',
  published: 'undated',
};

const FORM_2210: Citation = {
  publisher: 'Internal Revenue Service',
  title: 'Form 2210, Underpayment of Estimated Tax by Individuals, Estates, and Trusts',
  section: 'Part I, line 7; Part IV, line 18 and payment due dates',
  url: 'http://online.flipbuilder.com/trainbyus/fmdd/files/basic-html/page30.html',
  published: '2019',
};

const SAFE_HARBOR_READ = [
  read(
    'https://www.ptindirectory.com/tax-answers/estimated-payments/2436/estimate-calculations',
    'summary of the estimated-tax safe harbors',
    "90% of the current years tax or 100% of the prior years tax or 110% of the prior years tax if the prior year's AGI is more than $150,000 ($75,000 if filing Married filing Separately)",
  ),
  read(
    'https://standard-deduction.com/irs-form-1040-es',
    'summary of Form 1040-ES (2026)',
    'less than the smaller of 90% of your 2026 tax or 100% of your 2025 tax (or 110% if your 2025 adjusted gross income was over $150,000, or $75,000 if married filing separately)',
  ),
  read(
    'http://taxmap.ntis.gov/taxmap/archive2012/taxmap/pubs/p505-021.htm',
    'IRS Tax Map, Publication 505 (2012), Figuring Your Required Annual Payment, Example',
    "Lori's required annual payment is $12,400 (100% of 2011 tax) because that is smaller than 90% of her 2012 tax.",
  ),
];

function ratioRule(
  id: string,
  concept: RuleConcept,
  numerator: number,
  denominator: number,
): TaxRule {
  return {
    id,
    concept,
    taxYear: null,
    effective: { from: '2010-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(numerator, denominator) },
    citation: PUB_505,
    readAt: SAFE_HARBOR_READ,
    note: 'From 2010: the earliest tax year of a Pub 505 example read that applies it.',
  };
}

const DUE_DATE_READ = [
  read(
    'http://online.flipbuilder.com/trainbyus/fmdd/files/basic-html/page30.html',
    'text of Form 2210 (2019), Part IV',
    'Payment Due Dates (a) (b) (c) (d) 4/15/19 6/15/19 9/15/19 1/15/20',
  ),
  read(
    'https://www.unclefed.com/Tax-Help/HTML/p505/15008e22.gif-2619843371.html',
    'Publication 505 (2008), Figure 4-C, Form 2210 (2007)',
    'Payment Due Dates: (a) 4/15/07 Payment Due Dates: (b) 6/15/07 Payment Due Dates: (c) 9/15/07 Payment Due Dates: (d) 1/15/08',
  ),
  read(
    'https://www.fastmax.tax/resources/dates',
    'tax calendar for 2026',
    'Apr 15, 2026 Q1 2026 Estimated Tax Due ... Jun 15, 2026 ... Sep 15, 2026 ... Jan 15, 2027 Q4 2026 Estimated Tax Due',
  ),
];

function dueDateRule(
  installment: 1 | 2 | 3 | 4,
  month: number,
  day: number,
  yearOffset: 0 | 1,
): TaxRule {
  return {
    id: `estimated-tax-due-date-${installment}/2007`,
    concept: `estimatedTax.dueDate.${installment}`,
    taxYear: null,
    effective: { from: '2007-01-01', to: null },
    value: { kind: 'monthDay', month, day, yearOffset },
    citation: FORM_2210,
    readAt: DUE_DATE_READ,
    note: 'Looked up by the first day of the tax year; moved past weekends and DC legal holidays (IRC § 7503).',
  };
}

export const ESTIMATED_TAX_RULES: TaxRule[] = [
  ratioRule('estimated-tax-current-year-share/2010', 'estimatedTax.currentYearShare', 90, 100),
  ratioRule('estimated-tax-prior-year-share/2010', 'estimatedTax.priorYearShare', 100, 100),
  ratioRule(
    'estimated-tax-prior-year-share-high-income/2010',
    'estimatedTax.priorYearShareHighIncome',
    110,
    100,
  ),
  ...FILING_STATUSES.map((filingStatus): TaxRule => ({
    id: `estimated-tax-high-income-agi/${filingStatus}/2010`,
    concept: 'estimatedTax.highIncomeAgiThreshold',
    taxYear: null,
    effective: { from: '2010-01-01', to: null },
    filingStatus,
    value: {
      kind: 'cents',
      cents: filingStatus === 'marriedFilingSeparately' ? 7_500_000 : 15_000_000,
    },
    citation: PUB_505,
    readAt: SAFE_HARBOR_READ,
    note: 'Prior-year AGI must be MORE THAN this amount for the 110% rule; the status is this year’s.',
  })),
  {
    id: 'estimated-tax-minimum-balance-due/2005',
    concept: 'estimatedTax.minimumBalanceDue',
    taxYear: null,
    effective: { from: '2005-01-01', to: null },
    value: { kind: 'cents', cents: 100_000 },
    citation: FORM_2210,
    readAt: [
      read(
        'https://omb.report/icr/200704-1545-054/doc/2605101',
        'text of Form 2210 (2005), Part I',
        'Subtract line 6 from line 4. If less than $1,000, you do not owe a penalty',
      ),
      read(
        'https://manaycpa.com/help-center/file-quarterly-individual-estimated-tax-payments',
        'summary of who must pay estimated tax',
        'You owe at least $1,000 in tax for the current tax year after subtracting your withholding and refundable credits.',
      ),
    ],
  },
  {
    id: 'estimated-tax-installment-share/2005',
    concept: 'estimatedTax.installmentShare',
    taxYear: null,
    effective: { from: '2005-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(1, 4) },
    citation: FORM_2210,
    readAt: [
      read(
        'http://online.flipbuilder.com/trainbyus/fmdd/files/basic-html/page30.html',
        'text of Form 2210 (2019), Part IV, line 18',
        'Required installments. ... Otherwise, enter 25% (0.25) of line 9, Form 2210, in each column',
      ),
    ],
  },
  dueDateRule(1, 4, 15, 0),
  dueDateRule(2, 6, 15, 0),
  dueDateRule(3, 9, 15, 0),
  dueDateRule(4, 1, 15, 1),
];
