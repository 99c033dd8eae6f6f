import { expect, fixture, html } from '@open-wc/testing';
import type { Agent } from '../src/api/operations.js';
import { draftOf, inputOf, validateDraft } from '../src/components/agent-draft.js';
import type { ZacAgentEditor } from '../src/components/zac-agent-editor.js';
import { defineConsoleElements } from '../src/define.js';
import { FakeClient, refusal } from './fake-client.js';

defineConsoleElements();

const OPTIONS = {
  models: ['claude-haiku-4-5', 'claude-sonnet-4-6'],
  tools: ['issue_refund', 'track_order'],
};
const AGENT: Agent = {
  key: 'support',
  name: 'Customer Support',
  description: 'Answers customers',
  enabled: true,
  model: 'claude-haiku-4-5',
  systemPrompt: 'Be kind.',
  temperature: 0.2,
  maxSteps: 8,
  tools: ['track_order'],
  reviewPolicy: {
    refundLimitCents: 50_000,
    legalTopics: true,
    minConfidence: null,
    outboundTrusted: false,
    approvalTtlMinutes: 1440,
  },
};

async function editor(client: FakeClient, readonly = false) {
  const el = await fixture<ZacAgentEditor>(
    html`<zac-agent-editor
      .client=${client}
      .agent=${AGENT}
      .options=${OPTIONS}
      ?readonly=${readonly}
    ></zac-agent-editor>`,
  );
  const $ = <T extends Element>(selector: string) => el.shadowRoot?.querySelector(selector) as T;
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  };
  return { el, $, type };
}

describe('agent draft validation', () => {
  it('accepts the agent as it is and maps it back to the updateAgent input', () => {
    const draft = draftOf(AGENT);
    expect(validateDraft(draft, OPTIONS)).to.deep.equal({});
    expect(inputOf(draft)).to.deep.include({ temperature: 0.2, maxSteps: 8 });
    expect((inputOf(draft).reviewPolicy as { refundLimitCents: number }).refundLimitCents).to.equal(
      50_000,
    );
  });

  it('names every out-of-range field with the hub’s field names', () => {
    const errors = validateDraft(
      {
        ...draftOf(AGENT),
        systemPrompt: '  ',
        temperature: '1.5',
        maxSteps: '0',
        refundLimit: '-1',
        minConfidence: '2',
        approvalTtlMinutes: '99999',
        tools: ['launch_rockets'],
      },
      OPTIONS,
    );
    expect(Object.keys(errors).sort()).to.deep.equal([
      'maxSteps',
      'reviewPolicy.approvalTtlMinutes',
      'reviewPolicy.minConfidence',
      'reviewPolicy.refundLimitCents',
      'systemPrompt',
      'temperature',
      'tools',
    ]);
  });
});

describe('<zac-agent-editor>', () => {
  it('shows a client-side error next to the field and does not send the save', async () => {
    const client = new FakeClient();
    const { $, type, el } = await editor(client);
    await type('#temperature', '3');
    expect($('[data-error-for=temperature]').textContent).to.contain('0 to 1');
    expect($('#temperature').getAttribute('aria-invalid')).to.equal('true');
    $<HTMLButtonElement>('[data-action=save]').click();
    await el.updateComplete;
    expect(client.requests).to.have.length(0);
  });

  it('shows the hub’s INVALID_INPUT next to the field it names', async () => {
    const client = new FakeClient().on('updateAgent', () => {
      throw refusal('INVALID_INPUT', 'Unknown model "x".', 'model');
    });
    const { $, el } = await editor(client);
    $<HTMLButtonElement>('[data-action=save]').click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($('[data-error-for=model]').textContent).to.contain('Unknown model');
  });

  it('saves the edited prompt and says so', async () => {
    const client = new FakeClient().on('updateAgent', (v) => ({
      updateAgent: { ...AGENT, systemPrompt: (v.input as { systemPrompt: string }).systemPrompt },
    }));
    const { $, type, el } = await editor(client);
    await type('#systemPrompt', 'Be brief.');
    $<HTMLButtonElement>('[data-action=save]').click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(client.requests[0]?.variables).to.deep.include({ key: 'support' });
    expect($('[data-saved]')).to.not.equal(null);
    expect($<HTMLTextAreaElement>('#systemPrompt').value).to.equal('Be brief.');
  });

  it('is read only for a viewer, and shows the refusal of a forced save', async () => {
    const client = new FakeClient().on('updateAgent', () => {
      throw refusal('FORBIDDEN', 'Viewers cannot change anything.');
    });
    const { $, el } = await editor(client, true);
    expect($<HTMLTextAreaElement>('#systemPrompt').matches(':disabled')).to.equal(true);
    $<HTMLFieldSetElement>('fieldset[data-editor-fields]').disabled = false;
    $<HTMLButtonElement>('[data-action=save]').click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect($('[data-server-error]').textContent).to.contain('Viewers cannot change anything.');
  });
});
