import { DEMO_AGENTS, type RunStatus } from '@zactonics/db';
import { describe, expect, it } from 'vitest';
import { buildPublicRunView, type RunForView, type StepForView } from './run-public-view.js';

const support = DEMO_AGENTS.find((a) => a.key === 'support');
if (!support) throw new Error('the demo catalog has no support agent');
const policy = { systemPrompt: support.systemPrompt, toolNames: support.tools };

const CITATION = {
  kind: 'knowledge_article',
  id: '0b6f1c2e-0000-4000-8000-000000000001',
  slug: 'returns',
  title: 'Returns and refunds',
  score: 0.9,
};
const REPLY = 'You can return any unused item within 30 days.';

function run(status: RunStatus, extra: Partial<RunForView> = {}): RunForView {
  return { id: 'run-1', status, output: null, lastSeq: 0, ...extra };
}

let seq = 0;
function step(kind: StepForView['kind'], extra: Partial<StepForView> = {}): StepForView {
  return { seq: ++seq, kind, detail: null, data: {}, streaming: false, ...extra };
}

/** A finished offline FAQ run, steps and all, with the internals the view must not show. */
function answeredFaq(): { run: RunForView; steps: StepForView[] } {
  seq = 0;
  const steps = [
    step('TRIGGER', { data: { actor: 'api_key:secret-actor', agentKey: 'support' } }),
    step('CONTEXT', { data: { tools: support?.tools, input: { question: 'returns?' } } }),
    step('REASONING', { detail: 'Playbook "faq-resolution": call search_knowledge_base.' }),
    step('TOOL_CALL', { data: { tool: 'search_knowledge_base', input: { query: 'returns?' } } }),
    step('TOOL_RESULT', { data: { tool: 'search_knowledge_base', output: { matches: [] } } }),
    step('RESPONSE', { detail: REPLY, data: { text: REPLY, citations: [CITATION] } }),
    step('FEEDBACK', { data: { confidence: 0.9, grounded: true, handoffSuggested: false } }),
    step('COMPLETED', { data: { output: { text: REPLY } } }),
  ];
  return {
    run: run('SUCCEEDED', { lastSeq: 8, output: { text: REPLY, handoffSuggested: false } }),
    steps,
  };
}

describe('buildPublicRunView', () => {
  it('shows a finished reply with its citations as title and slug only', () => {
    const { run: finished, steps } = answeredFaq();
    expect(buildPublicRunView(finished, steps, policy)).toEqual({
      runId: 'run-1',
      status: 'SUCCEEDED',
      replyText: REPLY,
      typing: false,
      handoff: 'NONE',
      citations: [{ title: 'Returns and refunds', slug: 'returns' }],
      lastSeq: 8,
    });
  });

  it('carries nothing from step data, tools, reasoning, actor or input', () => {
    const { run: finished, steps } = answeredFaq();
    const json = JSON.stringify(buildPublicRunView(finished, steps, policy));
    for (const secret of [
      'search_knowledge_base',
      'api_key:secret-actor',
      'Playbook',
      'returns?',
      'knowledge_article',
      CITATION.id,
      '0.9',
      'matches',
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it('shows a typing indicator while the run is queued or running without a reply', () => {
    seq = 0;
    expect(buildPublicRunView(run('QUEUED', { lastSeq: 1 }), [step('TRIGGER')], policy)).toEqual({
      runId: 'run-1',
      status: 'QUEUED',
      replyText: null,
      typing: true,
      handoff: 'NONE',
      citations: [],
      lastSeq: 1,
    });
    const running = [step('CONTEXT'), step('REASONING', { detail: 'Decided to call a tool' })];
    expect(buildPublicRunView(run('RUNNING'), running, policy)).toMatchObject({
      replyText: null,
      typing: true,
    });
  });

  it('shows the text of a step still streaming, and stops typing once there is text', () => {
    seq = 0;
    const steps = [
      step('TRIGGER'),
      step('REASONING', { detail: 'You can return any unused', streaming: true }),
    ];
    expect(buildPublicRunView(run('RUNNING'), steps, policy)).toMatchObject({
      replyText: 'You can return any unused',
      typing: false,
      lastSeq: 2,
    });
  });

  it('never shows a finished REASONING step: between it and the RESPONSE, the widget waits', () => {
    seq = 0;
    const steps = [step('TRIGGER'), step('REASONING', { detail: 'Playbook: writing the reply' })];
    expect(buildPublicRunView(run('RUNNING'), steps, policy)).toMatchObject({
      replyText: null,
      typing: true,
    });
  });

  it('hides a streaming text that breaks the policy, without declaring a handoff', () => {
    seq = 0;
    const steps = [
      step('TRIGGER'),
      step('REASONING', { detail: 'Let me call search_knowledge_base', streaming: true }),
    ];
    expect(buildPublicRunView(run('RUNNING'), steps, policy)).toMatchObject({
      replyText: null,
      typing: true,
      handoff: 'NONE',
    });
  });

  it.each([
    ['quotes the system prompt', `Sure. ${support.systemPrompt}`],
    ['names a tool', 'I asked open_ticket to help.'],
    ['carries a script URL', 'Click [here](javascript:alert(document.cookie))'],
  ])('withholds a final reply that %s and says a person will answer', (_why, text) => {
    seq = 0;
    const steps = [step('RESPONSE', { detail: text, data: { citations: [CITATION] } })];
    expect(buildPublicRunView(run('SUCCEEDED'), steps, policy)).toMatchObject({
      replyText: null,
      typing: false,
      handoff: 'WAITING_FOR_HUMAN',
      citations: [],
    });
  });

  it('redacts card numbers and SSNs, and strips markup, instead of withholding', () => {
    seq = 0;
    const steps = [
      step('RESPONSE', {
        detail: 'Card 4111 1111 1111 1111, SSN 123-45-6789. <img src=x onerror=alert(1)>Done',
      }),
    ];
    expect(buildPublicRunView(run('SUCCEEDED'), steps, policy).replyText).toBe(
      'Card [card ••••1111], SSN [ssn redacted]. Done',
    );
  });

  it('says a handoff is offered from the FEEDBACK step, before the run output exists', () => {
    seq = 0;
    const steps = [
      step('RESPONSE', { detail: 'Would you like me to connect you with a person?' }),
      step('FEEDBACK', { data: { handoffSuggested: true } }),
    ];
    expect(buildPublicRunView(run('RUNNING'), steps, policy).handoff).toBe('OFFERED');
    expect(
      buildPublicRunView(run('SUCCEEDED', { output: { handoffSuggested: true } }), [], policy)
        .handoff,
    ).toBe('OFFERED');
  });

  it('says a person will answer while the run waits for one', () => {
    expect(buildPublicRunView(run('WAITING_FOR_HUMAN'), [], policy)).toMatchObject({
      handoff: 'WAITING_FOR_HUMAN',
      typing: false,
    });
  });

  it('keeps only well-formed citations, copying title and slug', () => {
    seq = 0;
    const steps = [
      step('RESPONSE', {
        detail: REPLY,
        data: { citations: [CITATION, { title: 'No slug' }, 'junk', null, { slug: 1, title: 2 }] },
      }),
    ];
    expect(buildPublicRunView(run('SUCCEEDED'), steps, policy).citations).toEqual([
      { title: 'Returns and refunds', slug: 'returns' },
    ]);
  });

  it('reports the highest seq it has seen, even past a stale run row', () => {
    seq = 4;
    expect(
      buildPublicRunView(run('RUNNING', { lastSeq: 3 }), [step('CONTEXT')], policy).lastSeq,
    ).toBe(5);
  });
});
