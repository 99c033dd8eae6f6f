import type { NexusReport, NexusStateExposure } from '../../modules/tax/nexus.service.js';
import type { FinalAnswer } from '../../runtime/model-gateway.js';

function percentOf(state: NexusStateExposure): string {
  return state.decidingWindow ? state.decidingWindow.percent : 'n/a';
}

/**
 * The nexus report in words, offline: the states where a threshold is MET without registration
 * first (register now), then those APPROACHING (watch), each with the engine's reason (figures,
 * window, rule id and source); then the registered states and the rest of the states sold into
 * with their shares. Every figure is quoted from the report; nothing is computed here.
 */
export function nexusAnswer(report: NexusReport | undefined): FinalAnswer {
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
  const text = [
    `Economic nexus on ${report.asOf} (rule set ${report.ruleSetVersion}), from the shop's sales into ${soldInto.length} states.`,
    registerNow.length > 0
      ? `Register now (threshold met, not registered): ${registerNow.map((s) => s.reason).join(' ')}`
      : 'No state where a threshold is met without registration.',
    watch.length > 0
      ? `Watch (80% or more of a threshold, not registered): ${watch.map((s) => s.reason).join(' ')}`
      : 'No state at 80% or more of a threshold.',
    registered.length > 0
      ? `Registered: ${registered.map((s) => `${s.stateName} (since ${s.registeredOn ?? 'unknown'}, ${s.status} at ${percentOf(s)})`).join(', ')}.`
      : '',
    others.length > 0
      ? `Below the thresholds: ${others.map((s) => `${s.stateName} ${percentOf(s)}`).join(', ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    text,
    citations: [],
    confidence: null,
    handoffSuggested: false,
    data: { nexus: report },
  };
}
