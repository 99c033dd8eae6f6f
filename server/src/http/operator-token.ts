import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an Authorization header carries an operator's token (HUB_METRICS_TOKEN,
 * HUB_BACKUP_TOKEN) as `Bearer <token>`. Compared as SHA-256 digests in constant time: neither
 * length nor prefix leaks.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1].trim()), digest(token));
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
