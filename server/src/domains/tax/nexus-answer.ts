import { formatDollars } from '../../engines/tax-rules/figure.js';
import type { NexusReport, NexusStateExposure } from '../../modules/tax/nexus.service.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';
import type { ComplianceOverview } from './tools/compliance-calendar.tool.js';

/** How many upcoming dates and uncovered sales the reply names (the data holds them all). */
const LISTED = 6;

function percentOf(state: NexusStateExposure): string {
  return state.decidingWindow ? state.decidingWindow.percent : 'n/a';
}

function registerNowParagraph(
  states: readonly NexusStateExposure[],
  compliance: ComplianceOverview | undefined,
): string {
  if (states.length === 0)
    return 'Register now: no state where a threshold is met without registration.';
  const deadline = (state: string) => {
    const event = compliance?.calendar.events.find((e) => e.id === `registration/${state}`);
    return event
      ? ` Registration deadline ${event.dueDate} (${event.status}): ${event.detail} (${event.sourceRule})`
      : '';
  };
  return `Register now (threshold met, not registered): ${states.map((s) => `${s.reason}${deadline(s.state)}`).join(' ')}`;
}

function deadlinesParagraph(compliance: ComplianceOverview): string {
  const { calendar } = compliance;
  const dates = calendar.events.filter((e) => e.kind !== 'REGISTRATION');
  if (dates.length === 0) return `Next deadlines: none from ${calendar.from} to ${calendar.to}.`;
  const listed = dates
    .slice(0, LISTED)
    .map(
      (e) =>
        `${e.dueDate} ${e.title} (${e.status}, reminder ${e.remindOn}${e.moved ? `; moved from ${e.nominalDueDate}` : ''}; ${e.sourceRule})`,
    );
  const more = dates.length > LISTED ? ` and ${dates.length - LISTED} more` : '';
  const frequency = calendar.frequencyChecks
    .filter((c) => !c.matches)
    .map((c) => ` ${c.message}`)
    .join('');
  return `Next deadlines from ${calendar.from} to ${calendar.to}: ${listed.join('; ')}${more}.${frequency}`;
}

function certificatesParagraph(compliance: ComplianceOverview): string {
  const { certificates } = compliance;
  const parts: string[] = [];
  if (certificates.needingAttention.length > 0)
    parts.push(certificates.needingAttention.map((c) => c.message).join(' '));
  const uncovered = certificates.uncoveredSales;
  if (uncovered.length > 0) {
    const listed = uncovered
      .slice(0, LISTED)
      .map(
        (u) =>
          `${u.sale.buyerName ?? 'no buyer'} (${u.sale.state}) ${formatDollars(u.sale.goodsCents)} on ${u.sale.soldOn}, ${u.reason === 'EXPIRED' ? 'certificate expired' : u.reason === 'NO_CERTIFICATE' ? 'no certificate' : u.reason === 'NOT_YET_ISSUED' ? 'before the certificate' : 'no buyer named'}`,
      );
    const more = uncovered.length > LISTED ? ` and ${uncovered.length - LISTED} more` : '';
    parts.push(
      `${uncovered.length} resale or exempt sales have no valid certificate on the sale date, ${formatDollars(certificates.uncoveredCents)} in all: ${listed.join('; ')}${more}.`,
    );
  }
  return parts.length === 0
    ? 'Certificates: none expiring within 60 days, and every resale or exempt sale is covered.'
    : `Certificates needing attention: ${parts.join(' ')}`;
}

/**
 * The compliance-monitoring reply, offline, in short paragraphs: register now (states whose
 * threshold is met without registration, with the engine's reason and the registration deadline),
 * watch (80% or more of a threshold), the registered and other states sold into, the next
 * deadlines, and the certificates needing attention. Every figure and date is quoted from the
 * nexus report and the compliance calendar; nothing is computed here.
 */
export function nexusAnswer(
  report: NexusReport | undefined,
  compliance?: ComplianceOverview,
): FinalAnswer {
  if (!report) {
    return {
      text: 'Economic nexus could not be checked.',
      citations: [],
      confidence: null,
      handoffSuggested: false,
    };
  }
  const byCode = new Map(report.states.map((s) => [s.state, s]));
  const told = (codes: readonly string[]) =>
    codes.flatMap((code) => {
      const state = byCode.get(code as NexusStateExposure['state']);
      return state ? [state] : [];
    });
  const registerNow = told(report.registerNow);
  const watch = told(report.watch);
  const soldInto = told(report.statesSoldInto);
  const registered = soldInto.filter((s) => s.registered);
  const others = soldInto.filter((s) => !s.registered && s.actionKind === 'NONE');
  const paragraphs = [
    `Economic nexus on ${report.asOf} (rule set ${report.ruleSetVersion}), from the shop's sales into ${soldInto.length} states.`,
    registerNowParagraph(registerNow, compliance),
    watch.length > 0
      ? `Watch (80% or more of a threshold, not registered): ${watch.map((s) => s.reason).join(' ')}`
      : 'Watch: no state at 80% or more of a threshold.',
    [
      registered.length > 0
        ? `Registered: ${registered.map((s) => `${s.stateName} (since ${s.registeredOn ?? 'unknown'}, ${s.status} at ${percentOf(s)})`).join(', ')}.`
        : '',
      others.length > 0
        ? `Below the thresholds: ${others.map((s) => `${s.stateName} ${percentOf(s)}`).join(', ')}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    compliance ? deadlinesParagraph(compliance) : 'The compliance calendar could not be read.',
    compliance ? certificatesParagraph(compliance) : '',
  ].filter(Boolean);
  return {
    text: paragraphs.join('\n\n'),
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { nexus: report, ...(compliance ? { compliance } : {}) },
  };
}
