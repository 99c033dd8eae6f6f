import type { EntityManager } from 'typeorm';
import { HistoricalDealEntity } from '../entities/historical-deal.entity.js';
import { LeadEntity } from '../entities/lead.entity.js';
import { mulberry32 } from './seeded-random.js';

/**
 * The sales agent's demo data: a small company directory (what enrichment finds by email domain),
 * the shop's closed deals, from which the lead scorer learns, and the sample lead.
 */

export interface DirectoryCompanySeed {
  domain: string;
  name: string;
  industry: string;
  employees: number;
  country: string;
  city: string;
  description: string;
}

export const DEMO_COMPANIES: readonly DirectoryCompanySeed[] = [
  {
    domain: 'brightdesk.example',
    name: 'BrightDesk',
    industry: 'Software',
    employees: 120,
    country: 'US',
    city: 'Austin',
    description: 'Help-desk software for growing support teams.',
  },
  {
    domain: 'harborlight.example',
    name: 'Harborlight Partners',
    industry: 'Professional services',
    employees: 340,
    country: 'US',
    city: 'Boston',
    description: 'Management consultancy for regional banks.',
  },
  {
    domain: 'maplecrest.example',
    name: 'Maplecrest Realty',
    industry: 'Real estate',
    employees: 85,
    country: 'CA',
    city: 'Toronto',
    description: 'Residential brokerage with twelve offices.',
  },
  {
    domain: 'tidewaterinns.example',
    name: 'Tidewater Inns',
    industry: 'Hospitality',
    employees: 640,
    country: 'US',
    city: 'Charleston',
    description: 'Boutique hotels on the Atlantic coast.',
  },
  {
    domain: 'quillstack.example',
    name: 'Quillstack',
    industry: 'Software',
    employees: 18,
    country: 'US',
    city: 'Portland',
    description: 'Writing tools for legal teams.',
  },
  {
    domain: 'northforge.example',
    name: 'Northforge Industrial',
    industry: 'Manufacturing',
    employees: 2300,
    country: 'US',
    city: 'Milwaukee',
    description: 'Precision metal parts.',
  },
  {
    domain: 'pinecourt.example',
    name: 'Pinecourt Academy',
    industry: 'Education',
    employees: 150,
    country: 'US',
    city: 'Denver',
    description: 'Independent K-12 school.',
  },
  {
    domain: 'kindredhands.example',
    name: 'Kindred Hands',
    industry: 'Nonprofit',
    employees: 40,
    country: 'US',
    city: 'Chicago',
    description: 'Food bank network.',
  },
  {
    domain: 'ledgerline.example',
    name: 'Ledgerline Advisors',
    industry: 'Professional services',
    employees: 60,
    country: 'CA',
    city: 'Vancouver',
    description: 'Accounting firm for startups.',
  },
  {
    domain: 'oakandiron.example',
    name: 'Oak & Iron Retail',
    industry: 'Retail',
    employees: 900,
    country: 'US',
    city: 'Nashville',
    description: 'Home goods stores.',
  },
  {
    domain: 'cloudmint.example',
    name: 'Cloudmint',
    industry: 'Software',
    employees: 4200,
    country: 'US',
    city: 'San Francisco',
    description: 'Payments infrastructure.',
  },
  {
    domain: 'fernhollow.example',
    name: 'Fernhollow Lodges',
    industry: 'Hospitality',
    employees: 35,
    country: 'CA',
    city: 'Banff',
    description: 'Mountain lodges.',
  },
  {
    domain: 'stonebridge.example',
    name: 'Stonebridge Property Group',
    industry: 'Real estate',
    employees: 210,
    country: 'GB',
    city: 'Manchester',
    description: 'Commercial property management.',
  },
  {
    domain: 'brightwater.example',
    name: 'Brightwater Analytics',
    industry: 'Software',
    employees: 75,
    country: 'DE',
    city: 'Berlin',
    description: 'Supply-chain analytics.',
  },
  {
    domain: 'copperleaf.example',
    name: 'Copperleaf Legal',
    industry: 'Professional services',
    employees: 25,
    country: 'AU',
    city: 'Sydney',
    description: 'Employment law practice.',
  },
  {
    domain: 'sunfield.example',
    name: 'Sunfield Foods',
    industry: 'Manufacturing',
    employees: 480,
    country: 'CA',
    city: 'Winnipeg',
    description: 'Packaged snacks.',
  },
  {
    domain: 'lanternworks.example',
    name: 'Lanternworks Studio',
    industry: 'Software',
    employees: 9,
    country: 'US',
    city: 'Raleigh',
    description: 'Mobile game studio.',
  },
  {
    domain: 'westmarch.example',
    name: 'Westmarch University',
    industry: 'Education',
    employees: 5200,
    country: 'US',
    city: 'Columbus',
    description: 'Public research university.',
  },
  {
    domain: 'greenpath.example',
    name: 'Greenpath Outfitters',
    industry: 'Retail',
    employees: 55,
    country: 'US',
    city: 'Boise',
    description: 'Outdoor gear shops.',
  },
  {
    domain: 'meridianhotels.example',
    name: 'Meridian Hotel Group',
    industry: 'Hospitality',
    employees: 1800,
    country: 'GB',
    city: 'London',
    description: 'City-centre hotels.',
  },
];

/** A closed deal as seeded (the entity without ids). */
export type HistoricalDealSeed = Omit<HistoricalDealEntity, 'id' | 'workspaceId'>;

const INDUSTRIES = [
  'Software',
  'Professional services',
  'Real estate',
  'Hospitality',
  'Retail',
  'Manufacturing',
  'Education',
  'Nonprofit',
] as const;
const TARGET_INDUSTRIES = new Set<string>(INDUSTRIES.slice(0, 4));
const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 0.5],
  ['CA', 0.15],
  ['GB', 0.15],
  ['DE', 0.1],
  ['AU', 0.1],
];

export const HISTORICAL_DEAL_COUNT = 300;
export const HISTORICAL_DEAL_SEED = 20261126;

/**
 * The shop's closed deals, generated deterministically (fixed-seed PRNG) by this rule, which
 * stands for what the shop's real history shows; the scorer never sees the rule, it learns it:
 *
 *   employees  log-uniform 5..5,000; industry uniform over 8 (4 are the shop's target industries:
 *              software, professional services, real estate, hospitality); country US 50%,
 *              CA 15%, GB 15%, DE 10%, AU 10%
 *   pages      1 + Exp(mean 6), at most 40; minutes = 1.3 × pages + U(0, 10);
 *   pricing    floor(Exp(mean 1.2)) pricing-page visits, at most 8
 *   logit(won) = -5.5 + 0.12·pages + 0.04·minutes + 0.9·pricing + 0.4·log10(employees)
 *                + 1.4·[target industry] + 1.2·[50-1,000 employees] + 1.0·[US or CA]
 *   won        when a uniform draw is below sigmoid(logit) (about 30% are won)
 *
 * So the outcome is noisy on purpose: even the true rule cannot reach an AUC of 1.
 */
export function generateHistoricalDeals(
  now: Date,
  count = HISTORICAL_DEAL_COUNT,
  seed = HISTORICAL_DEAL_SEED,
): HistoricalDealSeed[] {
  const random = mulberry32(seed);
  const deals: HistoricalDealSeed[] = [];
  for (let seq = 0; seq < count; seq++) {
    const employees = Math.round(10 ** (0.7 + 3 * random()));
    const industry = INDUSTRIES[Math.floor(random() * INDUSTRIES.length)] ?? 'Retail';
    const country = pickCountry(random());
    const pagesViewed = Math.min(40, 1 + Math.floor(-Math.log(1 - random()) * 6));
    const minutesOnSite = Math.round((pagesViewed * 1.3 + random() * 10) * 10) / 10;
    const pricingPageVisits = Math.min(8, Math.floor(-Math.log(1 - random()) * 1.2));
    const logit =
      -5.5 +
      0.12 * pagesViewed +
      0.04 * minutesOnSite +
      0.9 * pricingPageVisits +
      0.4 * Math.log10(employees) +
      1.4 * (TARGET_INDUSTRIES.has(industry) ? 1 : 0) +
      1.2 * (employees >= 50 && employees <= 1000 ? 1 : 0) +
      1.0 * (country === 'US' || country === 'CA' ? 1 : 0);
    const won = random() < 1 / (1 + Math.exp(-logit));
    // One deal closed per day, the newest yesterday.
    const closed = new Date(now.getTime() - (count - seq) * 86_400_000);
    deals.push({
      seq,
      pagesViewed,
      minutesOnSite,
      pricingPageVisits,
      employees,
      industry,
      country,
      won,
      closedOn: closed.toISOString().slice(0, 10),
    });
  }
  return deals;
}

function pickCountry(draw: number): string {
  let cumulative = 0;
  for (const [country, weight] of COUNTRIES) {
    cumulative += weight;
    if (draw < cumulative) return country;
  }
  return 'AU';
}

/**
 * The lead the sales scenarios' sample inputs name: a contact the shop already had (imported,
 * so no form capture and no engagement yet) who agreed to hear from it. The follow-up email
 * needs that consent, and "Meeting scheduling" or "Follow-up email drafting" may run before
 * "Lead qualification" records any visit: every sample succeeds on a fresh hub in any order.
 * Qualifying her adds the visit to this row (engagement adds up from zero).
 */
export const DEMO_LEAD = {
  name: 'Priya Raman',
  email: 'priya@brightdesk.example',
  company: 'BrightDesk',
  captures: 0,
} as const;

/** Seeds the workspace's closed deals and its sample lead (the directory is reference data). */
export async function seedDemoSales(
  tx: EntityManager,
  workspaceId: string,
  now: Date,
): Promise<void> {
  await tx.insert(
    HistoricalDealEntity,
    generateHistoricalDeals(now).map((deal) => ({ ...deal, workspaceId })),
  );
  await tx.insert(LeadEntity, {
    ...DEMO_LEAD,
    workspaceId,
    consent: true,
    consentAt: now,
    createdAt: now,
    updatedAt: now,
  });
}
