// Scenarios in Spanish: the page's intro and notices, the grid's cards and buttons, the input form
// (hints, buttons, the messages about wrong values) and the JSON editor; back to English on a switch.
import { expect, fixture, html } from '@open-wc/testing';
import type { ZacScenarioForm } from '../src/components/scenario-form.js';
import type { ZacScenarioGrid } from '../src/components/scenario-grid.js';
import {
  parseInput,
  shapesOf,
  validate,
  type JsonSchema,
} from '../src/components/scenario-schema.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type { ZacScenariosPage } from '../src/pages/scenarios.page.js';
import { FakeClient } from './fake-client.js';
import { text } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    leadEmail: { type: 'string', format: 'email' },
    durationMinutes: { type: 'integer', minimum: 1500, maximum: 3000 },
    onDate: { type: 'string', format: 'date' },
    topics: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } },
    channels: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', enum: ['instagram', 'linkedin', 'x'] },
    },
    orderNumber: { type: 'string', pattern: '^[A-Z]{2}-\\d{3,}$' },
    refundCents: { type: 'integer' },
  },
  required: ['leadEmail', 'durationMinutes', 'channels'],
};
const SAMPLE = { leadEmail: 'priya@brightdesk.example', durationMinutes: 1600, channels: ['x'] };
const SCENARIO = {
  id: 's1',
  key: 'meeting-scheduling',
  title: 'Meeting scheduling',
  description: 'Books a meeting.',
  sampleInput: SAMPLE,
  inputSchema: SCHEMA,
  available: true,
  unavailableReason: null,
  lastRun: {
    id: 'r1',
    status: 'SUCCEEDED',
    createdAt: '2026-12-01T10:00:00.000Z',
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:00:01.500Z',
  },
};
const AGENTS = [
  {
    key: 'sales',
    name: 'Sales & Leads',
    enabled: false,
    scenarios: [
      SCENARIO,
      {
        ...SCENARIO,
        id: 's2',
        key: 'gift-wrapping',
        title: 'Gift wrapping',
        available: false,
        unavailableReason: 'Needs the tool wrap_gift.',
        lastRun: null,
      },
    ],
  },
];

describe('scenarios in Spanish', () => {
  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('the page: intro with plural counts, viewer notice, empty state', async () => {
    chooseLanguage('es');
    const client = new FakeClient().on('ScenarioGrid', () => ({ agents: AGENTS }));
    const viewer = { id: 'u1', email: 'v@x', name: 'Viewer', role: 'VIEWER' };
    const el = await fixture<ZacScenariosPage>(
      html`<zac-scenarios-page .client=${client} .user=${viewer}></zac-scenarios-page>`,
    );
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const root = el.shadowRoot as ShadowRoot;
    expect(text(root.querySelector('h1'))).to.equal('Escenarios');
    expect(text(root.querySelector('.intro'))).to.equal(
      '2 escenarios de 1 agente. Ejecuta uno con tu propia entrada, o todos los de un agente con su entrada de ejemplo, y mira cómo llegan los pasos.',
    );
    expect(text(root.querySelector('.intro + p'))).to.equal(
      'Con acceso de solo lectura no puedes iniciar ejecuciones.',
    );
    chooseLanguage('en');
    await el.updateComplete;
    expect(text(root.querySelector('.intro'))).to.match(/^2 scenarios of 1 agent\. Run one/);

    chooseLanguage('es');
    const empty = await fixture<ZacScenariosPage>(
      html`<zac-scenarios-page
        .client=${new FakeClient().on('ScenarioGrid', () => ({ agents: [] }))}
        .user=${viewer}
      ></zac-scenarios-page>`,
    );
    await new Promise((r) => setTimeout(r, 0));
    await empty.updateComplete;
    expect(text(empty.shadowRoot?.querySelector('p.state'))).to.equal('Todavía no hay agentes.');
  });

  it('the grid: last run, unavailable and disabled marks, buttons', async () => {
    chooseLanguage('es');
    const el = await fixture<ZacScenarioGrid>(
      html`<zac-scenario-grid .agents=${AGENTS} .canWrite=${true}></zac-scenario-grid>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    const card = (key: string) => root.querySelector(`[data-scenario=${key}]`) as HTMLElement;
    expect(text(card('meeting-scheduling').querySelector('[data-last-run]'))).to.equal(
      'Última ejecución completada 1.5 s',
    );
    expect(text(card('gift-wrapping').querySelector('[data-last-run]'))).to.equal(
      'Aún no se ha ejecutado',
    );
    expect(text(card('gift-wrapping').querySelector('[data-unavailable]'))).to.equal(
      'No disponible Needs the tool wrap_gift.',
    );
    expect(text(card('meeting-scheduling').querySelector('[data-action=open]'))).to.equal(
      'Ejecutar…',
    );
    expect(text(root.querySelector('[data-status=disabled]'))).to.equal('desactivado');
    expect(text(root.querySelector('[data-action=run-all]'))).to.equal(
      'Ejecutar todos los de este agente (1)',
    );
    chooseLanguage('en');
    await el.updateComplete;
    expect(text(root.querySelector('[data-action=run-all]'))).to.equal('Run all of this agent (1)');
    expect(text(card('gift-wrapping').querySelector('[data-last-run]'))).to.equal('Not run yet');
  });

  it('the schema messages in Spanish, with Spanish numbers and plural forms', () => {
    setWorkspaceLocale('es-ES', 'EUR');
    const fields = shapesOf(SCHEMA)?.[0]?.fields ?? [];
    expect(fields.find((f) => f.path === 'refundCents')?.label).to.equal('Refund (centavos)');
    const errors = validate(
      fields,
      {
        leadEmail: 'priya',
        durationMinutes: 1000,
        onDate: '2026-13-45',
        topics: ['a'],
        channels: [],
        orderNumber: 'order 1042',
      },
      { orderNumber: 'JL-1042' },
    );
    expect(errors).to.deep.equal({
      leadEmail: 'Lead email debe ser una dirección de correo electrónico.',
      durationMinutes: 'Duration minutes debe ser al menos 1500.',
      onDate: 'On date debe ser una fecha (AAAA-MM-DD).',
      topics: 'Topics necesita al menos 2 elementos.',
      channels: 'Elige al menos 1 opción en channels.',
      orderNumber: 'Order number no tiene el formato esperado (por ejemplo, JL-1042).',
    });
    expect(validate(fields, { ...SAMPLE, durationMinutes: 30000 })).to.deep.equal({
      durationMinutes: 'Duration minutes debe ser como máximo 3000.',
    });
    expect(parseInput('[1]')).to.deep.equal({
      error: 'La entrada debe ser un objeto JSON ({ ... }).',
    });
    expect((parseInput('{') as { error: string }).error).to.match(/^No es JSON válido: /);
  });

  it('the form: hints, buttons and messages, which follow a language change', async () => {
    chooseLanguage('es');
    const el = await fixture<ZacScenarioForm>(
      html`<zac-scenario-form .scenario=${SCENARIO}></zac-scenario-form>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('form')?.getAttribute('aria-label')).to.equal(
      'Entrada de Meeting scheduling',
    );
    expect(text(root.querySelector('.mode .hint'))).to.equal(
      'Los campos marcados con * son obligatorios.',
    );
    expect(root.querySelector('.mode .hint .required')?.textContent).to.equal('*');
    expect(text(root.querySelector('label[for=field-topics] .hint'))).to.equal('(uno por línea)');
    expect(text(root.querySelector('[data-action=json]'))).to.equal('Editar como JSON');
    expect(text(root.querySelector('[data-action=start]'))).to.equal('Iniciar ejecución');

    const email = root.querySelector<HTMLInputElement>('#field-leadEmail') as HTMLInputElement;
    email.value = '';
    email.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[data-action=start]')?.click();
    await el.updateComplete;
    expect(text(root.querySelector('[data-error-for=leadEmail]'))).to.equal(
      'Lead email es obligatorio.',
    );
    chooseLanguage('en');
    await el.updateComplete;
    expect(text(root.querySelector('[data-error-for=leadEmail]'))).to.equal(
      'Lead email is required.',
    );
    expect(text(root.querySelector('.mode .hint'))).to.equal('Fields marked * are required.');
    expect(text(root.querySelector('[data-action=start]'))).to.equal('Start run');

    chooseLanguage('es');
    root.querySelector<HTMLButtonElement>('[data-action=json]')?.click();
    await el.updateComplete;
    expect(text(root.querySelector('.mode .hint'))).to.equal(
      'Estás editando la entrada como JSON.',
    );
    expect(text(root.querySelector('label[for=input]'))).to.equal('Entrada (objeto JSON)');
    expect(text(root.querySelector('[data-action=json]'))).to.equal('Volver al formulario');
    const json = root.querySelector<HTMLTextAreaElement>('#input') as HTMLTextAreaElement;
    json.value = '[]';
    json.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(root.querySelector('[data-error-for=input]'))).to.equal(
      'La entrada debe ser un objeto JSON ({ ... }).',
    );
  });
});
