import type { RateTableSource } from '../tables.js';

/**
 * The shipped ZIP rate tables, by state. Each data/<st>.ts holds that state's snapshots as text
 * (see RateTableSource); they are parsed only when a state is first resolved.
 */
export const RATE_TABLE_SOURCES: Readonly<Record<string, readonly RateTableSource[]>> = {};
