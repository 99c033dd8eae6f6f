import { rational, type Rational } from '../../tax-rules/rational.js';
import type { Citation, SourceRead } from '../../tax-rules/types.js';
import { read } from '../../tax-rules/data/read.js';
import type { IsoDate } from './types.js';

/**
 * Each state's own sales-tax rate (the part every sale shipped into the state bears), as cited,
 * dated rules. Local rates come from the ZIP tables (tables.ts); the state rate comes from here,
 * and the tables' own StateRate column is checked against it (tables.spec.ts), so a table that
 * disagrees with the statute is caught rather than trusted.
 */
export interface StateRateRule {
  /** "sales-tax/TX/state-rate/1990-07-01": what a jurisdiction names as its ruleId. */
  id: string;
  state: string;
  name: string;
  rate: Rational;
  /** Both ends included; to: null = until further notice. */
  effective: { from: IsoDate; to: IsoDate | null };
  citation: Citation;
  readAt: readonly SourceRead[];
  note?: string;
}

/**
 * Florida's discretionary sales surtax applies to the first $5,000 of the sales amount of a single
 * item of tangible personal property (s. 212.054(2)(b)1., Florida Statutes). The cap is on the
 * county surtax only; the 6% state tax applies to the whole price.
 */
export const FL_SURTAX_PER_ITEM_CAP_CENTS = 500_000;

export const FL_SURTAX_CAP_RULE = {
  id: 'sales-tax/FL/surtax-per-item-cap',
  capCents: FL_SURTAX_PER_ITEM_CAP_CENTS,
  citation: {
    publisher: 'Florida Legislature',
    title:
      'Florida Statutes s. 212.054 Discretionary sales surtax; limitations, administration, and collection',
    section:
      '(2)(b)1.: the sales amount above $5,000 on any item of tangible personal property is not subject to the surtax',
    url: 'http://www.leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.054.html',
    published: 'undated',
  } satisfies Citation,
};

function rule(
  state: string,
  name: string,
  percentTimes10000: number,
  from: IsoDate,
  citation: Citation,
  readAt: SourceRead[],
  note?: string,
): StateRateRule {
  return {
    id: `sales-tax/${state}/state-rate/${from}`,
    state,
    name,
    // 6.25% = 62500 / 1,000,000 (rates are given to four decimals of a percent).
    rate: reduce(percentTimes10000, 1_000_000),
    effective: { from, to: null },
    citation,
    readAt,
    ...(note ? { note } : {}),
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function reduce(numerator: number, denominator: number): Rational {
  const d = gcd(Math.abs(numerator), denominator) || 1;
  return rational(numerator / d, denominator / d);
}

export const STATE_RATE_RULES: readonly StateRateRule[] = [
  rule(
    'TX',
    'Texas',
    62500,
    '1990-07-01',
    {
      publisher: 'Texas Comptroller of Public Accounts',
      title: 'Texas Tax Code s. 151.051 (sales tax imposed; rate 6.25%)',
      section: 's. 151.051(b)',
      url: 'https://comptroller.texas.gov/taxes/sales/',
      published: 'undated',
    },
    [
      read(
        'https://comptroller.texas.gov/taxes/sales/faq/local.php',
        'Texas Comptroller, Local Sales and Use Tax FAQ',
        'The Texas state sales and use tax rate is 6.25 percent, but local taxing jurisdictions (cities, counties, special-purpose districts and transit authorities) also may impose sales and use tax up to 2 percent for a total maximum combined rate of 8.25 percent.',
      ),
    ],
  ),
  rule(
    'CA',
    'California',
    60000,
    '2017-01-01',
    {
      publisher: 'California Department of Tax and Fee Administration',
      title: 'California City & County Sales & Use Tax Rates (statewide base rate 7.25%)',
      section:
        'Statewide base rate 7.25% = 6.00% state + 1.25% Bradley-Burns uniform local (1.00% city/county, 0.25% county transportation fund)',
      url: 'https://www.cdtfa.ca.gov/taxes-and-fees/sales-use-tax-rates.htm',
      published: 'undated',
    },
    [
      read(
        'https://www.cdtfa.ca.gov/taxes-and-fees/sut-rates-description.htm',
        'CDTFA, Detailed Description of the Sales & Use Tax Rate',
        'Components of the Statewide 7.25% Sales and Use Tax Rate: 3.6875% State ... 0.25% State ... 0.50% State (Local Public Safety Fund) ... 0.50% State (Local Revenue Fund) ... 1.0625% State (Local Revenue Fund 2011) ... 1.25% Local: 0.25% Goes to county transportation funds, 1.00% Goes to city or county operations ... 7.25% Total Statewide Base Sales and Use Tax Rate',
      ),
    ],
    'The STATE jurisdiction is the 6.00% state portion (3.9375% general fund, 1.0625% and 0.50% local revenue funds, 0.50% public safety: all levied by the state). The 1.25% Bradley-Burns uniform local tax that makes the 7.25% statewide base rate is levied everywhere too, but belongs to the city or county and the county transportation fund, so it is a local component: the ZIP table carries it in its county (0.25%) and city or special parts, and every California ZIP adds up to at least 7.25% (checked by jurisdictions.spec.ts). The 6.00% matches the StateRate column of the table. 7.25% since January 1, 2017, when the temporary 0.25% of Proposition 30 ended.',
  ),
  rule(
    'NY',
    'New York',
    40000,
    '2005-06-01',
    {
      publisher: 'New York State Department of Taxation and Finance',
      title: 'Publication 718, New York State Sales and Use Tax Rates by Jurisdiction',
      section: 'State rate 4%',
      url: 'https://www.tax.ny.gov/pdf/publications/sales/pub718.pdf',
      published: 'undated',
    },
    [
      read(
        'https://www.nycnewyork.tax/help/what-is-the-sales-tax-of-new-york',
        'secondary summary (Publication 718 itself not readable here)',
        'the actual state tax which is placed at 4%, adding in the city tax rate of 4.5%, while also taking in an extra boost of 0.375% that comes from the Metropolitan Commuter Transportation District',
      ),
    ],
  ),
  rule(
    'FL',
    'Florida',
    60000,
    '1988-02-01',
    {
      publisher: 'Florida Department of Revenue',
      title:
        'Florida Statutes s. 212.05 (6% sales tax); Form DR-15DSS discretionary sales surtax rates',
      section: 's. 212.05(1)',
      url: 'https://floridarevenue.com/taxes/taxesfees/Pages/sales_tax.aspx',
      published: 'undated',
    },
    [
      read(
        'http://leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0200-0299/0212/Sections/0212.054.html',
        'The 2024 Florida Statutes, s. 212.054 (the surtax and its $5,000 limit; the 6% of s. 212.05 from the publication as known, not re-read here)',
        '(b) However: 1. The sales amount above $5,000 on any item of tangible personal property shall not be subject to the s[urtax]',
      ),
    ],
    "County discretionary sales surtax (the table's county component) applies only to the first $5,000 of a single item: see FL_SURTAX_CAP_RULE.",
  ),
  rule(
    'GA',
    'Georgia',
    40000,
    '1989-04-01',
    {
      publisher: 'Georgia Department of Revenue',
      title: 'O.C.G.A. s. 48-8-30 (state sales and use tax 4%); Sales tax rate chart',
      section: 's. 48-8-30',
      url: 'https://dor.georgia.gov/taxes/sales-use-tax/sales-tax-rates-general',
      published: 'undated',
    },
    [
      read(
        'https://info.5y1.org/sales-tax-application-ga_1_32f011.html',
        'Georgia state agency tax exemption guidelines (copy); O.C.G.A. 48-8-30 not re-read here',
        'The current statewide sales tax rate is 4% of the purchase amount',
      ),
    ],
  ),
  rule(
    'CO',
    'Colorado',
    29000,
    '2001-01-01',
    {
      publisher: 'Colorado Department of Revenue',
      title: 'C.R.S. 39-26-106 (state sales tax 2.9%); DR 1002 Colorado Sales/Use Tax Rates',
      section: 'State rate 2.9%',
      url: 'https://tax.colorado.gov/DR1002',
      published: 'undated',
    },
    [
      read(
        'https://www.taxformfinder.org/colorado/form-dr-1002',
        'copy of DR 1002 Colorado Sales/Use Tax Rates, January 2025 (12/30/24)',
        'State Sales Tax The state sales/use tax rate is 2.9% ... All state collected city/county sales taxes or rate changes may become effective only on January 1 or July 1.',
      ),
    ],
  ),
  rule(
    'WA',
    'Washington',
    65000,
    '1983-07-01',
    {
      publisher: 'Washington State Department of Revenue',
      title: 'RCW 82.08.020 (retail sales tax 6.5%); Local sales & use tax rates',
      section: 'RCW 82.08.020(1)',
      url: 'https://dor.wa.gov/taxes-rates/sales-use-tax-rates',
      published: 'undated',
    },
    [
      read(
        'https://www.taxusign.com/single-post/washington-state-s-new-sales-tax-rates-what-businesses-need-to-know',
        'summary of the Washington DOR local rate table for January 1, 2026 (RCW 82.08.020 not re-read here)',
        'While the base statewide sales tax remains 6.5%, local jurisdictions ... have adjusted their local rates ... Seattle - 10.55%',
      ),
    ],
  ),
  rule(
    'AZ',
    'Arizona',
    56000,
    '2013-06-01',
    {
      publisher: 'Arizona Department of Revenue',
      title: 'A.R.S. 42-5010 (transaction privilege tax, retail classification 5.6%)',
      section: 'Retail classification state rate 5.6% (5.0% + 0.6% education, Prop. 301)',
      url: 'https://azdor.gov/transaction-privilege-tax/tpt-rate-table',
      published: 'undated',
    },
    [
      read(
        'https://legalclarity.org/does-arizona-have-sales-tax-tpt-rates-and-rules',
        'summary citing A.R.S. 42-5010',
        'The state-level TPT rate is 5.6%. (Arizona Code Title 42 - Section 42-5010)',
      ),
    ],
    'Arizona taxes the seller (transaction privilege tax), not the buyer; the rate is applied the same way. The temporary 1% (6.6%) ended May 31, 2013.',
  ),
  rule(
    'NC',
    'North Carolina',
    47500,
    '2011-07-01',
    {
      publisher: 'North Carolina Department of Revenue',
      title: 'G.S. 105-164.4 (general state rate 4.75%); Sales and use tax rates',
      section: 'G.S. 105-164.4(a)',
      url: 'https://www.ncdor.gov/taxes-forms/sales-and-use-tax/sales-and-use-tax-rates-other-information',
      published: 'undated',
    },
    [
      read(
        'http://www.dornc.com/taxes/sales/salesanduse.html',
        'NC Department of Revenue, Sales and Use Tax page',
        'Retail sales of tangible personal property not subject to a reduced rate of tax are subject to the general 4.75% State rate of sales and use tax.',
      ),
      read(
        'http://www.dornc.com/taxes/sales/salesrates_4-12.html',
        'NC DOR, Sales and Use Tax Rates Effective January 1, 2012 Through March 31, 2012',
        'Listed below by county are the total (4.75% State rate plus applicable local rates) sales and use tax rates in effect',
      ),
    ],
    'The start date is from the publication as known (the temporary 1% added in 2009 ended June 30, 2011), not re-read here; the NCDOR table read shows 4.75% in force by January 1, 2012.',
  ),
  rule(
    'NJ',
    'New Jersey',
    66250,
    '2018-01-01',
    {
      publisher: 'New Jersey Division of Taxation',
      title: 'N.J.S.A. 54:32B-3 (sales tax 6.625% from January 1, 2018)',
      section: 'Rate 6.625%',
      url: 'https://www.nj.gov/treasury/taxation/su_over.shtml',
      published: 'undated',
    },
    [
      read(
        'https://njbia.org/?p=22127',
        'NJBIA relaying the Division of Taxation notice',
        'The New Jersey Division of Taxation is reminding business owners that the State Sales and Use Tax rate will be reduced to 6.625% on Jan. 1, 2018.',
      ),
    ],
    'Urban Enterprise Zone reduced rates (half the state rate at qualified UEZ sellers) are a seller location rule and do not apply to a remote seller shipping in.',
  ),
  rule(
    'IL',
    'Illinois',
    62500,
    '1990-01-01',
    {
      publisher: 'Illinois Department of Revenue',
      title: "35 ILCS 120/2-10 (Retailers' Occupation Tax, general merchandise 6.25%)",
      section:
        'General merchandise 6.25% (includes 1.25% local share); qualifying food and drugs 1%',
      url: 'https://tax.illinois.gov/research/taxrates/sales.html',
      published: 'undated',
    },
    [
      read(
        'https://tax.illinois.gov/questionsandanswers/answer.167.html',
        'Illinois Department of Revenue, Q&A 167',
        'qualifying food, drugs, and medical appliances are taxed at a lower rate of 1% rather than general merchandise which is taxed at 6.25% ... Effective January 1, 2026, the State of Illinois will eliminate the one-percent (1%) sales and use tax on grocery sales.',
      ),
    ],
    'The 6.25% state rate already includes the 1.25% distributed to local governments; qualifying food, drugs and medical appliances are taxed at a lower rate (a product rule, not a jurisdiction one); the state 1% on groceries ends January 1, 2026, when municipalities and counties may impose a local 1% grocery tax instead (P.A. 103-0781).',
  ),
  rule(
    'OK',
    'Oklahoma',
    45000,
    '1990-06-01',
    {
      publisher: 'Oklahoma Tax Commission',
      title: '68 O.S. s. 1354 (state sales tax 4.5%)',
      section: 'State rate 4.5%',
      url: 'https://oklahoma.gov/tax/businesses/sales-use-tax.html',
      published: 'undated',
    },
    [
      read(
        'https://www.avalara.com/taxrates/en/state-rates/oklahoma.html',
        'Avalara state page (68 O.S. 1354 not re-read here)',
        'The Oklahoma (OK) state sales tax rate is currently 4.5%.',
      ),
    ],
  ),
];

/**
 * California's statewide base rate (state 6.00% + Bradley-Burns 1.25%), the floor every California
 * ZIP's combined rate must reach.
 */
export const CA_STATEWIDE_BASE_RATE = reduce(725, 10_000);

/** The state's own rate on a date, or undefined when none is in force (before the rule). */
export function stateRateRule(state: string, onDate: IsoDate): StateRateRule | undefined {
  return STATE_RATE_RULES.find(
    (r) =>
      r.state === state &&
      r.effective.from <= onDate &&
      (r.effective.to === null || onDate <= r.effective.to),
  );
}
