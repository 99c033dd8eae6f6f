import { WorkspaceEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { canonicalTimeZone } from '../../engines/automation/cron.js';
import { DomainError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { requireOwner } from '../admin-users/operation-access.js';
import { workspaceLocale, type WorkspaceLocale } from './workspace-locale.js';

/** What an owner may change; an absent field stays as it is. */
export type WorkspaceLocaleChange = Partial<WorkspaceLocale>;

/**
 * The workspace's locale, currency and time zone: how the console reads (language, number and
 * date forms, the shop's money) and which calendar its months and due dates follow (budgets,
 * schedules, reports). Owners change them; everyone reads them.
 */
export class WorkspaceSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(ctx: RequestContext): Promise<WorkspaceLocale> {
    return workspaceLocale(this.dataSource, ctx.workspaceId);
  }

  /** Validates every given field, saves them and audits what changed (from and to). */
  async update(ctx: RequestContext, change: WorkspaceLocaleChange): Promise<WorkspaceLocale> {
    requireOwner(ctx);
    const wanted: WorkspaceLocaleChange = {};
    if (change.locale !== undefined) wanted.locale = checkLocale(change.locale);
    if (change.currency !== undefined) wanted.currency = checkCurrency(change.currency);
    if (change.timeZone !== undefined) wanted.timeZone = checkTimeZone(change.timeZone);
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOneOrFail(WorkspaceEntity, {
        where: { id: ctx.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      const before: WorkspaceLocale = {
        locale: row.locale,
        currency: row.currency,
        timeZone: row.timeZone,
      };
      const after: WorkspaceLocale = { ...before, ...wanted };
      const changed = (Object.keys(after) as (keyof WorkspaceLocale)[]).filter(
        (field) => after[field] !== before[field],
      );
      if (changed.length === 0) return before;
      await tx.update(WorkspaceEntity, { id: ctx.workspaceId }, after);
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: 'workspace.locale',
          targetType: 'workspace',
          targetId: ctx.workspaceId,
          data: Object.fromEntries(
            changed.map((field) => [field, { from: before[field], to: after[field] }]),
          ),
        },
        tx,
      );
      return after;
    });
  }
}

function invalid(field: keyof WorkspaceLocale, message: string): DomainError {
  return new DomainError('INVALID_INPUT', message, { field });
}

/** A BCP 47 tag the runtime formats in, canonicalised (es-mx -> es-MX). */
function checkLocale(locale: string): string {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(locale.trim());
  } catch {
    canonical = undefined;
  }
  if (!canonical || Intl.NumberFormat.supportedLocalesOf([canonical]).length === 0) {
    throw invalid(
      'locale',
      `"${locale}" is not a locale the hub can format in (e.g. en-US, es-MX).`,
    );
  }
  return canonical;
}

/**
 * An ISO 4217 code whose minor unit is a hundredth: the ledger and every amount keep integer
 * cents, so a currency of 0 or 3 decimals (JPY, KWD) would show every amount 100 or 10 times off.
 */
function checkCurrency(currency: string): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !Intl.supportedValuesOf('currency').includes(code)) {
    throw invalid('currency', `"${currency}" is not an ISO 4217 currency code (e.g. USD, MXN).`);
  }
  const digits = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: code,
  }).resolvedOptions().maximumFractionDigits;
  if (digits !== 2) {
    throw invalid(
      'currency',
      `${code} has ${digits} decimals; the hub keeps amounts in hundredths (cents), so only two-decimal currencies can be shown.`,
    );
  }
  return code;
}

function checkTimeZone(timeZone: string): string {
  const zone = canonicalTimeZone(timeZone);
  if (!zone) {
    throw new DomainError('TIME_ZONE_UNKNOWN', `"${timeZone}" is not an IANA time zone.`, {
      field: 'timeZone',
      timeZone,
    });
  }
  return zone;
}
