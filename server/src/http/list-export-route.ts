import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import express from 'express';
import { callerContext } from '../context.js';
import { DomainError } from '../errors.js';
import { authenticateCredential, httpCredential } from '../modules/admin-users/console-auth.js';
import { isExportedList, LIST_EXPORTS, type CsvRow } from '../modules/exports/list-exports.js';
import type { Clock } from '../runtime/clock.js';
import type { HubServices } from '../services.js';

/** `/exports/runs.csv`, `/exports/leads.csv`, `/exports/conversations.csv`, `/exports/audit.csv`. */
export const LIST_EXPORT_PATH = '/exports/:list.csv';

/**
 * GET /exports/<list>.csv: a console list (runs, leads, conversations, audit) as a CSV download,
 * with the list's own filters from the query string (runs: `agent`, `scenario`, `status`;
 * conversations: `state`; audit: `search`, `action`, `actor`, `from`, `to`). Anyone who may read
 * the list may download it: a console session from the hub's own origin (a plain link in the
 * console) or an API key. 401 without a credential, 400 for a bad filter, in the JSON error
 * shape. Each download is audited (`list.export`): leads and conversations hold people's data.
 *
 * The file is streamed a page at a time (the database lease is taken per page, not for the whole
 * download) through csv-stringify: UTF-8 with a byte order mark (so Excel reads accents), CRLF
 * rows (RFC 4180), every text cell quoted, and text that starts like a formula made inert
 * (exports/csv-cell.ts). Offset pages: a row written while the file streams may shift a page, so
 * a busy list's export can repeat or miss a row at a page boundary, as paging the list would.
 */
export function listExportRoute(services: HubServices, clock: Clock): express.Router {
  const router = express.Router();
  router.get(LIST_EXPORT_PATH, async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    try {
      const list = req.params.list;
      if (!isExportedList(list)) {
        throw new DomainError('NOT_FOUND', `There is no "${list}" list to export.`, {
          http: { status: 404 },
        });
      }
      const principal = await authenticateCredential(services, httpCredential(req));
      const ctx = callerContext(principal.workspaceId, principal.actor, {
        role: principal.role,
        userId: principal.userId,
      });
      const query = new URL(req.originalUrl, 'http://hub.invalid').searchParams;
      const exported = LIST_EXPORTS[list];
      const rows = exported.rows(ctx, services, query)[Symbol.asyncIterator]();
      // The first page is read before any header is sent, so a bad filter is a clean 400.
      const first = await rows.next();
      await services.audit.record(principal.workspaceId, {
        actor: principal.actor,
        action: 'list.export',
        targetType: 'list',
        targetId: list,
        data: { filters: Object.fromEntries(query) },
      });
      const day = clock.now().toISOString().slice(0, 10);
      res.status(200).set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${list}-${day}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      });
      const csv = stringify({
        bom: true,
        header: true,
        columns: [...exported.columns],
        quoted_string: true,
        record_delimiter: 'windows',
      });
      await pipeline(Readable.from(withFirst(first, rows)), csv, res);
    } catch (error) {
      // Before the first byte: the JSON error (json-error-handler.ts); after it, a cut stream.
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}

async function* withFirst(
  first: IteratorResult<CsvRow>,
  rest: AsyncIterator<CsvRow>,
): AsyncGenerator<CsvRow> {
  if (first.done) return;
  yield first.value;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
