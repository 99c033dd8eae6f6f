import type { RateTableSource } from '../tables.js';
import { AZ_TABLES } from './az.js';
import { CA_TABLES } from './ca.js';
import { CO_TABLES } from './co.js';
import { FL_TABLES } from './fl.js';
import { GA_TABLES } from './ga.js';
import { IL_TABLES } from './il.js';
import { NC_TABLES } from './nc.js';
import { NJ_TABLES } from './nj.js';
import { NY_TABLES } from './ny.js';
import { OK_TABLES } from './ok.js';
import { TX_TABLES } from './tx.js';
import { WA_TABLES } from './wa.js';

/**
 * The shipped ZIP rate tables, by state (sources.ts says what they are and where they were read).
 * Each is text until a state is first resolved; tables.ts parses it then, once.
 */
export const RATE_TABLE_SOURCES: Readonly<Record<string, readonly RateTableSource[]>> = {
  TX: TX_TABLES,
  CA: CA_TABLES,
  NY: NY_TABLES,
  FL: FL_TABLES,
  GA: GA_TABLES,
  CO: CO_TABLES,
  WA: WA_TABLES,
  AZ: AZ_TABLES,
  NC: NC_TABLES,
  NJ: NJ_TABLES,
  IL: IL_TABLES,
  OK: OK_TABLES,
};
