import type { ErrorCode } from '@zactonics/schema';
import express from 'express';
import type { DataSource } from 'typeorm';
import { ReportFileStore } from '../modules/reporting/filing-package/report-file.store.js';
import type { Clock } from '../runtime/clock.js';

/**
 * GET /downloads/reports/<file id>/<filename>?token=...: a stored filing package or annual
 * report file, for whoever holds a live link (the link is the credential, like a signed URL, so
 * it works from a plain <a href> in the console or from curl). Unknown file, wrong filename or
 * token, another workspace's file: 404; a right token past its expiry: 410; both in the JSON
 * error shape. Never cached: the link is a secret and expires.
 */
export function reportDownloads(dataSource: DataSource, clock: Clock): express.Router {
  const store = new ReportFileStore(dataSource);
  const router = express.Router();
  router.get('/downloads/reports/:fileId/:filename', async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store');
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      const outcome = await store.download(
        req.params.fileId,
        req.params.filename,
        token,
        clock.now(),
      );
      if (!outcome.found) {
        if (outcome.reason === 'EXPIRED') {
          return refuse(res, 410, 'DOWNLOAD_LINK_EXPIRED', 'This download link has expired.');
        }
        return refuse(res, 404, 'NOT_FOUND', 'Not found');
      }
      const { file, content } = outcome;
      res.set({
        'Content-Type': file.contentType,
        'Content-Length': String(content.length),
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'X-Content-Type-Options': 'nosniff',
        Digest: `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`,
      });
      res.status(200).end(content);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function refuse(res: express.Response, status: number, errorCode: ErrorCode, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code: errorCode, errorCode } }] });
}
