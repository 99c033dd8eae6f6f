// The Automation area in Spanish: the tabs, schedules (with the form and its fire times on a
// Spanish clock), inbound endpoints with their deliveries and the secret dialog, outbound
// subscriptions with the delivery log, and thresholds with their form read in Spanish; switching
// back to English re-renders English. Names, URLs, cron text and the hub's descriptions are data.
import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type { ZacAutomationPage } from '../src/pages/automation.page.js';
import { parseJsonObject, zonedDateTime } from '../src/pages/automation/automation-format.js';
import { thresholdParams } from '../src/pages/automation/threshold-form.js';
import {
  CASH_FLOW_SCHEDULE,
  CASH_THRESHOLD,
  DISABLED_SUBSCRIPTION,
  LEAD_ENDPOINT,
  OVERDUE_THRESHOLD,
  PNL_SCHEDULE,
  SCENARIOS,
} from './automation-fixtures.js';
import { find, findAll, settle } from './dom.js';
import { FakeClient } from './fake-client.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));
before(() => loadConsoleArea('automation'));

const OWNER: SignedInUser = { id: 'u1', email: 'owner@example.com', name: 'Olive', role: 'OWNER' };
const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function texts(root: Element | ShadowRoot, selector: string): string[] {
  return findAll(root, selector).map((e) => text(e));
}

function click(root: Element, selector: string): void {
  find<HTMLButtonElement>(root, selector).click();
}

async function openTab(client: FakeClient, section: string, user = OWNER): Promise<Element> {
  const page = await fixture<ZacAutomationPage>(
    html`<zac-automation-page
      .client=${client}
      .user=${user}
      .section=${section}
    ></zac-automation-page>`,
  );
  await settle(page);
  return page;
}

function scheduleClient(): FakeClient {
  return new FakeClient()
    .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
    .on('query AutomationSchedules', () => ({ schedules: [CASH_FLOW_SCHEDULE, PNL_SCHEDULE] }))
    .on('query SchedulePreview', (v) => ({
      schedulePreview: {
        description: CASH_FLOW_SCHEDULE.description,
        timeZone: v.timeZone ?? 'America/Chicago',
        nextFireTimes: CASH_FLOW_SCHEDULE.nextFireTimes,
      },
    }));
}

beforeEach(() => {
  setWorkspaceLocale('es-MX', 'MXN');
  chooseLanguage('es');
});

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
});

describe('Automation in Spanish: schedules', () => {
  it('names the tabs, columns and states in Spanish, fire times on a Spanish clock, and English again after switching back', async () => {
    const page = await openTab(scheduleClient(), 'schedules');
    expect(text(find(page, 'h1'))).to.equal('Automatización');
    expect(texts(page, '[role=tab]')).to.deep.equal([
      'Programaciones',
      'Webhooks entrantes',
      'Webhooks salientes',
      'Umbrales',
    ]);
    expect(texts(page, 'table[data-schedules] thead th')).to.deep.equal([
      'Escenario',
      'Cuándo',
      'Próximas ejecuciones',
      'Última ejecución',
      'Estado',
      'Acciones',
    ]);
    const cash = find(page, 'tr[data-schedule=cash-flow-report]');
    // The phone layout names each cell by its data-label.
    expect(cash.querySelector('td[data-label="Próximas ejecuciones"]')).to.not.equal(null);
    expect(text(cash.querySelector('td[data-label=Cuándo] .meta'))).to.equal(
      'America/Chicago · disparos perdidos: ejecutar una vez, tarde',
    );
    const times = texts(cash, '[data-fire-times] li');
    expect(times[0]).to.match(/^lun/);
    expect(times[0]).to.not.contain('AM');
    expect(times[0]).to.contain('7:00 a.m.');
    // The zone is named as the locale names it (CST, or GMT-6 in Mexican Spanish).
    expect(times[0]).to.match(/(CST|GMT-6)$/);
    expect(text(cash.querySelector('[data-action=delete]'))).to.equal('Eliminar');
    expect(cash.querySelector('[data-action=edit]')?.getAttribute('aria-label')).to.equal(
      'Editar la programación de Cash flow report',
    );
    const pnl = find(page, 'tr[data-schedule=monthly-pnl]');
    expect(text(pnl.querySelector('td[data-label="Próximas ejecuciones"]'))).to.equal(
      'Ninguna mientras esté desactivada.',
    );
    expect(text(pnl.querySelector('td[data-label="Última ejecución"]'))).to.equal('Todavía no');
    expect(text(pnl.querySelector('label.switch'))).to.equal('Activado: Monthly P&L');

    click(pnl, '[data-action=delete]');
    await settle(page);
    expect(text(pnl.querySelector('[data-confirm] span'))).to.equal(
      '¿Eliminar la programación de Monthly P&L?',
    );
    expect(text(pnl.querySelector('[data-action=confirm]'))).to.equal('Sí, eliminar');
    expect(texts(pnl, '[data-confirm] button')[1]).to.equal('Conservar');

    chooseLanguage('en');
    await settle(page);
    expect(texts(page, '[role=tab]')[0]).to.equal('Schedules');
    expect(text(cash.querySelector('td[data-label=When] .meta'))).to.equal(
      'America/Chicago · missed ticks: run once, late',
    );
    expect(text(pnl.querySelector('[data-confirm] span'))).to.equal(
      'Delete the schedule of Monthly P&L?',
    );
    expect(text(pnl.querySelector('[data-action=confirm]'))).to.equal('Yes, delete');
  });

  it('reads the schedule form in Spanish', async () => {
    const page = await openTab(scheduleClient(), 'schedules');
    click(page, '[data-action=add-schedule]');
    await settle(page);
    const form = find(page, 'zac-schedule-form');
    expect(text(find(form, 'h2'))).to.equal('Agregar programación');
    expect(text(find(form, 'label[for=s-zone]'))).to.equal('Zona horaria');
    expect(text(find(form, 'label[for=s-cron]'))).to.equal('Cuándo (cron)');
    expect(text(find(form, '#s-scenario option'))).to.equal('Elige un escenario');
    expect(text(find(form, 'fieldset legend'))).to.equal('Disparos perdidos');
    const policies = texts(form, 'fieldset .choice label');
    expect(policies[0]).to.match(/^Ejecutar una vez, tarde/);
    expect(policies[1]).to.match(/^Omitir/);
    expect(text(find(form, '[data-cron-preview] .meta'))).to.match(/^Próximas ejecuciones \(/);
    expect(text(find(form, '[data-action=save-schedule]'))).to.equal('Guardar programación');
    click(form, '[data-action=save-schedule]');
    await settle(page);
    expect(text(find(form, '[data-error-for=scenario]'))).to.equal(
      'Elige el escenario que inicia la programación.',
    );
    expect(parseJsonObject('[1]')).to.deep.equal({
      ok: false,
      message: 'La entrada debe ser un objeto JSON, { … }.',
    });
  });
});

describe('Automation in Spanish: webhooks', () => {
  it('shows an endpoint, its deliveries and how to call it in Spanish', async () => {
    const client = new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationInbound', () => ({ webhookEndpoints: [LEAD_ENDPOINT] }));
    const page = await openTab(client, 'inbound', VIEWER);
    const card = find(page, `li[data-endpoint="${LEAD_ENDPOINT.id}"]`);
    expect(texts(card, 'dl dt')).to.deep.equal(['Inicia', 'URL', 'Secreto', 'Última entrega']);
    expect(text(card.querySelector('[data-deliveries] summary'))).to.equal(
      'Entregas recientes (2, 1 rechazadas)',
    );
    expect(texts(card, '[data-deliveries] tr[data-delivery] .badge')).to.deep.equal([
      'rechazada',
      'aceptada',
    ]);
    const copy = find(find(card, 'zac-copy-button'), 'button');
    expect(text(copy)).to.equal('Copiar');
    expect(copy.getAttribute('aria-label')).to.equal(`Copiar la URL de ${LEAD_ENDPOINT.name}`);
    const howTo = find(page, '[data-howto]');
    expect(text(howTo.querySelector('h2'))).to.equal('Cómo llamarlo');
    expect(text(howTo)).to.contain(
      'Envía JSON por POST a la URL del endpoint con los tres encabezados de Standard Webhooks:',
    );
    expect(text(howTo)).to.contain('webhook-signature: v1,');
    expect(text(howTo)).to.contain('"data": { …la entrada del escenario… }');

    chooseLanguage('en');
    await settle(page);
    expect(text(card.querySelector('[data-deliveries] summary'))).to.equal(
      'Recent deliveries (2, 1 rejected)',
    );
    expect(text(howTo.querySelector('h2'))).to.equal('How to call it');
  });

  it('shows a subscription and its delivery log in Spanish, with the secret dialog after creating one', async () => {
    const client = new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationOutbound', () => ({ webhookSubscriptions: [DISABLED_SUBSCRIPTION] }))
      .on('mutation CreateWebhookSubscription', (v) => ({
        createWebhookSubscription: {
          secret: 'whsec_out',
          subscription: {
            ...DISABLED_SUBSCRIPTION,
            ...(v.input as object),
            id: 'b0000000-0000-4000-8000-000000000002',
            enabled: true,
            disabledReason: null,
            deliveries: [],
          },
        },
      }));
    const page = await openTab(client, 'outbound');
    const card = find(page, 'li[data-subscription]');
    expect(texts(card, '.chip')).to.deep.equal(['Ejecución fallida', 'Aprobación solicitada']);
    expect(text(card.querySelector('header .badge'))).to.equal('desactivado');
    expect(texts(card, 'dl dt')).to.deep.equal(['Fallos seguidos', 'Secreto', 'Creada']);
    expect(text(card.querySelector('[data-action=enable]'))).to.equal('Activar de nuevo');
    expect(text(card.querySelector('[data-delivery-log] summary'))).to.equal(
      'Registro de entregas (1)',
    );
    const log = find(card, 'zac-outbound-deliveries');
    expect(texts(log, 'thead th')).to.deep.equal([
      'Evento',
      'Estado',
      'Intentos',
      'Último código',
      'Próximo intento',
      'Entregada',
    ]);
    expect(text(find(log, 'tr[data-delivery] td[data-label=Estado]'))).to.equal('fallida');
    click(log, '[data-action=open-delivery]');
    await settle(page);
    expect(texts(log, '.delivery-details h3')).to.deep.equal(['Intentos', 'Contenido enviado']);
    // 10 000 ms in Mexican Spanish: "10.0 s".
    expect(texts(log, '[data-attempts] td[data-label=Duración]')[1]).to.equal('10.0 s');

    click(page, '[data-action=add-subscription]');
    await settle(page);
    expect(text(find(page, 'form h2'))).to.equal('Agregar suscripción');
    expect(text(find(page, 'label[for=o-event-RUN_SUCCEEDED]'))).to.equal(
      'Ejecución completada run.succeeded',
    );
    const url = find<HTMLInputElement>(page, '#o-url');
    url.value = 'https://ops.example.com/hook';
    url.dispatchEvent(new Event('input'));
    click(page, '[data-action=save-subscription]');
    await settle(page);
    const dialog = find(page, 'dialog[data-secret-dialog]');
    expect(text(dialog.querySelector('h2'))).to.equal('Secreto de firma de la nueva suscripción');
    expect(text(dialog)).to.contain('Cópialo ahora: el hub no lo volverá a mostrar.');
    expect(text(dialog.querySelector('[data-action=close-secret]'))).to.equal('Listo');

    chooseLanguage('en');
    await settle(page);
    expect(text(dialog.querySelector('h2'))).to.equal('Signing secret of the new subscription');
    expect(text(dialog.querySelector('[data-action=close-secret]'))).to.equal('Done');
    expect(texts(card, '.chip')).to.deep.equal(['Run failed', 'Approval requested']);
  });
});

describe('Automation in Spanish: thresholds', () => {
  it('reads the triggers, crossings and the form in Spanish', async () => {
    const client = new FakeClient()
      .on('query AutomationScenarios', () => ({ scenarios: SCENARIOS }))
      .on('query AutomationThresholds', () => ({
        thresholdTriggers: [OVERDUE_THRESHOLD, CASH_THRESHOLD],
      }));
    const page = await openTab(client, 'thresholds');
    const overdue = find(page, 'li[data-threshold=INVOICE_OVERDUE]');
    expect(texts(overdue, 'dl dt')).to.deep.equal(['Vigila', 'Inicia']);
    expect(text(overdue.querySelector('dl dd'))).to.equal('Una factura se vence');
    const rows = findAll(overdue, 'tr[data-crossing]');
    expect(text(rows[0]?.querySelector('td[data-label="Se normalizó"]'))).to.equal(
      'todavía por encima',
    );
    expect(text(rows[1]?.querySelector('td[data-label=Ejecución]'))).to.equal(
      'ya estaba por encima al activarlo',
    );
    expect(text(find(page, 'li[data-threshold=CASH_BELOW_FLOOR]'))).to.contain(
      'Nada ha cruzado esta línea todavía.',
    );

    click(page, '[data-action=add-threshold]');
    await settle(page);
    const form = find(page, 'zac-threshold-form');
    expect(text(find(form, 'h2'))).to.equal('Agregar umbral');
    expect(texts(form, '#t-condition option')).to.deep.equal([
      'Una factura se vence',
      'Un estado se acerca a su umbral de nexo del impuesto sobre ventas',
      'El efectivo baja de un mínimo',
      'Aumentan los mensajes negativos de clientes',
    ]);
    expect(text(find(form, 'label[for=t-floor]'))).to.equal('Mínimo (dólares estadounidenses)');
    expect(
      thresholdParams('NEGATIVE_SENTIMENT_SPIKE', { count: '1', windowMinutes: '60' }),
    ).to.deep.equal({
      ok: false,
      field: 'count',
      message: 'Mensajes negativos: un número entero de 2 a 1,000.',
    });

    chooseLanguage('en');
    await settle(page);
    expect(text(find(form, 'h2'))).to.equal('Add threshold');
    expect(text(overdue.querySelector('dl dd'))).to.equal('An invoice becomes overdue');
  });

  it('shows a date and time on the clock of a zone in the current language', () => {
    chooseLanguage('en');
    expect(zonedDateTime('2027-03-01T13:00:00.000Z', 'America/Chicago')).to.contain('7:00 AM CST');
    chooseLanguage('es');
    expect(zonedDateTime('2027-03-01T13:00:00.000Z', 'America/Chicago')).to.match(/^lun/);
  });
});
