import type { IncomingMessage } from 'node:http';
import express from 'express';
import type {
  InboundAnswer,
  InboundWebhookReceiver,
} from '../modules/automation/inbound-webhooks/inbound-webhook-receiver.js';
import { INBOUND_WEBHOOK_PATH } from '../modules/automation/inbound-webhooks/endpoint-url.js';

/**
 * POST /hooks/<endpoint id>: another system's signed event (Standard Webhooks headers) starts the
 * endpoint's scenario. The body is read raw (the signature covers its exact bytes), at most the
 * receiver's limit (64 KiB): a larger one is answered 413 without reading the rest, and the
 * connection is closed. Answers are JSON: 202 {deliveryId, runId}, or the hub's error shape.
 * Other methods: 405.
 */
export function inboundWebhookRoute(receiver: InboundWebhookReceiver): express.Router {
  const router = express.Router();
  router.all(`${INBOUND_WEBHOOK_PATH}/:endpointId`, async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store');
      const endpointId = String(req.params.endpointId);
      if (req.method !== 'POST') {
        res.set('Allow', 'POST');
        return answer(res, {
          status: 405,
          errorCode: 'METHOD_NOT_ALLOWED',
          message: 'Webhooks are delivered with POST.',
        });
      }
      const admission = await receiver.admit(endpointId);
      if (admission) return answer(res, admission, { bodyUnread: true });
      const body = await readAtMost(req, receiver.maxBodyBytes);
      const outcome = await receiver.receive({
        endpointId,
        headers: {
          id: header(req, 'webhook-id'),
          timestamp: header(req, 'webhook-timestamp'),
          signature: header(req, 'webhook-signature'),
        },
        body,
      });
      answer(res, outcome, { bodyUnread: body === null });
    } catch (error) {
      next(error);
    }
  });
  return router;
}

type RouteAnswer =
  | InboundAnswer
  | { status: 405; errorCode: 'METHOD_NOT_ALLOWED'; message: string; retryAfterSeconds?: never };

function answer(
  res: express.Response,
  outcome: RouteAnswer,
  options: { bodyUnread?: boolean } = {},
): void {
  // A body left unread is not drained for keep-alive: the connection ends with the answer.
  if (options.bodyUnread) res.set('Connection', 'close');
  if (outcome.status === 202) {
    res.status(202).json(outcome.body);
    return;
  }
  if (outcome.retryAfterSeconds !== undefined) {
    res.set('Retry-After', String(outcome.retryAfterSeconds));
  }
  const details = 'details' in outcome ? outcome.details : undefined;
  res.status(outcome.status).json({
    errors: [
      {
        message: outcome.message,
        extensions: { code: outcome.errorCode, errorCode: outcome.errorCode, ...details },
      },
    ],
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(' ') : value;
}

/**
 * The request's body, or null as soon as it is known to be larger than `limit` (a declared
 * Content-Length, or the bytes counted so far): nothing past the limit is read or kept.
 */
function readAtMost(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        req.pause();
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // body-parser's shape, so the JSON error handler names it (REQUEST_ABORTED).
    const onAborted = () => {
      stop();
      reject(Object.assign(new Error('request aborted'), { status: 400, type: 'request.aborted' }));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
