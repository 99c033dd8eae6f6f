/**
 * Sales-tax jurisdictions: a buyer's address (state, ZIP, optional city) on a date resolved to the
 * state, county, city and special-district rates that apply to a sale shipped there, from dated
 * ZIP rate tables shipped as data (data/) and the states' own cited base rates (state-rates.ts).
 * Pure code, no database; tables are parsed lazily, once per state.
 */
export type {
  AddressInput,
  IsoDate,
  Jurisdiction,
  JurisdictionErrorCode,
  JurisdictionLevel,
  JurisdictionSource,
  ResolvedAddress,
} from './types.js';
export { JurisdictionError } from './types.js';
export { normalizePostalCode, resolveJurisdictions } from './resolve.js';
export { SALES_TAX_STATES, JURISDICTION_TABLE_VERSION } from './tables.js';
export {
  CA_STATEWIDE_BASE_RATE,
  FL_SURTAX_CAP_RULE,
  FL_SURTAX_PER_ITEM_CAP_CENTS,
  STATE_RATE_RULES,
  stateRateRule,
} from './state-rates.js';
export type { StateRateRule } from './state-rates.js';
