import { read } from '../../data/read.js';
import type { Citation, SourceRead } from '../../types.js';
import type { StateNexusEntry, StateCode } from '../types.js';

/** The five states without a general statewide sales tax: nothing to measure, listed as such. */

const RESALE_GUIDE = 'https://resalecertificate.org/articles/states-with-no-sales-tax-guide';
const NOMAD = 'https://legalclarity.org/what-states-dont-have-sales-tax-the-5-nomad-states';

const CITATION: Citation = {
  publisher: 'Each state’s revenue authority (as named by the pages read)',
  title:
    'States without a general statewide sales tax: Alaska, Delaware, Montana, New Hampshire, Oregon',
  section: 'no state sales tax',
  url: RESALE_GUIDE,
  published: 'undated (2026 guide)',
};

const READ: SourceRead[] = [
  read(
    RESALE_GUIDE,
    'ResaleCertificate.org guide',
    'Five states do not charge a statewide sales tax: Alaska, Delaware, Montana, New Hampshire, and Oregon.',
  ),
  read(
    NOMAD,
    'LegalClarity (names Alaska DCRA and the Montana DOR as its sources)',
    'Alaska, Delaware, Montana, New Hampshire, and Oregon are the only five states that do not charge a general statewide sales tax.',
  ),
];

function noSalesTax(state: StateCode, name: string, note?: string): StateNexusEntry {
  return {
    state,
    name,
    kind: 'noSalesTax',
    citation: CITATION,
    readAt: READ,
    ...(note ? { note } : {}),
  };
}

export const NO_SALES_TAX_STATES: StateNexusEntry[] = [
  noSalesTax(
    'AK',
    'Alaska',
    'No state sales tax, but cities and boroughs levy their own. Local jurisdictions that adopted the Alaska Remote Seller Sales Tax Commission code use $100,000 of sales (its 200-transaction test removed January 1, 2025, per Sales Tax Institute); local rules are not modelled.',
  ),
  noSalesTax(
    'DE',
    'Delaware',
    'Delaware taxes businesses’ gross receipts instead (LegalClarity); no remote-seller sales tax collection.',
  ),
  noSalesTax('MT', 'Montana'),
  noSalesTax('NH', 'New Hampshire'),
  noSalesTax('OR', 'Oregon'),
];
