import { IANAZone } from 'luxon';

/** A time zone name that is not in the IANA database (as known to this process's ICU). */
export class UnknownTimeZone extends Error {
  override name = 'UnknownTimeZone';

  constructor(readonly zone: string) {
    super(
      `"${zone}" is not a known IANA time zone; use a name like "America/New_York" or "Europe/London".`,
    );
  }
}

/**
 * Whether `zone` names an IANA zone. Fixed offsets ("UTC+2") and abbreviations ("EST") are
 * refused on purpose: only a region's zone knows its daylight-saving rules, and a meeting a few
 * weeks out may fall on the other side of a change.
 */
export function isIanaZone(zone: string): boolean {
  return zone.includes('/') || zone === 'UTC' ? IANAZone.isValidZone(zone) : false;
}

/**
 * The zone as given, or UnknownTimeZone. Not canonicalised: ICU maps some current names to older
 * ones ("Europe/Kyiv" -> "Europe/Kiev"), which would surprise the person who typed it.
 */
export function requireIanaZone(zone: string): string {
  if (!isIanaZone(zone)) throw new UnknownTimeZone(zone);
  return zone;
}
