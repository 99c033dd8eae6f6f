import type { RateTableSource } from '../tables.js';

/**
 * The two ZIP-table snapshots shipped for every state, and where each was read. Avalara publishes
 * free per-state ZIP tables ("TAXRATES_ZIP5_<ST><YYYYMM>.csv": State, ZipCode, TaxRegionName,
 * EstimatedCombinedRate, StateRate, EstimatedCountyRate, EstimatedCityRate, EstimatedSpecialRate,
 * RiskLevel) behind a form at the page below; no copy could be downloaded from it here, so the
 * files were read from public repositories that committed them. The combined rates are the
 * publisher's ESTIMATES per ZIP: one row per ZIP, even where a ZIP spans several cities, counties
 * or districts. Read on 2026-12-03.
 *
 * Conversion (done once, outside the build): rates copied as printed (exact decimals, never
 * floats); where the December file's parts miss its own combined rate by a rounding residual
 * (42 rows in CO and WA, e.g. Fort Collins city 0.043499 with combined 0.0805), the residual is
 * put in the city part so the parts add up to the published combined rate. The January 2026 table
 * is stored as a delta against December: a component whose January value is only December's
 * value rounded to five decimals keeps December's exact value.
 */
type SnapshotMeta = Pick<RateTableSource, 'asOf' | 'source' | 'url' | 'readAt'>;

export const AVALARA_PAGE = 'https://www.avalara.com/taxrates/en/download-tax-tables.html';

/** December 2025: the original CSV files, every ZIP of each state. */
export const AVALARA_2025_12: SnapshotMeta = {
  asOf: '2025-12-01',
  source: 'Avalara free ZIP tax rate table, December 2025',
  url: AVALARA_PAGE,
  readAt:
    'https://github.com/sziegler68/Grocery_Sale_Price_Evaluator/tree/aab143092a800ddc7e01fb310823eab071da369b/docs/state_tax_rates (committed 2025-12-14; files TAXRATES_ZIP5_<ST>202512.csv, read 2026-12-03)',
};

/**
 * January 2026: Avalara's table as converted by the taxrates-us project (src/data/zip-rates/
 * <st>-zip-rates.json, committed 2026-02-21: per ZIP the region name, combined, state, county,
 * city and special rates, rounded to five decimals, the highest-rate row kept where its CSV had
 * several). The project does not state the file's month. It is dated 2026-01-01 here because its
 * California changes are exactly the CDTFA's rates effective January 1, 2026 (Culver City 10.50%
 * in December, 10.75% here and in CDTFA's 1/1/26 list), and California district taxes change only
 * at the start of a quarter, so the table speaks for January 1, 2026 or later. Two more changes in
 * it are dated January 1, 2026 by the pages read: Culver City's Measure CL quarter cent "will go
 * into effect on January 1, 2026" (https://www.culvercrescent.com/victory-of-measure-cl-to-be-certified-by-city-council),
 * and Washington's local rate table "effective January 1, 2026" lists "Seattle - 10.55%", "Kent -
 * 10.4%", "Des Moines - 10.4%" (https://www.taxusign.com/single-post/washington-state-s-new-sales-tax-rates-what-businesses-need-to-know),
 * all as this table has them (December: Seattle 10.35%, Kent 10.2%). Colorado's DR 1002 says its
 * local changes take effect only on January 1 or July 1. A rate that changed on February 1, 2026 (if
 * any) would be shown here from January 1: the file's month is the one thing not known.
 */
export const TAXRATES_US_2026_01: SnapshotMeta = {
  asOf: '2026-01-01',
  source: 'Avalara free ZIP tax rate table, January 2026 (as converted by taxrates-us)',
  url: AVALARA_PAGE,
  readAt:
    'https://github.com/mrpartnerai/taxrates-us/tree/e2c8fe215180b2825546146b806f811fd2299550/src/data/zip-rates (committed 2026-02-21, read 2026-12-03)',
};

/**
 * A state department's own table used to cross-check the ZIP estimates (tests): the CDTFA's
 * "California City & County Sales & Use Tax Rates" effective January 1, 2026, as committed with
 * taxrates-us (data/SalesTaxRates1-1-26.csv, an export of CDTFA's SalesTaxRates1-1-26.xlsx).
 */
export const CDTFA_2026_01_01 = {
  title: 'CDTFA, California City & County Sales & Use Tax Rates, effective January 1, 2026',
  url: 'https://www.cdtfa.ca.gov/taxes-and-fees/sales-use-tax-rates.htm',
  readAt:
    'https://github.com/mrpartnerai/taxrates-us/blob/e2c8fe215180b2825546146b806f811fd2299550/data/SalesTaxRates1-1-26-cleaned.csv (read 2026-12-03)',
};
