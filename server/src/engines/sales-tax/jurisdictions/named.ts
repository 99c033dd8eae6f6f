import type { Rational } from '../../tax-rules/rational.js';
import type { JurisdictionLevel } from './types.js';

/**
 * Names and stable codes for the local components the ZIP table does not name, where the authority
 * behind a region's component is known (the demo shop's own Austin, and the big cities the tests
 * use). Matched on state, the table's region name, the level and the exact rate, so a table whose
 * figures moved falls back to the generic `<ST>-<ZIP>-<LEVEL>` code instead of a wrong name.
 */
interface NamedComponent {
  state: string;
  region: string;
  level: Exclude<JurisdictionLevel, 'STATE'>;
  /** The rate the authority levies, as numerator/denominator. */
  rate: [number, number];
  code: string;
  name: string;
}

const NAMED: readonly NamedComponent[] = [
  {
    state: 'TX',
    region: 'AUSTIN',
    level: 'CITY',
    rate: [1, 100],
    code: 'TX-CITY-AUSTIN',
    name: 'City of Austin',
  },
  {
    state: 'TX',
    region: 'AUSTIN',
    level: 'SPECIAL',
    rate: [1, 100],
    code: 'TX-SPECIAL-AUSTIN-MTA',
    name: 'Capital Metropolitan Transportation Authority (Austin MTA)',
  },
  {
    state: 'NY',
    region: 'NEW YORK CITY',
    level: 'CITY',
    rate: [9, 200],
    code: 'NY-CITY-NEW-YORK-CITY',
    name: 'New York City',
  },
  {
    state: 'NY',
    region: 'NEW YORK CITY',
    level: 'SPECIAL',
    rate: [3, 800],
    code: 'NY-SPECIAL-MCTD',
    name: 'Metropolitan Commuter Transportation District surcharge',
  },
];

export function namedComponent(
  state: string,
  region: string,
  level: Exclude<JurisdictionLevel, 'STATE'>,
  rate: Rational,
): { code: string; name: string } | undefined {
  const found = NAMED.find(
    (n) =>
      n.state === state &&
      n.region === region &&
      n.level === level &&
      n.rate[0] * rate.denominator === rate.numerator * n.rate[1],
  );
  return found ? { code: found.code, name: found.name } : undefined;
}
