// The Leads page, the Agents page and the agent editor in Spanish, and back to English.
import { expect, fixture, html } from '@open-wc/testing';
import type { Agent } from '../src/api/operations.js';
import { draftOf, validateDraft } from '../src/components/agent-draft.js';
import type { ZacAgentEditor } from '../src/components/zac-agent-editor.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type { Lead } from '../src/pages/leads.operations.js';
import { FakeClient } from './fake-client.js';
import { $, $$, text, settled } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'o@x', name: 'Owner', role: 'OWNER' };
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
  tools: ['track_order', 'send_fax'],
  reviewPolicy: {
    refundLimitCents: 50_000,
    legalTopics: true,
    minConfidence: null,
    outboundTrusted: false,
    approvalTtlMinutes: 1440,
  },
};

const LEADS: Lead[] = [
  {
    id: 'l1',
    name: 'Priya Raman',
    email: 'priya@brightdesk.example',
    company: 'BrightDesk',
    score: 1250.5,
    tier: 'HOT',
    stage: 'QUALIFIED',
    createdAt: '2026-11-26T15:00:00.000Z',
    scoreFactors: [
      { feature: 'visits', label: 'Visits', value: 1200, contribution: 1.5 },
      { feature: 'free_mail', label: 'Free mail', value: null, contribution: -0.25 },
    ],
  },
  {
    id: 'l2',
    name: 'Tom',
    email: 'tom@example.com',
    company: null,
    score: null,
    tier: null,
    stage: 'NEW',
    createdAt: '2026-11-26T15:00:00.000Z',
    scoreFactors: [],
  },
];

describe('leads and agents in Spanish', () => {
  beforeEach(() => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
  });

  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('lists leads in Spanish with Spanish numbers, then English again', async () => {
    const client = new FakeClient().on('query Leads', () => ({ leads: LEADS }));
    const page = await fixture(
      html`<zac-leads-page .client=${client} .user=${OWNER}></zac-leads-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Clientes potenciales');
    expect($$(page, 'thead th').map(text)).to.deep.equal([
      'Cliente potencial',
      'Puntaje',
      'Nivel',
      'Etapa',
      'Qué movió el puntaje',
      'Captado',
    ]);
    const priya = [...$(page, 'tr[data-lead="priya@brightdesk.example"]').querySelectorAll('td')];
    expect(text(priya[1])).to.equal('1,250.5');
    expect(text(priya[2])).to.equal('CALIENTE');
    expect(text(priya[3])).to.equal('calificado');
    expect([...(priya[4]?.querySelectorAll('li') ?? [])].map(text)).to.deep.equal([
      'Visits (1,200): +1.50',
      'Free mail: −0.25',
    ]);
    const tom = [...$(page, 'tr[data-lead="tom@example.com"]').querySelectorAll('td')];
    expect(text(tom[2])).to.equal('sin puntaje');
    expect(text(tom[3])).to.equal('nuevo');
    expect(text(tom[4])).to.equal('Aún sin puntaje');

    chooseLanguage('en');
    await settled(page as never);
    expect(text($(page, 'thead th'))).to.equal('Lead');
    const again = [...$(page, 'tr[data-lead="tom@example.com"]').querySelectorAll('td')];
    expect(text(again[2])).to.equal('unscored');
    expect(text(again[3])).to.equal('new');
  });

  it('says in Spanish when there are no leads', async () => {
    const client = new FakeClient().on('query Leads', () => ({ leads: [] }));
    const page = await fixture(
      html`<zac-leads-page .client=${client} .user=${OWNER}></zac-leads-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'p.state'))).to.equal('Aún no hay clientes potenciales.');
  });

  it('shows the agents page and the editor in Spanish, errors too, then English again', async () => {
    const client = new FakeClient().on('query Agents', () => ({
      agents: [AGENT, { ...AGENT, key: 'sales', name: 'Sales', enabled: false }],
      agentOptions: OPTIONS,
    }));
    const page = await fixture(
      html`<zac-agents-page .client=${client} .user=${OWNER}></zac-agents-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Agentes');
    expect($(page, 'nav').getAttribute('aria-label')).to.equal('Agentes');
    expect($$(page, 'nav .badge').map(text)).to.deep.equal(['activado', 'desactivado']);

    const editor = $<ZacAgentEditor>(page, 'zac-agent-editor');
    await settled(editor);
    const e = (selector: string) => editor.shadowRoot?.querySelector(selector) as HTMLElement;
    expect(e('form').getAttribute('aria-label')).to.equal('Editar Customer Support');
    expect(text(e('label[for=temperature]'))).to.equal('Temperatura (de 0 a 1)');
    expect(text(e('label[for=maxSteps]'))).to.equal('Límite de pasos (de 1 a 50)');
    expect(text(e('label[for=refundLimit]'))).to.equal('Límite de reembolso (MXN)');
    expect(text(e('label[for=systemPrompt]'))).to.equal('Prompt del sistema');
    expect([...(editor.shadowRoot?.querySelectorAll('legend') ?? [])].map(text)).to.deep.equal([
      'Herramientas',
      'Política de revisión',
    ]);
    expect(text(e('[data-unavailable-tool=send_fax]'))).to.equal('no disponible');
    expect(text(e('[data-action=save]'))).to.equal('Guardar');

    const ttl = e('#ttl') as HTMLInputElement;
    ttl.value = '99999';
    ttl.dispatchEvent(new Event('input'));
    await editor.updateComplete;
    expect(text(e('[data-error-for="reviewPolicy.approvalTtlMinutes"]'))).to.equal(
      'Un número entero de minutos de 1 a 43,200.',
    );

    // The console's own message follows the language switch.
    chooseLanguage('en');
    await settled(editor);
    expect(text(e('[data-error-for="reviewPolicy.approvalTtlMinutes"]'))).to.equal(
      'A whole number of minutes from 1 to 43,200.',
    );
    expect(text(e('label[for=refundLimit]'))).to.equal('Refund limit (MXN)');
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Agents');
  });

  it('checks a draft in Spanish, with numbers in Spanish forms', () => {
    setWorkspaceLocale('es-ES', 'EUR');
    const draft = { ...draftOf(AGENT), systemPrompt: 'x'.repeat(20_001), temperature: '2' };
    const errors = validateDraft(draft, OPTIONS);
    expect(errors.systemPrompt).to.equal('Como máximo 20.000 caracteres (ahora 20.001).');
    expect(errors.temperature).to.equal('Un número de 0 a 1 con dos decimales como máximo.');
    expect(errors.tools).to.equal('Herramientas desconocidas: send_fax.');
  });
});
