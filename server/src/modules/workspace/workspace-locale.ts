// How a workspace wants the console to read: its locale (language, date and number forms),
// currency and time zone. Sent with the signed-in user (`/auth/me`, `/auth/sign-in`).
import { WorkspaceEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';

export interface WorkspaceLocale {
  /** BCP 47, e.g. en-US, es-MX. */
  locale: string;
  /** ISO 4217, e.g. USD, MXN. */
  currency: string;
  /** IANA, e.g. America/Chicago. */
  timeZone: string;
}

/** The hub's defaults, for a workspace row that no longer exists (its user is refused anyway). */
const DEFAULTS: WorkspaceLocale = { locale: 'en-US', currency: 'USD', timeZone: 'UTC' };

export async function workspaceLocale(
  dataSource: DataSource,
  workspaceId: string,
): Promise<WorkspaceLocale> {
  const row = await dataSource.getRepository(WorkspaceEntity).findOne({
    where: { id: workspaceId },
    select: { locale: true, currency: true, timeZone: true },
  });
  return row ? { locale: row.locale, currency: row.currency, timeZone: row.timeZone } : DEFAULTS;
}
