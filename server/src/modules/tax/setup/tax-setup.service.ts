import {
  EXEMPTION_CERTIFICATE_KINDS,
  FILING_FREQUENCIES,
  type ExemptionCertificateKind,
  type FilingFrequency,
} from '@zactonics/db';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  COMPLIANCE_RULE_SET,
  checkCertificate,
  type CertificateCheck,
  type ComplianceRuleSet,
} from '../../../engines/compliance/index.js';
import { decimalString } from '../../../engines/sales-tax/exact.js';
import {
  JurisdictionError,
  SALES_TAX_STATES,
  resolveJurisdictions,
  type ResolvedAddress,
} from '../../../engines/sales-tax/jurisdictions/index.js';
import { STATE_CODES } from '../../../engines/tax-rules/nexus/types.js';
import type { RequestContext } from '../../../context.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import { forbidden } from '../../admin-users/operation-access.js';
import type { AuditService } from '../../audit/audit.service.js';
import { isId } from '../../ids.js';
import { todayIn, workspaceTimeZone } from '../workspace-calendar.js';
import {
  invalid,
  isoDateField,
  oneOf,
  optionalText,
  requiredText,
  stateField,
} from './tax-setup-validation.js';

export interface PlaceOfBusinessInput {
  name: string;
  line1: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface PlaceOfBusiness extends PlaceOfBusinessInput {
  id: string;
  /** The address resolved on the shop's today: the rate Texas orders sourced to it pay. */
  resolved: ResolvedAddress;
  /** Exact decimal of the combined rate ("0.0825"). */
  combinedRate: string;
}

export interface TaxRegistrationInput {
  state: string;
  registeredOn: string;
  filingFrequency: string;
  accountNumber?: string | null;
  note?: string | null;
}

export interface TaxRegistration {
  state: string;
  stateName: string;
  registeredOn: string;
  filingFrequency: FilingFrequency;
  accountNumber: string | null;
  note: string;
}

export interface ExemptionCertificateInput {
  id?: string | null;
  buyerName: string;
  customerId?: string | null;
  state: string;
  kind: string;
  number: string;
  issuedOn: string;
  expiresOn?: string | null;
  documentRef?: string | null;
  note?: string | null;
}

export interface ExemptionCertificate {
  id: string;
  buyerName: string;
  customerId: string | null;
  state: string;
  kind: ExemptionCertificateKind;
  number: string;
  issuedOn: string;
  expiresOn: string | null;
  documentRef: string | null;
  note: string;
  /** Its expiry status on the shop's today (the compliance engine's). */
  check: CertificateCheck;
}

const POSTAL_CODE = /^[0-9]{5}(-[0-9]{4})?$/;

/** Only owners and admins change the shop's tax facts (defence in depth behind operationRefusal). */
function requireWriter(ctx: RequestContext): void {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw forbidden(
      `Your role (${String(ctx.role).toLowerCase()}) cannot change the shop's tax setup.`,
    );
  }
}

function notFound(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError('NOT_FOUND', message, details);
}

/** The JurisdictionError's code says which input could not be resolved. */
function addressRefusal(error: JurisdictionError): DomainError {
  const field =
    error.code === 'UNSUPPORTED_STATE' || error.code === 'NO_RATE_ON_DATE' ? 'state' : 'postalCode';
  return invalid(field, error.code, error.message);
}

const REGISTRATION_COLUMNS = `state, registered_on::text AS "registeredOn",
  filing_frequency AS "filingFrequency", account_number AS "accountNumber", note`;

const CERTIFICATE_COLUMNS = `id, buyer_name AS "buyerName", customer_id AS "customerId", state, kind,
  number, issued_on::text AS "issuedOn", expires_on::text AS "expiresOn",
  document_ref AS "documentRef", note`;

type CertificateRow = Omit<ExemptionCertificate, 'check'>;

/**
 * The rows an UPDATE or DELETE ... RETURNING gave back: TypeORM's Postgres drivers answer those
 * with [rows, affected count], unlike SELECT and INSERT.
 */
function returnedRows<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}

/**
 * The shop's own tax facts (issue 15): its place of business (where Texas orders are sourced
 * from), where it is registered to collect and how often it files, and its buyers' exemption
 * certificates. Sales tax, nexus and the compliance calendar read these rows; this service is the
 * only writer besides the demo seed. Each write is checked against the engines that will read
 * it (the address must resolve in the rate tables, the state must have filing rules), runs in
 * one transaction with its audit event, and is scoped to the caller's workspace.
 */
export class TaxSetupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly ruleSet: ComplianceRuleSet = COMPLIANCE_RULE_SET,
  ) {}

  /** The place of business with its rate today, or null when none is on file. */
  async placeOfBusiness(ctx: RequestContext): Promise<PlaceOfBusiness | null> {
    const rows = (await this.dataSource.query(
      `SELECT id, name, line1, city, state, postal_code AS "postalCode" FROM business_location
        WHERE workspace_id = $1 AND kind = 'PLACE_OF_BUSINESS'`,
      [ctx.workspaceId],
    )) as Array<PlaceOfBusinessInput & { id: string }>;
    const row = rows[0];
    if (!row) return null;
    return withRate(row, resolveJurisdictions(row, await this.today(ctx.workspaceId)));
  }

  /**
   * Sets the one PLACE_OF_BUSINESS (updating it in place, so sales rows that point at it keep
   * pointing at it). The address must resolve in the rate tables on the shop's today: sales tax
   * could not source an order from one that does not.
   */
  async setPlaceOfBusiness(
    ctx: RequestContext,
    input: PlaceOfBusinessInput,
  ): Promise<PlaceOfBusiness> {
    requireWriter(ctx);
    const name = requiredText('name', input.name, 200);
    const line1 = requiredText('line1', input.line1, 200);
    const city = requiredText('city', input.city, 100);
    const state = stateField(
      'state',
      input.state,
      SALES_TAX_STATES,
      'UNSUPPORTED_STATE',
      'with sales tax rate tables',
    );
    const postalCode = input.postalCode.trim();
    if (!POSTAL_CODE.test(postalCode))
      throw invalid(
        'postalCode',
        'BAD_POSTAL_CODE',
        `postalCode "${input.postalCode}" is not a ZIP (12345 or 12345-6789).`,
      );
    let resolved: ResolvedAddress;
    try {
      resolved = resolveJurisdictions(
        { state, postalCode, city },
        await this.today(ctx.workspaceId),
      );
    } catch (error) {
      if (error instanceof JurisdictionError) throw addressRefusal(error);
      throw error;
    }

    const address = { name, line1, city, state, postalCode };
    const write = () =>
      this.dataSource.transaction(async (tx) => {
        // Another location (a market) may not share the name: (workspace_id, name) is unique.
        const clash = (await tx.query(
          `SELECT 1 FROM business_location
          WHERE workspace_id = $1 AND name = $2 AND kind <> 'PLACE_OF_BUSINESS'`,
          [ctx.workspaceId, name],
        )) as unknown[];
        if (clash.length)
          throw invalid(
            'name',
            'NAME_TAKEN',
            `Another of the shop's locations is named "${name}".`,
          );
        const existing = (await tx.query(
          `SELECT id, name, line1, city, state, postal_code AS "postalCode" FROM business_location
          WHERE workspace_id = $1 AND kind = 'PLACE_OF_BUSINESS' FOR UPDATE`,
          [ctx.workspaceId],
        )) as Array<PlaceOfBusinessInput & { id: string }>;
        const before = existing[0] ?? null;
        let locationId: string;
        if (before) {
          await tx.query(
            `UPDATE business_location SET name = $2, line1 = $3, city = $4, state = $5, postal_code = $6
            WHERE id = $1`,
            [before.id, name, line1, city, state, postalCode],
          );
          locationId = before.id;
        } else {
          const [inserted] = (await tx.query(
            `INSERT INTO business_location (workspace_id, name, kind, line1, city, state, postal_code)
           VALUES ($1, $2, 'PLACE_OF_BUSINESS', $3, $4, $5, $6) RETURNING id`,
            [ctx.workspaceId, name, line1, city, state, postalCode],
          )) as [{ id: string }];
          locationId = inserted.id;
        }
        await this.record(tx, ctx, 'tax.place_of_business.set', 'business_location', locationId, {
          before: before ? addressOf(before) : null,
          after: address,
          combinedRate: decimalString(resolved.combinedRate),
        });
        return locationId;
      });
    let id: string;
    try {
      id = await write();
    } catch (error) {
      // Two first-time writes at once: both found no row and inserted; a unique constraint (the
      // name's, or the one place of business per workspace) let one through. Once more, the
      // other finds that row and updates it (or, a market's name, is refused NAME_TAKEN).
      const constraint = uniqueViolation(error);
      if (
        constraint !== 'uq_business_location_place_of_business' &&
        constraint !== 'uq_business_location_name'
      )
        throw error;
      id = await write();
    }
    return withRate({ id, ...address }, resolved);
  }

  /** Where the shop is registered to collect, by state. */
  async taxRegistrations(ctx: RequestContext): Promise<TaxRegistration[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${REGISTRATION_COLUMNS} FROM tax_registration WHERE workspace_id = $1 ORDER BY state`,
      [ctx.workspaceId],
    )) as Array<Omit<TaxRegistration, 'stateName'>>;
    return rows.map((r) => this.registrationOf(r));
  }

  /**
   * Registers the shop in a state (or changes its registration: one row per state). The state
   * must be one the compliance engine has filing rules for, and the frequency one that state
   * assigns, or the calendar could not date its returns.
   */
  async saveTaxRegistration(
    ctx: RequestContext,
    input: TaxRegistrationInput,
  ): Promise<TaxRegistration> {
    requireWriter(ctx);
    const filingStates = this.ruleSet.filing.map((f) => f.state);
    const state = stateField(
      'state',
      input.state,
      filingStates,
      'NO_FILING_RULES',
      'with filing rules',
    );
    const registeredOn = isoDateField('registeredOn', input.registeredOn);
    const filingFrequency = oneOf('filingFrequency', input.filingFrequency, FILING_FREQUENCIES);
    const rules = this.ruleSet.filing.find((f) => f.state === state);
    if (!rules?.due[filingFrequency]) {
      const assigned = FILING_FREQUENCIES.filter((f) => rules?.due[f]);
      throw invalid(
        'filingFrequency',
        'FREQUENCY_NOT_ASSIGNED',
        `${rules?.stateName ?? state} does not assign ${filingFrequency} filing; it assigns ${assigned.join(', ')}.`,
      );
    }
    const accountNumber = optionalText('accountNumber', input.accountNumber, 64);
    const note = optionalText('note', input.note, 1000) ?? '';

    return this.dataSource.transaction(async (tx) => {
      const before = (await tx.query(
        `SELECT ${REGISTRATION_COLUMNS} FROM tax_registration
          WHERE workspace_id = $1 AND state = $2 FOR UPDATE`,
        [ctx.workspaceId, state],
      )) as Array<Omit<TaxRegistration, 'stateName'>>;
      const [saved] = (await tx.query(
        `INSERT INTO tax_registration (workspace_id, state, registered_on, filing_frequency, account_number, note)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workspace_id, state) DO UPDATE
           SET registered_on = EXCLUDED.registered_on, filing_frequency = EXCLUDED.filing_frequency,
               account_number = EXCLUDED.account_number, note = EXCLUDED.note
         RETURNING id, ${REGISTRATION_COLUMNS}`,
        [ctx.workspaceId, state, registeredOn, filingFrequency, accountNumber, note],
      )) as [Omit<TaxRegistration, 'stateName'> & { id: string }];
      const { id, ...registration } = saved;
      await this.record(tx, ctx, 'tax.registration.save', 'tax_registration', id, {
        state,
        before: before[0] ?? null,
        after: registration,
      });
      return this.registrationOf(registration);
    });
  }

  /** Ends the shop's registration record in a state; NOT_FOUND when it has none there. */
  async removeTaxRegistration(ctx: RequestContext, stateInput: string): Promise<TaxRegistration> {
    requireWriter(ctx);
    const state = stateInput.trim().toUpperCase();
    return this.dataSource.transaction(async (tx) => {
      const [removed] = returnedRows<Omit<TaxRegistration, 'stateName'> & { id: string }>(
        await tx.query(
          `DELETE FROM tax_registration WHERE workspace_id = $1 AND state = $2
           RETURNING id, ${REGISTRATION_COLUMNS}`,
          [ctx.workspaceId, state],
        ),
      );
      if (!removed)
        throw notFound(`The shop has no registration in "${stateInput}".`, { field: 'state' });
      const { id, ...registration } = removed;
      await this.record(tx, ctx, 'tax.registration.remove', 'tax_registration', id, {
        state,
        before: registration,
      });
      return this.registrationOf(registration);
    });
  }

  /**
   * Adds a certificate, or replaces the one with `id`. Another workspace's certificate or
   * customer is NOT_FOUND, like a missing one; an expiry before the issue date is refused.
   */
  async saveExemptionCertificate(
    ctx: RequestContext,
    input: ExemptionCertificateInput,
  ): Promise<ExemptionCertificate> {
    requireWriter(ctx);
    const buyerName = requiredText('buyerName', input.buyerName, 200);
    const state = stateField('state', input.state, STATE_CODES, 'UNKNOWN_STATE', 'code');
    const kind = oneOf('kind', input.kind, EXEMPTION_CERTIFICATE_KINDS);
    const number = requiredText('number', input.number, 100);
    const issuedOn = isoDateField('issuedOn', input.issuedOn);
    const expiresOn = input.expiresOn?.trim() ? isoDateField('expiresOn', input.expiresOn) : null;
    if (expiresOn !== null && expiresOn < issuedOn)
      throw invalid(
        'expiresOn',
        'EXPIRES_BEFORE_ISSUED',
        `expiresOn ${expiresOn} is before issuedOn ${issuedOn}.`,
      );
    const documentRef = optionalText('documentRef', input.documentRef, 500);
    const note = optionalText('note', input.note, 1000) ?? '';
    const customerId = input.customerId?.trim() || null;
    const id = input.id?.trim() || null;
    const today = await this.today(ctx.workspaceId);

    const row = await this.dataSource.transaction(async (tx) => {
      if (customerId !== null) {
        const found = isId(customerId)
          ? ((await tx.query('SELECT 1 FROM customer WHERE workspace_id = $1 AND id = $2', [
              ctx.workspaceId,
              customerId,
            ])) as unknown[])
          : [];
        if (!found.length)
          throw notFound(`No customer with id "${customerId}".`, { field: 'customerId' });
      }
      const values = [
        ctx.workspaceId,
        customerId,
        buyerName,
        state,
        kind,
        number,
        issuedOn,
        expiresOn,
        documentRef,
        note,
      ];
      let saved: CertificateRow | undefined;
      let before: CertificateRow | null = null;
      if (id !== null) {
        const existing = isId(id)
          ? ((await tx.query(
              `SELECT ${CERTIFICATE_COLUMNS} FROM exemption_certificate
                WHERE workspace_id = $1 AND id = $2 FOR UPDATE`,
              [ctx.workspaceId, id],
            )) as CertificateRow[])
          : [];
        before = existing[0] ?? null;
        if (!before) throw notFound(`No exemption certificate with id "${id}".`, { field: 'id' });
        [saved] = returnedRows<CertificateRow>(
          await tx.query(
            `UPDATE exemption_certificate
              SET customer_id = $2, buyer_name = $3, state = $4, kind = $5, number = $6,
                  issued_on = $7, expires_on = $8, document_ref = $9, note = $10
            WHERE workspace_id = $1 AND id = $11
           RETURNING ${CERTIFICATE_COLUMNS}`,
            [...values, id],
          ),
        );
      } else {
        [saved] = (await tx.query(
          `INSERT INTO exemption_certificate
             (workspace_id, customer_id, buyer_name, state, kind, number, issued_on, expires_on, document_ref, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           RETURNING ${CERTIFICATE_COLUMNS}`,
          values,
        )) as CertificateRow[];
      }
      if (!saved) throw new Error('the certificate write returned no row');
      await this.record(tx, ctx, 'tax.certificate.save', 'exemption_certificate', saved.id, {
        before,
        after: saved,
      });
      return saved;
    });
    return withCheck(row, today);
  }

  /** Removes a certificate; another workspace's (or a missing) one is NOT_FOUND. */
  async removeExemptionCertificate(ctx: RequestContext, id: string): Promise<ExemptionCertificate> {
    requireWriter(ctx);
    const today = await this.today(ctx.workspaceId);
    const row = await this.dataSource.transaction(async (tx) => {
      const [removed] = isId(id)
        ? returnedRows<CertificateRow>(
            await tx.query(
              `DELETE FROM exemption_certificate WHERE workspace_id = $1 AND id = $2
               RETURNING ${CERTIFICATE_COLUMNS}`,
              [ctx.workspaceId, id],
            ),
          )
        : [];
      if (!removed) throw notFound(`No exemption certificate with id "${id}".`, { field: 'id' });
      await this.record(tx, ctx, 'tax.certificate.remove', 'exemption_certificate', removed.id, {
        before: removed,
      });
      return removed;
    });
    return withCheck(row, today);
  }

  private registrationOf(row: Omit<TaxRegistration, 'stateName'>): TaxRegistration {
    const stateName =
      this.ruleSet.filing.find((f) => f.state === row.state)?.stateName ?? row.state;
    return { ...row, stateName, note: row.note ?? '' };
  }

  private record(
    tx: EntityManager,
    ctx: RequestContext,
    action: string,
    targetType: string,
    targetId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      ctx.workspaceId,
      { actor: ctx.actor, action, targetType, targetId, data },
      tx,
    );
  }

  private async today(workspaceId: string): Promise<string> {
    return todayIn(await workspaceTimeZone(this.dataSource, workspaceId), this.clock.now());
  }
}

/** The constraint a unique violation (23505) broke, else null. */
function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string } | undefined;
  return driverError?.code === '23505' ? (driverError.constraint ?? null) : null;
}

function addressOf(row: PlaceOfBusinessInput): PlaceOfBusinessInput {
  const { name, line1, city, state, postalCode } = row;
  return { name, line1, city, state, postalCode };
}

function withRate(
  row: PlaceOfBusinessInput & { id: string },
  resolved: ResolvedAddress,
): PlaceOfBusiness {
  return {
    id: row.id,
    ...addressOf(row),
    resolved,
    combinedRate: decimalString(resolved.combinedRate),
  };
}

function withCheck(row: CertificateRow, today: string): ExemptionCertificate {
  return { ...row, note: row.note ?? '', check: checkCertificate(row, today) };
}
