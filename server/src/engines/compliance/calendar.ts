import { nextBusinessDay, type BusinessDayShift } from '../tax-rules/business-days.js';
import { isoDate } from '../tax-rules/iso-date.js';
import { findRule, valueOf } from '../tax-rules/rule-set.js';
import type { Citation, RuleSet } from '../tax-rules/types.js';
import { CERTIFICATE_ALERT_DAYS, checkCertificate, type CertificateInput } from './certificates.js';
import { addDays, requireDate, ComplianceInputError } from './dates.js';
import { returnsDue } from './due-dates.js';
import { registrationDeadline } from './registration.js';
import type { ComplianceRuleSet, FilingFrequency } from './types.js';

/**
 * The compliance calendar: every dated obligation of the shop and its owner in a date range, each
 * with the rule and citation behind its date, a reminder date and a status on `today`:
 * - sales tax returns of each registered state at its filing frequency;
 * - registration deadlines of the states whose threshold is met without registration;
 * - the owner's 1040-ES installments and Form 1040 (Schedule C), the LLC's Texas franchise tax
 *   report;
 * - resale and exemption certificates expiring (reminders 60 and 30 days before).
 * Status: OVERDUE when the due date has passed (the hub records no filings, so a past return
 * stays OVERDUE: the range normally starts today), DUE_SOON from the reminder date, else UPCOMING.
 */

export type CalendarEventKind =
  | 'SALES_TAX_RETURN'
  | 'REGISTRATION'
  | 'ESTIMATED_TAX'
  | 'FEDERAL_RETURN'
  | 'STATE_FRANCHISE_TAX'
  | 'CERTIFICATE_EXPIRY';

export type CalendarEventStatus = 'UPCOMING' | 'DUE_SOON' | 'OVERDUE';

export interface CalendarEvent {
  id: string;
  kind: CalendarEventKind;
  /** Null for a federal date. */
  state: string | null;
  title: string;
  dueDate: string;
  /** The date the rule names, before a weekend or holiday move. */
  nominalDueDate: string;
  /** Why the date moved ("2026-01-17 Saturday; 2026-01-18 Sunday; 2026-01-19 Birthday of Martin Luther King, Jr."), or null. */
  moved: string | null;
  /** The first reminder still to come (or the last one, once all have passed). */
  remindOn: string;
  reminders: string[];
  status: CalendarEventStatus;
  detail: string;
  /** The rule behind the date: "filing/TX", "estimated-tax-due-date-1/2007". */
  sourceRule: string;
  citation: Citation;
}

export interface CalendarInput {
  today: string;
  from: string;
  to: string;
  registrations: ReadonlyArray<{
    state: string;
    registeredOn: string;
    filingFrequency: FilingFrequency;
  }>;
  /** States whose threshold is met without registration, each with the latest day it was met. */
  registerNow: ReadonlyArray<{ state: string; stateName: string; metBy: string; window: string }>;
  certificates: readonly CertificateInput[];
  /** The owner pays 1040-ES estimated tax and files Form 1040 (a sole proprietor's Schedule C). */
  ownerFiles1040: boolean;
  /** States whose franchise tax report the business files (the demo LLC: Texas). */
  franchiseTaxStates: readonly string[];
  /** Days before a due date to remind (default 7). */
  reminderDays?: number;
  /**
   * A state's own calendar of days that move its return due dates (Texas: its banking holidays,
   * Tax Code § 111.053), so the calendar agrees with that state's return worksheet; states not
   * named use the federal rule set's DC legal holidays.
   */
  stateHolidays?: Readonly<Record<string, RuleSet>>;
}

export interface ComplianceCalendar {
  today: string;
  from: string;
  to: string;
  ruleSetVersion: string;
  federalRuleSetVersion: string;
  /** Whose holidays move the dates. */
  holidayNote: string;
  events: CalendarEvent[];
}

export const HOLIDAY_NOTE =
  "Due dates on a Saturday, Sunday or legal holiday move to the next business day. The holidays applied are the District of Columbia's legal holidays (IRC § 7503, the federal engine's list) for federal and state dates alike: each state's own legal holidays are not modelled.";

/** Due soon from the first reminder on (a certificate is due soon from 60 days before). */
function status(dueDate: string, firstReminderOn: string, today: string): CalendarEventStatus {
  if (dueDate < today) return 'OVERDUE';
  if (today >= firstReminderOn) return 'DUE_SOON';
  return 'UPCOMING';
}

function movedText(shift: BusinessDayShift): string | null {
  return shift.skipped.length === 0
    ? null
    : shift.skipped.map((s) => `${s.date} ${s.reason}`).join('; ');
}

function firstReminder(reminders: readonly string[], today: string): string {
  return reminders.find((r) => r >= today) ?? reminders[reminders.length - 1] ?? today;
}

export function buildComplianceCalendar(
  ruleSet: ComplianceRuleSet,
  federal: RuleSet,
  input: CalendarInput,
): ComplianceCalendar {
  const today = requireDate(input.today, 'today');
  const from = requireDate(input.from, 'from');
  const to = requireDate(input.to, 'to');
  if (to < from) throw new ComplianceInputError(`to ${to} is before from ${from}.`, 'to');
  const reminderDays = input.reminderDays ?? 7;
  const events: CalendarEvent[] = [];
  const dated = (
    e: Omit<CalendarEvent, 'remindOn' | 'reminders' | 'status'>,
    reminders: string[],
  ) => {
    const remindOn = firstReminder(reminders, today);
    const earliest = reminders[0] ?? e.dueDate;
    events.push({ ...e, remindOn, reminders, status: status(e.dueDate, earliest, today) });
  };
  const inRange = (date: string) => date >= from && date <= to;

  for (const registration of input.registrations) {
    for (const r of returnsDue(
      ruleSet,
      input.stateHolidays?.[registration.state] ?? federal,
      registration.state,
      registration.filingFrequency,
      from,
      to,
    )) {
      if (r.period.end < registration.registeredOn) continue;
      dated(
        {
          id: `return/${r.state}/${r.period.label}`,
          kind: 'SALES_TAX_RETURN',
          state: r.state,
          title: `${r.stateName} sales tax return, ${r.period.label} (${r.frequency.toLowerCase()})`,
          dueDate: r.dueDate,
          nominalDueDate: r.nominalDueDate,
          moved: movedText(r.shift),
          detail: `Period ${r.period.start} to ${r.period.end}; due ${r.ruleText} (${r.nominalDueDate})${r.dueDate === r.nominalDueDate ? '' : `, moved to ${r.dueDate}`}.`,
          sourceRule: `filing/${r.state}`,
          citation: r.rules.citation,
        },
        [addDays(r.dueDate, -reminderDays)],
      );
    }
  }

  for (const met of input.registerNow) {
    const deadline = registrationDeadline(ruleSet, met.state, met.metBy);
    // An overdue registration stays on the calendar whatever the range's start: it is still owed.
    if (deadline.dueDate > to) continue;
    dated(
      {
        id: `registration/${met.state}`,
        kind: 'REGISTRATION',
        state: met.state,
        title: `Register to collect ${met.stateName} sales tax`,
        dueDate: deadline.dueDate,
        nominalDueDate: deadline.dueDate,
        moved: null,
        detail: `Economic nexus threshold met in ${met.window}. ${deadline.explanation}`,
        sourceRule: deadline.source ? `registration/${met.state}` : 'registration/not-stated',
        citation: deadline.source?.citation ?? {
          publisher: 'Zactonics rules engine',
          title: 'No registration deadline read for this state',
          section: 'register before making further sales',
          url: 'docs/TAX-RULES.md#compliance-calendar-and-certificates',
          published: 'undated',
        },
      },
      [addDays(deadline.dueDate, -reminderDays)],
    );
  }

  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  if (input.ownerFiles1040) {
    for (let taxYear = fromYear - 1; taxYear <= toYear; taxYear += 1) {
      for (const number of [1, 2, 3, 4] as const) {
        const rule = findRule(federal, `estimatedTax.dueDate.${number}`, `${taxYear}-01-01`);
        const day = valueOf(rule, 'monthDay');
        const nominal = isoDate(taxYear + day.yearOffset, day.month, day.day);
        const shift = nextBusinessDay(federal, nominal);
        if (!inRange(shift.due)) continue;
        dated(
          {
            id: `estimated-tax/${taxYear}/${number}`,
            kind: 'ESTIMATED_TAX',
            state: null,
            title: `Estimated tax (Form 1040-ES), ${taxYear} installment ${number}`,
            dueDate: shift.due,
            nominalDueDate: nominal,
            moved: movedText(shift),
            detail: `Installment ${number} of ${taxYear}; the amounts are in the estimated-tax plan.`,
            sourceRule: rule.id,
            citation: rule.citation,
          },
          [addDays(shift.due, -reminderDays)],
        );
      }
    }
  }
  for (const annual of ruleSet.annual) {
    const wanted =
      annual.kind === 'FEDERAL_RETURN'
        ? input.ownerFiles1040
        : annual.state !== null && input.franchiseTaxStates.includes(annual.state);
    if (!wanted) continue;
    for (let year = fromYear; year <= toYear; year += 1) {
      const taxYear = year - 1;
      if (taxYear < annual.fromTaxYear) continue;
      const nominal = isoDate(year, annual.month, annual.day);
      const shift = nextBusinessDay(federal, nominal);
      if (!inRange(shift.due)) continue;
      dated(
        {
          id: `${annual.kind === 'FEDERAL_RETURN' ? 'federal-return' : 'franchise-tax'}/${annual.state ?? 'US'}/${taxYear}`,
          kind: annual.kind,
          state: annual.state,
          title:
            annual.kind === 'FEDERAL_RETURN'
              ? `${annual.title}, tax year ${taxYear}`
              : `${annual.title}, ${year} report (accounting year ${taxYear})`,
          dueDate: shift.due,
          nominalDueDate: nominal,
          moved: movedText(shift),
          detail: annual.note ?? annual.title,
          sourceRule: annual.id,
          citation: annual.citation,
        },
        [addDays(shift.due, -reminderDays * 2), addDays(shift.due, -reminderDays)],
      );
    }
  }

  for (const certificate of input.certificates) {
    if (certificate.expiresOn === null || !inRange(certificate.expiresOn)) continue;
    const check = checkCertificate(certificate, today);
    dated(
      {
        id: `certificate/${certificate.id}`,
        kind: 'CERTIFICATE_EXPIRY',
        state: certificate.state,
        title: `${certificate.kind === 'RESALE' ? 'Resale' : 'Exemption'} certificate of ${certificate.buyerName} (${certificate.state} ${certificate.number}) expires`,
        dueDate: certificate.expiresOn,
        nominalDueDate: certificate.expiresOn,
        moved: null,
        detail: check.message,
        sourceRule: `certificate-alerts/${CERTIFICATE_ALERT_DAYS.join('-')}-days`,
        citation: {
          publisher: 'The certificate on file',
          title: `${certificate.state} certificate ${certificate.number}`,
          section: `expires ${certificate.expiresOn}`,
          url: `certificate:${certificate.id}`,
          published: certificate.issuedOn,
        },
      },
      check.alertDates,
    );
  }

  events.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      (a.state ?? '').localeCompare(b.state ?? '') ||
      a.id.localeCompare(b.id),
  );
  return {
    today,
    from,
    to,
    ruleSetVersion: ruleSet.version,
    federalRuleSetVersion: federal.version,
    holidayNote: HOLIDAY_NOTE,
    events,
  };
}
