import { backupOpenPglite, type HubDatabase } from '@zactonics/db';
import express from 'express';
import type { Clock } from '../runtime/clock.js';
import { bearerMatches } from './operator-token.js';

export const DATABASE_BACKUP_PATH = '/backups/database.tar.gz';

/**
 * GET /backups/database.tar.gz with `Authorization: Bearer <HUB_BACKUP_TOKEN>`: an online backup
 * of the embedded database, the same archive as `scripts/backup.js` makes of a stopped hub's
 * folder (restore.js reads either; docs/BACKUPS.md). It holds every workspace, so it is an
 * operator's, behind a token of its own, never a console role. 401 without the token (in the
 * JSON error shape, without saying how close a wrong one was). Mounted only when the token is
 * set, which config allows only on PGlite.
 *
 * The archive is built in memory (PGlite's dumpDataDir) while the hub's requests wait.
 */
export function databaseBackupRoute(
  token: string,
  database: HubDatabase,
  clock: Clock,
): express.Router {
  const router = express.Router();
  router.get(DATABASE_BACKUP_PATH, async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    if (!bearerMatches(req.headers.authorization, token)) {
      const message = 'A database backup needs Authorization: Bearer <HUB_BACKUP_TOKEN>.';
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="backups"')
        .json({
          errors: [
            { message, extensions: { code: 'UNAUTHENTICATED', errorCode: 'UNAUTHENTICATED' } },
          ],
        });
      return;
    }
    try {
      const archive = await backupOpenPglite(database);
      const stamp = clock.now().toISOString().slice(0, 19).replaceAll(':', '-');
      res.status(200).set({
        'Content-Type': 'application/gzip',
        'Content-Length': String(archive.size),
        'Content-Disposition': `attachment; filename="hub-${stamp}.tar.gz"`,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(Buffer.from(await archive.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
