import { rational } from '../rational.js';
import type { Citation, SourceRead, TaxRule } from '../types.js';
import { read } from './read.js';

/**
 * Section 179 dollar limits and phase-out thresholds (Form 4562 Part I lines 1 and 3), by the
 * tax year the property is placed in service in (a calendar-year taxpayer is assumed).
 *
 * 2025 holds two rules for the same dates: Rev. Proc. 2024-40's inflation-adjusted figures, and
 * Public Law 119-21 § 70306 (enacted July 4, 2025), which raised them for property placed in
 * service in taxable years beginning after December 31, 2024, i.e. retroactively to January 1,
 * 2025. The later enactment wins; `asKnownOn` before 2025-07-04 still finds the old figures.
 */

function limits(
  year: number,
  suffix: string,
  dollarLimitCents: number,
  thresholdCents: number,
  citation: Citation,
  readAt: SourceRead[],
  enacted: string,
  note?: string,
): TaxRule[] {
  const common = {
    taxYear: year,
    effective: { from: `${year}-01-01`, to: `${year}-12-31` },
    citation,
    readAt,
    enacted,
    ...(note ? { note } : {}),
  };
  return [
    {
      ...common,
      id: `section-179-dollar-limit/${year}${suffix}`,
      concept: 'section179.dollarLimit',
      value: { kind: 'cents', cents: dollarLimitCents },
    },
    {
      ...common,
      id: `section-179-phase-out-threshold/${year}${suffix}`,
      concept: 'section179.phaseOutThreshold',
      value: { kind: 'cents', cents: thresholdCents },
    },
  ];
}

export const SECTION_179_RULES: TaxRule[] = [
  ...limits(
    2024,
    '',
    122_000_000,
    305_000_000,
    {
      publisher: 'Internal Revenue Service',
      title: 'Rev. Proc. 2023-34, 2024 inflation-adjusted items',
      section: 'Section 3, election to expense certain depreciable assets (§ 179)',
      url: 'https://www.taxnotes.com/lr/resolve/2024-inflation-adjusted-items-rev-proc-2023-34/7hjql',
      published: '2023-11-09',
    },
    [
      read(
        'http://www.sisterson.com/blog/2024-inflation-adjustments',
        'accounting firm summary of Rev. Proc. 2023-34',
        'The amount that may be expensed in 2024 under Section 179 will be $1,220,000 ... the expensing limit will be reduced when more than $3,050,000 of expensing-eligible property is placed in service',
      ),
      read(
        'https://wadestables.com/2023-11-20-key-2024-inflation-adjusted-tax-parameters-for-small-businesses-and-their-owners',
        'summary of the 2024 inflation adjustments',
        'For tax years beginning in 2024, small businesses can potentially write off up to $1,220,000 ... begins to be phased out once qualified asset additions exceed $3,050,000',
      ),
    ],
    '2023-11-09',
  ),
  ...limits(
    2025,
    '/rev-proc-2024-40',
    125_000_000,
    313_000_000,
    {
      publisher: 'Internal Revenue Service',
      title: 'Rev. Proc. 2024-40, 2025 inflation-adjusted items',
      section: 'Section 3, election to expense certain depreciable assets (§ 179)',
      url: 'https://rsmus.com/insights/services/business-tax/irs-releases-2025-tax-inflation-adjustments.html',
      published: '2024-10-22',
    },
    [
      read(
        'https://rsmus.com/insights/services/business-tax/irs-releases-2025-tax-inflation-adjustments.html',
        'RSM summary of Rev. Proc. 2024-40',
        'Rev. Proc. 2024-40 raises the section 179 expensing limit under section 179(b)(1) to $1,250,000.',
      ),
      read(
        'https://vykyymissie.pages.dev/dzzlmwr-section-179-depreciation-2025-photos-efqkzyd',
        'secondary page on 2025 section 179',
        'The maximum section 179 expense deduction is $1,250,000, and this expense is reduced by the amount of section 179 property is placed in service during the tax year that exceeds $3,130,000.',
      ),
      read(
        'https://www.kelleher-ford.com/section-179-tax-deduction.htm',
        'dealer page on section 179',
        'a dramatic increase from the previous $1.25 million cap and the $3.13 million phase-out limit',
      ),
      read(
        'https://open-exam-prep.com/exams/ea/depreciation-asset-treatment/section-179-expense',
        'enrolled-agent exam notes, table of section 179 limits',
        '| 2025 | $1,250,000 | $3,130,000 | $31,300 |',
      ),
    ],
    '2024-10-22',
    'Superseded for 2025 by P.L. 119-21. Sources disagree on the threshold: tax.jr.al shows $3,150,000; three pages show $3,130,000 (used). The Rev. Proc. text itself was not read.',
  ),
  ...limits(
    2025,
    '/pl-119-21',
    250_000_000,
    400_000_000,
    {
      publisher: 'U.S. Congress',
      title:
        'Public Law 119-21 (One Big Beautiful Bill Act), § 70306, Increased dollar limitations for expensing of certain depreciable business assets',
      section: '§ 70306(a) amending IRC § 179(b)(1) and (2); effective date § 70306(c)',
      url: 'https://hivetax.ai/?p=3070',
      published: '2025-07-04',
    },
    [
      read(
        'https://hivetax.ai/?p=3070',
        'page quoting § 70306 of the Act',
        'Section 179(b) is amended— (1) in paragraph (1), by striking ” $1,000,000 ” and inserting ” $2,500,000 ” , and (2) in paragraph (2), by striking ” $2,500,000 ” and inserting ” $4,000,000 ”; and, in its own words: a maximum Section 179 deduction of $2.5 million for qualifying property placed in service during taxable years beginning after December 31, 2024',
      ),
      read(
        'http://www.scarpelloconsulting.com/2025/07/29/obbba',
        'consulting firm summary of the Act',
        'Section 179 Expensing (Sec. 70306) The deduction limit is raised to $2.5 million with an investment ceiling of $4 million for tax years beginning after December 31, 2024.',
      ),
      read(
        'https://www.currentfederaltaxdevelopments.com/blog/2025/12/29/irs-notice-2026-10-and-the-2026-standard-mileage-rates',
        'page quoting Notice 2026-10 (for the enactment date)',
        'Public Law 119-21, 139 Stat. 72 (July 4, 2025), commonly known as the One, Big, Beautiful Bill Act (OBBBA)',
      ),
    ],
    '2025-07-04',
    'Retroactive: enacted July 4, 2025 for property placed in service in taxable years beginning after December 31, 2024 (for a calendar-year taxpayer, all of 2025). The January 19, 2025 date in the same Act belongs to 100% bonus depreciation (§ 70301), not § 179.',
  ),
  ...limits(
    2026,
    '',
    256_000_000,
    409_000_000,
    {
      publisher: 'Internal Revenue Service',
      title: 'Rev. Proc. 2025-32, 2026 inflation-adjusted items',
      section: 'Section 3, election to expense certain depreciable assets (§ 179)',
      url: 'https://spidell.com/news/flash-email/2025-66-irs-releases-several-inflation-figures-for-2026-tax-year',
      published: '2025-10-09',
    },
    [
      read(
        'https://spidell.com/news/flash-email/2025-66-irs-releases-several-inflation-figures-for-2026-tax-year',
        'Spidell summary of Rev. Proc. 2025-32',
        'IRC §179 current expense limitations: The dollar limit is increased to $2,560,000 and the investment limit is increased to $4,090,000',
      ),
      read(
        'http://section179.org/section_179_deduction',
        'section179.org 2026 guide',
        'For tax years beginning in 2026, businesses can elect to expense up to $2,560,000 ... exceeds $4,090,000',
      ),
      read(
        'https://news.bloomberglaw.com/daily-tax-report/irs-rev-proc-2026-inflation-adjusted-tax-items-following-obbba',
        'Bloomberg Tax (for the date of the Rev. Proc.)',
        '[Rev Proc. 2025-32, (Oct. 09, 2025)]',
      ),
    ],
    '2025-10-09',
  ),
  {
    id: 'section-179-listed-property-business-use-floor/2020',
    concept: 'section179.listedPropertyBusinessUseFloor',
    taxYear: null,
    effective: { from: '2020-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(1, 2) },
    citation: {
      publisher: 'Internal Revenue Service',
      title: 'Publication 946, How To Depreciate Property',
      section: 'Chapter 5, What Is the Business-Use Requirement?',
      url: 'https://ttlc.intuit.com/community/forums/forumtopicprintpage/board-id/205/message-id/229643/print-single-message/true/page/1',
      published: 'undated',
    },
    readAt: [
      read(
        'https://ttlc.intuit.com/community/forums/forumtopicprintpage/board-id/205/message-id/229643/print-single-message/true/page/1',
        'forum answer quoting Publication 946',
        'listed property must be used predominantly (more than 50% of its total use) for qualified business use ... Property not used predominantly for qualified business use during the year it is placed in service does not qualify for the section 179 deduction.',
      ),
      read(
        'https://www.taxact.com/support/14301/2020/depreciation-listed-property',
        'TaxAct support (2020) on listed property',
        'For listed property, the business use must be over 50% for the taxpayer to claim the Section 179 expense',
      ),
    ],
    note: 'The floor is exclusive: the business-use share must be MORE THAN this.',
  },
];
