import { STATE_CODES, type NexusRuleSet, type StateNexusEntry } from '../types.js';
import { NO_SALES_TAX_STATES } from './no-sales-tax.js';
import { STATES_A_TO_I } from './states-a-i.js';
import { STATES_K_TO_N } from './states-k-n.js';
import { STATES_O_TO_W } from './states-o-w.js';

const BY_CODE = new Map<string, StateNexusEntry>(
  [...STATES_A_TO_I, ...STATES_K_TO_N, ...STATES_O_TO_W, ...NO_SALES_TAX_STATES].map((entry) => [
    entry.state,
    entry,
  ]),
);

/**
 * Economic nexus for every state and DC, in state-code order. The version changes whenever a
 * rule is added or corrected; every evaluation names it. Read on 2026-12-03; docs/TAX-RULES.md
 * lists each state with its sources.
 */
export const NEXUS_RULE_SET: NexusRuleSet = {
  version: 'us-nexus/2026-12-03.1',
  states: STATE_CODES.map(
    (code) =>
      BY_CODE.get(code) ?? {
        state: code,
        name: code,
        kind: 'unsourced',
        note: 'No text stating this state’s rule was read.',
      },
  ),
};
