import { rational } from '../rational.js';
import type { FilingStatus, TaxRule } from '../types.js';
import { read } from './read.js';

/** Schedule SE and Form 8959 figures (self-employment tax and Additional Medicare Tax). */

const POLICYENGINE =
  'https://github.com/PolicyEngine/policyengine-us/blob/master/policyengine_us/parameters/gov/irs';

const SCHEDULE_SE_2024 = {
  publisher: 'Internal Revenue Service',
  title: 'Schedule SE (Form 1040) 2024, Self-Employment Tax',
  url: 'https://www.irs.gov/pub/irs-pdf/f1040sse.pdf',
  published: '2024',
};

export const SELF_EMPLOYMENT_RULES: TaxRule[] = [
  {
    id: 'se-net-earnings-factor/1990',
    concept: 'selfEmployment.netEarningsFactor',
    taxYear: null,
    effective: { from: '1990-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(9235, 10000) },
    citation: { ...SCHEDULE_SE_2024, section: 'Part I, line 4a' },
    readAt: [
      read(
        'https://ses.stf.com/bookmarks/Donna%20Gouse/fed_wsw/0006/2023080811312498931346.htm_chg.htm',
        'text of the 2024 Schedule SE form',
        'If line 3 is more than zero, multiply line 3 by 92.35% (0.9235).',
      ),
      read(
        'https://secure.ssa.gov/apps10/poms.NSF/lnx/0301803002',
        'SSA POMS RS 01803.002 (net earnings from self-employment)',
        'Multiply the result by .9235 (i.e., 100% - 7.65% = 92.35% or 0.9235) to derive the NESE, beginning with taxable years after 12/31/89.',
      ),
    ],
  },
  {
    id: 'se-minimum-net-earnings/2013',
    concept: 'selfEmployment.minimumNetEarnings',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    value: { kind: 'cents', cents: 40_000 },
    citation: {
      publisher: 'U.S. Congress',
      title: '26 U.S. Code § 1402 - Definitions',
      section: '§ 1402(b)(2); Schedule SE line 4c',
      url: 'https://www.law.cornell.edu/uscode/text/26/1402#b_2',
      published: 'undated (current code)',
    },
    readAt: [
      read(
        `${POLICYENGINE}/self_employment/net_earnings_exemption.yaml`,
        'PolicyEngine US parameter citing 26 U.S.C. § 1402(b)(2)',
        'Minimum self-employment net earnings to have to pay self-employment tax. 2013-01-01: 400',
      ),
      read(
        'https://fill.io/self-employment-tax-form-1040-schedule-se',
        'text of Schedule SE (Form 1040) 2018, line 4c',
        'Combine lines 4a and 4b. If less than $400, stop',
      ),
    ],
    note: 'Earliest date in the text read is 2013; the threshold is older.',
  },
  {
    id: 'se-social-security-rate/2013',
    concept: 'selfEmployment.socialSecurityRate',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(124, 1000) },
    citation: {
      publisher: 'U.S. Congress',
      title: '26 U.S. Code § 1401 - Rate of tax',
      section: '§ 1401(a)',
      url: 'https://www.law.cornell.edu/uscode/text/26/1401#a',
      published: 'undated (current code)',
    },
    readAt: [
      read(
        `${POLICYENGINE}/self_employment/social_security_rate.yaml`,
        'PolicyEngine US parameter citing 26 U.S.C. § 1401(a)',
        'Self-employment Social Security tax rate ... 2013-01-01: 0.124',
      ),
    ],
  },
  {
    id: 'se-medicare-rate/2013',
    concept: 'selfEmployment.medicareRate',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(29, 1000) },
    citation: {
      publisher: 'U.S. Congress',
      title: '26 U.S. Code § 1401 - Rate of tax',
      section: '§ 1401(b)(1)',
      url: 'https://www.law.cornell.edu/uscode/text/26/1401#b_1',
      published: 'undated (current code)',
    },
    readAt: [
      read(
        `${POLICYENGINE}/self_employment/medicare_rate.yaml`,
        'PolicyEngine US parameter citing 26 U.S.C. § 1401(b)(1)',
        'Self-employment Medicare tax rate. 2013-01-01: 0.029',
      ),
    ],
  },
  ...(
    [
      [
        2024,
        16_860_000,
        'undated',
        'the 2024 row of the contribution and benefit base table: 168,600',
      ],
      [
        2025,
        17_610_000,
        'undated',
        'the 2025 row of the contribution and benefit base table: 176,100',
      ],
    ] as const
  ).map(([year, cents, published, quote]): TaxRule => ({
    id: `ss-wage-base/${year}`,
    concept: 'selfEmployment.socialSecurityWageBase',
    taxYear: year,
    effective: { from: `${year}-01-01`, to: `${year}-12-31` },
    value: { kind: 'cents', cents },
    citation: {
      publisher: 'Social Security Administration, Office of the Chief Actuary',
      title: 'Contribution and Benefit Base',
      section: `${year}`,
      url: 'https://www.ssa.gov/oact/cola/cbb.html',
      published,
    },
    readAt: [
      read(
        'https://ssa.gov/OACT/COLA/autoAdj.html',
        'SSA, Automatic Determinations in Recent Years',
        quote,
      ),
      read(
        'https://github.com/PSLmodels/Tax-Calculator/blob/master/taxcalc/policy_current_law.json',
        'Tax-Calculator SS_Earnings_c (commit 78f3574)',
        `{'year': ${year}, 'value': ${cents / 100}.0}`,
      ),
    ],
  })),
  {
    id: 'ss-wage-base/2026',
    concept: 'selfEmployment.socialSecurityWageBase',
    taxYear: 2026,
    effective: { from: '2026-01-01', to: '2026-12-31' },
    value: { kind: 'cents', cents: 18_450_000 },
    citation: {
      publisher: 'Social Security Administration, Office of the Chief Actuary',
      title: 'Contribution and Benefit Base',
      section: '2026',
      url: 'https://www.ssa.gov/oact/cola/cbb.html',
      published: '2025-10-24',
    },
    readAt: [
      read(
        `${POLICYENGINE}/payroll/social_security/cap.yaml`,
        'PolicyEngine US parameter (commit 8914f89) citing ssa.gov/oact/cola/cbb.html',
        '# Official SSA determination. 2026-01-01: 184_500',
      ),
      read(
        'https://news.bgov.com/daily-labor-report/social-security-wage-base-rising-to-184-500-for-2026',
        'Bloomberg Government news report',
        'The Old-Age, Survivors, and Disability Insurance taxable wage base will increase to $184,500 for 2026, up from $176,100 for 2025, the Social Security Administration said Oct. 24.',
      ),
    ],
    note: 'An earlier PolicyEngine version held a CBO forecast (183,300) for 2026: secondary tables go stale.',
  },
  {
    id: 'se-deductible-share/1990',
    concept: 'selfEmployment.deductibleShare',
    taxYear: null,
    effective: { from: '1990-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(1, 2) },
    citation: {
      ...SCHEDULE_SE_2024,
      section: 'Part I, line 13: deduction for one-half of self-employment tax',
    },
    readAt: [
      read(
        'https://esswebqa.epsilonsystems.com/app/understandingTaxes/hows/tax_tutorials/mod14/tt_mod14_10.jsp',
        'IRS Understanding Taxes, Module 14 (mirror)',
        'Line 13 shows one-half of the self-employment tax, which decreases the income that is subject to tax.',
      ),
    ],
  },
  {
    id: 'additional-medicare-rate/2013',
    concept: 'additionalMedicare.rate',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    value: { kind: 'ratio', ratio: rational(9, 1000) },
    citation: {
      publisher: 'U.S. Congress',
      title: '26 U.S. Code § 1401 - Rate of tax',
      section: '§ 1401(b)(2); Form 8959',
      url: 'https://www.law.cornell.edu/uscode/text/26/1401#b_2',
      published: 'undated (current code)',
    },
    readAt: [
      read(
        `${POLICYENGINE}/payroll/medicare/additional/rate.yaml`,
        'PolicyEngine US parameter citing 26 U.S.C. §§ 3101(b)(2), 1401(b)(2)',
        'Additional Medicare Tax rate (same for wages and self-employment earnings). 2013-01-01: 0.009',
      ),
      read(
        'https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.irs.gov%2F%2Ftaxtopics%2Ftc560',
        'IRS Topic no. 560, Additional Medicare Tax (proxied copy of irs.gov/taxtopics/tc560)',
        'A 0.9% Additional Medicare tax applies to Medicare wages, self-employment income, and railroad retirement (RRTA) compensation that exceed the following threshold amounts',
      ),
    ],
  },
  ...(
    [
      ['marriedFilingJointly', 25_000_000],
      ['marriedFilingSeparately', 12_500_000],
      ['single', 20_000_000],
      ['headOfHousehold', 20_000_000],
      ['qualifyingSurvivingSpouse', 20_000_000],
    ] as [FilingStatus, number][]
  ).map(([filingStatus, cents]): TaxRule => ({
    id: `additional-medicare-threshold/${filingStatus}/2013`,
    concept: 'additionalMedicare.threshold',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    filingStatus,
    value: { kind: 'cents', cents },
    citation: {
      publisher: 'Internal Revenue Service',
      title: 'Topic no. 560, Additional Medicare Tax (and the Instructions for Form 8959)',
      section: 'Threshold amounts based on filing status',
      url: 'https://www.irs.gov/taxtopics/tc560',
      published: 'undated',
    },
    readAt: [
      read(
        'https://app.altruwe.org/proxy?url=https%3A%2F%2Fwww.irs.gov%2F%2Ftaxtopics%2Ftc560',
        'IRS Topic no. 560 (proxied copy of irs.gov/taxtopics/tc560)',
        '$250,000 for married filing jointly; $125,000 for married filing separately; and $200,000 for all other taxpayers',
      ),
      read(
        'https://ttlc.intuit.com/community/forums/forumtopicprintpage/board-id/209/message-id/216394/print-single-message/true/page/1',
        'forum answer quoting the Instructions for Form 8959',
        'Married filing jointly $250,000 Married filing separately $125,000 Single $200,000 Head of household $200,000 Qualifying surviving spouse $200,000',
      ),
      read(
        `${POLICYENGINE}/payroll/medicare/additional/exclusion.yaml`,
        'PolicyEngine US parameter citing 26 U.S.C. § 1401(b)(2)',
        'SINGLE 200_000, JOINT 250_000, SEPARATE 125_000, HEAD_OF_HOUSEHOLD 200_000, WIDOW 200_000 (from 2013-01-01)',
      ),
    ],
    note: 'Not indexed for inflation: the same thresholds in every text read from 2013 on.',
  })),
];
