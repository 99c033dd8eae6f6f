import { addDays, firstOfMonthOnOrAfter } from './dates.js';
import type {
  ComplianceRuleSet,
  RegistrationDeadlineRule,
  StateRegistrationRule,
} from './types.js';

/**
 * When a remote seller must be registered in a state whose economic nexus threshold it has met.
 * `metBy` is the latest day the threshold can have been met: the end of the deciding window (or
 * the evaluation date, when the window runs to it). The day the running totals first crossed the
 * threshold is not computed, so the deadline is the latest the rules allow, never earlier than
 * the law's and possibly later: it is said so in the explanation.
 */

export interface RegistrationDeadline {
  state: string;
  metBy: string;
  dueDate: string;
  rule: RegistrationDeadlineRule;
  summary: string;
  /** The state's rule as read, or null where none was read (register before further sales). */
  source: StateRegistrationRule | null;
  explanation: string;
}

export function registrationRuleOf(
  ruleSet: ComplianceRuleSet,
  state: string,
): StateRegistrationRule | null {
  return ruleSet.registration.find((r) => r.state === state) ?? null;
}

export function registrationDeadline(
  ruleSet: ComplianceRuleSet,
  state: string,
  metBy: string,
): RegistrationDeadline {
  const source = registrationRuleOf(ruleSet, state);
  const rule: RegistrationDeadlineRule = source?.rule ?? { kind: 'notStated' };
  let dueDate: string;
  let how: string;
  switch (rule.kind) {
    case 'nextTransaction':
      dueDate = metBy;
      how = 'before the next sale into the state';
      break;
    case 'withinDays':
      dueDate = addDays(metBy, rule.days);
      how = `within ${rule.days} days`;
      break;
    case 'firstOfMonthAtLeastDaysAfter':
      dueDate = firstOfMonthOnOrAfter(addDays(metBy, rule.days));
      how = `by the first day of the first month beginning at least ${rule.days} days after`;
      break;
    case 'notStated':
      dueDate = metBy;
      how = 'before making further sales into the state (no registration deadline was read for it)';
      break;
  }
  return {
    state,
    metBy,
    dueDate,
    rule,
    summary: source?.summary ?? 'No deadline read: register before making further sales.',
    source,
    explanation: `Met by ${metBy} at the latest (the end of the window measured): register ${how}.`,
  };
}
