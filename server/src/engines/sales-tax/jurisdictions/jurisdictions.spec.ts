import { describe, expect, it } from 'vitest';
import { formatPercent, multiplyCents, rational, type Rational } from '../../tax-rules/rational.js';
import {
  JURISDICTION_TABLE_VERSION,
  JurisdictionError,
  SALES_TAX_STATES,
  STATE_RATE_RULES,
  resolveJurisdictions,
  type JurisdictionErrorCode,
} from './index.js';
import { CA_STATEWIDE_BASE_RATE, FL_SURTAX_PER_ITEM_CAP_CENTS } from './state-rates.js';
import { addRates, snapshotsFor } from './tables.js';

const JAN_2026 = '2026-03-01';

function percent(rate: Rational): string {
  return formatPercent(rate);
}

function failure(run: () => unknown): JurisdictionErrorCode {
  try {
    run();
  } catch (error) {
    if (error instanceof JurisdictionError) return error.code;
    throw error;
  }
  throw new Error('expected a JurisdictionError');
}

describe('the demo shop origin: Austin, TX 78704', () => {
  const austin = resolveJurisdictions(
    { state: 'TX', postalCode: '78704', city: 'Austin' },
    JAN_2026,
  );

  it('is the state 6.25%, City of Austin 1% and Capital Metro 1%: 8.25%', () => {
    expect(austin.jurisdictions.map((j) => [j.level, j.code, percent(j.rate)])).toEqual([
      ['STATE', 'TX-STATE', '6.25%'],
      ['CITY', 'TX-CITY-AUSTIN', '1%'],
      ['SPECIAL', 'TX-SPECIAL-AUSTIN-MTA', '1%'],
    ]);
    expect(austin.combinedRate).toEqual(rational(33, 400));
    expect(austin.jurisdictions[2]?.name).toBe(
      'Capital Metropolitan Transportation Authority (Austin MTA)',
    );
  });

  it('matches on ZIP and city, and names the table, the rule and their dates', () => {
    expect(austin.matchedBy).toBe('POSTAL_CODE_AND_CITY');
    expect(austin.regionName).toBe('AUSTIN');
    expect(austin.table).toEqual({
      id: 'avalara-zip5/TX/2026-01',
      source: expect.stringContaining('Avalara free ZIP tax rate table, January 2026'),
      asOf: '2026-01-01',
    });
    expect(austin.jurisdictions[0]?.ruleId).toBe('sales-tax/TX/state-rate/1990-07-01');
    expect(austin.jurisdictions[1]?.ruleId).toBe('avalara-zip5/TX/2026-01/78704/CITY');
    expect(austin.note).toBeNull();
  });

  it('taxes a $100.00 sale at $8.25 with exact rates', () => {
    expect(multiplyCents(10_000, austin.combinedRate, 'cent')).toBe(825);
  });
});

describe('known addresses in each of the 12 states (January 2026 table)', () => {
  // [state, ZIP, combined rate as the table has it]; a few cross-checked below against the state.
  const known: [string, string, string][] = [
    ['TX', '78701', '8.25%'],
    ['CA', '90210', '10.5%'],
    ['NY', '10001', '8.875%'],
    ['FL', '33101', '7%'],
    ['GA', '30303', '8.9%'],
    ['CO', '80202', '9.15%'],
    ['WA', '98101', '10.55%'],
    ['AZ', '85004', '9.1%'],
    ['NC', '27601', '7.25%'],
    ['NJ', '07102', '6.625%'],
    ['IL', '60601', '10.25%'],
    ['OK', '73102', '8.625%'],
  ];

  it.each(known)('%s %s is %s', (state, postalCode, combined) => {
    const resolved = resolveJurisdictions({ state, postalCode }, JAN_2026);
    expect(percent(resolved.combinedRate)).toBe(combined);
    expect(resolved.jurisdictions[0]?.level).toBe('STATE');
    expect(resolved.combinedRate).toEqual(
      resolved.jurisdictions.reduce<Rational>((sum, j) => addRates(sum, j.rate), rational(0)),
    );
  });

  it('covers exactly the 12 demo states', () => {
    expect([...SALES_TAX_STATES].sort()).toEqual(
      ['AZ', 'CA', 'CO', 'FL', 'GA', 'IL', 'NC', 'NJ', 'NY', 'OK', 'TX', 'WA'].sort(),
    );
    expect(known.map(([state]) => state).sort()).toEqual([...SALES_TAX_STATES].sort());
  });

  it('Manhattan is state 4%, New York City 4.5% and the MCTD 0.375% (Pub. 718 split)', () => {
    const nyc = resolveJurisdictions({ state: 'NY', postalCode: '10001' }, JAN_2026);
    expect(nyc.jurisdictions.map((j) => [j.code, percent(j.rate)])).toEqual([
      ['NY-STATE', '4%'],
      ['NY-CITY-NEW-YORK-CITY', '4.5%'],
      ['NY-SPECIAL-MCTD', '0.375%'],
    ]);
    expect(nyc.combinedRate).toEqual(rational(71, 800));
  });

  it('New Jersey has no local rate: the state rate alone', () => {
    const nj = resolveJurisdictions({ state: 'NJ', postalCode: '07102' }, JAN_2026);
    expect(nj.jurisdictions.map((j) => j.code)).toEqual(['NJ-STATE']);
    expect(nj.combinedRate).toEqual(rational(53, 800));
  });

  it("Florida's county surtax carries the $5,000 per-item cap; the state 6% does not", () => {
    const miami = resolveJurisdictions({ state: 'FL', postalCode: '33101' }, JAN_2026);
    expect(miami.jurisdictions.map((j) => [j.level, percent(j.rate), j.perItemCapCents])).toEqual([
      ['STATE', '6%', null],
      ['COUNTY', '1%', 500_000],
    ]);
    expect(FL_SURTAX_PER_ITEM_CAP_CENTS).toBe(500_000);
    expect(miami.note).toContain('first $5,000 of a single item');
  });

  it('Beverly Hills 90210: the ZIP table (10.5%) is not the CDTFA city rate (9.75%), and the note says why', () => {
    // CDTFA's list effective 1/1/26 gives Beverly Hills 9.75%; the ZIP's single row in the table is
    // the publisher's estimate for the whole ZIP, which it names after West Hollywood's district.
    const bh = resolveJurisdictions(
      { state: 'CA', postalCode: '90210', city: 'Beverly Hills' },
      JAN_2026,
    );
    expect(percent(bh.combinedRate)).toBe('10.5%');
    expect(bh.matchedBy).toBe('POSTAL_CODE');
    expect(bh.note).toContain('"Beverly Hills" is not the table\'s region for ZIP 90210');
  });
});

describe("cross-checked against California's own table (CDTFA rates effective 1/1/26)", () => {
  // CDTFA, California City & County Sales & Use Tax Rates effective January 1, 2026 (see
  // data/sources.ts CDTFA_2026_01_01): the city's rate, and a ZIP in it the table names for it.
  const cities: [string, string, string][] = [
    ['Los Angeles', '90012', '9.75%'],
    ['San Francisco', '94103', '8.625%'],
    ['San Diego', '92101', '7.75%'],
    ['Sacramento', '95814', '8.75%'],
    ['Oakland', '94612', '10.75%'],
    ['Pasadena', '91101', '10.5%'],
    ['Irvine', '92614', '7.75%'],
    ['Culver City', '90232', '10.75%'],
  ];

  it.each(cities)('%s (%s) is %s in the table as in the CDTFA list', (city, postalCode, rate) => {
    const resolved = resolveJurisdictions({ state: 'CA', postalCode, city }, JAN_2026);
    expect(percent(resolved.combinedRate)).toBe(rate);
    // "SAN DIEGO TOT ZONE 3" is a region within San Diego: the city still matches.
    expect(resolved.matchedBy).toBe('POSTAL_CODE_AND_CITY');
  });
});

describe('rates by date: two snapshots give each local rate an effective range', () => {
  it('Culver City 90232 is 10.5% through December 31, 2025 and 10.75% from January 1, 2026 (Measure CL; CDTFA 1/1/26 list: 10.75%)', () => {
    const before = resolveJurisdictions({ state: 'CA', postalCode: '90232' }, '2025-12-31');
    const after = resolveJurisdictions({ state: 'CA', postalCode: '90232' }, '2026-01-01');
    expect(percent(before.combinedRate)).toBe('10.5%');
    expect(before.table.id).toBe('avalara-zip5/CA/2025-12');
    expect(percent(after.combinedRate)).toBe('10.75%');
    expect(after.table.id).toBe('avalara-zip5/CA/2026-01');
    const city = (r: typeof before) =>
      r.jurisdictions.filter((j) => j.level === 'CITY').map((j) => percent(j.rate));
    expect(city(before)).toEqual(['0.75%']);
    expect(city(after)).toEqual(['1%']);
  });

  it('Seattle 98101 is 10.35% in December 2025 and 10.55% from January 1, 2026 (WA DOR Q1 2026 table)', () => {
    expect(
      percent(
        resolveJurisdictions({ state: 'WA', postalCode: '98101' }, '2025-12-15').combinedRate,
      ),
    ).toBe('10.35%');
    expect(
      percent(
        resolveJurisdictions({ state: 'WA', postalCode: '98101' }, '2026-01-15').combinedRate,
      ),
    ).toBe('10.55%');
  });

  it('a rate that did not change resolves the same on both sides of the change date', () => {
    for (const date of ['2025-12-01', '2026-06-30'])
      expect(resolveJurisdictions({ state: 'TX', postalCode: '78704' }, date).combinedRate).toEqual(
        rational(33, 400),
      );
  });

  it('a date before the first table has no rate', () => {
    expect(
      failure(() => resolveJurisdictions({ state: 'TX', postalCode: '78704' }, '2025-11-30')),
    ).toBe('NO_RATE_ON_DATE');
  });

  it('a ZIP the January table dropped resolves in December and is unknown in January', () => {
    expect(resolveJurisdictions({ state: 'CO', postalCode: '82070' }, '2025-12-10').state).toBe(
      'CO',
    );
    expect(
      failure(() => resolveJurisdictions({ state: 'CO', postalCode: '82070' }, '2026-01-10')),
    ).toBe('UNKNOWN_POSTAL_CODE');
  });
});

describe('input checks', () => {
  it('accepts ZIP+4 with or without the hyphen, and any case and spacing of the state', () => {
    for (const postalCode of ['78704-1234', '787041234', ' 78704 '])
      expect(resolveJurisdictions({ state: ' tx ', postalCode }, JAN_2026).postalCode).toBe(
        '78704',
      );
  });

  it('rejects what is not a ZIP', () => {
    for (const postalCode of ['7870', 'ABCDE', '78704-12', ''])
      expect(failure(() => resolveJurisdictions({ state: 'TX', postalCode }, JAN_2026))).toBe(
        'BAD_POSTAL_CODE',
      );
  });

  it('rejects a state without tables', () => {
    expect(
      failure(() => resolveJurisdictions({ state: 'OR', postalCode: '97201' }, JAN_2026)),
    ).toBe('UNSUPPORTED_STATE');
  });

  it('says a ZIP belongs to another state, supported or not', () => {
    expect(() => resolveJurisdictions({ state: 'TX', postalCode: '10001' }, JAN_2026)).toThrow(
      'ZIP 10001 is not a TX ZIP (it is in NY)',
    );
    expect(
      failure(() => resolveJurisdictions({ state: 'TX', postalCode: '97201' }, JAN_2026)),
    ).toBe('POSTAL_CODE_STATE_MISMATCH');
  });

  it("calls a ZIP unknown when it has the state's prefix but no row", () => {
    expect(
      failure(() => resolveJurisdictions({ state: 'TX', postalCode: '78798' }, JAN_2026)),
    ).toBe('UNKNOWN_POSTAL_CODE');
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => resolveJurisdictions({ state: 'TX', postalCode: '78704' }, '2026-02-30')).toThrow(
      RangeError,
    );
  });

  it('notes a ZIP that crosses jurisdiction lines', () => {
    const crossing = resolveJurisdictions({ state: 'WA', postalCode: '98032' }, JAN_2026);
    expect(crossing.note).toContain('ZIP 98032 crosses city, county or district lines');
  });
});

describe('the state rate rules', () => {
  it('one rule per state, each cited, dated and with where it was read', () => {
    expect(STATE_RATE_RULES.map((r) => r.state).sort()).toEqual([...SALES_TAX_STATES].sort());
    for (const rule of STATE_RATE_RULES) {
      expect(rule.id).toBe(`sales-tax/${rule.state}/state-rate/${rule.effective.from}`);
      expect(rule.effective.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(rule.citation.url).toMatch(/^https?:\/\//);
      expect(rule.readAt.length, rule.id).toBeGreaterThan(0);
      for (const read of rule.readAt) {
        expect(read.url).toMatch(/^https?:\/\//);
        expect(read.quote.length).toBeGreaterThan(20);
      }
    }
  });

  it('has the 12 state rates the brief names', () => {
    expect(Object.fromEntries(STATE_RATE_RULES.map((r) => [r.state, percent(r.rate)]))).toEqual({
      TX: '6.25%', CA: '6%', NY: '4%', FL: '6%', GA: '4%', CO: '2.9%',
      WA: '6.5%', AZ: '5.6%', NC: '4.75%', NJ: '6.625%', IL: '6.25%', OK: '4.5%',
    }); // prettier-ignore
  });
});

describe('the tables against the states own rules', () => {
  it("every ZIP row's state rate is the state's cited rate, in every snapshot", () => {
    for (const state of SALES_TAX_STATES) {
      const rule = STATE_RATE_RULES.find((r) => r.state === state);
      if (!rule) throw new Error(`no state rate rule for ${state}`);
      const snapshots = snapshotsFor(state);
      expect(snapshots.map((s) => s.asOf)).toEqual(['2025-12-01', '2026-01-01']);
      for (const snapshot of snapshots) {
        const off = [...snapshot.rows.values()].filter(
          (row) =>
            row.stateRate.numerator * rule.rate.denominator !==
            rule.rate.numerator * row.stateRate.denominator,
        );
        expect(
          off.map((row) => row.zip),
          `${snapshot.id}`,
        ).toEqual([]);
      }
    }
  });

  it('every California ZIP reaches the 7.25% statewide base rate (6% state + 1.25% Bradley-Burns)', () => {
    expect(percent(CA_STATEWIDE_BASE_RATE)).toBe('7.25%');
    for (const snapshot of snapshotsFor('CA')) {
      const below = [...snapshot.rows.values()].filter((row) => {
        const combined = [row.stateRate, row.countyRate, row.cityRate, row.specialRate].reduce(
          addRates,
        );
        return combined.numerator * 400 < 29 * combined.denominator; // 7.25% = 29/400
      });
      expect(below.map((row) => row.zip)).toEqual([]);
    }
  });

  it('no Texas ZIP exceeds the 8.25% maximum combined rate (6.25% state + up to 2% local)', () => {
    for (const snapshot of snapshotsFor('TX')) {
      const above = [...snapshot.rows.values()].filter((row) => {
        const local = [row.countyRate, row.cityRate, row.specialRate].reduce(addRates);
        return local.numerator * 50 > local.denominator; // 2% = 1/50
      });
      expect(above.map((row) => row.zip)).toEqual([]);
    }
  });

  it('ships every ZIP the December files list (15,700 or so across the 12 states)', () => {
    const counts = Object.fromEntries(
      SALES_TAX_STATES.map((s) => [s, snapshotsFor(s)[0]?.rows.size]),
    );
    expect(counts).toEqual({
      TX: 2597, CA: 2572, NY: 2143, FL: 1457, GA: 942, CO: 642,
      WA: 717, AZ: 519, NC: 1080, NJ: 721, IL: 1569, OK: 765,
    }); // prettier-ignore
    expect(JURISDICTION_TABLE_VERSION).toMatch(/^jurisdictions\//);
  });
});

describe('speed', () => {
  it('resolves an address in well under a millisecond once the state is loaded', () => {
    resolveJurisdictions({ state: 'CA', postalCode: '90232' }, JAN_2026);
    const start = performance.now();
    for (let i = 0; i < 10_000; i++)
      resolveJurisdictions({ state: 'CA', postalCode: '90232', city: 'Culver City' }, JAN_2026);
    const perCallMs = (performance.now() - start) / 10_000;
    expect(perCallMs).toBeLessThan(0.1);
  });
});
