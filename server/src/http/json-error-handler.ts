import type { ErrorCode } from '@zactonics/schema';
import type express from 'express';
import { DomainError } from '../errors.js';
import { httpStatusOf } from '../graphql/domain-errors.js';

/** What Express, body-parser and serve-static put on the errors they pass on. */
interface HttpError {
  status?: number;
  statusCode?: number;
  /** body-parser's cause, e.g. `entity.parse.failed` */
  type?: string;
  limit?: number;
  message?: string;
}

export interface ClientFacingError {
  status: number;
  errorCode: ErrorCode;
  message: string;
}

/**
 * Errors raised outside GraphQL (a body that does not parse or is too large, a URL that does not
 * decode, a file that does not exist, a download route's DomainError) are answered in the GraphQL
 * error shape, by their real cause, never with Express's HTML page and its stack trace.
 */
export function jsonErrorHandler(options: {
  development: boolean;
  log: (message: string, error: unknown) => void;
}): express.ErrorRequestHandler {
  return (error: HttpError | DomainError, req, res, next) => {
    // A response already under way (a file stream that failed) cannot change its status:
    // Express's own handler closes the connection.
    if (res.headersSent) return next(error);
    const described =
      error instanceof DomainError
        ? describeDomainError(error)
        : describeHttpError(error, req.originalUrl, options.development);
    if (described.status >= 500) options.log('unexpected HTTP error', error);
    send(res, described);
  };
}

/**
 * The callback for `res.sendFile`: Express calls it when the transfer ends, with no error on
 * success, and passing that on as `next()` would run the 404 handler on a response already sent.
 */
export function passOnFailure(next: express.NextFunction): (error?: Error) => void {
  return (error) => {
    if (error) next(error);
  };
}

/** The last handler for paths nothing serves: a JSON 404, like every other refusal. */
export function jsonNotFound(): express.RequestHandler {
  return (_req, res) => send(res, NOT_FOUND);
}

const NOT_FOUND: ClientFacingError = { status: 404, errorCode: 'NOT_FOUND', message: 'Not found' };

export function describeHttpError(
  error: HttpError,
  url: string,
  development: boolean,
): ClientFacingError {
  const status = validStatus(error.status ?? error.statusCode);
  if (status >= 500) {
    return {
      status,
      errorCode: 'INTERNAL',
      message: development ? String(error.message) : 'Internal error',
    };
  }
  // body-parser sets `type`: only its errors are about the body.
  switch (error.type) {
    case 'entity.too.large':
      return {
        status,
        errorCode: 'REQUEST_TOO_LARGE',
        message: `The request body is larger than ${Math.round((error.limit ?? 0) / 1024)} KB.`,
      };
    case 'entity.parse.failed':
      return {
        status,
        errorCode: 'MALFORMED_QUERY',
        message: 'The request body is not valid JSON.',
      };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        status,
        errorCode: 'MALFORMED_QUERY',
        message: "The request body's charset or content encoding is not supported.",
      };
    case 'request.aborted':
      return { status, errorCode: 'REQUEST_ABORTED', message: 'The request was aborted.' };
    case undefined:
      break;
    default:
      return { status, errorCode: 'MALFORMED_QUERY', message: 'The request body cannot be read.' };
  }
  if (status === 404) return NOT_FOUND;
  // The router (a path parameter) and serve-static (a file path) both fail to decode it with 400.
  if (status === 400 && isMalformedUrl(url)) {
    return { status, errorCode: 'MALFORMED_URL', message: 'The URL is malformed.' };
  }
  return { status, errorCode: 'REQUEST_REFUSED', message: 'The request was refused.' };
}

/**
 * A route's own refusal (a download's missing credential, a bad filter, an unknown id): the
 * status it names (401, 403, 404), else 400; its code and message as the client reads them.
 */
function describeDomainError(error: DomainError): ClientFacingError {
  return {
    status: httpStatusOf(error) ?? 400,
    errorCode: error.errorCode as ErrorCode,
    message: error.message,
  };
}

/** A path that does not percent-decode, or decodes to a NUL byte. */
export function isMalformedUrl(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path).includes('\0');
  } catch {
    return true;
  }
}

function validStatus(status: number | undefined): number {
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

function send(res: express.Response, { status, errorCode, message }: ClientFacingError): void {
  res.status(status).json({ errors: [{ message, extensions: { code: errorCode, errorCode } }] });
}
