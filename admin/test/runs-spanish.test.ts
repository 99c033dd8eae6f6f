// Activity, a run's page and its step timeline in Spanish: headings, labels, filters, empty states,
// key/value views, booked meetings and Spanish number and money forms; back to English on a switch.
import { expect, fixture, html } from '@open-wc/testing';
import type { RunDetail, RunStep, RunSummary } from '../src/api/operations.js';
import type { ZacRunTimeline } from '../src/components/zac-run-timeline.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { FakeClient } from './fake-client.js';
import { $, $$, text, settled } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'maya@example.com', name: 'Maya Chen', role: 'OWNER' };
const BOOKING_ID = '0b000000-0000-4000-8000-000000000001';

const summary = (partial: Partial<RunSummary> = {}): RunSummary => ({
  id: '1a2b3c4d-0000-4000-8000-000000000001',
  status: 'SUCCEEDED',
  trigger: 'MANUAL',
  triggerSummary: 'By hand in the console',
  createdAt: '2026-11-26T14:00:00.000Z',
  startedAt: '2026-11-26T14:00:00.000Z',
  finishedAt: '2026-11-26T14:00:01.200Z',
  costUsd: 1234.5,
  errorCode: null,
  agent: { key: 'sales', name: 'Sales & Leads' },
  scenario: { key: 'book-demo', title: 'Book a demo' },
  ...partial,
});

const step = (seq: number, kind: RunStep['kind'], partial: Partial<RunStep> = {}): RunStep => ({
  seq,
  kind,
  title: `${kind} title`,
  detail: null,
  data: { seq },
  durationMs: 1200,
  inputTokens: 1000,
  outputTokens: 500,
  costUsd: 0.0012,
  streaming: false,
  startedAt: '2026-11-26T14:00:00.000Z',
  ...partial,
});

function runDetail(): RunDetail {
  return {
    ...summary(),
    startedBy: 'Maya Chen',
    input: { leadEmail: 'priya@brightdesk.example', confirmed: true, tags: [] },
    output: null,
    error: null,
    provider: 'offline',
    inputTokens: 12345,
    outputTokens: 678,
    lastSeq: 2,
    steps: [
      step(1, 'TRIGGER', { data: { actor: 'user:u1' } }),
      step(2, 'TOOL_RESULT', {
        data: {
          tool: 'book_meeting',
          output: {
            id: BOOKING_ID,
            ics: 'BEGIN:VCALENDAR',
            localLabel: 'lun 30 nov, 15:00',
            timeZone: 'Europe/London',
            leadName: 'Priya Raman',
            member: { name: 'Jordan Ellis' },
          },
        },
      }),
    ],
    parentRun: null,
    childRuns: [],
    approvals: [
      {
        id: 'ap-1',
        status: 'APPROVED',
        actionKind: 'TOOL_CALL',
        policy: 'refunds',
        reason: 'Refund over the limit.',
        toolName: 'issue_refund',
        amountCents: 61_200,
        proposedOutput: '',
        editedOutput: null,
        editable: false,
        email: null,
        decidedBy: 'Maya Chen',
        decisionNote: null,
        createdAt: '2026-11-26T14:00:00.000Z',
        expiresAt: '2026-11-27T14:00:00.000Z',
      },
    ],
    pendingApproval: null,
  } as RunDetail;
}

describe('runs in Spanish', () => {
  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('activity: filters, table headers, CSV link and the empty state in Spanish', async () => {
    setWorkspaceLocale('es-MX', 'MXN');
    chooseLanguage('es');
    const client = new FakeClient()
      .on('query Runs', () => ({ runs: { totalItems: 1, items: [summary()] } }))
      .on('query AgentList', () => ({ agents: [{ key: 'sales', name: 'Sales & Leads' }] }));
    const page = await fixture(
      html`<zac-activity-page .client=${client} .user=${OWNER}></zac-activity-page>`,
    );
    await settled(page);
    expect(text($(page, 'h1'))).to.equal('Actividad');
    expect(text($(page, 'label[for=agent-filter]'))).to.equal('Agente');
    expect(text($(page, '#agent-filter option'))).to.equal('Todos los agentes');
    expect(text($(page, 'label[for=status-filter]'))).to.equal('Estado');
    expect($$(page, '#status-filter option').map(text)).to.include.members([
      'Todos los estados',
      'completada',
      'fallida',
    ]);
    expect(text($(page, 'a[data-csv=runs]'))).to.equal('Descargar CSV');
    expect($$(page, 'thead th').map(text)).to.deep.equal([
      'Inicio',
      'Agente',
      'Escenario',
      'Estado',
      'Iniciada por',
      'Duración',
      'Costo',
    ]);
    const row = $(page, `tr[data-run="${summary().id}"]`);
    expect(row.querySelector('a')?.getAttribute('title')).to.equal(`Ejecución ${summary().id}`);
    expect(text(row.querySelector('[data-status]'))).to.equal('completada');
    // A model cost stays in US dollars, written the Mexican way.
    expect(text(row.querySelector('td:last-child'))).to.equal('USD 1,234.50');

    const status = $<HTMLSelectElement>(page, '#status-filter');
    status.value = 'FAILED';
    status.dispatchEvent(new Event('change'));
    await settled(page);
    expect(text($(page, 'p.state'))).to.equal(
      'Todavía no hay ejecuciones que coincidan con estos filtros.',
    );

    chooseLanguage('en');
    await settled(page);
    expect(text($(page, 'h1'))).to.equal('Activity');
    expect(text($(page, 'label[for=agent-filter]'))).to.equal('Agent');
    expect(text($(page, 'p.state'))).to.equal('No runs match these filters yet.');
    expect(text($(page, 'a[data-csv=runs]'))).to.equal('Download CSV');
  });

  it("a run's page: summary, approvals, meetings and key/values in Spanish", async () => {
    setWorkspaceLocale('es-MX', 'MXN');
    chooseLanguage('es');
    const run = runDetail();
    const client = new FakeClient().on('query Run(', () => ({ run }));
    const page = await fixture(
      html`<zac-run-page .client=${client} .user=${OWNER} runId=${run.id}></zac-run-page>`,
    );
    await settled(page);
    expect(text($(page, 'p.muted'))).to.match(new RegExp(`^Ejecución ${run.id} · `));
    expect($$(page, 'h2').map(text)).to.deep.equal([
      'Pasos',
      'Resumen',
      'Aprobaciones',
      'Reuniones agendadas',
      'Entrada y salida',
    ]);
    expect($$(page, 'dt').map(text).slice(0, 9)).to.deep.equal([
      'Estado',
      'Escenario',
      'Iniciada por',
      'Proveedor',
      'Creada',
      'Duración',
      'Tokens',
      'Costo',
      'Ejecución principal',
    ]);
    expect(text($(page, '[data-run-status]'))).to.equal('completada');
    expect(text($(page, 'dd:nth-of-type(7)'))).to.equal('12,345 de entrada · 678 de salida');
    expect(text($(page, '[aria-labelledby=approvals-title] li'))).to.equal(
      'aprobada: Refund over the limit. ($612.00) por Maya Chen',
    );
    expect(text($(page, `[data-booking="${BOOKING_ID}"]`))).to.equal(
      'lun 30 nov, 15:00 (Europe/London): Priya Raman con Jordan Ellis · Descargar la invitación de calendario (.ics)',
    );
    const input = $(page, '[data-key-values="Input"]');
    expect(text(input.querySelector('h3'))).to.equal('Entrada');
    expect([...input.querySelectorAll('dd')].map(text)).to.deep.equal([
      'priya@brightdesk.example',
      'sí',
      'ninguno',
    ]);
    expect(text(input.querySelector('summary'))).to.equal('JSON sin procesar');
    expect(input.querySelector('pre')?.getAttribute('aria-label')).to.equal('Entrada en JSON');
    expect(text($(page, '[data-key-values="Output"]'))).to.equal('Salida: nada.');

    chooseLanguage('en');
    await settled(page);
    expect(text($(page, '[data-key-values="Output"]'))).to.equal('Output: nothing.');
    expect(text($(page, '#summary-title'))).to.equal('Summary');
    expect(text($(page, 'dd:nth-of-type(7)'))).to.equal('12,345 in · 678 out');
  });

  it('says in Spanish that a run does not exist, and in English after a switch', async () => {
    chooseLanguage('es');
    const client = new FakeClient().on('query Run(', () => ({ run: null }));
    const page = await fixture(
      html`<zac-run-page .client=${client} .user=${OWNER} runId="missing"></zac-run-page>`,
    );
    await settled(page);
    expect(text($(page, 'h1'))).to.equal('Ejecución');
    expect(text($(page, '[role=alert]'))).to.equal('Esta ejecución no existe.');
    chooseLanguage('en');
    await settled(page);
    expect(text($(page, '[role=alert]'))).to.equal('This run does not exist.');
  });

  it('the step timeline: kinds, tokens and details in Spanish', async () => {
    setWorkspaceLocale('es-MX', 'MXN');
    chooseLanguage('es');
    const el = await fixture<ZacRunTimeline>(
      html`<zac-run-timeline
        .steps=${[step(1, 'TOOL_CALL'), step(2, 'RESPONSE', { streaming: true, inputTokens: 1, outputTokens: 0, costUsd: 0 })]}
      ></zac-run-timeline>`,
    );
    expect($(el, 'ol').getAttribute('aria-label')).to.equal('Pasos de la ejecución');
    expect($$(el, '.kind').map(text)).to.deep.equal(['1. LLAMADA A HERRAMIENTA', '2. RESPUESTA']);
    expect($$(el, '.meta').map(text)).to.deep.equal([
      '1.2 s · 1,500 tokens · USD 0.0012',
      '1.2 s · 1 token · escribiendo…',
    ]);
    $<HTMLButtonElement>(el, 'button.toggle').click();
    await el.updateComplete;
    expect($$(el, '[data-step-details] dt').map(text)).to.deep.equal([
      'Duración',
      'Tokens de entrada',
      'Tokens de salida',
      'Costo',
    ]);
    expect($(el, '[data-step-details] pre').getAttribute('aria-label')).to.equal(
      'Datos del paso 1',
    );

    chooseLanguage('en');
    await el.updateComplete;
    expect($$(el, '.kind').map(text)).to.deep.equal(['1. TOOL_CALL', '2. RESPONSE']);
    expect($$(el, '[data-step-details] dt').map(text)[1]).to.equal('Input tokens');

    chooseLanguage('es');
    el.steps = [];
    await el.updateComplete;
    expect(text($(el, '.state'))).to.equal('Esperando el primer paso…');
  });
});
