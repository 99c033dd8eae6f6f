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

/** Placeholder until each figure is re-read; replaced per state below where a page was read. */
const AS_KNOWN = (what: string): SourceRead =>
  read('(not re-read here)', what, 'from the publication as known; not re-read here');

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
    [AS_KNOWN('Texas Comptroller, Sales and Use Tax page')],
  ),
  rule(
    'CA',
    'California',
    72500,
    '2017-01-01',
    {
      publisher: 'California Department of Tax and Fee Administration',
      title: 'California City & County Sales & Use Tax Rates (statewide base rate 7.25%)',
      section:
        'Statewide base rate: 6.00% state + 1.25% Bradley-Burns uniform local (1.00% city/county, 0.25% county transportation)',
      url: 'https://www.cdtfa.ca.gov/taxes-and-fees/rates.aspx',
      published: 'undated',
    },
    [AS_KNOWN('CDTFA tax rates page')],
    'The STATE jurisdiction carries the statewide base rate of 7.25%, which the seller reports on one return and which applies everywhere in California: 6.00% state (including the state-administered local public safety and realignment funds) plus the 1.25% Bradley-Burns uniform local tax (1.00% to the city or county of the place of sale or use, 0.25% to the county transportation fund). It is not split into COUNTY/CITY parts here because no address can escape any piece of it; voter-approved district taxes above 7.25% are the local (table) components.',
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
    [AS_KNOWN('NY DTF Publication 718')],
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
    [AS_KNOWN('Florida DOR sales and use tax page')],
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
    [AS_KNOWN('Georgia DOR sales tax rates page')],
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
    [AS_KNOWN('Colorado DR 1002')],
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
    [AS_KNOWN('Washington DOR sales and use tax rates page')],
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
    [AS_KNOWN('Arizona DOR TPT rate table')],
    'Arizona taxes the seller (transaction privilege tax), not the buyer; the rate is applied the same way. The temporary 1% (6.6%) ended May 31, 2013.',
  ),
  rule(
    'NC',
    'North Carolina',
    47500,
    '2007-10-01',
    {
      publisher: 'North Carolina Department of Revenue',
      title: 'G.S. 105-164.4 (general state rate 4.75%); Sales and use tax rates',
      section: 'G.S. 105-164.4(a)',
      url: 'https://www.ncdor.gov/taxes-forms/sales-and-use-tax/sales-and-use-tax-rates-other-information',
      published: 'undated',
    },
    [AS_KNOWN('NC DOR sales and use tax rates page')],
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
    [AS_KNOWN('NJ Division of Taxation sales and use tax overview')],
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
    [AS_KNOWN('Illinois DOR sales tax rates page')],
    'The 6.25% state rate already includes the 1.25% distributed to local governments; qualifying food, drugs and medical appliances are taxed at a lower rate (a product rule, not a jurisdiction one).',
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
    [AS_KNOWN('Oklahoma Tax Commission sales tax page')],
  ),
];

/** The state's own rate on a date, or undefined when none is in force (before the rule). */
export function stateRateRule(state: string, onDate: IsoDate): StateRateRule | undefined {
  return STATE_RATE_RULES.find(
    (r) =>
      r.state === state &&
      r.effective.from <= onDate &&
      (r.effective.to === null || onDate <= r.effective.to),
  );
}
