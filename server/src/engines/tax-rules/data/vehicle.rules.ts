import { rational } from '../rational.js';
import type { Citation, SourceRead, TaxRule } from '../types.js';
import { read } from './read.js';

/**
 * The business standard mileage rate, by the date the miles were driven. 2022 is kept because
 * its rate changed on July 1 (the only mid-year change in the years read): it proves the lookup
 * by date. No mid-year change for 2024, 2025 or 2026 was found in the text read.
 */

function rate(
  id: string,
  from: string,
  to: string,
  halfCents: number,
  citation: Citation,
  readAt: SourceRead[],
  enacted?: string,
): TaxRule {
  return {
    id,
    concept: 'vehicle.businessStandardMileageRate',
    taxYear: Number(from.slice(0, 4)),
    effective: { from, to },
    value: { kind: 'centsPerUnit', centsPerUnit: rational(halfCents, 2), unit: 'mile' },
    citation,
    readAt,
    ...(enacted ? { enacted } : {}),
  };
}

const MIDYEAR_2022: Citation = {
  publisher: 'Internal Revenue Service',
  title: 'IRS increases mileage rate for remainder of 2022 (news release)',
  section: 'Business rate: 58.5 cents through June 30, 62.5 cents from July 1, 2022',
  url: 'https://www.irs.gov/newsroom/irs-increases-mileage-rate-for-remainder-of-2022',
  published: '2022-06-09',
};

const MIDYEAR_2022_READ = [
  read(
    'https://www.8newsnow.com/news/irs-announces-4-cent-increase-in-optional-mileage-rates/',
    'news report with the IRS table',
    'Purpose Rates 1/1 through 6/30/2022 Rates 7/1 through 12/31/2022 Business 58.5 62.5',
  ),
  read(
    'https://www.nfp-solutions.com/articles/mileage_rate_increase_2022-07.php',
    'summary of the IRS announcement',
    'From July 1 through the end of the year, the standard mileage rate for business travel will be 62.5 cents per mile, up from 58.5 cents that was effective at the start of the year.',
  ),
  read(
    'https://mycampbellandco.com/irs-increases-mileage-rate/',
    'summary naming the IRS release',
    'on June 9, 2022 the Internal Revenue Service announced an increase ... Reference: https:www.irs.gov/newsroom/irs-increases-mileage-rate-for-remainder-of-2022',
  ),
];

export const VEHICLE_RULES: TaxRule[] = [
  rate(
    'mileage-business/2022-h1',
    '2022-01-01',
    '2022-06-30',
    117,
    MIDYEAR_2022,
    MIDYEAR_2022_READ,
  ),
  rate(
    'mileage-business/2022-h2',
    '2022-07-01',
    '2022-12-31',
    125,
    MIDYEAR_2022,
    MIDYEAR_2022_READ,
    '2022-06-09',
  ),
  rate(
    'mileage-business/2023',
    '2023-01-01',
    '2023-12-31',
    131,
    {
      publisher: 'Internal Revenue Service',
      title: 'Notice 2024-8, 2024 standard mileage rates (states the 2023 rate it replaces)',
      section: 'Business rate for 2023',
      url: 'https://kpmg.com/us/en/home/insights/2023/12/tnf-notice-2024-8-standard-mileage-rates-2024.html',
      published: '2023-12-14',
    },
    [
      read(
        'https://kpmg.com/us/en/home/insights/2023/12/tnf-notice-2024-8-standard-mileage-rates-2024.html',
        'KPMG TaxNewsFlash on Notice 2024-8',
        '67 cents per mile for business miles driven (up from 65.5 cents per mile for 2023)',
      ),
    ],
  ),
  rate(
    'mileage-business/2024',
    '2024-01-01',
    '2024-12-31',
    134,
    {
      publisher: 'Internal Revenue Service',
      title: 'Notice 2024-8 (IR-2023-239), 2024 standard mileage rates',
      section: 'Business rate',
      url: 'https://kpmg.com/us/en/home/insights/2023/12/tnf-notice-2024-8-standard-mileage-rates-2024.html',
      published: '2023-12-14',
    },
    [
      read(
        'https://kpmg.com/us/en/home/insights/2023/12/tnf-notice-2024-8-standard-mileage-rates-2024.html',
        'KPMG TaxNewsFlash on Notice 2024-8',
        'Notice 2024-8 [PDF 80 KB] provides that beginning January 1, 2024, the standard mileage rates for the use of a car ... will be: 67 cents per mile for business miles driven',
      ),
      read(
        'https://members.homecarefla.org/provider-updates/Details/irs-issues-standard-mileage-rates-for-2024-194232',
        'association summary',
        '67 cents per mile for business use (an increase of 1.5 cents from 2023) ... Notice 2024-08 contains the optional 2024 standard mileage rates.',
      ),
    ],
    '2023-12-14',
  ),
  rate(
    'mileage-business/2025',
    '2025-01-01',
    '2025-12-31',
    140,
    {
      publisher: 'Internal Revenue Service',
      title: 'Notice 2025-5 (IR-2024-312), 2025 standard mileage rates',
      section: 'Business rate',
      url: 'https://www.jkentstaffing.com/irs-increases-business-standard-mileage-rate-to-70-cents-per-mile-effective-jan-1-2025/',
      published: '2024-12-19',
    },
    [
      read(
        'https://www.jkentstaffing.com/irs-increases-business-standard-mileage-rate-to-70-cents-per-mile-effective-jan-1-2025/',
        'summary of IR-2024-312',
        'On December 19, 2024, the IRS issued the 2025 business standard mileage rate: 70 cents per mile ... Issued in IR-2024-312',
      ),
      read(
        'https://cchealthcareintermediary.com/post/irs-increases-standard-mileage-rate-in-2025',
        'summary naming Notice 2025-5',
        'Beginning January 1, 2025, the standard mileage rate ... will be: 70 cents per mile driven for business ... see IRS Notice 2025-5',
      ),
    ],
    '2024-12-19',
  ),
  rate(
    'mileage-business/2026',
    '2026-01-01',
    '2026-12-31',
    145,
    {
      publisher: 'Internal Revenue Service',
      title: 'Notice 2026-10 (IR-2025-128), 2026 standard mileage rates',
      section: 'Business rate',
      url: 'https://kpmg.com/us/en/taxnewsflash/news/2025/12/notice-2026-10-standard-mileage-rates-2026.html',
      published: '2025-12-29',
    },
    [
      read(
        'https://kpmg.com/us/en/taxnewsflash/news/2025/12/notice-2026-10-standard-mileage-rates-2026.html',
        'KPMG TaxNewsFlash on Notice 2026-10',
        'Beginning January 1, 2026, the standard mileage rates for the use of a car ... will be: 72.5 cents per mile driven for business use (up 2.5 cents from 2025)',
      ),
      read(
        'https://www.currentfederaltaxdevelopments.com/blog/2025/12/29/irs-notice-2026-10-and-the-2026-standard-mileage-rates',
        'Current Federal Tax Developments on Notice 2026-10',
        'Business Use: 72.5 cents per mile. This represents an increase of 2.5 cents from the 2025 rate.',
      ),
    ],
    '2025-12-29',
  ),
];
