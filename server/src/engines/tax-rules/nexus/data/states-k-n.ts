import { read } from '../../data/read.js';
import type { StateNexusEntry } from '../types.js';
import {
  FOUR_CALENDAR_QUARTERS,
  PREVIOUS_OR_CURRENT_YEAR,
  PREVIOUS_YEAR,
  TRAILING_12_MONTHS,
  both,
  either,
  sales,
  transactions,
  version,
} from './build.js';

/** Kansas to North Dakota; read on 2026-12-03 (see each version's readAt). */

const AVALARA_KS =
  'https://www.avalara.com/blog/en/north-america/2021/05/kansas-lawmakers-override-veto-to-enact-economic-nexus-threshold-and-marketplace-facilitator-law.html';
const KY_DOR =
  'https://taxanswers.ky.gov/Sales-and-Excise-Taxes/Pages/Remote-Retailers-Marketplace-Providers-FAQs.aspx';
const AVALARA_LA =
  'https://www.avalara.com/blog/en/north-america/2020/05/its-official-louisiana-to-enforce-economic-nexus-starting-july-1-2020.html';
const STI_LA =
  'https://www.salestaxinstitute.com/resources/louisiana-removes-200-transaction-threshold-from-economic-nexus-rules';
const STI_ME =
  'https://www.salestaxinstitute.com/resources/maine-enacts-economic-nexus-legislation';
const MD_REG =
  'https://www.districtofcolumbiataxattorney.com/Articles/Maryland-Emergency-Regulations-and-Tax-Alert-in-Wake-of-Wayfair.shtml';
const MA_1_9 =
  'https://ram.memberclicks.net/out-of-state-remote-sellers---marketplaces-begin-collecting-ma-sales-tax-on-october-1st';
const MA_1_7 =
  'https://kahnlitwin.com/blogs/tax-blog/massachusetts-regulation-creates-sales-tax-requirement-for-vendors-making-i';
const MI_FAQ =
  'https://www.michigan.gov/taxes/business-taxes/sales-use-tax/information/remote-seller-faq';
const SST_MN = 'https://www.streamlinedsalestax.org/state-details/minnesota';
const STI_MS = 'https://www.salestaxinstitute.com/resources/mississippi-issues-economic-nexus-rule';
const SST_MO = 'https://www.streamlinedsalestax.org/state-details/missouri';
const NE_DOR =
  'https://revenue.nebraska.gov/about/frequently-asked-questions/remote-seller-and-marketplace-facilitator-faqs';
const STI_NV =
  'https://www.salestaxinstitute.com/resources/nevada-to-enforce-economic-nexus-regulation';
const NJ_DIV = 'https://www.state.nj.us/treasury/taxation/remotesellers.shtml';
const SOVOS_NM =
  'https://sovos.com/regulatory-updates/new-mexico-enacts-economic-nexus-and-marketplace-sales-tax-rules/';
const NY_N_19_1 = 'https://docslib.org/doc/9924062/important-notice-n-19-1-begins-on-page-2-below';
const NY_TSB =
  'https://taxcloud.com/blog/sales-tax-registration-requirement-for-businesses-with-no-physical-presence-in-new-york-state/';
const NC_DOR_2018 = 'https://www.ncdor.gov/taxes-forms/sales-and-use-tax/remote-sales';
const NC_DOR = 'https://ncdor.gov/remote-sales';
const ND_CODE =
  'https://casetext.com/statute/north-dakota-century-code/title-57-taxation/chapter-57-392-sales-tax/section-57-392-022-certain-sellers-located-outside-this-state-required-to-collect-and-remit-sales-taxes-criteria';
const STI_ND =
  'https://www.salestaxinstitute.com/resources/north-dakota-enacts-economic-nexus-legislation-pending-quill-decision?utm_campaign=northdakotaeconomicnexustip&utm_medium=A2Xguestpost&utm_source=A2X';

/** New York's sales tax quarters end on the last day of February, May, August and November. */
const NY_FOUR_QUARTERS = {
  kind: 'fourQuartersEndedBefore',
  quarterEndMonths: [2, 5, 8, 11],
} as const;

const NY_READ_QUARTERS = read(
  NY_N_19_1,
  'Important Notice N-19-1 (January 2019) with its June 2019 note',
  'made more than $300,000 in sales of tangible personal property delivered in the state and conducted more than 100 sales ... in the immediately preceding four sales tax quarters ... The sales tax quarters are: March 1 through May 31, June 1 through August 31, September 1 through November 30, and December 1 through February 28/29.',
);

export const STATES_K_TO_N: StateNexusEntry[] = [
  {
    state: 'KS',
    name: 'Kansas',
    kind: 'salesTax',
    versions: [
      version('KS', '2021-07-01', {
        enacted: '2021-05-03',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Kansas Legislature',
          title: 'Senate Bill 50 (2021), veto overridden May 3, 2021',
          section: 'remote seller threshold from July 1, 2021',
          url: AVALARA_KS,
          published: '2021-05-03',
        },
        readAt: [
          read(
            AVALARA_KS,
            'Avalara',
            'More than $100,000 of cumulative gross receipts from sales to customers in the state during the current or immediately preceding calendar year.',
          ),
          read(
            'https://www.stateandlocaltax.com/digital-economy/kansas-provides-guidance-regarding-remote-seller-nexus/',
            'Eversheds Sutherland on the Department’s guidance',
            'all sales made by the remote seller to Kansas customers count toward the threshold, regardless of whether the item purchased is actually taxable',
          ),
        ],
        note: 'SB 50 also counted January 1-June 30, 2021 (inside the current-year window here). Notice 19-04 (2019, no threshold) is not modelled: the Attorney General found it of no legal effect (Crowe).',
      }),
    ],
  },
  {
    state: 'KY',
    name: 'Kentucky',
    kind: 'salesTax',
    versions: [
      version('KY', '2018-07-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Kentucky Department of Revenue',
          title: 'Remote Retailers & Marketplace Providers FAQs (HB 487, 2018)',
          section: 'remote retailer thresholds',
          url: KY_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            KY_DOR,
            'Kentucky DOR FAQ (primary)',
            'HB 487, effective July 1, 2018, requires remote retailers with 200 or more sales into the state or more than $100,000 in gross receipts from sales into the state to register and collect Kentucky sales and use tax. The transaction and gross receipts thresholds are based on the previous or current calendar year sales.',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/kentucky-enacts-economic-nexus-legislation',
            'Sales Tax Institute',
            'Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'The Department asked remote retailers to register with collections beginning by October 1, 2018 (Avalara, July 30, 2018); the law is dated from July 1, 2018.',
      }),
    ],
  },
  {
    state: 'LA',
    name: 'Louisiana',
    kind: 'salesTax',
    versions: [
      version('LA', '2020-07-01', {
        to: '2023-07-31',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Louisiana Department of Revenue',
          title: 'Remote seller announcement (HB 547 of 2018, enforced from July 1, 2020)',
          section: 'economic nexus thresholds',
          url: AVALARA_LA,
          published: '2020',
        },
        readAt: [
          read(
            AVALARA_LA,
            'Avalara on the Department’s announcement',
            'whose sales into the state in the current or previous calendar year meet or exceed one or both of the following economic nexus thresholds: More than $100,000 in gross revenue from sales of tangible personal property, products transferred electronically, or services; or At least 200 separate transactions',
          ),
        ],
      }),
      version('LA', '2023-08-01', {
        enacted: '2023-05-30',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Louisiana Legislature',
          title: 'House Bill 171 (2023), signed May 30, 2023',
          section: '200-transaction threshold repealed from August 1, 2023',
          url: STI_LA,
          published: '2023-06-05',
        },
        readAt: [
          read(
            STI_LA,
            'Sales Tax Institute',
            'Effective August 1, 2023, Louisiana will no longer have 200 transactions as part of the state’s economic nexus threshold. ... Remote retailers will still use GROSS sales to determine if they exceed the economic nexus threshold.',
          ),
          read(
            'https://ryan.com/about-ryan/news-and-insights/2023/louisiana-adjusts-sales-tax/',
            'Ryan (disagrees on which sales count)',
            'On May 30, 2023, Louisiana Governor John Bel Edwards signed House Bill 171 ... the bill changes the dollar threshold from $100,000 in gross sales, to $100,000 in retail sales.',
          ),
        ],
        note: 'Sources disagree: Ryan reads the change to retail sales for remote sellers and marketplace facilitators; Sales Tax Institute says only the facilitator threshold moved to retail and remote retailers still use gross sales. Sales Tax Institute chosen (it addresses remote retailers explicitly); the difference is sales for resale only.',
      }),
    ],
  },
  {
    state: 'ME',
    name: 'Maine',
    kind: 'salesTax',
    versions: [
      version('ME', '2018-07-01', {
        to: '2021-12-31',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Maine Legislature',
          title: 'L.D. 1405 (S.P. 483), Laws 2017: remote seller thresholds',
          section: 'previous or current calendar year',
          url: STI_ME,
          published: '2017',
        },
        readAt: [
          read(
            STI_ME,
            'Sales Tax Institute',
            "Effective Date: July 1, 2018 ... The seller's gross revenue from such sales into Maine in the previous calendar year or current calendar year exceeds $100,000; or The seller made such sales into Maine in at least 200 separate transactions ... Marketplace sales excluded from the threshold for individual sellers",
          ),
        ],
      }),
      version('ME', '2022-01-01', {
        enacted: '2021-06-11',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Maine Revenue Services',
          title: 'Instructional Bulletin No. 43 (2/2/22), reflecting LD 1216 / HP 891 (2021)',
          section:
            'remote sellers: gross sales in the previous or current calendar year exceed $100,000',
          url: 'https://dhub.blob.core.windows.net/dhub/Newsletters/Tax/2022/STM/220211_8.html',
          published: '2022-02-02',
        },
        readAt: [
          read(
            'https://dhub.blob.core.windows.net/dhub/Newsletters/Tax/2022/STM/220211_8.html',
            'Deloitte summary of Bulletin 43',
            'if the person’s total gross sales in Maine of tangible personal property or taxable services in the previous calendar year or current calendar year exceed $100,000',
          ),
          read(
            'https://cloud-prod.avlr.net/blog/en/north-america/2021/06/maine-eliminates-economic-nexus-transaction-threshold-for-remote-sellers-and-marketplaces.html',
            'Avalara',
            'Effective January 1, 2022, the 200 separate transactions threshold is eliminated. This change stems from the enactment of House Paper 891 ... which Governor Janet Mills signed into law on June 11, 2021.',
          ),
        ],
        note: 'VATCalc dates the change January 1, 2021; Sales Tax Institute, Avalara and Deloitte read January 1, 2022, chosen.',
      }),
    ],
  },
  {
    state: 'MD',
    name: 'Maryland',
    kind: 'salesTax',
    versions: [
      version('MD', '2018-10-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Comptroller of Maryland',
          title: 'COMAR 03.06.01.33B(5) (emergency regulation approved August 29, 2018)',
          section: 'out-of-state vendor',
          url: MD_REG,
          published: '2018-08-29',
        },
        readAt: [
          read(
            MD_REG,
            'law firm quoting the regulation',
            'during the previous calendar year or the current calendar year, the person (a) has gross revenue from the sale of tangible personal property or taxable services delivered in the State that exceeds $100,000 or (b) sold tangible personal property or taxable services for delivery into the State in 200 or more separate transactions.',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/maryland-passes-emergency-economic-nexus-rule',
            'Sales Tax Institute',
            'Effective Date: October 1, 2018 ... Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'Sovos describes the test as taxable sales; the regulation quoted reads gross revenue, chosen.',
      }),
    ],
  },
  {
    state: 'MA',
    name: 'Massachusetts',
    kind: 'salesTax',
    versions: [
      version('MA', '2018-01-01', {
        to: '2019-09-30',
        test: both(sales(500_000, 'exceeds'), transactions(100, 'atLeast')),
        period: PREVIOUS_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Massachusetts Department of Revenue',
          title: '830 CMR 64H.1.7, Vendors Making Internet Sales (repealed as of October 1, 2019)',
          section: 'thresholds for each calendar year beginning with 2018',
          url: MA_1_7,
          published: '2017-09-22',
        },
        readAt: [
          read(
            MA_1_7,
            'Kahn Litwin summary of 830 CMR 64H.1.7',
            'for each calendar year beginning with 2018, if during the preceding calendar year it had in excess of $500,000 in Massachusetts sales from transactions completed over the internet and made sales resulting in a delivery into Massachusetts in 100 or more transactions',
          ),
          read(
            'https://www.mass.gov/regulations/830-CMR-64h17-vendors-making-internet-sales-repealed-regulation',
            'mass.gov (primary)',
            'The provisions of 830 CMR 64H.1.7 no longer apply as of October 1, 2019.',
          ),
        ],
        note: 'The regulation counts Internet sales only and presumed physical presence (cookies, apps); the evaluator counts the sales it is given. Its October 2017 start measured October 2016-September 2017 and is not modelled.',
      }),
      version('MA', '2019-10-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Massachusetts Department of Revenue',
          title:
            '830 CMR 64H.1.9, Remote Retailers and Marketplace Facilitators (emergency regulation promulgated September 23, 2019)',
          section: 'remote retailers from October 1, 2019',
          url: MA_1_9,
          published: '2019-09-23',
        },
        readAt: [
          read(
            MA_1_9,
            'Retailers Association of Massachusetts quoting the DOR summary',
            'Remote sellers must collect tax on sales of tangible personal property or services into Massachusetts when they have Massachusetts sales that exceed $100,000 in a calendar year.',
          ),
          read(
            'https://www.grantthornton.com/library/alerts/tax/2020/SALT/K-O/MA-updates-bright-line-nexus-standard-01-06.aspx',
            'Grant Thornton',
            'as of Oct. 1, 2019, remote retailers with no physical presence are required to collect sales or use tax as vendors when they exceed an annual Massachusetts sales threshold of $100,000. The previous regulation including a threshold of $500,000 in sales and at least 100 transactions ... is accordingly revoked.',
          ),
        ],
        note: 'The text read says "in a calendar year"; this year and last year are both measured (the reading most states use). Which sales count (taxable, exempt, resale) is not stated in the text read.',
      }),
    ],
  },
  {
    state: 'MI',
    name: 'Michigan',
    kind: 'salesTax',
    versions: [
      version('MI', '2018-10-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Michigan Department of Treasury',
          title:
            'Remote Seller FAQ (Revenue Administrative Bulletin 2021-21, replacing RAB 2018-16)',
          section: 'What gives a remote seller nexus with Michigan',
          url: MI_FAQ,
          published: 'undated',
        },
        readAt: [
          read(
            MI_FAQ,
            'Michigan Treasury FAQ (primary)',
            'if, in the previous calendar year, the remote seller made over $100,000 of gross sales or 200 or more separate transactions with Michigan customers.',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/michigan-to-require-remote-seller-sales-tax-collection',
            'Sales Tax Institute',
            'Effective after September 30, 2018 ... Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
      }),
    ],
  },
  {
    state: 'MN',
    name: 'Minnesota',
    kind: 'salesTax',
    versions: [
      version('MN', '2018-10-01', {
        to: '2019-09-30',
        test: either(
          both(sales(100_000, 'exceeds'), transactions(10, 'atLeast')),
          transactions(100, 'atLeast'),
        ),
        period: TRAILING_12_MONTHS,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher:
            'Streamlined Sales Tax Governing Board (Minnesota state page; Minn. Stat. § 297A.66)',
          title: 'Minnesota: Remote Seller Thresholds',
          section: '10/1/2018 to 9/30/2019',
          url: SST_MN,
          published: 'undated',
        },
        readAt: [
          read(
            SST_MN,
            'SST Minnesota page',
            '10/1/2018 to 9/30/2019: Retail sales of more than $100,000 in 10 or more transactions or 100 or more separate retail transactions in any 12 consecutive months. ... include all retail sales made through any Marketplace ... Do not include sales where the purchaser is buying for resale.',
          ),
        ],
        note: '"Any 12 consecutive months" is checked on the twelve months ending on the evaluation date (earlier windows are checked on earlier dates).',
      }),
      version('MN', '2019-10-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: TRAILING_12_MONTHS,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Minnesota Department of Revenue',
          title: 'Who Needs to Register? Small Seller Exception',
          section: 'starting October 1, 2019',
          url: 'https://www.revenue.state.mn.us/guide/who-needs-register',
          published: 'undated',
        },
        readAt: [
          read(
            'https://www.revenue.state.mn.us/guide/who-needs-register',
            'Minnesota DOR (primary)',
            'Starting October 1, 2019, Minnesota’s Small Seller Exception will require remote sellers to collect and remit sales tax if their total sales over the prior 12-month period total either: 200 or more retail sales shipped to Minnesota; More than $100,000 in retail sales shipped to Minnesota',
          ),
          read(
            SST_MN,
            'SST Minnesota page',
            'October 1, 2019: Retail sales of more than $100,000 or 200 or more separate retail transactions in any 12 consecutive months.',
          ),
        ],
      }),
    ],
  },
  {
    state: 'MS',
    name: 'Mississippi',
    kind: 'salesTax',
    versions: [
      version('MS', '2018-09-01', {
        test: sales(250_000, 'exceeds'),
        period: TRAILING_12_MONTHS,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Mississippi Department of Revenue',
          title:
            'Miss. Admin. Code 35.IV.3.09 (codified from July 1, 2020: any consecutive twelve-month period)',
          section: 'substantial economic presence',
          url: STI_MS,
          published: '2017',
        },
        readAt: [
          read(
            STI_MS,
            'Sales Tax Institute',
            'Effective Date: September 1, 2018; Threshold: Sales exceed $250,000; Measurement Date: Prior twelve month period; Includable Transactions: Gross sales; Marketplace sales excluded ... Effective July 1, 2020 ... sales that exceed $250,000 in any consecutive twelve-month period',
          ),
          read(
            'https://www.cookingwithsaltlaw.com/2017/11/mississippi-files-final-remote-seller-use-tax-regulation/',
            'Jones Walker',
            'The original proposal based the testing period on the previous calendar year’s sales, whereas the final version applies it on a rolling twelve-month basis.',
          ),
        ],
        note: 'The rule also requires purposeful or systematic exploitation of the Mississippi market (advertising, e-mails to customers); the evaluator measures the dollar test only.',
      }),
    ],
  },
  {
    state: 'MO',
    name: 'Missouri',
    kind: 'salesTax',
    versions: [
      version('MO', '2023-01-01', {
        test: sales(100_000, 'exceeds'),
        period: FOUR_CALENDAR_QUARTERS,
        basis: 'taxable',
        marketplace: 'included',
        citation: {
          publisher:
            'Streamlined Sales Tax Governing Board (Missouri state page; RSMo § 144.605 as amended by SB 153, 2021)',
          title: 'Missouri: Remote Seller Thresholds',
          section: 'compliance date 1/1/2023',
          url: SST_MO,
          published: 'undated',
        },
        readAt: [
          read(
            SST_MO,
            'SST Missouri page quoting § 144.605',
            'Gross receipts from taxable sales in the previous or current calendar year exceeding $100,000. For the purposes of calculating the threshold, following the close of each calendar quarter, a vendor shall determine whether the vendor met the requirements during the twelve-month period ending on the last day of the preceding calendar quarter.',
          ),
          read(
            'https://taxcloud.com/blog/missouri-the-final-sales-tax-state-to-adopt-economic-nexus-standards/',
            'TaxCloud',
            '$100,000 in sales of taxable tangible personal property sold to Missouri customers and shipped into the state annually. This includes sales through a marketplace facilitator.',
          ),
          read(
            'https://www.redw.com/insights/the-final-state-missouri-begins-economic-nexus-tax-collection-on-january-1-2023/',
            'REDW (disagrees on the comparator)',
            'cumulative gross receipts of at least $100,000 from the sale of tangible personal property for the purpose of storage, use, or consumption in this state in the previous twelve-month period',
          ),
        ],
        note: 'REDW quotes "at least $100,000"; the SST page, BDO and the DOR-linked summaries read "exceeding". "Exceeds" chosen (three readings). The measured window is the quarterly twelve-month test the statute prescribes.',
      }),
    ],
  },
  {
    state: 'NE',
    name: 'Nebraska',
    kind: 'salesTax',
    versions: [
      version('NE', '2019-01-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Nebraska Department of Revenue',
          title: 'Remote Seller and Marketplace Facilitator FAQs (LB 284, operative April 1, 2019)',
          section: 'thresholds',
          url: NE_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            NE_DOR,
            'Nebraska DOR FAQ (primary)',
            'any seller without physical presence in Nebraska who made more than $100,000 in Nebraska retail sales, including sales through a Multivendor Marketplace Platform (MMP), in the prior calendar year or current calendar year, or who made 200 or more Nebraska sales transactions in the prior calendar year or current calendar year',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/nebraska-to-enforce-remote-seller-sales-tax-collection',
            'Sales Tax Institute',
            'Effective Date: January 1, 2019 (Administrative announcement based on existing law) April 1, 2019 (Specific Legislative enactment)',
          ),
        ],
        note: 'From January 1, 2019 by administrative announcement with the same figures; LB 284 made them statutory from April 1, 2019.',
      }),
    ],
  },
  {
    state: 'NV',
    name: 'Nevada',
    kind: 'salesTax',
    versions: [
      version('NV', '2018-11-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Nevada Department of Taxation',
          title: 'Regulation R189-18 (approved September 27, 2018)',
          section: 'remote seller economic nexus',
          url: STI_NV,
          published: '2018-10-11',
        },
        readAt: [
          read(
            STI_NV,
            'Sales Tax Institute',
            'if in the immediately preceding calendar year or the current calendar year: The gross revenue of the retailer from the retail sale of tangible personal property delivered in Nevada is greater than $100,000; or The retailer made 200 or more retail sales ... Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
      }),
    ],
  },
  {
    state: 'NJ',
    name: 'New Jersey',
    kind: 'salesTax',
    versions: [
      version('NJ', '2018-11-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'New Jersey Division of Taxation',
          title: 'Sales Tax Information for Remote Sellers (P.L. 2018, c. 132)',
          section: 'Economic Threshold',
          url: NJ_DIV,
          published: 'undated',
        },
        readAt: [
          read(
            NJ_DIV,
            'NJ Division of Taxation (primary)',
            "The remote seller's gross revenue from sales ... delivered into New Jersey during the current or prior calendar year, exceeds $100,000; or The remote seller sold ... in 200 or more separate transactions during the current or prior calendar year.",
          ),
          read(
            'http://shaoao.me/index-3513.html',
            'summary of the Division’s FAQ',
            'all sales delivered into the state are included—this includes nontaxable retail sales as well ... Remote sellers that only make sales for resale or wholesale sales into the state are not required to register',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/new-jersey-enacts-economic-nexus-legislation',
            'Sales Tax Institute',
            'Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'Sales Tax Institute says gross sales; the Division’s FAQ as summarised includes nontaxable retail sales and spares resale-only sellers: retail chosen. A 2024-2025 bill (S3604) to drop the 200-transaction test was read only as a proposal.',
      }),
    ],
  },
  {
    state: 'NM',
    name: 'New Mexico',
    kind: 'salesTax',
    versions: [
      version('NM', '2019-07-01', {
        test: sales(100_000, 'atLeast'),
        period: PREVIOUS_YEAR,
        basis: 'taxable',
        marketplace: 'notStated',
        citation: {
          publisher: 'New Mexico Legislature',
          title: 'House Bill 6 (2019), NMSA § 7-9-3.3 "engaging in business"',
          section: 'persons without physical presence',
          url: SOVOS_NM,
          published: '2019-05-22',
        },
        readAt: [
          read(
            SOVOS_NM,
            'Sovos regulatory update',
            'provided they had at least $100,000 in taxable gross receipts from sales, leases and licenses of tangible personal property the previous calendar year. NMSA §7-9-3.3.',
          ),
          read(
            'https://www.redw.com/insights/july-is-here-do-you-have-nexus-in-new-mexico/',
            'REDW',
            'if in the previous calendar year they have total taxable gross receipts of at least $100,000',
          ),
        ],
        note: 'Marketplace sellers may deduct receipts from facilitated sales (Sovos); whether those count toward the seller’s threshold is not stated in the text read.',
      }),
    ],
  },
  {
    state: 'NY',
    name: 'New York',
    kind: 'salesTax',
    versions: [
      version('NY', '2018-06-21', {
        id: 'nexus/NY/2018-06-21/notice-n-19-1',
        test: both(sales(300_000, 'exceeds'), transactions(100, 'exceeds')),
        period: NY_FOUR_QUARTERS,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'New York State Department of Taxation and Finance',
          title:
            'Important Notice N-19-1, Sales Tax Registration Requirement for Businesses with No Physical Presence in New York State',
          section: 'threshold as stated in January 2019',
          url: NY_N_19_1,
          published: '2019',
        },
        readAt: [NY_READ_QUARTERS],
        note: 'Superseded retroactively: on June 24, 2019 the Tax Law was amended to $500,000 effective June 21, 2018. This version applies only when the law is taken as known before June 24, 2019 (asKnownOn).',
      }),
      version('NY', '2018-06-21', {
        id: 'nexus/NY/2018-06-21/amended-2019-06-24',
        enacted: '2019-06-24',
        test: both(sales(500_000, 'exceeds'), transactions(100, 'exceeds')),
        period: NY_FOUR_QUARTERS,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'New York State Department of Taxation and Finance',
          title:
            'TSB-M-19(4)S, Sales Tax Registration Requirement for Businesses with No Physical Presence in New York State',
          section: 'Tax Law amended June 24, 2019, effective June 21, 2018',
          url: NY_TSB,
          published: '2019',
        },
        readAt: [
          read(
            NY_TSB,
            'TaxCloud reproducing TSB-M-19(4)S',
            'On June 24, 2019, the Tax Law was amended to change the annual sales threshold dollar amount from $300,000 to $500,000, effective retroactive to June 21, 2018. ... made more than $500,000 in sales of tangible personal property delivered in the state, and conducted more than 100 sales',
          ),
          NY_READ_QUARTERS,
          read(
            'https://www.salestaxinstitute.com/resources/new-york-releases-guidance-on-requirements-for-remote-sellers',
            'Sales Tax Institute',
            'Includable Transactions: Gross receipts from sales of tangible personal property; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
      }),
    ],
  },
  {
    state: 'NC',
    name: 'North Carolina',
    kind: 'salesTax',
    versions: [
      version('NC', '2018-11-01', {
        to: '2024-06-30',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'North Carolina Department of Revenue',
          title: 'Remote Sales (page as it stood before July 1, 2024)',
          section: 'small seller exception',
          url: NC_DOR_2018,
          published: 'undated',
        },
        readAt: [
          read(
            NC_DOR_2018,
            'NCDOR (primary, earlier version)',
            'All remote sellers having gross sales in excess of one hundred thousand dollars ($100,000) sourced to North Carolina or two hundred (200) or more separate transactions sourced to North Carolina in the previous or current calendar year ... must register ... effective November 1, 2018.',
          ),
        ],
      }),
      version('NC', '2024-07-01', {
        enacted: '2024-07-01',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'North Carolina Department of Revenue',
          title: 'Remote Sales (Session Law 2024-28, H.B. 228; Directive SD-24-1)',
          section: 'When is a Remote Seller Required to Collect Tax?',
          url: NC_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            NC_DOR,
            'NCDOR (primary, current)',
            'when the remote seller has gross sales in excess of one hundred thousand dollars ($100,000) sourced to North Carolina in the previous or current calendar year (“Threshold”), including sales as a marketplace seller and marketplace-facilitated sales.',
          ),
          read(
            'https://publicnow.com/view/9386687B28EC227F7A655FFF9149E77AA8E0EE08',
            'Avalara news release',
            'The 200-transactions economic nexus threshold was repealed by House Bill 228, signed into law on July 1, 2024.',
          ),
        ],
      }),
    ],
  },
  {
    state: 'ND',
    name: 'North Dakota',
    kind: 'salesTax',
    versions: [
      version('ND', '2018-10-01', {
        to: '2018-12-31',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'taxable',
        marketplace: 'excluded',
        citation: {
          publisher: 'North Dakota Legislative Assembly',
          title: 'S.B. 2298, Laws 2017 (N.D.C.C. § 57-39.2-02.2 as enacted)',
          section: 'enforced from October 1, 2018',
          url: STI_ND,
          published: '2017',
        },
        readAt: [
          read(
            STI_ND,
            'Sales Tax Institute',
            'The seller’s gross sales from the sale of tangible personal property and other taxable items delivered in North Dakota exceed $100,000, or The seller sold ... in 200 or more separate transactions. ... Effective Date: October 1, 2018 ... Includable Transactions: Taxable sales; Marketplace sales excluded',
          ),
        ],
      }),
      version('ND', '2019-01-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'taxable',
        marketplace: 'excluded',
        citation: {
          publisher: 'North Dakota Legislative Assembly',
          title:
            'N.D.C.C. § 57-39.2-02.2, as amended by S.L. 2019, ch. 497 (SB 2191), eff. 1/1/2019',
          section: 'certain sellers located outside this state required to collect',
          url: ND_CODE,
          published: 'undated (current through the 2023 sessions)',
        },
        readAt: [
          read(
            ND_CODE,
            'statute text (Casetext)',
            "if the seller's gross sales from the sale of tangible personal property and other taxable items delivered in this state exceed one hundred thousand dollars in the previous calendar year, or the current calendar year. ... Amended by S.L. 2019, ch. 497 (SB 2191), § 1, eff. 1/1/2019.",
          ),
          read(
            'https://www.stateandlocaltax.com/digital-economy/north-dakota-updates-guidance-on-wayfair-small-seller-exception/',
            'Eversheds Sutherland on the Tax Commissioner’s site',
            'requires sales tax collection by remote sellers ONLY IF their taxable sales into the state exceed $100,000 in the current or previous calendar year',
          ),
          read(
            'https://sovos.com/blog/sut/did-north-dakotas-economic-nexus-change',
            'Sovos quoting the Tax Commissioner (disagrees on the date)',
            'The transactions threshold was repealed, effective July 1, 2019. Remote sellers who only met the transactions threshold in 2018 or 2019 must continue to collect North Dakota sales tax through June 30, 2019.',
          ),
        ],
        note: 'Dates disagree: the statute note and Sales Tax Institute date the repeal January 1, 2019 (tax years after December 31, 2018); the Commissioner as quoted by Sovos lets transaction-only sellers stop after June 30, 2019. The statute date is chosen; the Commissioner’s transition is not modelled.',
      }),
    ],
  },
];
