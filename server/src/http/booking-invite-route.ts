import { BookingEntity } from '@zactonics/db';
import express from 'express';
import { DomainError } from '../errors.js';
import { authenticateCredential, httpCredential } from '../modules/admin-users/console-auth.js';
import type { HubServices } from '../services.js';

export const BOOKING_INVITE_PATH = '/downloads/bookings/:bookingId/invite.ics';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /downloads/bookings/<id>/invite.ics: a booked meeting's RFC 5545 invite as a file to open
 * in a calendar (`text/calendar`, `attachment; filename="meeting-<day>.ics"`), for anyone who may
 * read the workspace's bookings: a console session from the hub's own origin (a plain link on a
 * run's page) or an API key. 401 without a credential; 404 for an unknown booking or another
 * workspace's, in the JSON error shape.
 */
export function bookingInviteRoute(services: HubServices): express.Router {
  const router = express.Router();
  router.get(BOOKING_INVITE_PATH, async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    try {
      const principal = await authenticateCredential(services, httpCredential(req));
      const id = req.params.bookingId;
      const booking = UUID.test(id)
        ? await services.dataSource.manager.findOneBy(BookingEntity, {
            id,
            workspaceId: principal.workspaceId,
          })
        : null;
      if (!booking) {
        throw new DomainError('NOT_FOUND', 'There is no such booking.', { http: { status: 404 } });
      }
      const day = booking.startsAt.toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="meeting-${day}.ics"`,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(booking.ics);
    } catch (error) {
      next(error); // answered as JSON by json-error-handler.ts
    }
  });
  return router;
}
