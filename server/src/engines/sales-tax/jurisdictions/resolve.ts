import { isIsoDate } from '../../tax-rules/iso-date.js';
import { rational, type Rational } from '../../tax-rules/rational.js';
import { namedComponent } from './named.js';
import {
  FL_SURTAX_CAP_RULE,
  FL_SURTAX_PER_ITEM_CAP_CENTS,
  stateRateRule,
  type StateRateRule,
} from './state-rates.js';
import {
  SALES_TAX_STATES,
  addRates,
  snapshotOn,
  snapshotsFor,
  type ParsedSnapshot,
  type TableRow,
} from './tables.js';
import {
  JurisdictionError,
  type AddressInput,
  type IsoDate,
  type Jurisdiction,
  type JurisdictionLevel,
  type ResolvedAddress,
} from './types.js';

const ZIP = /^(\d{5})(?:-?\d{4})?$/;

/** "78704-1234" or "787041234" -> "78704"; anything else is a BAD_POSTAL_CODE. */
export function normalizePostalCode(postalCode: string): string {
  const match = ZIP.exec(postalCode.trim());
  if (!match?.[1])
    throw new JurisdictionError(
      'BAD_POSTAL_CODE',
      `"${postalCode}" is not a US ZIP code (five digits, optionally with the four-digit extension)`,
    );
  return match[1];
}

/** Upper-case words of letters and digits, so "St. Louis" and "ST LOUIS" compare equal. */
function words(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/\bSAINT\b/g, 'ST');
}

/**
 * The table names a region after its city, or after a district within it ("SAN DIEGO TOT ZONE 3",
 * "SACRAMENTO TMD ZONE 1"): the city matches when it is the region's name or its leading words.
 */
function cityMatchesRegion(city: string, region: string): boolean {
  const c = words(city);
  const r = words(region);
  return c.length > 0 && (r === c || r.startsWith(`${c} `));
}

function isSupported(state: string): boolean {
  return (SALES_TAX_STATES as readonly string[]).includes(state);
}

/** Which supported state's latest table lists the ZIP (for a POSTAL_CODE_STATE_MISMATCH). */
function stateListing(zip: string, except: string): string | undefined {
  return SALES_TAX_STATES.find((st) => {
    if (st === except) return false;
    const snapshots = snapshotsFor(st);
    return snapshots.some((s) => s.rows.has(zip));
  });
}

const prefixCache = new Map<string, ReadonlySet<string>>();

/** The three-digit ZIP prefixes the state's tables use (USPS assigns prefixes by state). */
function statePrefixes(state: string): ReadonlySet<string> {
  let prefixes = prefixCache.get(state);
  if (!prefixes) {
    const set = new Set<string>();
    for (const s of snapshotsFor(state)) for (const zip of s.rows.keys()) set.add(zip.slice(0, 3));
    prefixes = set;
    prefixCache.set(state, prefixes);
  }
  return prefixes;
}

function isZero(rate: Rational): boolean {
  return rate.numerator === 0;
}

function stateJurisdiction(rule: StateRateRule): Jurisdiction {
  return {
    level: 'STATE',
    code: `${rule.state}-STATE`,
    name: rule.name,
    rate: rule.rate,
    ruleId: rule.id,
    source: {
      title: `${rule.citation.publisher}: ${rule.citation.title}`,
      url: rule.citation.url,
      asOf: rule.effective.from,
    },
    perItemCapCents: null,
  };
}

const LEVEL_WORD: Record<Exclude<JurisdictionLevel, 'STATE'>, string> = {
  COUNTY: 'county',
  CITY: 'city',
  SPECIAL: 'special district',
};

function localJurisdiction(
  state: string,
  row: TableRow,
  snapshot: ParsedSnapshot,
  level: Exclude<JurisdictionLevel, 'STATE'>,
  rate: Rational,
): Jurisdiction {
  const named = namedComponent(state, row.region, level, rate);
  return {
    level,
    code: named?.code ?? `${state}-${row.zip}-${level}`,
    name: named?.name ?? `${LEVEL_WORD[level]} tax for ZIP ${row.zip} (${row.region})`,
    rate,
    ruleId: `${snapshot.id}/${row.zip}/${level}`,
    source: { title: snapshot.source, url: snapshot.url, asOf: snapshot.asOf },
    // Florida's county surtax is the table's county component; only it is capped per item.
    perItemCapCents: state === 'FL' && level === 'COUNTY' ? FL_SURTAX_PER_ITEM_CAP_CENTS : null,
  };
}

/**
 * The taxing jurisdictions for a sale shipped to the address on the date: the state's own rate
 * (a cited rule) and the county, city and special-district rates of the ZIP's row in the rate
 * table in force on that date. Throws a JurisdictionError naming what was wrong with the input.
 */
export function resolveJurisdictions(address: AddressInput, onDate: IsoDate): ResolvedAddress {
  if (!isIsoDate(onDate)) throw new RangeError(`"${onDate}" is not a calendar date (YYYY-MM-DD)`);
  const state = address.state.trim().toUpperCase();
  const zip = normalizePostalCode(address.postalCode);
  if (!isSupported(state))
    throw new JurisdictionError(
      'UNSUPPORTED_STATE',
      `No rate tables for "${address.state}": supported states are ${SALES_TAX_STATES.join(', ')}`,
    );

  const snapshot = snapshotOn(state, onDate);
  const rule = stateRateRule(state, onDate);
  if (!snapshot || !rule) {
    const first = snapshotsFor(state)[0];
    throw new JurisdictionError(
      'NO_RATE_ON_DATE',
      `No ${state} rate table covers ${onDate}` +
        (first ? `: the earliest shipped is ${first.id}, from ${first.asOf}` : ''),
    );
  }

  const row = snapshot.rows.get(zip);
  if (!row) {
    const elsewhere = stateListing(zip, state);
    if (elsewhere || !statePrefixes(state).has(zip.slice(0, 3)))
      throw new JurisdictionError(
        'POSTAL_CODE_STATE_MISMATCH',
        `ZIP ${zip} is not a ${state} ZIP` + (elsewhere ? ` (it is in ${elsewhere})` : ''),
      );
    throw new JurisdictionError(
      'UNKNOWN_POSTAL_CODE',
      `ZIP ${zip} is not in the ${state} rate table ${snapshot.id}`,
    );
  }

  const jurisdictions: Jurisdiction[] = [stateJurisdiction(rule)];
  const locals: [Exclude<JurisdictionLevel, 'STATE'>, Rational][] = [
    ['COUNTY', row.countyRate],
    ['CITY', row.cityRate],
    ['SPECIAL', row.specialRate],
  ];
  for (const [level, rate] of locals)
    if (!isZero(rate)) jurisdictions.push(localJurisdiction(state, row, snapshot, level, rate));
  const combinedRate = jurisdictions.reduce<Rational>(
    (sum, j) => addRates(sum, j.rate),
    rational(0),
  );

  const city = address.city?.trim() ? address.city.trim() : null;
  const cityMatches = city !== null && cityMatchesRegion(city, row.region);
  const notes: string[] = [];
  if (row.crossesBoundaries)
    notes.push(
      `ZIP ${zip} crosses city, county or district lines; the table has one row for it, the publisher's estimate for the whole ZIP, so the rate at the exact address may differ.`,
    );
  if (city !== null && !cityMatches)
    notes.push(
      `The city "${city}" is not the table's region for ZIP ${zip} ("${row.region}"); the ZIP's row was used.`,
    );
  if (state === 'FL' && !isZero(row.countyRate))
    notes.push(
      `Florida's county surtax applies only to the first $5,000 of a single item (${FL_SURTAX_CAP_RULE.id}).`,
    );

  return {
    state,
    postalCode: zip,
    city,
    matchedBy: cityMatches ? 'POSTAL_CODE_AND_CITY' : 'POSTAL_CODE',
    regionName: row.region,
    jurisdictions,
    combinedRate,
    table: { id: snapshot.id, source: snapshot.source, asOf: snapshot.asOf },
    note: notes.length ? notes.join(' ') : null,
  };
}
