import { beginForegroundWork } from '@zactonics/db';
import type { RequestHandler } from 'express';

/**
 * A GraphQL request over HTTP is someone waiting, from its first byte to its answer: background
 * work (runs executing) yields to it meanwhile (`beginForegroundWork`, in the database package
 * because that is where background statements wait their turn).
 */
export const foregroundRequest: RequestHandler = (_req, res, next) => {
  res.once('close', beginForegroundWork());
  next();
};
