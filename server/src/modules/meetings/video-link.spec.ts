import { describe, expect, it } from 'vitest';
import { JitsiVideoLinks } from './video-link.js';

const meeting = (bookingId: string) => ({
  bookingId,
  startsAt: new Date('2026-12-01T15:00:00Z'),
  endsAt: new Date('2026-12-01T15:30:00Z'),
  title: 'Demo',
});

describe('the default video links', () => {
  it('give a booking the same Jitsi room every time, and each booking its own', () => {
    const links = new JitsiVideoLinks();
    const a = links.linkFor(meeting('3f2b8c1e-0d6a-4c55-9e1f-7a2b9c0d1e2f'));

    expect(a).toMatch(/^https:\/\/meet\.jit\.si\/juniper-lane-[0-9a-f]{20}$/);
    expect(links.linkFor(meeting('3f2b8c1e-0d6a-4c55-9e1f-7a2b9c0d1e2f'))).toBe(a);
    expect(links.linkFor(meeting('00000000-0000-4000-8000-000000000000'))).not.toBe(a);
    expect(a).not.toContain('3f2b8c1e');
  });
});
