import { expect, fixture, html } from '@open-wc/testing';
import type { RunStep } from '../src/api/operations.js';
import { StepLog } from '../src/components/step-log.js';
import type { ZacRunTimeline } from '../src/components/zac-run-timeline.js';
import { defineConsoleElements } from '../src/define.js';
import { parseInput } from '../src/pages/scenarios.page.js';

defineConsoleElements();

const step = (seq: number, kind: RunStep['kind'], partial: Partial<RunStep> = {}): RunStep => ({
  seq,
  kind,
  title: `${kind} title`,
  detail: null,
  data: { seq },
  durationMs: 1200,
  inputTokens: 10,
  outputTokens: 5,
  costUsd: 0.0012,
  streaming: false,
  startedAt: new Date().toISOString(),
  ...partial,
});

describe('StepLog', () => {
  it('keeps the last event per seq, in seq order, and knows when the run ended', () => {
    const log = new StepLog();
    log.add(step(2, 'RESPONSE', { detail: 'Hel', streaming: true }));
    log.add(step(1, 'TRIGGER'));
    log.add(step(2, 'RESPONSE', { detail: 'Hello' }));
    expect(log.steps.map((s) => s.detail ?? s.kind)).to.deep.equal(['TRIGGER', 'Hello']);
    expect(log.lastSeq).to.equal(2);
    expect(log.finished).to.equal(false);
    log.add(step(3, 'COMPLETED'));
    expect(log.finished).to.equal(true);
  });
});

describe('<zac-run-timeline>', () => {
  it('renders steps in order and opens one to its data, tokens, cost and duration', async () => {
    const el = await fixture<ZacRunTimeline>(
      html`<zac-run-timeline
        .steps=${[step(1, 'TRIGGER'), step(2, 'TOOL_CALL')]}
      ></zac-run-timeline>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    const items = [...root.querySelectorAll('li[data-seq]')];
    expect(items.map((li) => li.getAttribute('data-kind'))).to.deep.equal(['TRIGGER', 'TOOL_CALL']);
    const toggle = items[1]?.querySelector('button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = items[1]?.querySelector('[data-step-details]') as HTMLElement;
    expect(details.textContent).to.contain('1.2 s');
    expect(details.textContent).to.contain('$0.0012');
    expect(JSON.parse(details.querySelector('pre')?.textContent ?? '')).to.deep.equal({ seq: 2 });
  });

  it('says it waits while there is no step yet', async () => {
    const el = await fixture<ZacRunTimeline>(html`<zac-run-timeline></zac-run-timeline>`);
    expect(el.shadowRoot?.textContent).to.contain('Waiting for the first step');
  });
});

describe('scenario input', () => {
  it('accepts a JSON object and explains anything else', () => {
    expect(parseInput('{"question":"hi"}')).to.deep.equal({ value: { question: 'hi' } });
    expect(parseInput('[1]')).to.deep.equal({
      error: 'The input must be a JSON object ({ ... }).',
    });
    expect('error' in parseInput('{"a":')).to.equal(true);
  });
});
