import type { RuleSet } from '../types.js';
import { ESTIMATED_TAX_RULES } from './estimated-tax.rules.js';
import { DEDUCTION_RULES } from './deductions.rules.js';
import { DC_LEGAL_HOLIDAYS } from './holidays.rules.js';
import { HOME_OFFICE_RULES } from './home-office.rules.js';
import { INCOME_TAX_RULES } from './income-tax.rules.js';
import { MEALS_RULES } from './meals.rules.js';
import { SECTION_179_RULES } from './section-179.rules.js';
import { SELF_EMPLOYMENT_RULES } from './self-employment.rules.js';
import { VEHICLE_RULES } from './vehicle.rules.js';

/**
 * The federal rule set. Its version changes whenever any rule is added or corrected, so a stored
 * figure names the exact data it came from. Figures were read on 2026-12-03 (see each rule's
 * readAt); docs/TAX-RULES.md lists them with their sources.
 */
export const FEDERAL_RULE_SET: RuleSet = {
  version: 'us-federal/2026-12-03.3',
  rules: [
    ...SELF_EMPLOYMENT_RULES,
    ...ESTIMATED_TAX_RULES,
    ...SECTION_179_RULES,
    ...VEHICLE_RULES,
    ...HOME_OFFICE_RULES,
    ...MEALS_RULES,
    ...INCOME_TAX_RULES,
    ...DEDUCTION_RULES,
  ],
  holidays: DC_LEGAL_HOLIDAYS,
};
