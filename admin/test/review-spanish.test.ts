// The review inbox in Spanish: what each approval would do, its labels and buttons, the reason
// prompt, the empty state and the viewer notice; back to English on a switch.
import { expect, fixture, html } from '@open-wc/testing';
import type { Approval, RunSummary } from '../src/api/operations.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { FakeClient } from './fake-client.js';
import { $, $$, text, settled } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'maya@example.com', name: 'Maya Chen', role: 'OWNER' };
const VIEWER = { ...OWNER, role: 'VIEWER' };

const summary = (partial: Partial<RunSummary> = {}): RunSummary => ({
  id: 'run-1',
  status: 'WAITING_FOR_HUMAN',
  trigger: 'MANUAL',
  triggerSummary: 'By hand in the console',
  createdAt: '2026-11-26T14:00:00.000Z',
  startedAt: '2026-11-26T14:00:00.000Z',
  finishedAt: null,
  costUsd: 0,
  errorCode: null,
  agent: { key: 'sales', name: 'Sales & Leads' },
  scenario: { key: 'book-demo', title: 'Book a demo' },
  ...partial,
});

const approval = (partial: Partial<Approval> = {}): Approval => ({
  id: 'ap-1',
  status: 'PENDING',
  actionKind: 'TOOL_CALL',
  policy: 'outbound',
  reason: 'Outbound email waits for a person.',
  toolName: 'send_email',
  amountCents: null,
  proposedOutput: 'Hi Priya, thanks for your interest.',
  editedOutput: null,
  editable: true,
  email: {
    to: 'priya@brightdesk.example',
    toName: 'Priya Raman',
    subject: 'Your demo',
    body: 'Hi Priya, thanks for your interest.',
  },
  decidedBy: null,
  decisionNote: null,
  createdAt: '2026-11-26T14:00:00.000Z',
  expiresAt: '2026-11-27T14:00:00.000Z',
  ...partial,
});

function inbox(items: object[]) {
  return new FakeClient().on('query Approvals', () => ({
    approvals: { totalItems: items.length, items },
  }));
}

describe('the review inbox in Spanish', () => {
  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('says what each approval would do, with Spanish labels, buttons and money', async () => {
    setWorkspaceLocale('es-MX', 'MXN');
    chooseLanguage('es');
    const client = inbox([
      { ...approval(), run: summary() },
      {
        ...approval({
          id: 'ap-2',
          actionKind: 'MODEL_CALL',
          toolName: null,
          amountCents: 123_456,
          email: null,
        }),
        run: summary({ id: 'run-2' }),
      },
    ]);
    const page = await fixture(
      html`<zac-review-page .client=${client} .user=${OWNER}></zac-review-page>`,
    );
    await settled(page);
    expect(text($(page, 'h1'))).to.equal('Bandeja de revisión');
    const [email, budget] = $$(page, 'li[data-approval]') as [HTMLElement, HTMLElement];
    expect(text(email.querySelector('h2'))).to.equal(
      'Sales & Leads: Enviar un correo a Priya Raman',
    );
    expect([...email.querySelectorAll('dt')].map(text)).to.deep.equal([
      'Para',
      'Asunto',
      'Escenario',
      'Motivo',
      'Ejecución',
      'Vence',
    ]);
    expect(text(email.querySelector('dd a'))).to.equal('Detalle de la ejecución');
    expect(text(email.querySelector('[data-status]'))).to.equal('esperando a una persona');
    expect(email.querySelector('pre')?.getAttribute('aria-label')).to.equal('Cuerpo del correo');
    expect([...email.querySelectorAll('.actions button')].map(text)).to.deep.equal([
      'Aprobar',
      'Editar y aprobar',
      'Rechazar',
    ]);
    expect(text(budget.querySelector('h2'))).to.equal(
      'Sales & Leads: Seguir con llamadas pagadas al modelo por encima del presupuesto',
    );
    expect(text(budget.querySelector('[data-amount]'))).to.equal('$1,234.56');
    expect(budget.querySelector('pre')?.getAttribute('aria-label')).to.equal('Respuesta propuesta');

    // Rejecting asks for a reason, in Spanish.
    email.querySelector<HTMLButtonElement>('[data-action=reject]')?.click();
    await settled(page);
    expect(text(email.querySelector('label'))).to.equal('Motivo del rechazo');
    expect([...email.querySelectorAll('.actions button')].map(text)).to.deep.equal([
      'Rechazar',
      'Cancelar',
    ]);
    email.querySelector<HTMLButtonElement>('[data-action=confirm-reject]')?.click();
    await settled(page);
    expect(text(email.querySelector('[role=alert]'))).to.equal('Indica el motivo del rechazo.');

    chooseLanguage('en');
    await settled(page);
    expect(text($(page, 'h1'))).to.equal('Review inbox');
    expect(text(email.querySelector('label'))).to.equal('Reason for rejecting');
    expect(text(email.querySelector('[role=alert]'))).to.equal('Give a reason for the rejection.');
    expect(text(budget.querySelector('h2'))).to.equal(
      'Sales & Leads: Go on with paid model calls over the budget',
    );
  });

  it('says in Spanish that nothing waits, and that viewers cannot decide', async () => {
    chooseLanguage('es');
    const page = await fixture(
      html`<zac-review-page .client=${inbox([])} .user=${VIEWER}></zac-review-page>`,
    );
    await settled(page);
    expect(text($(page, '.notice'))).to.equal(
      'Con acceso de solo lectura no puedes decidir aprobaciones.',
    );
    expect(text($(page, 'p.state'))).to.equal('No hay nada esperando una decisión.');
    chooseLanguage('en');
    await settled(page);
    expect(text($(page, 'p.state'))).to.equal('Nothing waits for a decision.');
    expect(text($(page, '.notice'))).to.equal('Viewers cannot decide approvals.');
  });
});
