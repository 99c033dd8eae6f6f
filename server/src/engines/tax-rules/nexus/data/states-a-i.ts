import { read } from '../../data/read.js';
import type { StateNexusEntry } from '../types.js';
import {
  FOUR_CALENDAR_QUARTERS,
  PREVIOUS_OR_CURRENT_YEAR,
  PREVIOUS_YEAR,
  both,
  either,
  sales,
  transactions,
  version,
} from './build.js';

/**
 * Alabama to Indiana. Every figure was read on 2026-12-03 in the project's stored copies of the
 * pages named in readAt; where a primary page was not readable, the citation names the primary
 * document and its URL is the secondary page read.
 */

const STI_AL =
  'http://www.salestaxinstitute.com/resources/news/alabama-enacts-economic-nexus-provision';
const AL_RULE =
  'https://regulations.justia.com/states/alabama/title-810/chapter-810-6-2/section-810-6-2-90-03';

const STI_AR =
  'https://www.salestaxinstitute.com/resources/arkansas-enacts-economic-and-marketplace-nexus-legislation';
const SOVOS_AZ = 'https://sovos.com/blog/sut/key-points-on-the-arizona-economic-nexus';
const LA_TAX_ATTORNEY_CA =
  'https://losangelestaxattorney.com/2021/03/26/california-sales-tax-remote-seller/';
const GT_CA =
  'https://www.grantthornton.com/library/alerts/tax/2019/SALT/A-E/CA-establishes-revised-economic-nexus-standard-05-15.aspx';
const STI_CO =
  'https://www.salestaxinstitute.com/resources/colorado-to-require-remote-seller-sales-tax-collection';
const CO_RULE =
  'https://casetext.com/regulation/colorado-administrative-code/department-200-department-of-revenue/division-201-taxation-division/rule-1-ccr-201-4-sales-and-use-tax/rule-39-26-1023-doing-business-in-this-state';
const AVALARA_CT =
  'https://www.avalara.com/us/en/blog/2019/06/connecticut-lowers-small-seller-exception-for-small-sellers.html';
const STI_CT =
  'https://www.salestaxinstitute.com/resources/connecticut-enacts-economic-marketplace-reporting-nexus-provisions';
const DC_OTR = 'https://otr.cfo.dc.gov/page/marketplace-sellers-frequently-asked-questions-FAQs';
const SST_GA = 'https://streamlinedsalestax.org/state-details/georgia';
const STI_HI =
  'https://www.salestaxinstitute.com/resources/hawaii-enacts-economic-nexus-legislation';
const ID_TAX =
  'https://tax.idaho.gov/taxes/sales-use/guides-for-certain-groups/online-sellers/business-types/';
const VATCALC_IL =
  'https://www.vatcalc.com/united-states/us-illinois-end-transaction-nexus-threshold-sales-tax-2026/';
const STI_IL_2026 =
  'https://www.salestaxinstitute.com/resources/illinois-economic-nexus-update-no-transaction-threshold';
const IN_DOR = 'https://www.in.gov/dor/i-am-a/business-corp/remote-sellers/';
const SST_IN = 'https://streamlinedsalestax.org/state-details/indiana';
const IA_DOR = 'https://tax.iowa.gov/remote-sellers';
const AVALARA_IA =
  'https://cloud-prod.avlr.net/blog/en/north-america/2019/05/iowa-removes-transaction-threshold-for-out-of-state-sellers.html';

const ARIZONA_CITATION = {
  publisher: 'Arizona Legislature',
  title:
    'Laws 2019, H.B. 2757 (remote seller and marketplace facilitator transaction privilege tax thresholds)',
  section:
    'remote seller thresholds by calendar year; measurement in the previous or current calendar year',
  url: SOVOS_AZ,
  published: '2019-05-31',
};

const ARIZONA_READ = [
  read(
    'https://www.salestaxinstitute.com/?p=14574',
    'Sales Tax Institute',
    'if, in the previous or current calendar year, they have gross proceeds from sales or gross income derived from business with Arizona customers more than the following ... Includable Transactions: Gross sales; Marketplace sales are not included towards the threshold for individual sellers',
  ),
  read(
    SOVOS_AZ,
    'Sovos summary of H.B. 2757 (signed May 31, 2019)',
    'Remote seller thresholds: $200,000 for calendar year 2019; $150,000 for calendar year 2020; $100,000 for calendar year 2021 and for each calendar year thereafter. ... Threshold applies to the previous or current calendar year. ... sales made through a marketplace facilitator are not included.',
  ),
  read(
    'https://www.taxmatrix.com/arizona-economic-nexus/',
    'TaxMatrix summary',
    'in the previous or current calendar year, they have gross proceeds from sales or gross income derived from business with Arizona customers more than the following',
  ),
  read(
    'https://www.ttrus.com/article.php?id=1255',
    'TTR summary (disagrees on the comparator)',
    'if, in the previous or current calendar year, they make $200,000 or more from sales into Arizona',
  ),
];

const ARIZONA_NOTE =
  'Sources disagree on the comparator: Sovos, TaxMatrix, Cherry Bekaert and Sales Tax Institute read "more than"; TTR reads "$200,000 or more". "More than" chosen (four readings). Sovos reads "gross retail sales"; Sales Tax Institute reads gross sales and Accounting Insights counts exempt sales: gross chosen. Which year\'s threshold applies to the previous year\'s sales is the threshold of the year evaluated (TTR: $150,000 of 2019 sales requires collection for 2020).';

export const STATES_A_TO_I: StateNexusEntry[] = [
  {
    state: 'AL',
    name: 'Alabama',
    kind: 'salesTax',
    versions: [
      version('AL', '2018-10-01', {
        test: sales(250_000, 'exceeds'),
        period: PREVIOUS_YEAR,
        basis: 'retail',
        marketplace: 'excluded',
        citation: {
          publisher: 'Alabama Department of Revenue',
          title:
            'Ala. Admin. Code r. 810-6-2-.90.03, Requirements for certain out-of-state sellers making significant sales into Alabama',
          section: '(1) threshold; (3)(a) not enforced for transactions before October 1, 2018',
          url: AL_RULE,
          published: 'undated (current through Register Vol. 43, No. 02, November 27, 2024)',
        },
        readAt: [
          read(
            AL_RULE,
            'rule text (Justia)',
            "when the seller's retail sales of tangible personal property sold into the state exceed $250,000 per year based on the previous calendar year's sales",
          ),
          read(
            'https://casetext.com/regulation/alabama-administrative-code/title-810-alabama-department-of-revenue/chapter-810-6-2-taxes-levied-on-gross-sales-and-gross-receipts-applicable-tax-rates/section-810-6-2-9003-requirements-for-certain-out-of-state-sellers-making-significant-sales-into-alabama',
            'rule text (Casetext)',
            '(3) This rule shall not be enforced for any of the following: (a) transactions occurring prior to October 1, 2018',
          ),
          read(
            STI_AL,
            'Sales Tax Institute summary',
            'Includable Transactions: Retail sales; Marketplace sales excluded from the threshold for individual sellers',
          ),
        ],
        note: 'The rule (and Sales Tax Institute: "$250,000 + specified activities") also requires one of the activities of Code of Ala. § 40-23-68, such as soliciting orders by advertising directed at Alabama; the evaluator measures the dollar test only.',
      }),
    ],
  },
  {
    state: 'AZ',
    name: 'Arizona',
    kind: 'salesTax',
    versions: [
      version('AZ', '2019-10-01', {
        to: '2019-12-31',
        test: sales(200_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: ARIZONA_CITATION,
        readAt: ARIZONA_READ,
        note: ARIZONA_NOTE,
      }),
      version('AZ', '2020-01-01', {
        to: '2020-12-31',
        test: sales(150_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: ARIZONA_CITATION,
        readAt: ARIZONA_READ,
        note: ARIZONA_NOTE,
      }),
      version('AZ', '2021-01-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: ARIZONA_CITATION,
        readAt: ARIZONA_READ,
        note: ARIZONA_NOTE,
      }),
    ],
  },
  {
    state: 'AR',
    name: 'Arkansas',
    kind: 'salesTax',
    versions: [
      version('AR', '2019-07-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'taxable',
        marketplace: 'excluded',
        citation: {
          publisher: 'Arkansas General Assembly',
          title: 'Act 822 of 2019 (S.B. 576), remote sellers and marketplace facilitators',
          section: 'thresholds in the previous or current calendar year',
          url: STI_AR,
          published: '2019',
        },
        readAt: [
          read(
            STI_AR,
            'Sales Tax Institute summary of Act 822',
            'Threshold: $100,000 or 200 or more separate transactions; Measurement Date: Previous or current calendar year; Includable Transactions: Taxable sales; Marketplace sales excluded from the threshold for individual sellers',
          ),
          read(
            'https://sovos.com/blog/sut/how-has-the-arkansas-sales-tax-nexus-changed',
            'Sovos summary',
            'if within the current or previous year the sale of tangible personal property ... for delivery into Arkansas exceeded the previously listed thresholds',
          ),
        ],
        note: 'The act as summarised reads "$100,000 in aggregate sales; or 200 transactions" without saying "more than"; Sovos reads "exceeded". Dollars: more than $100,000; transactions: 200 or more (Sales Tax Institute). Sales Tax Institute: the Department\'s legal opinion letters base the threshold on taxable sales.',
      }),
    ],
  },
  {
    state: 'CA',
    name: 'California',
    kind: 'salesTax',
    versions: [
      version('CA', '2019-04-01', {
        id: 'nexus/CA/2019-04-01/cdtfa-notice',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'California Department of Tax and Fee Administration',
          title:
            'Use Tax Collection Requirements Based on Sales into California Due to the Wayfair Decision (special notice L-565)',
          section: 'collection requirement from April 1, 2019',
          url: 'https://www.taxmatrix.com/california-economic-nexus/',
          published: '2018',
        },
        readAt: [
          read(
            'https://www.taxmatrix.com/california-economic-nexus/',
            'TaxMatrix quoting the CDTFA notice',
            "during the preceding or current calendar year: The retailer's sales into California exceed $100,000, or The retailer made sales into California in two hundred (200) or more separate transactions.",
          ),
          read(
            GT_CA,
            'Grant Thornton on AB 147',
            'superseding the previous $100,000 sales threshold and 200 transaction threshold previously adopted via administrative pronouncement by the California Department of Tax and Fee Administration',
          ),
        ],
        note: 'Superseded retroactively: AB 147, signed April 25, 2019, set $500,000 effective April 1, 2019. This version applies only when the law is taken as known before April 25, 2019 (asKnownOn).',
      }),
      version('CA', '2019-04-01', {
        id: 'nexus/CA/2019-04-01/ab147',
        enacted: '2019-04-25',
        test: sales(500_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'California Legislature',
          title: 'Assembly Bill 147 (Stats. 2019, ch. 5), Revenue and Taxation Code § 6203',
          section:
            'retailer engaged in business in this state: total combined sales of tangible personal property for delivery in California exceed $500,000',
          url: LA_TAX_ATTORNEY_CA,
          published: '2019-04-25',
        },
        readAt: [
          read(
            LA_TAX_ATTORNEY_CA,
            'law firm summary of AB 147',
            'if, during the preceding or current calendar year, the total combined sales of tangible personal property for delivery in California by the retailer and all persons related to the retailer exceed $500,000',
          ),
          read(
            GT_CA,
            'Grant Thornton',
            'On April 25, 2019, Gov. Gavin Newsom signed Assembly Bill 147 ... The economic nexus provisions are effective April 1, 2019.',
          ),
          read(
            'https://accountinginsights.org/california-economic-nexus-threshold-and-rules',
            'Accounting Insights',
            'includes the gross receipts from all sales of tangible personal property delivered into California, including both retail and wholesale transactions',
          ),
        ],
        note: "Sales of related persons count too (not modelled: the shop's own sales only). Whether marketplace-facilitated sales count toward a marketplace seller's own threshold is not stated in the text read.",
      }),
    ],
  },
  {
    state: 'CO',
    name: 'Colorado',
    kind: 'salesTax',
    versions: [
      version('CO', '2018-12-01', {
        to: '2019-04-13',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Colorado Department of Revenue',
          title: 'Emergency rule 39-26-105(4), retailers with substantial nexus',
          section: '(4)(a)(II)(A)-(B); (4)(b) no application before December 1, 2018',
          url: 'https://www.currentfederaltaxdevelopments.com/blog/2018/9/13/colorado-adopts-emergency-regulation-to-require-out-of-state-sellers-to-collect-sales-tax',
          published: '2018',
        },
        readAt: [
          read(
            'https://www.currentfederaltaxdevelopments.com/blog/2018/9/13/colorado-adopts-emergency-regulation-to-require-out-of-state-sellers-to-collect-sales-tax',
            'blog quoting the emergency rule',
            "in the previous calendar year or the current calendar year: (A) the retailer's gross revenue from the sale of tangible personal property or services delivered into Colorado exceeds one hundred thousand dollars; or (B) the retailer sold tangible personal property or services for delivery into Colorado in two hundred or more separate transactions.",
          ),
          read(
            STI_CO,
            'Sales Tax Institute',
            'Threshold: $100,000 (200 transactions removed by permanent rules, effective April 14, 2019) ... Marketplace sales excluded from the threshold for individual sellers',
          ),
        ],
        note: 'Sales Tax Institute and Avalara paraphrase the emergency rule as "$100,000 or more"; the rule text quoted reads "exceeds", chosen.',
      }),
      version('CO', '2019-04-14', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'excluded',
        citation: {
          publisher: 'Colorado Department of Revenue',
          title: 'Colo. Code Regs. Rule 39-26-102(3), Doing business in this state',
          section: '(3) Economic nexus',
          url: CO_RULE,
          published: 'undated (current through Register Vol. 47, No. 11, June 10, 2024)',
        },
        readAt: [
          read(
            CO_RULE,
            'rule text (Casetext)',
            'for the entire calendar year if the person made more than one hundred thousand dollars of retail sales in Colorado in the preceding calendar year',
          ),
          read(
            STI_CO,
            'Sales Tax Institute',
            '200 transactions removed by permanent rules, effective April 14, 2019; Measurement Date: Previous or current calendar year; Includable Transactions: Retail sales',
          ),
          read(
            'https://sovos.com/regulatory-updates/sut/colorado-adopts-permanent-rules-regarding-out-of-state-sellers',
            'Sovos regulatory update (April 26, 2019)',
            'A previous threshold for retailers of having 200 or more transactions into the state no longer applies.',
          ),
        ],
        note: 'HB 19-1240 codified economic nexus from June 1, 2019 with the same figures as read; not a separate version.',
      }),
    ],
  },
  {
    state: 'CT',
    name: 'Connecticut',
    kind: 'salesTax',
    versions: [
      version('CT', '2018-12-01', {
        to: '2019-06-30',
        test: both(sales(250_000, 'atLeast'), transactions(200, 'atLeast')),
        period: { kind: 'twelveMonthsEndedBefore', month: 9, day: 30 },
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Connecticut General Assembly',
          title: 'Conn. Gen. Stat. § 12-407(a)(12) as amended in 2018 (retailer: economic nexus)',
          section:
            '12-month period ending on the September 30 preceding the monthly or quarterly period',
          url: STI_CT,
          published: '2018',
        },
        readAt: [
          read(
            AVALARA_CT,
            'Avalara (updated July 2, 2019)',
            'From December 1, 2018, through June 30, 2019, the threshold for economic nexus was at least $250,000 in gross receipts in the state and at least 200 separate retail sales ... during the 12-month period ending on the immediately preceding September 30.',
          ),
          read(
            STI_CT,
            'Sales Tax Institute',
            'Includable Transactions: Retail sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
      }),
      version('CT', '2019-07-01', {
        test: both(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: { kind: 'twelveMonthsEndedBefore', month: 9, day: 30 },
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Connecticut General Assembly',
          title: 'House Bill 7424 (2019), signed June 26, 2019',
          section: 'economic nexus threshold from July 1, 2019',
          url: AVALARA_CT,
          published: '2019-06-26',
        },
        readAt: [
          read(
            AVALARA_CT,
            'Avalara (updated July 2, 2019)',
            'As of July 1, 2019, a remote seller triggers economic nexus if, in the preceding 12-month period ending on the immediately preceding September 30, it makes retail sales ... and has: Gross receipts of $100,000 or more in Connecticut; and At least 200 Connecticut retail sales.',
          ),
          read(
            'https://sovos.com/blog/sut/understanding-the-connecticut-sales-tax-nexus',
            'Sovos',
            'Connecticut Governor Ned Lamont signed H.B. 7424 on June 26, 2019',
          ),
        ],
      }),
    ],
  },
  {
    state: 'DC',
    name: 'District of Columbia',
    kind: 'salesTax',
    versions: [
      version('DC', '2019-01-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'exceeds')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'District of Columbia Office of Tax and Revenue',
          title: 'Marketplace Sellers Frequently Asked Questions, Remote sellers',
          section: 'questions 2 and 3',
          url: DC_OTR,
          published: 'undated',
        },
        readAt: [
          read(
            DC_OTR,
            'OTR FAQ (primary)',
            'Beginning on January 1, 2019, remote sellers must collect and remit District sales tax if they had, in the previous calendar year, or will have, in the current calendar year, more than $100,000 of gross receipts from retail sales delivered into the District or more than 200 separate retail sales delivered in the District.',
          ),
          read(
            'https://streamlinedsalestax.org/state-details/district-of-columbia',
            'Streamlined Sales Tax Governing Board state page',
            'more than $100,000 of gross receipts from retail sales or more than 200 separate retail sales',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/dc-proposes-emergency-economic-nexus-legislation',
            'Sales Tax Institute (disagrees on transactions)',
            'Threshold: $100,000 or 200 or more separate retail sales ... Includable Transactions: Retail sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'The statute as summarised by Sales Tax Institute and Grant Thornton reads "200 or more" transactions; the Office of Tax and Revenue reads "more than 200" and (Sovos quoting it) a seller "must begin collecting sales tax on its 201st sale". The agency\'s reading is chosen.',
      }),
    ],
  },
  {
    state: 'FL',
    name: 'Florida',
    kind: 'salesTax',
    versions: [
      version('FL', '2021-07-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_YEAR,
        basis: 'taxable',
        marketplace: 'excluded',
        citation: {
          publisher: 'Florida Department of Revenue',
          title:
            'Tax Information Publication 21A01-03 (Fla. Stat. § 212.0596 as amended by CS/CS/SB 50, 2021)',
          section: '"substantial number of remote sales"',
          url: 'https://www.zip2tax.com/blogs/sales-tax-news-blog/remote-sales-tax-collection-to-start-up-in-florida',
          published: '2021',
        },
        readAt: [
          read(
            'https://www.zip2tax.com/blogs/sales-tax-news-blog/remote-sales-tax-collection-to-start-up-in-florida',
            'Zip2Tax quoting TIP 21A01-03',
            'A "substantial number of remote sales" is any number of taxable remote sales in the previous calendar year in which the sum of the total sales exceeds $100,000.',
          ),
          read(
            'https://hodgsonruss.com/All-About-Sales-Tax/florida-finally-enacts-sales-tax-economic-nexus',
            'Hodgson Russ',
            'nontaxable sales and sales of services are not included ... The marketplace seller should not include sales made through the marketplace facilitator in determining whether it has exceeded the $100,000 threshold.',
          ),
        ],
        note: 'Thompson Tax reads "at least $100,000"; the Department\'s TIP as quoted reads "exceeds", chosen.',
      }),
    ],
  },
  {
    state: 'GA',
    name: 'Georgia',
    kind: 'salesTax',
    versions: [
      version('GA', '2019-01-01', {
        to: '2019-12-31',
        test: either(sales(250_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Streamlined Sales Tax Governing Board (Georgia state page; HB 61)',
          title: 'Georgia: Remote Seller Thresholds',
          section: '1/1/2019 to 12/31/2019',
          url: SST_GA,
          published: 'undated',
        },
        readAt: [
          read(
            SST_GA,
            'SST Georgia page',
            '1/1/2019 to 12/31/2019: Gross Revenue exceeding $250,000 from retail sales or 200 or more separate retail sale transactions in the previous or current calendar year',
          ),
          read(
            'https://www.streamlinedsalestax.org/state-tables/georgia',
            'SST Georgia state table',
            'Are Marketplace Sales included in Seller’s Threshold Calculation : Yes',
          ),
        ],
      }),
      version('GA', '2020-01-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Streamlined Sales Tax Governing Board (Georgia state page; HB 61)',
          title: 'Georgia: Remote Seller Thresholds',
          section: 'Effective 1/1/2020',
          url: SST_GA,
          published: 'undated',
        },
        readAt: [
          read(
            SST_GA,
            'SST Georgia page',
            'Effective 1/1/2020: Gross Revenue exceeding $100,000 or 200 or more separate retail sales in the previous or current calendar year.',
          ),
          read(
            'https://www.streamlinedsalestax.org/state-tables/georgia',
            'SST Georgia state table',
            'Are Marketplace Sales included in Seller’s Threshold Calculation : Yes',
          ),
        ],
      }),
    ],
  },
  {
    state: 'HI',
    name: 'Hawaii',
    kind: 'salesTax',
    versions: [
      version('HI', '2018-07-01', {
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Hawaii Legislature',
          title: 'Act 41 (S.B. 2514), Laws 2018 (general excise tax: engaged in business)',
          section: 'current or immediately preceding calendar year',
          url: STI_HI,
          published: '2018',
        },
        readAt: [
          read(
            STI_HI,
            'Sales Tax Institute',
            'Threshold: $100,000 or more or 200 or more separate transactions; Measurement Date: Current or immediately preceding calendar year; Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
          read(
            'https://insightfulaccountant.com/tax-and-practice-management/sales-tax-tuesday-2018-hawaii-special-edition/',
            'Insightful Accountant on SB 2514',
            'if in the current or immediate preceding calendar year, the entity has $100,000 or more in gross income, or 200 or more separate transactions',
          ),
        ],
        note: 'Hawaii levies a general excise tax on the seller rather than a sales tax; the Department announced it would not administer Act 41 retroactively (Sales Tax Institute).',
      }),
    ],
  },
  {
    state: 'ID',
    name: 'Idaho',
    kind: 'salesTax',
    versions: [
      version('ID', '2019-06-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Idaho State Tax Commission',
          title: 'Guides for Different Business Types – Online Sellers',
          section: 'B. Out-of-state retailers, sales exceeding $100,000',
          url: ID_TAX,
          published: 'undated',
        },
        readAt: [
          read(
            ID_TAX,
            'Tax Commission guide (primary)',
            'Your total sales in Idaho, including any made through a marketplace facilitator, exceed $100,000 in the current or previous calendar year. If you meet all these criteria, as of June 1, 2019, you’re a retailer engaged in business in Idaho.',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/idaho-enacts-economic-and-marketplace-nexus-legislation',
            'Sales Tax Institute',
            'Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
      }),
    ],
  },
  {
    state: 'IL',
    name: 'Illinois',
    kind: 'salesTax',
    versions: [
      version('IL', '2018-10-01', {
        to: '2025-12-31',
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: FOUR_CALENDAR_QUARTERS,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Illinois General Assembly',
          title:
            'Use Tax Act (35 ILCS 105) and Retailers’ Occupation Tax Act (35 ILCS 120), remote retailer thresholds',
          section: 'preceding 12-month period, determined quarterly',
          url: VATCALC_IL,
          published: 'undated',
        },
        readAt: [
          read(
            VATCALC_IL,
            'VATCalc quoting the statute',
            'if, during the preceding 12-month period, it meets either of the following statutory thresholds: The remote seller has generated $100,000 or more in cumulative gross receipts from the sale of tangible personal property to purchasers in Illinois; or The remote seller has engaged in 200 or more separate transactions',
          ),
          read(
            'https://www.ghs.cpa/2018/09/28/implications-of-the-new-illinois-wayfair-economic-nexus-law/',
            'GHS CPA',
            'require retailers with no physical presence in IL to collect and remit use tax beginning 10/1/18',
          ),
          read(
            'http://holtpatterson.com/il-sales-tax-nexus/',
            'Holt Patterson',
            'Determinations are made on the quarters ending the last day of March, June, September, and December.',
          ),
        ],
        note: 'Which sales count is read only as "cumulative gross receipts from the sale of tangible personal property to purchasers in Illinois"; marketplace treatment for a marketplace seller is not stated in the text read.',
      }),
      version('IL', '2026-01-01', {
        enacted: '2025-06-16',
        test: sales(100_000, 'atLeast'),
        period: FOUR_CALENDAR_QUARTERS,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Illinois General Assembly',
          title:
            'HB 2755 (Public Act 104-0006), signed June 16, 2025: 200-transaction threshold removed',
          section: 'remote retailer threshold from January 1, 2026',
          url: STI_IL_2026,
          published: '2025-06-16',
        },
        readAt: [
          read(
            STI_IL_2026,
            'Sales Tax Institute',
            'Beginning January 1, 2026, out of state retailers who meet or exceed the $100,000 sales threshold will be required to register or maintain registration in Illinois. ... on a quarterly basis ending on the last day of the month (e.g., March, June, September, and December) for the prior 12-month period',
          ),
          read(
            'https://www.dillontaxconsulting.com/sales-tax-update-february-2026?journal=26',
            'Dillon Tax Consulting',
            'makes $100,000 or more in cumulative gross receipts from sales of TPP to purchasers in Illinois during a 4 calendar quarter lookback period',
          ),
        ],
      }),
    ],
  },
  {
    state: 'IN',
    name: 'Indiana',
    kind: 'salesTax',
    versions: [
      version('IN', '2018-10-01', {
        to: '2023-12-31',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Indiana Department of Revenue',
          title: 'Remote seller FAQs (Ind. Code 6-2.5-2-1, HEA 1129 (2017))',
          section: 'enforcement from October 1, 2018; threshold before January 1, 2024',
          url: 'https://in.gov/dor/i-am-a/business-corp/business-faq/remote-seller-faqs/?a=83258',
          published: 'undated',
        },
        readAt: [
          read(
            'https://in.gov/dor/i-am-a/business-corp/business-faq/remote-seller-faqs/?a=83258',
            'Indiana DOR FAQ (primary)',
            'DOR was authorized to enforce Indiana’s economic nexus law starting October 1, 2018.',
          ),
          read(
            SST_IN,
            'SST Indiana page',
            'Prior to 1/1/24: Gross revenue exceeding $100,000 or 200 or more separate transactions in the previous calendar year or current calendar year',
          ),
          read(
            'http://www.salestaxinstitute.com/resources/news/indiana-enacts-economic-nexus-legislation',
            'Sales Tax Institute',
            'Includable Transactions: Gross sales; Marketplace sales excluded from the threshold for individual sellers',
          ),
        ],
      }),
      version('IN', '2024-01-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Indiana Department of Revenue',
          title: 'Remote sellers (Ind. Code 6-2.5-2-1(d))',
          section: 'Effective Jan. 1, 2024, Indiana only has the $100,000 threshold',
          url: IN_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            IN_DOR,
            'Indiana DOR remote sellers page (primary)',
            'if its gross revenue from sales into Indiana exceeds $100,000 in the previous or current calendar year ... Effective Jan. 1, 2024, Indiana only has the $100,000 threshold.',
          ),
          read(
            'https://www1.avalara.com/blog/en/north-america/2024/03/indiana-wyoming-drop-remote-seller-transaction-threshold.html',
            'Avalara',
            'Indiana has retroactively eliminated its economic nexus transaction threshold as of January 1, 2024.',
          ),
        ],
        note: 'Enacted in 2024 (Senate Bill 228) with effect from January 1, 2024; the enactment day was not read, so asKnownOn cannot separate it.',
      }),
    ],
  },
  {
    state: 'IA',
    name: 'Iowa',
    kind: 'salesTax',
    versions: [
      version('IA', '2019-01-01', {
        to: '2019-06-30',
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Iowa Legislature',
          title: 'Senate File 2417 (2018), remote seller thresholds',
          section: 'January 1 through June 30, 2019',
          url: AVALARA_IA,
          published: '2018-05-30',
        },
        readAt: [
          read(
            AVALARA_IA,
            'Avalara',
            'in the current or preceding calendar year, the remote seller/marketplace meets either of the following thresholds: $100,000 or more in gross revenue from Iowa sales, or 200 or more separate sales transactions into Iowa ... from January 1 through June 30, 2019, economic nexus is based on $100,000 sales or 200 transactions',
          ),
        ],
      }),
      version('IA', '2019-07-01', {
        test: sales(100_000, 'atLeast'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Iowa Department of Revenue',
          title: 'Remote Sellers (House File 779, 2019)',
          section: 'How is the Economic Nexus Threshold Computed?',
          url: IA_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            IA_DOR,
            'Iowa Department of Revenue (primary)',
            'Remote sellers must collect Iowa sales tax only if the remote seller has $100,000 or more in gross revenue from Iowa sales. ... including but not limited to exempt sales, wholesale sales, sales for resale, and sales for which a marketplace facilitator collected sales tax.',
          ),
          read(
            AVALARA_IA,
            'Avalara',
            'Under newly enacted Iowa House File 779, the 200 sales transactions threshold test is eliminated as of July 1, 2019.',
          ),
        ],
        note: 'Avalara paraphrases the post-July 2019 test as "exceeds $100,000"; the Department reads "$100,000 or more", chosen.',
      }),
    ],
  },
];
