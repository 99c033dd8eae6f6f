/**
 * What the scorer looks at, in plain names. Engagement comes from the lead's visits;
 * firmographics from enrichment (null when the company is unknown: the scorer then counts the
 * feature as average, so an unknown company neither raises nor lowers the score).
 */

export const LEAD_FEATURES = [
  { key: 'pagesViewed', label: 'Pages viewed' },
  { key: 'minutesOnSite', label: 'Minutes on site' },
  { key: 'pricingPageVisits', label: 'Pricing-page visits' },
  { key: 'companySize', label: 'Company size (log10 of employees)' },
  { key: 'targetIndustry', label: 'In a target industry' },
  { key: 'profileFit', label: 'Fit to the ideal customer profile' },
] as const;

export type LeadFeatureKey = (typeof LEAD_FEATURES)[number]['key'];

/**
 * Juniper Lane Goods' ideal customer for corporate gifting: a North American company of 50 to
 * 1,000 people (big enough to gift a team, small enough to buy from a small shop), in one of
 * the industries that gift clients and staff most.
 */
export const IDEAL_CUSTOMER_PROFILE = {
  industries: ['Software', 'Professional services', 'Real estate', 'Hospitality'],
  minEmployees: 50,
  maxEmployees: 1000,
  countries: ['US', 'CA'],
} as const;

export interface Engagement {
  pagesViewed: number;
  minutesOnSite: number;
  pricingPageVisits: number;
}

export interface Firmographics {
  industry: string;
  employees: number;
  country: string;
}

/** The feature vector in LEAD_FEATURES order; null marks an unknown value. */
export function leadFeatures(
  engagement: Engagement,
  company: Firmographics | null,
): Array<number | null> {
  return [
    engagement.pagesViewed,
    engagement.minutesOnSite,
    engagement.pricingPageVisits,
    company ? Math.log10(company.employees) : null,
    company ? (isTargetIndustry(company.industry) ? 1 : 0) : null,
    company ? profileFit(company) : null,
  ];
}

function isTargetIndustry(industry: string): boolean {
  return (IDEAL_CUSTOMER_PROFILE.industries as readonly string[]).includes(industry);
}

/** Share of the size and region criteria met: 0, 0.5 or 1 (industry is its own feature). */
function profileFit(company: Firmographics): number {
  const size =
    company.employees >= IDEAL_CUSTOMER_PROFILE.minEmployees &&
    company.employees <= IDEAL_CUSTOMER_PROFILE.maxEmployees;
  const region = (IDEAL_CUSTOMER_PROFILE.countries as readonly string[]).includes(company.country);
  return ((size ? 1 : 0) + (region ? 1 : 0)) / 2;
}
