import { SOI_INDUSTRIES } from './soi-source-book.js';

/**
 * Which published industry a shop's NAICS code (NAICS 2022) is benchmarked against. The code is
 * tried at 6, then 4, 3 and 2 digits against the mappings below; the first that matches wins and
 * its level is reported, so the user sees how close the benchmark industry is to the shop's.
 */

export type SoiIndustryCode = keyof typeof SOI_INDUSTRIES;

export interface IndustryMapping {
  /** A NAICS 2022 code or prefix (2-6 digits). */
  naics: string;
  soiIndustry: SoiIndustryCode;
  /** Why this code maps to that industry, in words shown to the user. */
  note: string;
}

export const INDUSTRY_MAPPINGS: readonly IndustryMapping[] = [
  {
    naics: '459420',
    soiIndustry: '453',
    note:
      'NAICS 2022 459420 (Gift, Novelty, and Souvenir Retailers) corresponds to 453220 (Gift, ' +
      'Novelty, and Souvenir Stores) of NAICS 2017, one industry of subsector 453 Miscellaneous ' +
      'Store Retailers. SOI publishes subsector 453 as a whole (florists, office supply and gift ' +
      'stores, used merchandise, pet supplies, art dealers and other store retailers together), so ' +
      'the benchmark is that broader group, not gift shops alone.',
  },
  {
    naics: '44',
    soiIndustry: '44',
    note: 'Retail trade as a whole (NAICS 44-45): no finer mapping for this code.',
  },
  {
    naics: '45',
    soiIndustry: '44',
    note: 'Retail trade as a whole (NAICS 44-45): no finer mapping for this code.',
  },
];

/** The levels tried, most detailed first. */
export const LOOKUP_LEVELS = [6, 4, 3, 2] as const;
export type MatchedLevel = (typeof LOOKUP_LEVELS)[number];

export interface IndustryMatch {
  naicsCode: string;
  /** The prefix of naicsCode that matched a mapping. */
  matchedCode: string;
  /** Its number of digits: 6 the shop's own industry, 2 its whole sector. */
  matchedLevel: MatchedLevel;
  soiIndustry: SoiIndustryCode;
  /** 'Miscellaneous Store Retailers (SOI industry 453, a NAICS subsector (3 digits))'. */
  industryLabel: string;
  note: string;
}

/** The benchmark industry for a NAICS code, or null (no code, not 2-6 digits, or no mapping). */
export function benchmarkIndustry(naicsCode: string | null | undefined): IndustryMatch | null {
  if (!naicsCode || !/^\d{2,6}$/.test(naicsCode)) return null;
  for (const level of LOOKUP_LEVELS) {
    if (naicsCode.length < level) continue;
    const prefix = naicsCode.slice(0, level);
    const mapping = INDUSTRY_MAPPINGS.find((m) => m.naics === prefix);
    if (!mapping) continue;
    const industry = SOI_INDUSTRIES[mapping.soiIndustry];
    return {
      naicsCode,
      matchedCode: prefix,
      matchedLevel: level,
      soiIndustry: mapping.soiIndustry,
      industryLabel: `${industry.title} (SOI industry ${mapping.soiIndustry}, ${industry.naicsLevel})`,
      note: mapping.note,
    };
  }
  return null;
}
