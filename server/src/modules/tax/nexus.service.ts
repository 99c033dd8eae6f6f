import type { DataSource } from 'typeorm';
import {
  NEXUS_RULE_SET,
  STATE_CODES,
  nexusExposure,
  type NexusEvaluation,
  type NexusRuleSet,
  type Registration,
  type StateCode,
} from '../../engines/tax-rules/nexus/index.js';
import { isIsoDate } from '../../engines/tax-rules/iso-date.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import { readNexusSales, readRegistrations } from './nexus-sales.js';
import { todayIn, workspaceTimeZone } from './workspace-calendar.js';

/**
 * What the shop should do about a state: REGISTER_NOW (threshold met, not registered), WATCH
 * (80% or more of a threshold, not registered), REGISTERED (already collecting) or NONE.
 */
export type NexusActionKind = 'REGISTER_NOW' | 'WATCH' | 'REGISTERED' | 'NONE';

export interface NexusStateExposure extends NexusEvaluation {
  registeredOn: string | null;
  actionKind: NexusActionKind;
}

export interface NexusReport {
  /** The evaluation date (the shop's calendar). */
  asOf: string;
  timeZone: string;
  ruleSetVersion: string;
  /** Every state and DC, in the engine's order: measured states by share, highest first. */
  states: NexusStateExposure[];
  /** MET and not registered: the states to register in now. */
  registerNow: StateCode[];
  /** APPROACHING and not registered. */
  watch: StateCode[];
  /** The states the shop sold into in the windows read (its sales table). */
  statesSoldInto: StateCode[];
}

function actionKind(evaluation: NexusEvaluation): NexusActionKind {
  if (evaluation.registered) return 'REGISTERED';
  if (evaluation.status === 'MET') return 'REGISTER_NOW';
  if (evaluation.status === 'APPROACHING') return 'WATCH';
  return 'NONE';
}

/** Today's date on the shop's calendar (YYYY-MM-DD in its IANA time zone). */

/**
 * Economic nexus monitoring (issue 15): the shop's sales by destination state (the `sale` table,
 * SQL-aggregated per state, day and flags) fed to the rules engine's nexusExposure for every
 * state and DC, with the shop's registrations (`tax_registration`), and what to do: register now
 * where a threshold is met without registration, watch where sales are at 80% or more of one.
 * Every figure is the engine's; this service reads and orders.
 */
export class NexusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly ruleSet: NexusRuleSet = NEXUS_RULE_SET,
  ) {}

  /** Exposure on `asOf` (YYYY-MM-DD), or today on the shop's calendar when absent. */
  async exposure(workspaceId: string, asOf?: string | null): Promise<NexusReport> {
    const timeZone = await this.timeZoneOf(workspaceId);
    const onDate = asOf ?? todayIn(timeZone, this.clock.now());
    if (!isIsoDate(onDate)) {
      throw new DomainError(
        'INVALID_INPUT',
        `asOf "${onDate}" is not a calendar date (YYYY-MM-DD).`,
        {
          field: 'asOf',
        },
      );
    }
    const [salesByState, registrations] = await Promise.all([
      readNexusSales(this.dataSource, workspaceId, onDate),
      readRegistrations(this.dataSource, workspaceId),
    ]);
    const registrationOf: Partial<Record<StateCode, Registration>> = {};
    for (const r of registrations) registrationOf[r.state] = { registeredOn: r.registeredOn };
    const states = nexusExposure(this.ruleSet, {
      onDate,
      salesByState,
      registrations: registrationOf,
    }).map((evaluation): NexusStateExposure => ({
      ...evaluation,
      registeredOn: registrationOf[evaluation.state]?.registeredOn ?? null,
      actionKind: actionKind(evaluation),
    }));
    return {
      asOf: onDate,
      timeZone,
      ruleSetVersion: this.ruleSet.version,
      states,
      registerNow: states.filter((s) => s.actionKind === 'REGISTER_NOW').map((s) => s.state),
      watch: states.filter((s) => s.actionKind === 'WATCH').map((s) => s.state),
      statesSoldInto: STATE_CODES.filter((state) => (salesByState[state]?.length ?? 0) > 0),
    };
  }

  /**
   * The compliance-monitoring scenario's date for a tax year: today if the year is the current
   * one on the shop's calendar, its December 31 if it is past; a future year is refused.
   */
  async exposureForTaxYear(workspaceId: string, taxYear: number): Promise<NexusReport> {
    const today = todayIn(await this.timeZoneOf(workspaceId), this.clock.now());
    const currentYear = Number(today.slice(0, 4));
    if (!Number.isInteger(taxYear) || taxYear > currentYear) {
      throw new DomainError(
        'INVALID_INPUT',
        `Tax year ${taxYear} has not begun on the shop's calendar (today is ${today}).`,
        { field: 'taxYear' },
      );
    }
    return this.exposure(workspaceId, taxYear === currentYear ? today : `${taxYear}-12-31`);
  }

  private timeZoneOf(workspaceId: string): Promise<string> {
    return workspaceTimeZone(this.dataSource, workspaceId);
  }
}
