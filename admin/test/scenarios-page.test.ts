import { expect, fixture, html } from '@open-wc/testing';
import type { ZacScenarioForm } from '../src/components/scenario-form.js';
import type { ZacScenarioGrid } from '../src/components/scenario-grid.js';
import { inputOf, shapesOf, validate, type JsonSchema } from '../src/components/scenario-schema.js';
import { defineConsoleElements } from '../src/define.js';
import type { ZacScenariosPage } from '../src/pages/scenarios.page.js';
import { FakeClient } from './fake-client.js';

defineConsoleElements();

// Schemas as the hub emits them (z.toJSONSchema of the scenarios' playbooks, input side).
const MEETING: JsonSchema = {
  type: 'object',
  properties: {
    leadEmail: { type: 'string', format: 'email' },
    timeZone: { type: 'string', minLength: 1, maxLength: 64 },
    durationMinutes: { type: 'integer', minimum: 15, maximum: 180 },
    persona: { type: 'string', enum: ['TECHNICAL_DECISION_MAKER', 'EXECUTIVE', 'END_USER'] },
    onDate: { type: 'string', format: 'date' },
    consent: { type: 'boolean' },
    topics: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    channels: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', enum: ['instagram', 'linkedin', 'x'] },
    },
    orderNumber: { type: 'string', pattern: '^[A-Z]{2}-\\d{3,}$' },
    address: {
      type: 'object',
      properties: { city: { type: 'string', minLength: 1 } },
      required: ['city'],
    },
  },
  required: ['leadEmail', 'timeZone', 'durationMinutes', 'channels', 'address'],
};
const MEETING_SAMPLE = {
  leadEmail: 'priya@brightdesk.example',
  timeZone: 'America/New_York',
  durationMinutes: 30,
  channels: ['linkedin'],
  orderNumber: 'JL-1042',
  address: { city: 'Austin' },
};
const SCENARIO = {
  key: 'meeting-scheduling',
  title: 'Meeting scheduling',
  sampleInput: MEETING_SAMPLE,
  inputSchema: MEETING,
};

async function form(scenario: object = SCENARIO) {
  const el = await fixture<ZacScenarioForm>(
    html`<zac-scenario-form .scenario=${scenario}></zac-scenario-form>`,
  );
  const $ = <T extends Element>(selector: string) => el.shadowRoot?.querySelector(selector) as T;
  const type = async (selector: string, value: string) => {
    const input = $<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };
  const submitted: Record<string, unknown>[] = [];
  el.addEventListener('zac-scenario-submit', (e) =>
    submitted.push((e as CustomEvent<{ input: Record<string, unknown> }>).detail.input),
  );
  const submit = async () => {
    $<HTMLButtonElement>('[data-action=start]').click();
    await el.updateComplete;
  };
  return { el, $, type, submit, submitted };
}

describe('the scenario input schema', () => {
  it('turns each property into a field of its type, with required marks', () => {
    const [shape] = shapesOf(MEETING) ?? [];
    const kinds = Object.fromEntries(
      (shape?.fields ?? []).map((f) => [f.path, [f.kind, f.required, f.label]]),
    );
    expect(kinds).to.deep.equal({
      leadEmail: ['email', true, 'Lead email'],
      timeZone: ['text', true, 'Time zone'],
      durationMinutes: ['integer', true, 'Duration minutes'],
      persona: ['choice', false, 'Persona'],
      onDate: ['date', false, 'On date'],
      consent: ['boolean', false, 'Consent'],
      topics: ['text-list', false, 'Topics'],
      channels: ['choice-list', true, 'Channels'],
      orderNumber: ['text', false, 'Order number'],
      address: ['object', true, 'Address'],
    });
  });

  it('offers one shape per anyOf object, named by its required fields', () => {
    const shapes = shapesOf({
      anyOf: [
        {
          type: 'object',
          properties: { orderNumber: { type: 'string' } },
          required: ['orderNumber'],
        },
        {
          type: 'object',
          properties: { shipToState: { type: 'string' }, amountCents: { type: 'integer' } },
          required: ['shipToState', 'amountCents'],
        },
      ],
    });
    expect(shapes?.map((s) => s.label)).to.deep.equal([
      'Order number',
      'Ship to state, Amount (cents)',
    ]);
  });

  it('says in words what is wrong with each field', () => {
    const fields = shapesOf(MEETING)?.[0]?.fields ?? [];
    const errors = validate(
      fields,
      {
        leadEmail: 'priya',
        durationMinutes: 10.5,
        channels: [],
        orderNumber: 'order 1042',
        onDate: '2026-13-45',
        address: {},
      },
      MEETING_SAMPLE,
    );
    expect(errors).to.deep.equal({
      leadEmail: 'Lead email must be an email address.',
      timeZone: 'Time zone is required.',
      durationMinutes: 'Duration minutes must be a whole number.',
      channels: 'Choose at least 1 for channels.',
      orderNumber: 'Order number is not in the expected form (like JL-1042).',
      onDate: 'On date must be a date (YYYY-MM-DD).',
      'address.city': 'City is required.',
    });
  });

  it('reads typed values from the form: numbers as numbers, lists by line, empty optionals left out', () => {
    const fields = shapesOf(MEETING)?.[0]?.fields ?? [];
    const { value, errors } = inputOf(fields, {
      leadEmail: ' priya@brightdesk.example ',
      timeZone: 'Europe/Madrid',
      durationMinutes: '45',
      persona: '',
      onDate: '',
      consent: false,
      topics: 'ceramics\n\n tea ',
      channels: ['x'],
      orderNumber: '',
      'address.city': 'Austin',
    });
    expect(errors).to.deep.equal({});
    expect(value).to.deep.equal({
      leadEmail: 'priya@brightdesk.example',
      timeZone: 'Europe/Madrid',
      durationMinutes: 45,
      topics: ['ceramics', 'tea'],
      channels: ['x'],
      address: { city: 'Austin' },
    });
  });
});

describe('<zac-scenario-form>', () => {
  it('renders the fields prefilled with the sample input, required ones marked', async () => {
    const { $ } = await form();
    expect($<HTMLInputElement>('#field-leadEmail').value).to.equal('priya@brightdesk.example');
    expect($<HTMLInputElement>('#field-leadEmail').type).to.equal('email');
    expect($<HTMLInputElement>('#field-durationMinutes').value).to.equal('30');
    expect($<HTMLInputElement>('#field-durationMinutes').type).to.equal('number');
    expect($<HTMLInputElement>('#field-onDate').type).to.equal('date');
    expect($<HTMLSelectElement>('#field-persona').tagName).to.equal('SELECT');
    expect($<HTMLInputElement>('#field-consent').type).to.equal('checkbox');
    expect($<HTMLInputElement>('#field-address-city').value).to.equal('Austin');
    const linkedin = $<HTMLInputElement>('input[type=checkbox][value=linkedin]');
    expect(linkedin.checked).to.equal(true);
    expect($('label[for=field-timeZone]').textContent).to.contain('*');
    expect($('label[for=field-onDate]').textContent).not.to.contain('*');
  });

  it('shows validation messages next to the fields and does not submit', async () => {
    const { $, type, submit, submitted } = await form();
    await type('#field-durationMinutes', '5');
    await type('#field-leadEmail', 'not-an-email');
    await submit();
    expect(submitted).to.have.length(0);
    expect($('[data-error-for=durationMinutes]').textContent).to.contain(
      'Duration minutes must be at least 15.',
    );
    expect($('[data-error-for=leadEmail]').textContent).to.contain('must be an email address');
    expect($('#field-leadEmail').getAttribute('aria-invalid')).to.equal('true');
    // Corrected, the message goes and the form submits.
    await type('#field-durationMinutes', '45');
    await type('#field-leadEmail', 'priya@brightdesk.example');
    expect($('[data-error-for=durationMinutes]').textContent?.trim()).to.equal('');
    await submit();
    expect(submitted).to.have.length(1);
  });

  it('submits the typed input', async () => {
    const { $, type, submit, submitted, el } = await form();
    await type('#field-durationMinutes', '60');
    await type('#field-persona', 'EXECUTIVE');
    await type('#field-topics', 'stoneware\nwholesale');
    $<HTMLInputElement>('input[type=checkbox][value=x]').click();
    await el.updateComplete;
    await submit();
    expect(submitted).to.deep.equal([
      {
        leadEmail: 'priya@brightdesk.example',
        timeZone: 'America/New_York',
        durationMinutes: 60,
        persona: 'EXECUTIVE',
        topics: ['stoneware', 'wholesale'],
        channels: ['linkedin', 'x'],
        orderNumber: 'JL-1042',
        address: { city: 'Austin' },
      },
    ]);
  });

  it('edits the same input as JSON, and takes the JSON back into the form', async () => {
    const { $, type, submit, submitted, el } = await form();
    $<HTMLButtonElement>('[data-action=json]').click();
    await el.updateComplete;
    expect(JSON.parse($<HTMLTextAreaElement>('#input').value)).to.deep.include({
      durationMinutes: 30,
    });
    await type('#input', '{ "leadEmail": ');
    expect($('[data-error-for=input]').textContent).to.contain('Not valid JSON');
    await type('#input', JSON.stringify({ ...MEETING_SAMPLE, durationMinutes: 90 }));
    $<HTMLButtonElement>('[data-action=json]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>('#field-durationMinutes').value).to.equal('90');
    await submit();
    expect(submitted[0]).to.deep.include({ durationMinutes: 90 });
  });

  it('takes raw JSON when the scenario has no schema the form can show', async () => {
    const { $, type, submit, submitted } = await form({
      key: 'x',
      title: 'X',
      sampleInput: { a: 1 },
      inputSchema: null,
    });
    expect($('[data-action=json]')).to.equal(null);
    await type('#input', '{"a": 2}');
    await submit();
    expect(submitted).to.deep.equal([{ a: 2 }]);
  });
});

const GRID_AGENTS = [
  {
    key: 'support',
    name: 'Customer Support',
    enabled: true,
    scenarios: [
      {
        id: 's1',
        key: 'order-tracking',
        title: 'Order tracking',
        description: 'Where an order is.',
        sampleInput: { orderNumber: 'JL-1042' },
        inputSchema: {
          type: 'object',
          properties: { orderNumber: { type: 'string', pattern: '^[A-Z]{2}-\\d{3,}$' } },
          required: ['orderNumber'],
        },
        available: true,
        unavailableReason: null,
        lastRun: {
          id: 'r1',
          status: 'SUCCEEDED',
          createdAt: '2026-12-01T10:00:00.000Z',
          startedAt: '2026-12-01T10:00:00.000Z',
          finishedAt: '2026-12-01T10:00:01.500Z',
        },
      },
      {
        id: 's2',
        key: 'faq-resolution',
        title: 'FAQ resolution',
        description: 'Answers from the help centre.',
        sampleInput: { question: 'Returns?' },
        inputSchema: { type: 'object', properties: { question: { type: 'string' } } },
        available: true,
        unavailableReason: null,
        lastRun: null,
      },
      // A fixture: every seeded scenario is available today, the marking must still work.
      {
        id: 's3',
        key: 'gift-wrapping',
        title: 'Gift wrapping',
        description: 'Wraps a gift.',
        sampleInput: {},
        inputSchema: { type: 'object', properties: {} },
        available: false,
        unavailableReason: 'Needs the tool wrap_gift, which is not built yet.',
        lastRun: null,
      },
    ],
  },
  {
    key: 'tax',
    name: 'Tax & Compliance',
    enabled: true,
    scenarios: [
      {
        id: 's4',
        key: 'deduction-tracking',
        title: 'Deduction tracking',
        description: 'Deductions for a year.',
        sampleInput: { taxYear: 2026 },
        inputSchema: {
          type: 'object',
          properties: { taxYear: { type: 'integer', minimum: 2020 } },
          required: ['taxYear'],
        },
        available: true,
        unavailableReason: null,
        lastRun: {
          id: 'r2',
          status: 'FAILED',
          createdAt: '2026-12-01T10:00:00.000Z',
          startedAt: '2026-12-01T10:00:00.000Z',
          finishedAt: '2026-12-01T10:00:00.250Z',
        },
      },
    ],
  },
];

describe('<zac-scenario-grid>', () => {
  it('groups the scenarios by agent with their last run, its duration, and unavailable ones marked', async () => {
    const el = await fixture<ZacScenarioGrid>(
      html`<zac-scenario-grid .agents=${GRID_AGENTS} .canWrite=${true}></zac-scenario-grid>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    const sections = [...root.querySelectorAll('section[data-agent]')];
    expect(sections.map((s) => s.querySelector('h2')?.textContent?.trim())).to.deep.equal([
      'Customer Support',
      'Tax & Compliance',
    ]);
    const card = (key: string) => root.querySelector(`[data-scenario=${key}]`) as HTMLElement;
    expect(card('order-tracking').querySelector('[data-last-run]')?.textContent).to.contain(
      'succeeded',
    );
    expect(card('order-tracking').querySelector('[data-duration]')?.textContent).to.equal('1.5 s');
    expect(card('faq-resolution').querySelector('[data-last-run]')?.textContent).to.contain(
      'Not run yet',
    );
    expect(card('deduction-tracking').querySelector('[data-last-run]')?.textContent).to.contain(
      'failed',
    );
    const unavailable = card('gift-wrapping');
    expect(unavailable.querySelector('[data-unavailable]')?.textContent).to.contain(
      'Needs the tool wrap_gift, which is not built yet.',
    );
    expect(unavailable.querySelector<HTMLButtonElement>('[data-action=open]')?.disabled).to.equal(
      true,
    );
    // "Run all" counts only what can run.
    expect(
      sections[0]?.querySelector('[data-action=run-all]')?.textContent?.replace(/\s+/g, ' '),
    ).to.contain('Run all of this agent (2)');
  });
});

describe('<zac-scenarios-page>', () => {
  const user = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };
  const startedRun = (id: string, scenarioKey: string) => ({
    id,
    status: 'QUEUED',
    trigger: 'API',
    triggerSummary: 'console',
    createdAt: '2026-12-01T10:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    costUsd: 0,
    errorCode: null,
    agent: { key: 'support', name: 'Customer Support' },
    scenario: { key: scenarioKey, title: scenarioKey },
  });

  async function page(client: FakeClient) {
    const el = await fixture<ZacScenariosPage>(
      html`<zac-scenarios-page .client=${client} .user=${user}></zac-scenarios-page>`,
    );
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const grid = el.shadowRoot?.querySelector('zac-scenario-grid') as ZacScenarioGrid;
    await grid.updateComplete;
    return { el, grid };
  }

  it('starts a run from the schema form and follows its steps', async () => {
    let n = 0;
    const client = new FakeClient()
      .on('ScenarioGrid', () => ({ agents: GRID_AGENTS }))
      .on('startRun', (v) => {
        const input = v.input as { scenarioKey: string };
        return { startRun: startedRun(`run-${++n}`, input.scenarioKey) };
      });
    const { el, grid } = await page(client);
    grid.shadowRoot
      ?.querySelector<HTMLButtonElement>('[data-scenario=order-tracking] [data-action=open]')
      ?.click();
    await el.updateComplete;
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    const form = el.shadowRoot?.querySelector('zac-scenario-form') as ZacScenarioForm;
    await form.updateComplete;
    const order = form.shadowRoot?.querySelector('#field-orderNumber') as HTMLInputElement;
    order.value = 'order please';
    order.dispatchEvent(new Event('input'));
    form.shadowRoot?.querySelector<HTMLButtonElement>('[data-action=start]')?.click();
    await form.updateComplete;
    expect(form.shadowRoot?.querySelector('[data-error-for=orderNumber]')?.textContent).to.contain(
      'Order number is not in the expected form (like JL-1042).',
    );
    expect(client.requests.filter((r) => r.query.includes('startRun'))).to.have.length(0);

    order.value = 'JL-1043';
    order.dispatchEvent(new Event('input'));
    form.shadowRoot?.querySelector<HTMLButtonElement>('[data-action=start]')?.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const start = client.requests.find((r) => r.query.includes('startRun'));
    expect(start?.variables.input).to.deep.include({
      agentKey: 'support',
      scenarioKey: 'order-tracking',
      input: { orderNumber: 'JL-1043' },
    });
    expect(dialog.open).to.equal(false);
    // The run's steps stream into its timeline.
    client.handlers[0]?.next?.({
      runSteps: {
        id: 'st1',
        runId: 'run-1',
        seq: 1,
        kind: 'COMPLETED',
        title: 'Done',
        detail: 'Order JL-1043 is on its way.',
        streaming: false,
        delta: null,
        data: {},
        startedAt: '2026-12-01T10:00:00.000Z',
        durationMs: 5,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
      },
    });
    await el.updateComplete;
    const run = el.shadowRoot?.querySelector('[data-run=run-1]');
    expect(run?.querySelector('[data-run-status]')?.textContent).to.contain('succeeded');
    const timeline = run?.querySelector('zac-run-timeline') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await timeline.updateComplete;
    expect(timeline.shadowRoot?.textContent).to.contain('Done');
  });

  it("runs all of an agent's available scenarios with their sample input, each timeline live", async () => {
    let n = 0;
    const client = new FakeClient()
      .on('ScenarioGrid', () => ({ agents: GRID_AGENTS }))
      .on('startRun', (v) => {
        const input = v.input as { scenarioKey: string };
        return { startRun: startedRun(`run-${++n}`, input.scenarioKey) };
      });
    const { el, grid } = await page(client);
    grid.shadowRoot
      ?.querySelector<HTMLButtonElement>('section[data-agent=support] [data-action=run-all]')
      ?.click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const started = client.requests
      .filter((r) => r.query.includes('startRun'))
      .map((r) => r.variables.input as { scenarioKey: string; input: unknown });
    expect(started.map((s) => [s.scenarioKey, s.input])).to.deep.equal([
      ['order-tracking', { orderNumber: 'JL-1042' }],
      ['faq-resolution', { question: 'Returns?' }],
    ]);
    expect(el.shadowRoot?.querySelectorAll('.runs zac-run-timeline')).to.have.length(2);
    expect(client.handlers).to.have.length(2);
  });
});
