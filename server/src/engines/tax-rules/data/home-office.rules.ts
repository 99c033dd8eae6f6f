import { rational } from '../rational.js';
import type { Citation, TaxRule } from '../types.js';
import { read } from './read.js';

/** The simplified method for business use of the home (Rev. Proc. 2013-13; Pub 587). */

const SIMPLIFIED_METHOD: Citation = {
  publisher: 'Internal Revenue Service',
  title:
    'Publication 587, Business Use of Your Home: Simplified Method Worksheet (Rev. Proc. 2013-13)',
  section: 'Simplified Method Worksheet, lines 2 and 3a',
  url: 'http://taxmap.ntis.gov/taxmap/pubs/p587-009.htm',
  published: '2013-01-15',
};

const READ = [
  read(
    'http://taxmap.ntis.gov/taxmap/pubs/p587-009.htm',
    'IRS Tax Map, Publication 587, Simplified Method Worksheet',
    'Allowable square footage for the qualified business use. Do not enter more than 300 square feet. ... Maximum allowable amount 3a. $5',
  ),
  read(
    'http://betweenthenumbers.net/2013/01/home-office-deduction-just-got-easier/',
    'summary of Rev. Proc. 2013-13',
    'On January 15, the IRS issued Rev. Proc 2013-13 ... taxpayers who elect this method can deduct $5 per square foot for the office, up to a maximum of 300 square feet or $1500 annually.',
  ),
];

export const HOME_OFFICE_RULES: TaxRule[] = [
  {
    id: 'home-office-simplified-rate/2013',
    concept: 'homeOffice.simplifiedRate',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    value: { kind: 'centsPerUnit', centsPerUnit: rational(500), unit: 'squareFoot' },
    citation: SIMPLIFIED_METHOD,
    readAt: READ,
    enacted: '2013-01-15',
  },
  {
    id: 'home-office-simplified-maximum-area/2013',
    concept: 'homeOffice.simplifiedMaximumArea',
    taxYear: null,
    effective: { from: '2013-01-01', to: null },
    value: { kind: 'quantity', quantity: 300, unit: 'squareFoot' },
    citation: SIMPLIFIED_METHOD,
    readAt: READ,
    enacted: '2013-01-15',
  },
];
