import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRoutes } from './hub-http-server.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { bookingInviteRoute } from './booking-invite-route.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let server: Server;
let base: string;
let key: string;
let bookingId: string;
let ics: string;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:booking-invite-route-spec' });
  const { services, ctx } = fixture;
  key = await services.apiKeys.create(ctx.workspaceId, 'Calendar key');
  const jordan = await services.bookings.memberByEmail(
    ctx.workspaceId,
    'jordan@juniperlanegoods.example',
  );
  const booking = await services.bookings.book(ctx.workspaceId, {
    now: NOW,
    memberId: jordan?.id ?? '',
    start: new Date('2026-11-30T15:00:00Z'),
    durationMinutes: 30,
    leadEmail: 'lee@example.com',
    leadName: 'Lee Park',
    leadTimeZone: 'Europe/London',
  });
  bookingId = booking.id;
  ics = booking.ics;
  const app = express();
  // Mounted as the hub mounts its routes: refusals are answered by its JSON error handler.
  serveRoutes(app, [bookingInviteRoute(services)], { development: false, log: () => undefined });
  server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/downloads/bookings`;
}, 120_000);

afterAll(async () => {
  if (server) await new Promise((done) => server.close(done));
  await fixture?.close();
});

const download = (id: string, credential: string | null = key) =>
  fetch(`${base}/${id}/invite.ics`, {
    headers: credential ? { authorization: `Bearer ${credential}` } : {},
  });

describe('GET /downloads/bookings/<id>/invite.ics', () => {
  it("downloads the booking's invite as a calendar file", async () => {
    const response = await download(bookingId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="meeting-2026-11-30.ics"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.text();
    expect(body).toBe(ics);
    expect(body).toContain('BEGIN:VCALENDAR\r\n');
    expect(body).toContain('DTSTART:20261130T150000Z\r\n');
  });

  it('refuses a caller without a credential, and an unknown or malformed booking id', async () => {
    const anonymous = await download(bookingId, null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'UNAUTHENTICATED' } }],
    });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const missing = await download(id);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({
        errors: [{ extensions: { errorCode: 'NOT_FOUND' } }],
      });
    }
  });

  it("answers another workspace's key as if the booking did not exist", async () => {
    const [other = { id: '' }] = (await fixture.db.dataSource.query(
      `INSERT INTO workspace (slug, name, widget_identity_secret, visitor_token_secret)
       VALUES ('other', 'Other', 's1', 's2') RETURNING id`,
    )) as { id: string }[];
    const otherKey = await fixture.services.apiKeys.create(other.id, 'Other key');
    expect((await download(bookingId, otherKey)).status).toBe(404);
  });
});
