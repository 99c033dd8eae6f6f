import { read } from '../../data/read.js';
import type { StateNexusEntry } from '../types.js';
import {
  PRECEDING_12_CALENDAR_MONTHS,
  PREVIOUS_OR_CURRENT_YEAR,
  PREVIOUS_YEAR,
  TRAILING_12_MONTHS,
  either,
  sales,
  transactions,
  version,
} from './build.js';

/** Ohio to Wyoming; read on 2026-12-03 (see each version's readAt). */

const OH_DOT =
  'https://tax.ohio.gov/business/ohio-business-taxes/sales-and-use/out-of-state-sellers';
const STI_OK =
  'https://www.salestaxinstitute.com/resources/oklahoma-enacts-changes-to-economic-nexus-provisions';
const PA_DOR = 'https://www.revenue.pa.gov/TaxTypes/SUT/OnlineRetailers/Pages/default.aspx';
const STI_PA =
  'https://www.salestaxinstitute.com/resources/pennsylvania-enacts-new-economic-and-marketplace-nexus-provisions';
const RI_DIV = 'https://tax.ri.gov/tax-sections/sales-excise/remote-sellers';
const RI_CODE = 'https://law.counselstack.com/statute/ri/44-18.2-3';
const BURR_SC =
  'https://burr.com/tax-law-insights/south-carolina-department-revenue-issues-final-guidance-remote-sellers';
const SD_CODE =
  'https://instalawyer.io/laws/south-dakota-codified-laws/section-10-64-2-certain-sellers';
const SD_SB30 = 'https://sdlegislature.gov/Session/Bill/23843/242476';
const TN_RS3 =
  'https://revenue.support.tn.gov/hc/en-us/articles/360057680592-RS-3-How-to-Apply-Sales-Threshold';
const TN_RS1 =
  'https://revenue.support.tn.gov/hc/en-us/articles/360057677332-RS-1-Sales-Threshold-for-Out-of-State-Dealers';
const TX_CPA = 'https://comptroller.texas.gov/taxes/sales/remote-sellers.php';
const STI_UT_2019 = 'https://www.salestaxinstitute.com/?p=13543';
const STI_UT_2025 =
  'https://www.salestaxinstitute.com/resources/utah-economic-nexus-threshold-removed';
const VT_DOT = 'http://tax.vermont.gov/node/7078';
const STI_VA =
  'https://www.salestaxinstitute.com/resources/virginia-enacts-economic-nexus-provisions-for-remote-sellers';
const WA_2018 =
  'https://dor.wa.gov/education/industry-guides/out-state-businesses-reporting-thresholds-and-nexus-archive/reporting-thresholds-oct-1-2018-through-dec-31-2018';
const WA_2019 =
  'https://www.dor.wa.gov/education/industry-guides/out-state-businesses-reporting-thresholds-and-nexus-archive/reporting-thresholds-mar-14-2019-through-jun-30-2019';
const WA_NEWS =
  'https://dor.wa.gov/about/news-releases/2019/new-law-updates-washington-state-tax-requirements-out-state-businesses';
const AVALARA_WA =
  'https://avalara.com/us/en/blog/2018/08/washington-responds-to-wayfair-decision-with-new-economic-nexus-standards.html';
const WV_DOT =
  'https://tax.wv.gov/Business/SalesAndUseTax/ECommerce/RemoteSellers/Pages/RemoteSellersAndWestVirginiaTax.aspx';
const STI_WV_2019 = 'https://www.salestaxinstitute.com/?p=14445';
const WI_DOR =
  'https://www.revenue.wi.gov/Pages/TaxPro/2018/Registration-and-Collection-Dates-for-Remote-Sellers.aspx';
const STI_WI =
  'https://www.salestaxinstitute.com/resources/wisconsin-requires-remote-sellers-to-collect-sales-tax?utm_campaign=WisconsinEconomicNexusTip&utm_medium=Wisconsin&utm_source=July2018AccountexBlog';
const WY_CODE = 'https://library.partnertax.ai/us-wy/stat/39-15-501';
const AVALARA_IN_WY =
  'https://www1.avalara.com/blog/en/north-america/2024/03/indiana-wyoming-drop-remote-seller-transaction-threshold.html';

export const STATES_O_TO_W: StateNexusEntry[] = [
  {
    state: 'OH',
    name: 'Ohio',
    kind: 'salesTax',
    versions: [
      version('OH', '2019-08-01', {
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Ohio Department of Taxation',
          title: 'Out-of-State Sellers (Am. Sub. H.B. 166)',
          section: 'Economic Presence Standard',
          url: OH_DOT,
          published: 'undated',
        },
        readAt: [
          read(
            OH_DOT,
            'Ohio Department of Taxation (primary)',
            'Effective August 1, 2019 ... if the business meets one or both of the following criteria in the current calendar year or the previous calendar year: The business has gross receipts into Ohio exceeding $100,000; or The business has 200 or more separate transactions into Ohio',
          ),
          read(
            'https://cloud-prod.avlr.net/blog/en/north-america/2021/12/which-sales-count-toward-ohios-economic-nexus-threshold.html',
            'Avalara on the Department’s FAQ 15',
            'only those sales which are considered retail sales are included in the economic nexus threshold calculation',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/ohio-enacts-new-economic-nexus-provisions-and-marketplace-nexus-legislation',
            'Sales Tax Institute',
            'Includable Transactions: Retail* sales, including marketplace sales',
          ),
        ],
        note: 'Avalara also reads an existing exception for a "small remote seller" with no more than $1 million of U.S. remote sales in the preceding year; the shop’s nationwide sales are not an input, so it is not applied.',
      }),
    ],
  },
  {
    state: 'OK',
    name: 'Oklahoma',
    kind: 'salesTax',
    versions: [
      version('OK', '2019-11-01', {
        test: sales(100_000, 'atLeast'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'taxable',
        marketplace: 'excluded',
        citation: {
          publisher: 'Oklahoma Legislature',
          title: 'Remote seller economic nexus changes effective November 1, 2019',
          section:
            'remote sellers with aggregate sales of tangible personal property subject to tax',
          url: STI_OK,
          published: '2019-05-30',
        },
        readAt: [
          read(
            STI_OK,
            'Sales Tax Institute',
            'remote sellers with aggregate sales of tangible personal property in Oklahoma subject to tax of $100,000 or more during the during the preceding or current calendar year are required to collect and remit Oklahoma sales tax. ... Oklahoma sales that a remote seller makes through a marketplace forum ... where the tax is collected by the marketplace facilitator ... should not be included',
          ),
        ],
        note: 'Before November 1, 2019 Oklahoma had a $10,000 collect-or-report election (notice and reporting), not a collection threshold; not modelled.',
      }),
    ],
  },
  {
    state: 'PA',
    name: 'Pennsylvania',
    kind: 'salesTax',
    versions: [
      version('PA', '2019-07-01', {
        test: sales(100_000, 'exceeds'),
        period: { kind: 'calendarYearForCollectionYear', collectionYearStartsMonth: 4 },
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Pennsylvania Department of Revenue',
          title: 'Sales and Use Tax Bulletin 2019-01 (codified by Act 13 of 2019)',
          section: 'economic nexus threshold and collection periods',
          url: PA_DOR,
          published: '2019-01-11',
        },
        readAt: [
          read(
            PA_DOR,
            'PA Department of Revenue (primary)',
            'businesses making at least $100,000 in annual Pennsylvania gross sales ... economic presence (i.e. Pennsylvania annual gross sales of greater than $100,000) must now register, collect and remit Pennsylvania sales tax starting July 1, 2019.',
          ),
          read(
            STI_PA,
            'Sales Tax Institute',
            'collection period 7/1/19 through 3/31/20 using CY 2018; and then collection period 4/1/20-3/31/21 using calendar year 2019 ... Includable Transactions: Gross sales on all channels including taxable, exempt, and marketplace sales',
          ),
          read(
            'https://www.grantthornton.com/library/alerts/tax/2019/SALT/P-T/PA-revises-sales-use-tax-economic-standard-05-07.aspx',
            'Grant Thornton on Bulletin 2019-01',
            'persons having more than $100,000 of gross sales in a previous 12-month period will have economic nexus',
          ),
        ],
        note: 'The Department’s page says both "at least $100,000" and "greater than $100,000"; the Bulletin (Grant Thornton, Fox Rothschild, Sales Tax Institute) reads "more than", chosen. CCH reads that a marketplace seller counts only direct sales and sales through non-collecting marketplaces; Sales Tax Institute and the Department-linked summary count all channels, chosen.',
      }),
    ],
  },
  {
    state: 'RI',
    name: 'Rhode Island',
    kind: 'salesTax',
    versions: [
      version('RI', '2019-07-01', {
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: PREVIOUS_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Rhode Island Division of Taxation',
          title:
            'Remote Sellers (R.I. Gen. Laws § 44-18.2-3, as amended by 2019-S 0251, enacted March 29, 2019)',
          section: 'mandatory registration from July 1, 2019',
          url: RI_DIV,
          published: 'undated',
        },
        readAt: [
          read(
            RI_DIV,
            'RI Division of Taxation (primary)',
            'effective July 1, 2019 ... in calendar year 2018 had gross revenue from sales into Rhode Island of $100,000 or more, or ... in calendar year 2018 had sales into Rhode Island in 200 or more separate transactions.',
          ),
          read(
            RI_CODE,
            'statute text',
            'that in the immediately preceding calendar year either: (i) Has gross revenue ... equal to or exceeding one hundred thousand dollars ($100,000); or (ii) Has sold ... in two hundred (200) or more separate transactions',
          ),
          read(
            'http://www.salestaxinstitute.com/resources/news/rhode-island-enacts-economic-nexus-and-reporting-requirements-provisions',
            'Sales Tax Institute',
            'Measurement Date: in the immediately preceding calendar year; Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'Sovos reads "current or previous year"; the Division and the statute read the immediately preceding calendar year, chosen. From August 17, 2017 to June 30, 2019 the same thresholds led to a collect-or-report choice, not modelled.',
      }),
    ],
  },
  {
    state: 'SC',
    name: 'South Carolina',
    kind: 'salesTax',
    versions: [
      version('SC', '2018-11-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'South Carolina Department of Revenue',
          title:
            'SC Revenue Ruling #18-14, retailers without a physical presence (September 18, 2018)',
          section: 'economic nexus',
          url: BURR_SC,
          published: '2018-09-18',
        },
        readAt: [
          read(
            BURR_SC,
            'Burr & Forman on the final ruling',
            'A remote seller has "economic nexus" with South Carolina if its "gross revenue" from sales of all tangible personal property into South Carolina exceeds $100,000 in the previous calendar year or the current calendar year',
          ),
          read(
            'https://cloud-prod.avlr.net/blog/en/north-america/2018/08/south-carolina-looks-to-tax-out-of-state-sales.html',
            'Avalara quoting the ruling',
            'All sales of tangible personal property delivered into South Carolina, including all taxable retail sales, exempt retail sales, and wholesale sales of tangible personal property',
          ),
          read(
            'http://news.cchgroup.com/2018/09/20/south-carolina-will-collect-sales-tax-from-remote-sellers-beginning-november-1/news/state-tax-headlines/',
            'CCH on Revenue Ruling 18-14',
            'Property owned by the remote seller, but sold by a marketplace seller, are not included in gross proceeds.',
          ),
        ],
        note: 'Marketplace treatment disagrees: CCH (on the final ruling) excludes sales made through a marketplace; Sales Tax Institute says included. CCH chosen as it summarises the ruling itself; an April 2019 law (Avalara) reinforced the ruling, not read.',
      }),
    ],
  },
  {
    state: 'SD',
    name: 'South Dakota',
    kind: 'salesTax',
    versions: [
      version('SD', '2018-11-01', {
        to: '2023-06-30',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'South Dakota Legislature',
          title:
            'SDCL § 10-64-2 (SL 2016, ch 70), enforced from November 1, 2018 (S.B. 1, 2018 special session)',
          section: 'criteria (1) and (2)',
          url: SD_CODE,
          published: 'undated',
        },
        readAt: [
          read(
            SD_CODE,
            'statute text',
            "in the previous calendar year or the current calendar year: (1) The seller's gross revenue from the sale of tangible personal property, any product transferred electronically, or services delivered into South Dakota exceeds one hundred thousand dollars; or (2) The seller sold ... in two hundred or more separate transactions.",
          ),
          read(
            'https://cloud-prod.avlr.net/blog/en/north-america/2018/09/south-dakota-to-tax-remote-sales-starting-november-1-2018.html',
            'Avalara',
            'South Dakota lawmakers cleared the path to taxing remote sales into the state with the enactment of Senate Bill 1. It takes effect November 1, 2018.',
          ),
        ],
      }),
      version('SD', '2023-07-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'South Dakota Legislature',
          title: 'Senate Bill 30 (2023), amending SDCL § 10-64-2',
          section: 'criterion (2) struck; effective July 1, 2023',
          url: SD_SB30,
          published: '2023',
        },
        readAt: [
          read(
            SD_SB30,
            'bill text (overstrikes mark deleted language)',
            "(1) The seller's gross revenue from the sale of tangible personal property, any product transferred electronically, or services delivered into South Dakota exceeds one hundred thousand dollars; or (2) The seller sold ... in two hundred or more separate transactions",
          ),
          read(
            'https://thetaxvalet.com/tax-bytes/south-dakota-eliminates-200-transaction-threshold-from-economic-nexus-requirement',
            'TaxValet',
            'South Dakota has eliminated the 200-transaction threshold from its economic nexus requirement for sales tax, effective July 1, 2023.',
          ),
        ],
        note: 'The signing day differs (TaxValet: February 13, 2023; Clarus: February 9, 2023), so no enactment date is recorded. The stored bill text does not show its overstrikes; the removal of (2) is read from TaxValet, Clarus, HBK and Avalara.',
      }),
    ],
  },
  {
    state: 'TN',
    name: 'Tennessee',
    kind: 'salesTax',
    versions: [
      version('TN', '2019-10-01', {
        to: '2020-09-30',
        test: sales(500_000, 'exceeds'),
        period: TRAILING_12_MONTHS,
        basis: 'retail',
        marketplace: 'notStated',
        citation: {
          publisher: 'Tennessee Department of Revenue',
          title: 'Sales and Use Tax Rule 1320-05-01-.129(2); RS-3 How to Apply Sales Threshold',
          section: '$500,000 for periods October 1, 2019 to September 30, 2020',
          url: TN_RS3,
          published: 'undated (updated December 22, 2021)',
        },
        readAt: [
          read(
            'https://regulations.justia.com/states/tennessee/title-1320/subtitle-1320-05/chapter-1320-05-01/section-1320-05-01-129',
            'rule text',
            'make sales that exceed $500,000 to consumers in this state during the previous twelve-month period',
          ),
          read(
            TN_RS3,
            'TN DOR RS-3 (primary)',
            'The sales threshold was set at $500,000 beginning October 1, 2019. For periods between October 1, 2019 and September 30, 2020, out-of-state dealers should use the $500,000 threshold.',
          ),
        ],
      }),
      version('TN', '2020-10-01', {
        test: sales(100_000, 'exceeds'),
        period: TRAILING_12_MONTHS,
        basis: 'retail',
        marketplace: 'notStated',
        citation: {
          publisher: 'Tennessee Department of Revenue',
          title: 'RS-3 How to Apply Sales Threshold (Tenn. Code Ann. § 67-6-524)',
          section: 'periods beginning on or after October 1, 2020',
          url: TN_RS3,
          published: 'undated (updated December 22, 2021)',
        },
        readAt: [
          read(
            TN_RS3,
            'TN DOR RS-3 (primary)',
            'make sales exceeding $100,000 (for periods beginning on or after October 1, 2020) to consumers in Tennessee during the previous 12-month period ... include all retail sales that occurred during the previous 12 months, regardless of where you are in the year ... you should exclude sales to another dealer for resale.',
          ),
          read(
            TN_RS1,
            'TN DOR RS-1 (disagrees on the comparator)',
            'Out-of-state dealers with no physical presence in Tennessee who make $100,000 or more in sales to Tennessee customers must register',
          ),
        ],
        note: 'The Department’s own articles disagree: RS-1 says "$100,000 or more", RS-3 (how to apply it) and the rule say "exceeding". "Exceeds" chosen. LBMC cites the statute as § 67-6-543 (not read).',
      }),
    ],
  },
  {
    state: 'TX',
    name: 'Texas',
    kind: 'salesTax',
    versions: [
      version('TX', '2019-10-01', {
        test: sales(500_000, 'atLeast'),
        period: PRECEDING_12_CALENDAR_MONTHS,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Texas Comptroller of Public Accounts',
          title: 'Remote Sellers (34 Tex. Admin. Code § 3.286 safe harbor)',
          section: 'Use Tax',
          url: TX_CPA,
          published: 'undated',
        },
        readAt: [
          read(
            TX_CPA,
            'Texas Comptroller (primary)',
            'Remote sellers with total Texas revenue of less than $500,000 in the preceding twelve calendar months are not required to obtain a tax permit ... It also includes sales for resale and sales to exempt entities.',
          ),
          read(
            'https://www.salestaxinstitute.com/?p=14132',
            'Sales Tax Institute',
            'Effective Date: January 1, 2019, but not enforced until October 1, 2019 ... Gross revenue: including taxable, nontaxable, and tax-exempt sales; Marketplace sales included towards the threshold for individual sellers',
          ),
          read(
            'https://rsmus.com/insights/services/business-tax/texas-revises-remote-seller-nexus-rules-post-wayfair.html',
            'RSM (disagrees on the comparator)',
            'Out-of-state businesses with Texas sales in the preceding 12 calendar months of more than $500,000 are required to obtain a sales and use tax permit',
          ),
        ],
        note: 'The safe harbor covers revenue "less than $500,000", so $500,000 itself is over it; RSM reads "more than". The Comptroller’s wording chosen.',
      }),
    ],
  },
  {
    state: 'UT',
    name: 'Utah',
    kind: 'salesTax',
    versions: [
      version('UT', '2019-01-01', {
        to: '2025-06-30',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Utah Legislature',
          title: 'S.B. 2001 (2018 special session), Utah Code § 59-12-107',
          section: 'seller thresholds from January 1, 2019',
          url: STI_UT_2019,
          published: '2018-07-30',
        },
        readAt: [
          read(
            STI_UT_2019,
            'Sales Tax Institute',
            'in either the previous calendar year or the current calendar year: Receives gross revenue ... of more than $100,000; or Sells ... in 200 or more separate transactions. Whether a remote seller exceeds the $100,000 or 200 transactions, sales made through a marketplace facilitator who is collecting tax are excluded.',
          ),
        ],
      }),
      version('UT', '2025-07-01', {
        enacted: '2025-03-25',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Utah Legislature',
          title: 'S.B. 47 (2025), Sales and Use Tax Remittance Amendments',
          section:
            'repeals the separate-transactions criterion of § 59-12-107; effective July 1, 2025',
          url: STI_UT_2025,
          published: '2025-04-09',
        },
        readAt: [
          read(
            STI_UT_2025,
            'Sales Tax Institute',
            'Utah officially amended its economic nexus threshold with the signing of S.B. 47 on March 25, 2025. ... In the previous or current calendar year, if the seller’s gross revenue ... exceeds $100,000.',
          ),
          read(
            'https://dhub.deloitte.com/Newsletters/Tax/2025/STM/250328_13.html',
            'Deloitte',
            'S.B. 47, signed by gov. 3/25/25. Effective as of July 1, 2025',
          ),
        ],
      }),
    ],
  },
  {
    state: 'VT',
    name: 'Vermont',
    kind: 'salesTax',
    versions: [
      version('VT', '2018-07-01', {
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: PRECEDING_12_CALENDAR_MONTHS,
        basis: 'gross',
        marketplace: 'notStated',
        citation: {
          publisher: 'Vermont Department of Taxes',
          title: '32 V.S.A. § 9701(9)(F) (Act 134 of 2016), out-of-state vendors',
          section: '(9)(F)(ii)',
          url: VT_DOT,
          published: 'undated',
        },
        readAt: [
          read(
            VT_DOT,
            'Vermont Department of Taxes quoting the statute (primary)',
            "has either made sales from outside this State to destinations within this State of at least $100,000.00, or totaling at least 200 individual sales transactions, during the 12-month period preceding the monthly period with respect to which that person's liability for tax under this chapter is determined.",
          ),
          read(
            'https://cloud-prod.avlr.net/blog/en/north-america/2018/06/vermont-to-require-remote-sellers-to-collect-sales-tax-starting-july-1-2018.html',
            'Avalara',
            'Remote sellers that do a certain amount of business in Vermont must register with the state and collect and remit sales and use tax starting July 1, 2018.',
          ),
          read(
            'https://peisnerjohnson.com/complete-state-nexus-guide/vt/',
            'Peisner Johnson',
            'What’s included? ... Exempt sales; Exempt services',
          ),
        ],
        note: 'Sovos describes the sales as retail; Peisner Johnson counts exempt sales; the statute says "sales". Gross chosen (nothing read excludes resale). The statute also requires regular solicitation in Vermont.',
      }),
    ],
  },
  {
    state: 'VA',
    name: 'Virginia',
    kind: 'salesTax',
    versions: [
      version('VA', '2019-07-01', {
        enacted: '2019-03-26',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'excluded',
        citation: {
          publisher: 'General Assembly of Virginia',
          title: 'Acts 2019, Chapter 815 (H 1722), approved March 26, 2019; Va. Code § 58.1-612',
          section: 'sufficient activity to require registration',
          url: 'https://law.lis.virginia.gov/uncodifiedacts/2019/session1/chapter815',
          published: '2019-03-26',
        },
        readAt: [
          read(
            STI_VA,
            'Sales Tax Institute on S.B. 1083',
            'Receives more than $100,000 in gross revenue from retail sales in the Commonwealth; or Engages in 200 or more separate retail sales transactions ... Marketplace sales excluded from the threshold for individual sellers',
          ),
          read(
            'https://law.lis.virginia.gov/uncodifiedacts/2019/session1/chapter815',
            'Acts 2019 ch. 815 (primary; heading read)',
            'relating to remote sales and use tax collection and sufficient activity by dealers and marketplace facilitators as to require registration ... Approved March 26, 2019',
          ),
        ],
      }),
    ],
  },
  {
    state: 'WA',
    name: 'Washington',
    kind: 'salesTax',
    versions: [
      version('WA', '2018-10-01', {
        to: '2019-03-13',
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Washington State Department of Revenue',
          title: 'Reporting thresholds for Oct. 1, 2018 through Dec. 31, 2018 (archive)',
          section: 'Retail sales tax',
          url: WA_2018,
          published: 'undated',
        },
        readAt: [
          read(
            WA_2018,
            'WA DOR archive (primary)',
            'Effective Oct. 1, 2018, Washington adopted the following thresholds ... $100,000 or more in retail sales delivered or sourced to Washington consumers. 200 or more retail transactions with Washington consumers.',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/washington-issues-guidance-for-remote-sellers-following-wayfair-decision?utm_campaign=washingtoneconomicnexustip&utm_medium=A2Xguestpost&utm_source=A2X',
            'Sales Tax Institute',
            'Measurement Date: Current or preceding calendar year; Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'Avalara paraphrases "more than $100,000 ... or more than 200"; the Department reads "or more", chosen.',
      }),
      version('WA', '2019-03-14', {
        to: '2019-12-31',
        enacted: '2019-03-14',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'retail',
        marketplace: 'included',
        citation: {
          publisher: 'Washington State Department of Revenue',
          title: 'Reporting thresholds for Mar. 14, 2019 through Jun. 30, 2019 (archive; SB 5581)',
          section: 'Retail sales tax',
          url: WA_2019,
          published: 'undated',
        },
        readAt: [
          read(
            WA_2019,
            'WA DOR archive (primary)',
            'Effective Mar. 14, 2019, the 200 transaction threshold and the click-through nexus presumption is eliminated. ... More than $100,000 retail sales delivered or sourced to Washington.',
          ),
          read(
            'https://cloud-prod.avlr.net/blog/en/north-america/2019/03/washington-state-simplifies-sales-tax-obligations-for-out-of-state-sellers.html',
            'Avalara',
            'Governor Jay Inslee signed it into law on March 14, and it took effect immediately.',
          ),
        ],
        note: 'The Department’s archive page for July 1 to December 31, 2019 was not read; the figures of March 14, 2019 are kept until the January 1, 2020 change.',
      }),
      version('WA', '2020-01-01', {
        enacted: '2019-03-14',
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Washington State Department of Revenue',
          title:
            'New law updates Washington state tax requirements for out-of-state businesses (news release on Substitute Senate Bill 5581)',
          section: 'from January 1, 2020: thresholds calculated using all gross income',
          url: WA_NEWS,
          published: '2019-03-18',
        },
        readAt: [
          read(
            WA_NEWS,
            'WA DOR news release, March 18, 2019 (primary)',
            'On Jan. 1, 2020, the economic nexus threshold for B&O tax will match the retail sales tax threshold of $100,000. The threshold for retail sales tax and B&O tax will be calculated using all gross income, not just retail sales.',
          ),
          read(
            'https://sovos.com/blog/sut/how-the-washington-state-nexus-sales-tax-works/',
            'Sovos',
            'Businesses without physical presence in the state are required to register for tax if their cumulative gross receipts attributed to Washington exceed $100,000. ... Threshold applies to the previous or current calendar year.',
          ),
          read(
            AVALARA_WA,
            'Avalara (update of March 19, 2019)',
            'Starting January 1, 2020, the $100,000 threshold will be based on cumulative gross receipts, not just taxable retail sales.',
          ),
        ],
      }),
    ],
  },
  {
    state: 'WV',
    name: 'West Virginia',
    kind: 'salesTax',
    versions: [
      version('WV', '2019-01-01', {
        to: '2019-06-30',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'West Virginia State Tax Department',
          title:
            'Administrative Notice 2018-18, Remote Sellers and West Virginia Sales and Use Tax',
          section: 'Small-seller exception',
          url: WV_DOT,
          published: '2018',
        },
        readAt: [
          read(
            WV_DOT,
            'WV State Tax Department (primary)',
            'This collection requirement does not apply to a remote seller that during calendar year 2018 had gross sales of tangible personal property and/or services for delivery in West Virginia of $100,000 or less and had fewer than 200 sales transactions',
          ),
          read(
            'https://www.salestaxinstitute.com/resources/west-virginia-creates-economic-nexus-provisions',
            'Sales Tax Institute',
            'The requirement will apply for a given calendar year based on the seller’s attainment of either of the thresholds in the immediately preceding or current calendar year. ... Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
      }),
      version('WV', '2019-07-01', {
        test: either(sales(100_000, 'atLeast'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'West Virginia Legislature',
          title:
            'Remote seller, marketplace facilitator and referrer legislation effective July 1, 2019',
          section: 'codified economic nexus',
          url: STI_WV_2019,
          published: '2019',
        },
        readAt: [
          read(
            STI_WV_2019,
            'Sales Tax Institute on the 2019 legislation',
            'when, in the immediately preceding or current calendar year: The remote seller ... makes or facilitates sales of $100,000 or more in gross revenue; or ... makes or facilitates sales in 200 or more separate transactions',
          ),
        ],
        note: 'Only Sales Tax Institute’s summary of the statute was read; it reads "$100,000 or more" where the 2018 notice read "more than $100,000" (the exception covers "$100,000 or less"). Both kept, each for its dates; low confidence in the comparator change.',
      }),
    ],
  },
  {
    state: 'WI',
    name: 'Wisconsin',
    kind: 'salesTax',
    versions: [
      version('WI', '2018-10-01', {
        to: '2021-02-19',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Wisconsin Department of Revenue',
          title: 'Registration and Collection Dates for Remote Sellers (2017 Wis. Act 368)',
          section: 'small seller exception from October 1, 2018',
          url: WI_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            WI_DOR,
            'Wisconsin DOR (primary)',
            'The small seller exception is provided by rule and applies to remote sellers that have $100,000 or less in annual gross sales and less than 200 separate sales transactions in Wisconsin in both the previous year and current year.',
          ),
          read(
            STI_WI,
            'Sales Tax Institute',
            'Includable Transactions: Gross sales; Marketplace sales included towards the threshold for individual sellers',
          ),
        ],
        note: 'Before February 20, 2021 the year was the seller’s taxable year for federal income tax purposes (TaxValet); calendar years are assumed here.',
      }),
      version('WI', '2021-02-20', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'included',
        citation: {
          publisher: 'Wisconsin Department of Revenue',
          title: 'Registration and Collection Dates for Remote Sellers (2021 Wis. Act 1)',
          section: 'effective February 20, 2021',
          url: WI_DOR,
          published: 'undated',
        },
        readAt: [
          read(
            WI_DOR,
            'Wisconsin DOR (primary)',
            'Effective February 20, 2021, the small seller exception was amended (2021 Wis. Act 1) to eliminate the 200-transaction threshold and also require remote sellers to use a calendar year ... only required to collect and remit sales or use tax if its gross sales into Wisconsin exceed $100,000 in the previous or current calendar year.',
          ),
        ],
      }),
    ],
  },
  {
    state: 'WY',
    name: 'Wyoming',
    kind: 'salesTax',
    versions: [
      version('WY', '2019-02-01', {
        to: '2024-06-30',
        test: either(sales(100_000, 'exceeds'), transactions(200, 'atLeast')),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Wyoming Legislature',
          title: 'W.S. § 39-15-501 (H.B. 19, Laws 2017), enforced from February 1, 2019',
          section: '(a)(i)-(ii)',
          url: AVALARA_IN_WY,
          published: '2024',
        },
        readAt: [
          read(
            AVALARA_IN_WY,
            'Avalara',
            'Wyoming began enforcing economic nexus on February 1, 2019. ... More than $100,000 in gross revenue ... in the current or immediately preceding calendar year, or 200 or more separate transactions for delivery in Wyoming in the current or immediately preceding calendar year',
          ),
          read(
            'http://news.cchgroup.com/2018/11/02/wyoming-updates-remote-seller-nexus-guidelines/',
            'CCH on the Department’s bulletin',
            'The revenue threshold is based on gross sales, including taxable, exempt, and wholesale sales. Each invoice is considered a separate transaction.',
          ),
          read(
            'http://www.salestaxinstitute.com/resources/news/wyoming-enacts-economic-nexus-legislation',
            'Sales Tax Institute',
            'Includable Transactions: Gross sales; Marketplace sales excluded from the threshold for individual sellers',
          ),
        ],
      }),
      version('WY', '2024-07-01', {
        test: sales(100_000, 'exceeds'),
        period: PREVIOUS_OR_CURRENT_YEAR,
        basis: 'gross',
        marketplace: 'excluded',
        citation: {
          publisher: 'Wyoming Legislature',
          title: 'W.S. § 39-15-501(a) as amended by Laws 2024, ch. 67',
          section: '(a)(i); (a)(ii) repealed',
          url: WY_CODE,
          published: 'undated',
        },
        readAt: [
          read(
            WY_CODE,
            'statute text',
            "once the seller meets the following requirements for the current calendar year or the immediately preceding calendar year: (i) The seller's gross revenue from the sale of tangible personal property, admissions or services delivered into this state exceeds one hundred thousand dollars ($100,000.00); (ii) Repealed by Laws 2024, ch. 67, § 2.",
          ),
          read(
            AVALARA_IN_WY,
            'Avalara',
            'Wyoming is eliminating its transaction threshold effective July 1, 2024.',
          ),
        ],
      }),
    ],
  },
];
