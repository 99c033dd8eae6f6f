import { rational } from '../rational.js';
import type { Citation, FilingStatus, RuleConcept, SourceRead, TaxRule } from '../types.js';
import { read } from './read.js';

/**
 * Ordinary income tax (Form 1040 line 16 by the Tax Rate Schedules) and the basic standard
 * deduction, 2024 to 2026, by filing status.
 *
 * The seven rates of IRC § 1(j)(2) (P.L. 115-97 from 2018, made permanent by P.L. 119-21 § 70101)
 * are one rule each; the six bracket tops are inflation-adjusted every year by a revenue
 * procedure: Rev. Proc. 2023-34 (2024), Rev. Proc. 2024-40 (2025; P.L. 119-21 kept the 2025
 * tables), Rev. Proc. 2025-32 (2026). A qualifying surviving spouse uses the joint table.
 *
 * The 2025 standard deduction holds two rules for the same dates: Rev. Proc. 2024-40's $15,000 /
 * $30,000 / $22,500, and P.L. 119-21 § 70102 (enacted July 4, 2025), which raised it to $15,750 /
 * $31,500 / $23,625 for taxable years beginning after December 31, 2024. The later enactment
 * wins; `asKnownOn` before 2025-07-04 still finds Rev. Proc. 2024-40's figures.
 */

const POLICYENGINE_BRACKETS =
  'https://github.com/PolicyEngine/policyengine-us/blob/master/policyengine_us/parameters/gov/irs/income/bracket.yaml';
const POLICYENGINE_STANDARD =
  'https://github.com/PolicyEngine/policyengine-us/blob/master/policyengine_us/parameters/gov/irs/deductions/standard/amount.yaml';

const IRC_1J: Citation = {
  publisher: 'Office of the Law Revision Counsel, U.S. House of Representatives',
  title: '26 U.S. Code § 1 - Tax imposed',
  section:
    '§ 1(j)(2) rate tables (10%, 12%, 22%, 24%, 32%, 35%, 37%); made permanent by P.L. 119-21 § 70101',
  url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section1&num=0&edition=prelim',
  published: 'undated',
};

const REV_PROC_2023_34: Citation = {
  publisher: 'Internal Revenue Service',
  title: 'Rev. Proc. 2023-34, 2024 inflation-adjusted items',
  section: '§ 3.01 Tax Rate Tables (Tables 1-4); § 3.15(1) Standard Deduction',
  url: 'https://www.irs.gov/pub/irs-drop/rp-23-34.pdf',
  published: '2023-11-09',
};

const REV_PROC_2024_40: Citation = {
  publisher: 'Internal Revenue Service',
  title: 'Rev. Proc. 2024-40, 2025 inflation-adjusted items',
  section: '§ 2.01 Tax Rate Tables (Tables 1-4); § 2.15(1) Standard Deduction',
  url: 'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf',
  published: '2024-10-22',
};

const REV_PROC_2025_32: Citation = {
  publisher: 'Internal Revenue Service',
  title: 'Rev. Proc. 2025-32, 2026 inflation-adjusted items (as amended by P.L. 119-21)',
  section: '§ 4.01 Tax Rate Tables (Tables 1-4); § 4.14(1) Standard Deduction',
  url: 'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
  published: '2025-10-09',
};

const PL_119_21_STANDARD: Citation = {
  publisher: 'United States Congress',
  title: 'Public Law 119-21 (One Big Beautiful Bill Act), 139 Stat. 72',
  section:
    '§ 70102, amending IRC § 63(c)(7): basic standard deduction for taxable years beginning after December 31, 2024',
  url: 'https://www.congress.gov/bill/119th-congress/house-bill/1/text',
  published: '2025-07-04',
};

/** Where Rev. Proc. 2025-32 itself was read: a verbatim pdftotext extract in a public repository. */
const RP_2025_32_EXTRACT = (quote: string): SourceRead =>
  read(
    'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
    "verbatim pdftotext extract of Rev. Proc. 2025-32 quoted in a public GitHub repository's research file ('MFS adjudication: verbatim statutory and IRS extracts', retrieved 2026-09-24; stored copy 71335324390 — the search tool does not name the repository)",
    quote,
  );

/** Bracket tops per year and status, in dollars: rows 1-6 (the 37% row has no top). */
const BRACKET_TOPS: Record<
  2024 | 2025 | 2026,
  Record<'single' | 'joint' | 'separate' | 'head', readonly number[]>
> = {
  2024: {
    single: [11_600, 47_150, 100_525, 191_950, 243_725, 609_350],
    joint: [23_200, 94_300, 201_050, 383_900, 487_450, 731_200],
    separate: [11_600, 47_150, 100_525, 191_950, 243_725, 365_600],
    head: [16_550, 63_100, 100_500, 191_950, 243_700, 609_350],
  },
  2025: {
    single: [11_925, 48_475, 103_350, 197_300, 250_525, 626_350],
    joint: [23_850, 96_950, 206_700, 394_600, 501_050, 751_600],
    separate: [11_925, 48_475, 103_350, 197_300, 250_525, 375_800],
    head: [17_000, 64_850, 103_350, 197_300, 250_500, 626_350],
  },
  2026: {
    single: [12_400, 50_400, 105_700, 201_775, 256_225, 640_600],
    joint: [24_800, 100_800, 211_400, 403_550, 512_450, 768_700],
    separate: [12_400, 50_400, 105_700, 201_775, 256_225, 384_350],
    head: [17_700, 67_450, 105_700, 201_750, 256_200, 640_600],
  },
};

const TABLE_OF: Record<FilingStatus, 'single' | 'joint' | 'separate' | 'head'> = {
  single: 'single',
  marriedFilingJointly: 'joint',
  qualifyingSurvivingSpouse: 'joint',
  marriedFilingSeparately: 'separate',
  headOfHousehold: 'head',
};

const YEAR_SOURCES: Record<
  2024 | 2025 | 2026,
  { citation: Citation; enacted: string; readAt: SourceRead[] }
> = {
  2024: {
    citation: REV_PROC_2023_34,
    enacted: '2023-11-09',
    readAt: [
      read(
        POLICYENGINE_BRACKETS,
        'PolicyEngine US tax parameters: bracket thresholds by year and filing status, referencing rp-23-34.pdf#page=5',
        'SINGLE: 2024-01-01: 11_600 ... 47_150 ... 100_525 ... 191_950 ... 243_725 ... 609_350',
      ),
      read(
        'https://www.irs.gov/pub/irs-drop/rp-23-34.pdf',
        "Rev. Proc. 2023-34 § 3.01's printed rows, quoted in a public repository's test of its transcription (stored copy 56765217722) and in a research file citing rp-23-34.pdf#page=6",
        'Over $47,150 but not over $100,525 $5,426 plus 22% of the excess over $47,150',
      ),
    ],
  },
  2025: {
    citation: REV_PROC_2024_40,
    enacted: '2024-10-22',
    readAt: [
      read(
        POLICYENGINE_BRACKETS,
        'PolicyEngine US tax parameters, referencing rp-24-40.pdf#page=5',
        'SINGLE: 2025-01-01: 11_925 ... 48_475 ... 103_350 ... 197_300 ... 250_525 ... 626_350',
      ),
      read(
        'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf',
        "Rev. Proc. 2024-40 § 2.01's printed rows, quoted in a public repository's test of its transcription (stored copy 56871209591)",
        '"$5,578.50 plus 22% ... over $48,475"; "$57,231 plus 35% ... over $250,525"; "$188,769.75 plus 37% ... over $626,350"',
      ),
    ],
  },
  2026: {
    citation: REV_PROC_2025_32,
    enacted: '2025-10-09',
    readAt: [
      RP_2025_32_EXTRACT(
        'Over $50,400 but not over $105,700 $5,800 plus 22% of the excess over $50,400 ... Over $640,600 $192,979.25 plus 37% of the excess over $640,600',
      ),
      read(
        POLICYENGINE_BRACKETS,
        'PolicyEngine US tax parameters, referencing rp-25-32.pdf#page=10',
        'SINGLE: 2026-01-01: 12_400 ... 50_400 ... 105_700 ... 201_775 ... 256_225 ... 640_600',
      ),
    ],
  },
};

const RATES: readonly [number, number][] = [
  [10, 100],
  [12, 100],
  [22, 100],
  [24, 100],
  [32, 100],
  [35, 100],
  [37, 100],
];

function rateRules(): TaxRule[] {
  return RATES.map(([numerator, denominator], index): TaxRule => ({
    id: `income-tax-rate-${index + 1}/2018`,
    concept: `incomeTax.rate.${index + 1}` as RuleConcept,
    taxYear: null,
    effective: { from: '2018-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(numerator, denominator) },
    citation: IRC_1J,
    readAt: [
      read(
        'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section1&num=0&edition=prelim',
        "26 U.S.C. § 1(j)(2), verbatim in a public repository's research file (stored copy 71335324390), current through P.L. 119-111",
        'Not over $9,525 | 10% of taxable income. ... Over $500,000 | $150,689.50, plus 37% of the excess over $500,000.',
      ),
      RP_2025_32_EXTRACT(
        'The existing seven tax rates of 10%, 12%, 22%, 24%, 32%, 35%, and 37% remain in effect for individual taxpayers.',
      ),
    ],
    note: 'From 2018 (P.L. 115-97); P.L. 119-21 § 70101 struck the 2025 end of § 1(j), so no end date.',
  }));
}

function bracketRules(): TaxRule[] {
  const rules: TaxRule[] = [];
  for (const year of [2024, 2025, 2026] as const) {
    const source = YEAR_SOURCES[year];
    for (const filingStatus of [
      'single',
      'marriedFilingJointly',
      'marriedFilingSeparately',
      'headOfHousehold',
      'qualifyingSurvivingSpouse',
    ] as const) {
      BRACKET_TOPS[year][TABLE_OF[filingStatus]].forEach((dollars, index) => {
        rules.push({
          id: `income-tax-bracket-top-${index + 1}/${filingStatus}/${year}`,
          concept: `incomeTax.bracketTop.${index + 1}` as RuleConcept,
          taxYear: year,
          effective: { from: `${year}-01-01`, to: `${year}-12-31` },
          filingStatus,
          value: { kind: 'cents', cents: dollars * 100 },
          citation: source.citation,
          readAt: source.readAt,
          enacted: source.enacted,
          ...(filingStatus === 'qualifyingSurvivingSpouse'
            ? {
                note: 'A qualifying surviving spouse uses Table 1 (joint returns and surviving spouses).',
              }
            : {}),
        });
      });
    }
  }
  return rules;
}

interface StandardDeductionSet {
  year: number;
  suffix: string;
  /** single and MFS, joint and QSS, head of household (dollars). */
  single: number;
  joint: number;
  head: number;
  citation: Citation;
  enacted: string;
  readAt: SourceRead[];
  note?: string;
}

const STANDARD_DEDUCTIONS: StandardDeductionSet[] = [
  {
    year: 2024,
    suffix: '',
    single: 14_600,
    joint: 29_200,
    head: 21_900,
    citation: REV_PROC_2023_34,
    enacted: '2023-11-09',
    readAt: [
      read(
        POLICYENGINE_STANDARD,
        'PolicyEngine US standard deduction by year and status, referencing rp-23-34.pdf#page=14',
        'SINGLE: 2024-01-01: 14_600 ... JOINT: 2024-01-01: 29_200 ... HEAD_OF_HOUSEHOLD: 2024-01-01: 21_900',
      ),
      read(
        'https://www.irs.gov/pub/irs-drop/rp-23-34.pdf',
        "a public repository's test of its 2024 figures (stored copy 56765217722)",
        'Rev. Proc. 2023-34 §3.15(1): $14,600 single/MFS, $29,200 MFJ/QSS, $21,900 HOH',
      ),
    ],
  },
  {
    year: 2025,
    suffix: '/rev-proc-2024-40',
    single: 15_000,
    joint: 30_000,
    head: 22_500,
    citation: REV_PROC_2024_40,
    enacted: '2024-10-22',
    readAt: [
      read(
        'https://github.com/PolicyEngine/policyengine-us/blob/5ab854e33c/policyengine_us/parameters/gov/irs/deductions/standard/amount.yaml',
        'PolicyEngine US standard deduction as committed on 2024-10-28 ("Update remaining 2025 IRS parameters"), before P.L. 119-21',
        'SINGLE: 2025-01-01: 15_000 ... JOINT: 2025-01-01: 30_000 ... HEAD_OF_HOUSEHOLD: 2025-01-01: 22_500',
      ),
      RP_2025_32_EXTRACT(
        'See section 3 of this revenue procedure for removal of section 2.15(1) of Rev. Proc. 2024-40.',
      ),
    ],
    note: 'Superseded retroactively: P.L. 119-21 § 70102 (July 4, 2025) raised the 2025 amounts. Applies only with asKnownOn before 2025-07-04.',
  },
  {
    year: 2025,
    suffix: '/pl-119-21',
    single: 15_750,
    joint: 31_500,
    head: 23_625,
    citation: PL_119_21_STANDARD,
    enacted: '2025-07-04',
    readAt: [
      RP_2025_32_EXTRACT(
        'for taxable years beginning after December 31, 2024, the basic standard deduction amounts provided in § 63(c)(2) are increased to $15,750 for single individuals and married individuals filing separate returns; $23,625 for heads of households; and $31,500 for married individuals filing a joint return and surviving spouses.',
      ),
      read(
        POLICYENGINE_STANDARD,
        'PolicyEngine US standard deduction (changed 2025-07-08, "Update income tax parameters following passage of OBBB")',
        'SINGLE: 2025-01-01: 15_750 ... JOINT: 2025-01-01: 31_500 ... HEAD_OF_HOUSEHOLD: 2025-01-01: 23_625',
      ),
    ],
  },
  {
    year: 2026,
    suffix: '',
    single: 16_100,
    joint: 32_200,
    head: 24_150,
    citation: REV_PROC_2025_32,
    enacted: '2025-10-09',
    readAt: [
      RP_2025_32_EXTRACT(
        'Married Individuals Filing Joint Returns and Surviving Spouses $32,200 ... Heads of Households $24,150 ... Unmarried Individuals $16,100 ... Married Individuals Filing Separate Returns $16,100',
      ),
      read(
        POLICYENGINE_STANDARD,
        'PolicyEngine US standard deduction, referencing rp-25-32.pdf',
        'SINGLE: 2026-01-01: 16_100 ... JOINT: 2026-01-01: 32_200 ... HEAD_OF_HOUSEHOLD: 2026-01-01: 24_150',
      ),
    ],
  },
];

function standardDeductionRules(): TaxRule[] {
  return STANDARD_DEDUCTIONS.flatMap((set) =>
    (
      [
        ['single', set.single],
        ['marriedFilingSeparately', set.single],
        ['marriedFilingJointly', set.joint],
        ['qualifyingSurvivingSpouse', set.joint],
        ['headOfHousehold', set.head],
      ] as const
    ).map(([filingStatus, dollars]): TaxRule => ({
      id: `standard-deduction/${filingStatus}/${set.year}${set.suffix}`,
      concept: 'standardDeduction.basic',
      taxYear: set.year,
      effective: { from: `${set.year}-01-01`, to: `${set.year}-12-31` },
      filingStatus,
      value: { kind: 'cents', cents: dollars * 100 },
      citation: set.citation,
      readAt: set.readAt,
      enacted: set.enacted,
      ...(set.note ? { note: set.note } : {}),
    })),
  );
}

export const INCOME_TAX_RULES: TaxRule[] = [
  ...rateRules(),
  ...bracketRules(),
  ...standardDeductionRules(),
];
