import { rational } from '../rational.js';
import {
  FILING_STATUSES,
  type Citation,
  type FilingStatus,
  type RuleConcept,
  type SourceRead,
  type TaxRule,
} from '../types.js';
import { read } from './read.js';

/**
 * The owner's deductions below adjusted gross income, 2024 to 2026: the Schedule A figures the
 * standard-vs-itemized comparison needs (the SALT cap and P.L. 119-21's phase-down, the home
 * acquisition debt limit, the charitable limits), the charitable deduction for non-itemizers
 * (from 2026), and the § 199A qualified business income deduction below its threshold.
 *
 * The SALT cap for 2025 holds two rules: P.L. 115-97's $10,000 ($5,000 married filing
 * separately) for 2018 through 2025, and P.L. 119-21 § 70120 (July 4, 2025): $40,000 ($20,000)
 * for 2025. The later enactment wins; asKnownOn before 2025-07-04 finds $10,000.
 */

const TCJA_ENACTED = '2017-12-22';
const OBBBA_ENACTED = '2025-07-04';

const PE = (path: string) =>
  `https://github.com/PolicyEngine/policyengine-us/blob/master/policyengine_us/parameters/gov/irs/deductions/${path}`;

const OBBBA = (section: string): Citation => ({
  publisher: 'United States Congress',
  title: 'Public Law 119-21 (One Big Beautiful Bill Act), 139 Stat. 72',
  section,
  url: 'https://www.congress.gov/bill/119th-congress/house-bill/1/text',
  published: OBBBA_ENACTED,
});

const TCJA = (section: string): Citation => ({
  publisher: 'United States Congress',
  title: 'Public Law 115-97 (Tax Cuts and Jobs Act), 131 Stat. 2054',
  section,
  url: 'https://www.congress.gov/bill/115th-congress/house-bill/1/text',
  published: TCJA_ENACTED,
});

const SCHEDULE_A_2025_READ = read(
  'https://www.irs.gov/instructions/i1040sca',
  "2025 Instructions for Schedule A, line 5e, quoted in a public repository's test of its 2025 figures (stored copy 56871209591)",
  "'increased to $40,000 ($20,000 if married filing separately)'; 'reduced if your modified adjusted gross income is more than $500,000'; 'will not be reduced below $10,000'",
);

function perStatus(
  base: Omit<TaxRule, 'id' | 'filingStatus' | 'value'>,
  idPrefix: string,
  idSuffix: string,
  centsOf: (status: FilingStatus) => number,
): TaxRule[] {
  return FILING_STATUSES.map((filingStatus) => ({
    ...base,
    id: `${idPrefix}/${filingStatus}/${idSuffix}`,
    filingStatus,
    value: { kind: 'cents', cents: centsOf(filingStatus) },
  }));
}

const mfs = (status: FilingStatus, separate: number, other: number) =>
  (status === 'marriedFilingSeparately' ? separate : other) * 100;

function span(from: string, to: string | null) {
  return { from, to };
}

// --- SALT: IRC § 164(b)(6) (P.L. 115-97 § 11042) and § 164(b)(7) (P.L. 119-21 § 70120).

const SALT_CAP_TCJA = perStatus(
  {
    concept: 'itemized.saltCap',
    taxYear: null,
    effective: span('2018-01-01', '2025-12-31'),
    citation: TCJA('§ 11042, IRC § 164(b)(6): state and local taxes limited for 2018 through 2025'),
    readAt: [
      read(
        PE('itemized/salt_and_real_estate/cap.yaml'),
        'PolicyEngine US SALT cap by year and filing status',
        'SINGLE: 2018-01-01: 10_000 ... SEPARATE: 2018-01-01: 5_000',
      ),
      read(
        'https://www.irs.gov/instructions/i1040sca',
        "a public repository's test of its 2024 figures (stored copy 56765217722)",
        'the flat $10,000 ($5,000 MFS) §164(b)(6) cap with NO MAGI phase-down',
      ),
    ],
    enacted: TCJA_ENACTED,
    note: 'For 2025 superseded retroactively by P.L. 119-21 § 70120 (July 4, 2025); applies to 2025 only with asKnownOn before 2025-07-04.',
  },
  'salt-cap',
  '2018',
  (s) => mfs(s, 5_000, 10_000),
);

const obbbaSalt = (
  year: 2025 | 2026,
): Omit<TaxRule, 'id' | 'filingStatus' | 'value' | 'concept'> => ({
  taxYear: year,
  effective: span(`${year}-01-01`, `${year}-12-31`),
  citation: OBBBA(
    '§ 70120, IRC § 164(b)(7): applicable limitation amount and its phase-down by modified AGI',
  ),
  readAt: [
    SCHEDULE_A_2025_READ,
    read(
      PE('itemized/salt_and_real_estate/cap.yaml'),
      'PolicyEngine US SALT cap (reference: H.R.1)',
      'SINGLE: 2025-01-01: 40_000 2026-01-01: 40_400 ... SEPARATE: 2025-01-01: 20_000 2026-01-01: 20_200',
    ),
    read(
      PE('itemized/salt_and_real_estate/phase_out/threshold.yaml'),
      'PolicyEngine US SALT phase-down threshold (reference: H.R.1)',
      'SINGLE: 2025-01-01: 500_000 2026-01-01: 505_000 ... SEPARATE: 2025-01-01: 250_000 2026-01-01: 252_500',
    ),
  ],
  enacted: OBBBA_ENACTED,
  ...(year === 2026
    ? {
        note: 'The 2026 amounts are 101% of 2025 (§ 164(b)(7)); read from PolicyEngine, not from the statute text.',
      }
    : {}),
});

const SALT_OBBBA = ([2025, 2026] as const).flatMap((year) => [
  ...perStatus(
    { ...obbbaSalt(year), concept: 'itemized.saltCap' },
    'salt-cap',
    `${year}/pl-119-21`,
    (s) => (year === 2025 ? mfs(s, 20_000, 40_000) : mfs(s, 20_200, 40_400)),
  ),
  ...perStatus(
    { ...obbbaSalt(year), concept: 'itemized.saltPhaseDownThreshold' },
    'salt-phase-down-threshold',
    `${year}`,
    (s) => (year === 2025 ? mfs(s, 250_000, 500_000) : mfs(s, 252_500, 505_000)),
  ),
]);

const SALT_PHASE_DOWN_READ: SourceRead[] = [
  SCHEDULE_A_2025_READ,
  read(
    PE('itemized/salt_and_real_estate/phase_out/rate.yaml'),
    'PolicyEngine US SALT phase-out rate (reference: H.R.1)',
    '2025-01-01: 0.3',
  ),
  read(
    PE('itemized/salt_and_real_estate/phase_out/floor/amount.yaml'),
    'PolicyEngine US SALT floor (reference: H.R.1)',
    'SINGLE: 2025-01-01: 10_000 ... SEPARATE: 2025-01-01: 5_000',
  ),
];

const SALT_PHASE_DOWN: TaxRule[] = [
  {
    id: 'salt-phase-down-rate/2025',
    concept: 'itemized.saltPhaseDownRate',
    taxYear: null,
    effective: span('2025-01-01', '2029-12-31'),
    value: { kind: 'ratio', ratio: rational(30, 100) },
    citation: OBBBA(
      '§ 70120, IRC § 164(b)(7)(B): reduced by 30% of modified AGI over the threshold',
    ),
    readAt: SALT_PHASE_DOWN_READ,
    enacted: OBBBA_ENACTED,
    note: 'The higher cap and its phase-down run 2025 through 2029; from 2030 the cap returns to $10,000 (not in this rule set).',
  },
  ...perStatus(
    {
      concept: 'itemized.saltFloor',
      taxYear: null,
      effective: span('2025-01-01', '2029-12-31'),
      citation: OBBBA(
        '§ 70120, IRC § 164(b)(7)(B): never reduced below $10,000 ($5,000 married filing separately)',
      ),
      readAt: SALT_PHASE_DOWN_READ,
      enacted: OBBBA_ENACTED,
    },
    'salt-floor',
    '2025',
    (s) => mfs(s, 5_000, 10_000),
  ),
];

// --- Home mortgage interest: acquisition debt limit, IRC § 163(h)(3)(F).

const MORTGAGE_DEBT_LIMIT = perStatus(
  {
    concept: 'itemized.mortgageDebtLimit',
    taxYear: null,
    effective: span('2018-01-01', null),
    citation: TCJA(
      '§ 11043, IRC § 163(h)(3)(F): $750,000 of acquisition debt ($375,000 married filing separately) incurred after December 15, 2017; made permanent by P.L. 119-21 § 70108',
    ),
    readAt: [
      read(
        PE('itemized/interest/mortgage/cap.yaml'),
        'PolicyEngine US home mortgage value cap (references: H.R.1; 26 U.S. Code § 163(h)(3))',
        'SINGLE: 2018-01-01: 750_000 ... SEPARATE: 2018-01-01: 375_000',
      ),
    ],
    enacted: TCJA_ENACTED,
    note: 'Debt incurred on or before December 15, 2017 keeps the $1,000,000 limit (not modelled: the debt is assumed newer).',
  },
  'mortgage-debt-limit',
  '2018',
  (s) => mfs(s, 375_000, 750_000),
);

// --- Charitable contributions, IRC § 170.

const CHARITABLE: TaxRule[] = [
  {
    id: 'charitable-cash-agi-limit/2021',
    concept: 'itemized.charitableCashAgiLimit',
    taxYear: null,
    effective: span('2021-01-01', null),
    value: { kind: 'ratio', ratio: rational(60, 100) },
    citation: {
      publisher: 'Office of the Law Revision Counsel, U.S. House of Representatives',
      title: '26 U.S. Code § 170 - Charitable, etc., contributions and gifts',
      section:
        '§ 170(b)(1)(G)(i): cash contributions to public charities, 60% of the contribution base (made permanent by P.L. 119-21)',
      url: 'https://www.law.cornell.edu/uscode/text/26/170',
      published: 'undated',
    },
    readAt: [
      read(
        PE('itemized/charity/ceiling/all.yaml'),
        'PolicyEngine US charitable deduction limit (reference: 26 U.S. Code § 170(b)(1)(G)(i))',
        '2018-01-01: 0.6 2020-01-01: 1.0 2021-01-01: 0.6',
      ),
    ],
    note: 'From 2021 (2020 allowed 100%, not in this rule set). Only cash gifts to public charities are modelled; the excess carries over five years (not modelled).',
  },
  {
    id: 'charitable-agi-floor/2026',
    concept: 'itemized.charitableAgiFloor',
    taxYear: null,
    effective: span('2026-01-01', null),
    value: { kind: 'ratio', ratio: rational(5, 1000) },
    citation: OBBBA(
      '§ 70425, IRC § 170(b)(1)(I): itemized charitable contributions allowed only to the extent they exceed 0.5% of the contribution base',
    ),
    readAt: [
      read(
        PE('itemized/charity/floor/amount.yaml'),
        'PolicyEngine US charitable donation floor (reference: 26 U.S. Code § 170(b)(1)(H)(I))',
        'values: 2026-01-01: 0.005',
      ),
      read(
        PE('itemized/charity/floor/applies.yaml'),
        'PolicyEngine US: whether the floor applies (reference: H.R.1)',
        '2013-01-01: false 2026-01-01: true',
      ),
    ],
    enacted: OBBBA_ENACTED,
  },
  ...perStatus(
    {
      concept: 'charitable.nonItemizerDeduction',
      taxYear: null,
      effective: span('2026-01-01', null),
      citation: OBBBA(
        '§ 70424, IRC § 170(p): cash contributions by a taxpayer who does not itemize, up to $1,000 ($2,000 on a joint return)',
      ),
      readAt: [
        read(
          PE('itemized/charity/non_itemizers_amount.yaml'),
          'PolicyEngine US charitable deduction for non-itemizers (reference: H.R.1)',
          'JOINT: 2026-01-01: 2_000 SINGLE: 2026-01-01: 1_000 SEPARATE: 2026-01-01: 1_000',
        ),
      ],
      enacted: OBBBA_ENACTED,
    },
    'charitable-non-itemizer',
    '2026',
    (s) => (s === 'marriedFilingJointly' ? 200_000 : 100_000),
  ),
];

// --- Qualified business income deduction, IRC § 199A.

const QBI_READ_POLICYENGINE = read(
  PE('qbi/phase_out/start.yaml'),
  'PolicyEngine US QBI phase-out start by year and filing status (references: § 199A(e)(2); Rev. Procs. 2023-34, 2024-40, 2025-32)',
  'SINGLE: 2024-01-01: 191_950 2025-01-01: 197_300 2026-01-01: 201_750 ... JOINT: ... 383_900 ... 394_600 ... 403_500 ... SEPARATE: ... 201_775',
);

const QBI_THRESHOLDS: {
  year: number;
  joint: number;
  separate: number;
  other: number;
  citation: Citation;
  enacted: string;
  readAt: SourceRead[];
}[] = [
  {
    year: 2024,
    joint: 383_900,
    separate: 191_950,
    other: 191_950,
    citation: {
      publisher: 'Internal Revenue Service',
      title: 'Rev. Proc. 2023-34, 2024 inflation-adjusted items',
      section: '§ 3.27 Qualified Business Income (§ 199A)',
      url: 'https://www.irs.gov/pub/irs-drop/rp-23-34.pdf',
      published: '2023-11-09',
    },
    enacted: '2023-11-09',
    readAt: [
      QBI_READ_POLICYENGINE,
      read(
        'https://www.irs.gov/pub/irs-drop/rp-23-34.pdf',
        "a public repository's test of its 2024 figures (stored copy 56765217722)",
        "Rev. Proc. 2023-34 §3.27: 'All Other Returns' threshold $191,950",
      ),
    ],
  },
  {
    year: 2025,
    joint: 394_600,
    separate: 197_300,
    other: 197_300,
    citation: {
      publisher: 'Internal Revenue Service',
      title: 'Rev. Proc. 2024-40, 2025 inflation-adjusted items',
      section: '§ 2.27 Qualified Business Income (§ 199A)',
      url: 'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf',
      published: '2024-10-22',
    },
    enacted: '2024-10-22',
    readAt: [
      QBI_READ_POLICYENGINE,
      read(
        'https://www.irs.gov/pub/irs-drop/rp-24-40.pdf',
        "a public repository's test of its 2025 figures (stored copy 56871209591)",
        "Rev. Proc. 2024-40 §2.27: 'All Other Returns' threshold $197,300",
      ),
    ],
  },
  {
    year: 2026,
    joint: 403_500,
    separate: 201_775,
    other: 201_750,
    citation: {
      publisher: 'Internal Revenue Service',
      title: 'Rev. Proc. 2025-32, 2026 inflation-adjusted items',
      section:
        '§ 4.25 Qualified Business Income (§ 199A) (section number from the publication as known; not re-read here)',
      url: 'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
      published: '2025-10-09',
    },
    enacted: '2025-10-09',
    readAt: [
      QBI_READ_POLICYENGINE,
      read(
        'https://www.irs.gov/pub/irs-drop/rp-25-32.pdf',
        "a public repository's table of P.L. 119-21 changes (stored copy 68536730574; the search tool does not name the repository)",
        '2026 threshold $201,750 single / $201,775 MFS / $403,500 MFJ. New $400 minimum deduction when active QBI ≥ $1,000',
      ),
    ],
  },
];

const QBI: TaxRule[] = [
  {
    id: 'qbi-rate/2018',
    concept: 'qbi.rate',
    taxYear: null,
    effective: span('2018-01-01', null),
    value: { kind: 'ratio', ratio: rational(20, 100) },
    citation: {
      publisher: 'Office of the Law Revision Counsel, U.S. House of Representatives',
      title: '26 U.S. Code § 199A - Qualified business income',
      section:
        '§ 199A(a): 20% of qualified business income, not more than 20% of taxable income less net capital gain; made permanent by P.L. 119-21 § 70105',
      url: 'https://www.law.cornell.edu/uscode/text/26/199A',
      published: 'undated',
    },
    readAt: [
      read(
        PE('qbi/max/rate.yaml'),
        'PolicyEngine US QBI deduction rate (reference: 26 U.S. Code § 199A(a)(2))',
        '2018-01-01: 0.2',
      ),
      read(
        'https://convergenceplan.com/blog/one-big-beautiful-bill-key-tax-changes',
        'summary of P.L. 119-21',
        '20 percent qualified business income deduction is now permanent',
      ),
    ],
    note: 'P.L. 119-21 also sets a $400 minimum deduction from 2026 for $1,000 or more of active QBI (not modelled: it matters only for small profits).',
  },
  ...QBI_THRESHOLDS.flatMap((t) =>
    perStatus(
      {
        concept: 'qbi.threshold',
        taxYear: t.year,
        effective: span(`${t.year}-01-01`, `${t.year}-12-31`),
        citation: t.citation,
        readAt: t.readAt,
        enacted: t.enacted,
        note: 'Taxable income before the QBI deduction at or under this amount: 20% of QBI with no wage or property limit. A qualifying surviving spouse is "all other returns" (§ 199A(e)(2) doubles the amount only for a joint return); PolicyEngine reads the joint amount for it.',
      },
      'qbi-threshold',
      `${t.year}`,
      (s) =>
        (s === 'marriedFilingJointly'
          ? t.joint
          : s === 'marriedFilingSeparately'
            ? t.separate
            : t.other) * 100,
    ),
  ),
];

export const DEDUCTION_RULES: TaxRule[] = [
  ...SALT_CAP_TCJA,
  ...SALT_OBBBA,
  ...SALT_PHASE_DOWN,
  ...MORTGAGE_DEBT_LIMIT,
  ...CHARITABLE,
  ...QBI,
];

/** For the spec: every concept this file holds. */
export const DEDUCTION_CONCEPTS: readonly RuleConcept[] = [
  'itemized.saltCap',
  'itemized.saltPhaseDownThreshold',
  'itemized.saltPhaseDownRate',
  'itemized.saltFloor',
  'itemized.mortgageDebtLimit',
  'itemized.charitableCashAgiLimit',
  'itemized.charitableAgiFloor',
  'charitable.nonItemizerDeduction',
  'qbi.rate',
  'qbi.threshold',
];
