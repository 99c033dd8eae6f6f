// The audit log and the Outbox in Spanish, and back to English.
import { expect, fixture, html } from '@open-wc/testing';
import { actionWords, targetWords } from '../src/audit-words.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type { AuditEvent } from '../src/pages/audit.operations.js';
import type { CaughtEmail } from '../src/pages/outbox.operations.js';
import { FakeClient } from './fake-client.js';
import { $, $$, text, settled } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'maya@example.com', name: 'Maya Chen', role: 'OWNER' };

const event = (i: number): AuditEvent => ({
  id: `ev-${i}`,
  action: i === 0 ? 'agent.update' : 'list.export',
  actor: 'api_key:0c000000-0000-4000-8000-000000000001',
  actorName: 'API key “Zapier”',
  targetType: i === 0 ? 'agent' : 'list',
  targetId: i === 0 ? '0a000000-0000-4000-8000-000000000001' : 'leads',
  targetName: i === 0 ? 'Customer Support' : null,
  data: i === 0 ? { changes: { model: { before: 'a', after: 'b' } } } : {},
  createdAt: '2026-11-26T14:00:00.000Z',
});

const MAIL: CaughtEmail = {
  id: 'm1',
  messageId: '<1@juniperlane.example>',
  fromAddress: 'Juniper Lane Goods <hello@juniperlane.example>',
  toAddress: 'priya@brightdesk.example',
  subject: 'Following up on BrightDesk',
  textBody: 'Hi Priya',
  htmlBody: '<p>Hi <b>Priya</b></p>',
  headers: { To: 'priya@brightdesk.example' },
  confidential: true,
  sentAt: '2026-11-26T15:00:00.000Z',
};

describe('the audit log and the Outbox in Spanish', () => {
  beforeEach(() => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
  });

  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('names actions and targets in Spanish, and an unknown action by its name', () => {
    expect(actionWords('agent.update')).to.equal('Cambió la configuración de un agente');
    expect(actionWords('admin_user.sign_in')).to.equal('Inició sesión');
    expect(actionWords('content.social.boost')).to.equal('Content social boost');
    expect(targetWords('run', '1a2b3c4d-0000-4000-8000-000000000001')).to.equal(
      'ejecución 1a2b3c4d',
    );
    expect(targetWords('list', 'leads')).to.equal('lista leads');
    expect(targetWords('new_thing', 'x')).to.equal('new thing x');
    chooseLanguage('en');
    expect(targetWords('admin_user', 'u1')).to.equal('admin user u1');
  });

  it('reads the log in Spanish, with Spanish numbers in its range, then English again', async () => {
    const client = new FakeClient().on('query Audit', (variables) => ({
      auditEvents: {
        totalItems: 1200,
        items: Array.from({ length: 50 }, (_, i) => event(i + Number(variables['offset']))),
      },
    }));
    const page = await fixture(
      html`<zac-audit-page .client=${client} .user=${OWNER}></zac-audit-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Registro de auditoría');
    expect(text($(page, 'label[for=search]'))).to.equal('Buscar por autor, acción, objeto o datos');
    expect($(page, '#action').getAttribute('placeholder')).to.equal('p. ej. agent.update');
    expect(text($(page, 'label[for=from]'))).to.equal('Desde');
    expect(text($(page, 'button[type=submit]'))).to.equal('Buscar');
    expect($$(page, 'thead th').map(text)).to.deep.equal([
      'Cuándo',
      'Quién',
      'Qué',
      'Sobre',
      'Detalles',
    ]);
    const cells = [...$(page, 'tbody tr').querySelectorAll('td')].map(text);
    expect(cells[2]).to.equal('Cambió la configuración de un agente');
    expect(text($(page, 'tbody tr:nth-child(2) [data-target]'))).to.equal('lista leads');
    expect(text($(page, 'tbody tr summary'))).to.equal('Detalles');
    // The disclosure's heading is in Spanish; its selector stays the same in every language.
    expect(text($(page, 'tbody tr [data-key-values="Details"] h3'))).to.equal('Detalles');
    expect(text($(page, '[data-page-range]'))).to.equal('1–50 de 1,200');
    expect(text($(page, '[data-page="newer"]'))).to.equal('Más recientes');
    expect(text($(page, '[data-page="older"]'))).to.equal('Más antiguos');

    chooseLanguage('en');
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Audit log');
    expect(text($(page, '[data-page-range]'))).to.equal('1–50 of 1,200');
    expect(text($(page, '[data-page="older"]'))).to.equal('Older');
  });

  it('says in Spanish when no event matches', async () => {
    const client = new FakeClient().on('query Audit', () => ({
      auditEvents: { totalItems: 0, items: [] },
    }));
    const page = await fixture(
      html`<zac-audit-page .client=${client} .user=${OWNER}></zac-audit-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'p.state'))).to.equal('Ningún evento de auditoría coincide.');
  });

  it('shows the Outbox in Spanish, opens a mail, and returns to English', async () => {
    const client = new FakeClient().on('caughtEmails', () => ({
      caughtEmails: { delivery: 'CATCHER', totalItems: 1, items: [MAIL] },
    }));
    const page = await fixture(
      html`<zac-outbox-page .client=${client} .user=${OWNER}></zac-outbox-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Bandeja de salida');
    expect(text($(page, '[data-delivery=CATCHER]'))).to.contain(
      'Este hub no tiene servidor SMTP (HUB_SMTP_URL)',
    );
    expect($$(page, 'thead th').map(text)).to.deep.equal(['Enviado', 'Para', 'Asunto']);
    expect(text($(page, '[data-page-range]'))).to.equal('1–1 de 1');
    const badge = $(page, 'tr[data-mail=m1] .badge');
    expect(text(badge)).to.equal('Solo propietarios');
    expect(badge.getAttribute('title')).to.equal('Contiene un enlace de contraseña de un solo uso');
    expect(text($(page, 'tr[data-mail=m1] td'))).to.match(/^26 nov/);

    $<HTMLButtonElement>(page, '[data-action=open]').click();
    await settled(page as never);
    expect($(page, 'iframe').getAttribute('title')).to.equal(
      'La versión HTML, como la mostraría el programa de correo del destinatario',
    );
    expect(text($(page, '[data-open-mail] button'))).to.equal('Volver a la bandeja de salida');

    chooseLanguage('en');
    await settled(page as never);
    expect(text($(page, '[data-open-mail] button'))).to.equal('Back to the Outbox');
  });

  it('says in Spanish that nothing was sent yet, and when the hub cannot send', async () => {
    const client = new FakeClient().on('caughtEmails', () => ({
      caughtEmails: { delivery: 'NONE', totalItems: 0, items: [] },
    }));
    const page = await fixture(
      html`<zac-outbox-page .client=${client} .user=${OWNER}></zac-outbox-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'p.state'))).to.equal(
      'Aún no hay correos: aquí aparece lo que envía el hub.',
    );
    expect(text($(page, '[data-delivery=NONE]'))).to.contain('Este hub no puede enviar correo');
  });
});
