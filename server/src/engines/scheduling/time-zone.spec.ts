import { describe, expect, it } from 'vitest';
import { isIanaZone, requireIanaZone, UnknownTimeZone } from './time-zone.js';

describe('IANA time zones', () => {
  it('accepts region zones and UTC', () => {
    for (const zone of [
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'Europe/Kyiv',
      'UTC',
    ]) {
      expect({ zone, ok: isIanaZone(zone) }).toEqual({ zone, ok: true });
    }
  });

  it('refuses zones that do not exist, offsets and abbreviations', () => {
    for (const zone of ['Mars/Olympus_Mons', 'America/Atlantis', 'UTC+2', 'EST', 'PST', '']) {
      expect({ zone, ok: isIanaZone(zone) }).toEqual({ zone, ok: false });
    }
  });

  it('names the zone and an example in the error', () => {
    expect(() => requireIanaZone('Mars/Olympus_Mons')).toThrow(UnknownTimeZone);
    expect(() => requireIanaZone('Mars/Olympus_Mons')).toThrow(
      '"Mars/Olympus_Mons" is not a known IANA time zone; use a name like "America/New_York" or "Europe/London".',
    );
    expect(requireIanaZone('Europe/Kyiv')).toBe('Europe/Kyiv');
  });
});
