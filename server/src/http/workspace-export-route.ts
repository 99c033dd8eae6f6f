import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import express from 'express';
import { exportWorkspace } from '../modules/backups/workspace-export.js';
import { authenticateCredential, httpCredential } from '../modules/admin-users/console-auth.js';
import { forbidden } from '../modules/admin-users/operation-access.js';
import type { Clock } from '../runtime/clock.js';
import type { HubServices } from '../services.js';

export const WORKSPACE_EXPORT_PATH = '/exports/workspace.jsonl';

/**
 * GET /exports/workspace.jsonl: the caller's workspace as a JSON lines export (docs/BACKUPS.md),
 * for owners only: a console session (from the hub's own origin, so a plain link in the console
 * works) or an API key acting as OWNER. 401 without a valid credential, 403 for other roles, in
 * the JSON error shape; each export is audited (`workspace.export`).
 *
 * The export is written to a private temporary file first and then sent: on PGlite the export's
 * snapshot holds the database's one session, and a slow download must not hold it too.
 */
export function workspaceExportRoute(services: HubServices, clock: Clock): express.Router {
  const router = express.Router();
  router.get(WORKSPACE_EXPORT_PATH, async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    let folder: string | undefined;
    try {
      const principal = await authenticateCredential(services, httpCredential(req));
      if (principal.role !== 'OWNER') {
        throw forbidden('Only an owner can export the workspace.');
      }
      folder = await mkdtemp(join(tmpdir(), 'zactonics-export-'));
      const file = join(folder, 'workspace.jsonl');
      const out = createWriteStream(file, { mode: 0o600 });
      const { header, trailer } = await exportWorkspace(
        services.dataSource,
        principal.workspaceId,
        out,
        clock.now(),
      );
      out.end();
      await finished(out);
      await services.audit.record(principal.workspaceId, {
        actor: principal.actor,
        action: 'workspace.export',
        targetType: 'workspace',
        targetId: principal.workspaceId,
        data: { rows: trailer.rows, formatVersion: header.version, migration: header.migration },
      });
      const day = header.exportedAt.slice(0, 10);
      const name = `${header.workspace.slug.replace(/[^A-Za-z0-9._-]/g, '-')}-${day}.jsonl`;
      res.status(200).set({
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Length': String((await stat(file)).size),
        'Content-Disposition': `attachment; filename="${name}"`,
        'X-Content-Type-Options': 'nosniff',
      });
      await pipeline(createReadStream(file), res);
    } catch (error) {
      // Before the first byte: the JSON error (json-error-handler.ts); after it, a cut stream.
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    } finally {
      if (folder) await rm(folder, { recursive: true, force: true });
    }
  });
  return router;
}
