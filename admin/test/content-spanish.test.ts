// The Content area in Spanish (tabs, trends, drafts, the draft editor, social posts and the
// calendar), with Spanish dates and number forms, and back to English on a switch.
import { expect, fixture, html } from '@open-wc/testing';
import type { SignedInUser } from '../src/api/auth.js';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import { loadConsoleArea } from '../src/lazy-areas.js';
import type { DraftAnalysis } from '../src/pages/content.operations.js';
import { describeInterest } from '../src/pages/content/interest-chart.js';
import { FakeClient } from './fake-client.js';
import {
  ANALYSIS_BEFORE,
  CALENDAR_2026_03,
  CANDLE_CARE,
  FEEDS,
  INSTAGRAM_POST,
  INSTAGRAM_PREVIEW,
  LINKEDIN_POST,
  LINKEDIN_PREVIEW,
  STONEWARE_DRAFT,
  TEA_IDEA,
  TREND_REPORT,
  UNDATED_DRAFT,
  X_PART_LENGTHS,
  X_THREAD_POST,
  weeklySeries,
} from './content-fixtures.js';
import { settle, shadow } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));
before(() => loadConsoleArea('content'));

const OWNER: SignedInUser = { id: 'u1', email: 'owner@example.com', name: 'Olive', role: 'OWNER' };
const VIEWER: SignedInUser = { id: 'u2', email: 'vic@example.com', name: 'Vic', role: 'VIEWER' };

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => text(el));
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event));
}

/** Switches the language and waits for every element to re-render. */
async function switchTo(language: 'en' | 'es', root: ShadowRoot): Promise<void> {
  chooseLanguage(language);
  await settle(root.host);
}

/** Runs `body` with `?month=` in the address (the test runner's own query kept), then puts it back. */
async function withMonth(month: string, body: () => Promise<void>): Promise<void> {
  const before = location.href;
  const url = new URL(location.href);
  url.searchParams.set('month', month);
  history.replaceState(null, '', url);
  try {
    await body();
  } finally {
    history.replaceState(null, '', before);
  }
}

beforeEach(() => {
  chooseLanguage('es');
  setWorkspaceLocale('es-MX', 'MXN');
});

afterEach(() => {
  chooseLanguage(null);
  setWorkspaceLocale('en-US', 'USD');
  localStorage.clear();
});

describe('Content in Spanish: the area', () => {
  it('names the area and its four tabs in Spanish, and in English after a switch', async () => {
    const page = await fixture(
      html`<zac-content-page .client=${new FakeClient()} .user=${VIEWER}></zac-content-page>`,
    );
    const root = shadow(page);
    expect(text(root.querySelector('h1'))).to.equal('Contenido');
    expect(texts(root, '[role=tab]')).to.deep.equal([
      'Tendencias',
      'Borradores',
      'Redes sociales',
      'Calendario',
    ]);
    await switchTo('en', root);
    expect(text(root.querySelector('h1'))).to.equal('Content');
    expect(texts(root, '[role=tab]')).to.deep.equal(['Trends', 'Drafts', 'Social', 'Calendar']);
  });
});

describe('Content in Spanish: calendar', () => {
  function calendarClient(): FakeClient {
    return new FakeClient()
      .on('query ContentCalendar', () => ({
        editorialCalendar: CALENDAR_2026_03,
        contentItems: { items: [CANDLE_CARE, TEA_IDEA, UNDATED_DRAFT] },
      }))
      .on('mutation PlanContentIdea', (v) => ({
        planContentIdea: { ...TEA_IDEA, ...(v.input as object), id: 'new' },
      }));
  }

  async function march(client: FakeClient, user = OWNER): Promise<ShadowRoot> {
    let root: ShadowRoot | undefined;
    await withMonth('2026-03', async () => {
      const el = await fixture(
        html`<zac-content-calendar .client=${client} .user=${user}></zac-content-calendar>`,
      );
      await settle(el);
      root = shadow(el);
    });
    return root as ShadowRoot;
  }

  it('shows the month, weekdays, days and states in Spanish, then English after a switch', async () => {
    const root = await march(calendarClient());
    expect(text(root.querySelector('[data-month]'))).to.equal('Marzo de 2026');
    expect(texts(root, '.weekdays span')[0]).to.match(/^lun/);
    expect(text(root.querySelector('li[data-date="2026-03-10"] h3 .name'))).to.equal(
      'martes, 10 de marzo, 2 elementos',
    );
    expect(texts(root, 'li[data-date="2026-03-10"] .badge')).to.deep.equal(['En revisión', 'Idea']);
    expect(text(root.querySelector('li[data-date="2026-03-17"] .what'))).to.equal(
      'Publicación en X',
    );
    expect(texts(root, '[data-undated] button.entry')).to.deep.equal([
      `En revisión ${UNDATED_DRAFT.title} Artículo del blog`,
    ]);
    expect(text(root.querySelector('[data-action=this-month]'))).to.equal('Este mes');
    expect(root.querySelector('[data-action=next-month]')?.getAttribute('aria-label')).to.equal(
      'Mes siguiente',
    );
    expect(text(root.querySelector('form.plan h2'))).to.equal('Planificar una idea');
    expect(text(root.querySelector('label[for=idea-keyword]'))).to.equal(
      'Palabra clave principal (opcional)',
    );
    expect(text(root.querySelector('[data-action=plan]'))).to.equal('Planificar');

    await switchTo('en', root);
    expect(text(root.querySelector('[data-month]'))).to.equal('March 2026');
    expect(texts(root, '.weekdays span')[0]).to.equal('Mon');
    expect(text(root.querySelector('li[data-date="2026-03-10"] h3 .name'))).to.equal(
      'Tuesday, March 10, 2 items',
    );
    expect(text(root.querySelector('form.plan h2'))).to.equal('Plan an idea');
  });

  it('asks why a move goes back, and plans an idea, in Spanish', async () => {
    const root = await march(calendarClient());
    (root.querySelector(`button[data-item="${CANDLE_CARE.id}"]`) as HTMLButtonElement).click();
    await settle(root.host);
    const detail = root.querySelector('[data-detail]') as HTMLElement;
    expect(detail.getAttribute('aria-label')).to.equal('Elemento seleccionado');
    expect(texts(detail, 'dt')).to.deep.equal(['Estado', 'Qué es', 'Planificado para']);
    expect(texts(detail, 'dd')[1]).to.equal(
      'Artículo del blog (palabra clave principal “soy candle care”)',
    );
    const select = detail.querySelector('#move-to') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal([
      'Elige…',
      'En redacción',
      'Aprobado',
    ]);
    (root.querySelector('[data-action=move]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-move-error]'))).to.equal(
      'Elige el estado al que quieres moverlo.',
    );
    select.value = 'DRAFTING';
    select.dispatchEvent(new Event('change'));
    await settle(root.host);
    (root.querySelector('[data-action=move]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-move-error]'))).to.equal(
      'Explica por qué vuelve al estado “en redacción”.',
    );

    const title = root.querySelector('#idea-title') as HTMLInputElement;
    type(title, 'ab');
    (root.querySelector('[data-action=plan]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('#idea-title-error'))).to.equal(
      'Un título debe tener entre 3 y 300 caracteres.',
    );
    type(title, 'Matcha versus sencha');
    type(root.querySelector('#idea-day') as HTMLInputElement, '2026-03-24', 'change');
    (root.querySelector('[data-action=plan]') as HTMLButtonElement).click();
    await settle(root.host);
    // A calendar date keeps its day in every zone: the 24th, in Spanish words.
    expect(text(root.querySelector('.notice'))).to.equal(
      'Se planificó “Matcha versus sencha” para el 24 mar.',
    );
  });
});

describe('Content in Spanish: drafts', () => {
  it('says in Spanish that there are no drafts', async () => {
    const client = new FakeClient().on('query ContentDrafts', () => ({
      contentItems: { totalItems: 0, items: [] },
    }));
    const el = await fixture(
      html`<zac-content-drafts .client=${client} .user=${OWNER}></zac-content-drafts>`,
    );
    await settle(el);
    expect(text(shadow(el).querySelector('p.state'))).to.match(/^No hay borradores del blog\./);
  });

  it('lists the drafts with Spanish headings, states and days, and English after a switch', async () => {
    const waiting = { ...UNDATED_DRAFT, pendingApproval: { id: 'a1', toolName: 'x' } };
    const other = {
      ...CANDLE_CARE,
      id: 'c2',
      pendingApproval: { id: 'a2', toolName: 'x' },
    };
    const client = new FakeClient().on('query ContentDrafts', () => ({
      contentItems: {
        totalItems: 3,
        items: [waiting, other, { ...TEA_IDEA, pendingApproval: null }],
      },
    }));
    const el = await fixture(
      html`<zac-content-drafts .client=${client} .user=${OWNER}></zac-content-drafts>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(texts(root, 'thead th')).to.deep.equal([
      'Título',
      'Estado',
      'Palabra clave principal',
      'Planificado para',
      'Último cambio',
    ]);
    expect(text(root.querySelector('[data-waiting]'))).to.equal(
      '2 artículos esperan tu aprobación para publicarse: abre uno para leerlo, editarlo y decidir.',
    );
    const row = root.querySelector('tr[data-item=c2]') as Element;
    expect(texts(row, '.badge')).to.deep.equal(['En revisión', 'espera aprobación']);
    expect(text(row?.querySelector('td[data-label="Planificado para"]'))).to.equal('10 mar');

    await switchTo('en', root);
    expect(texts(root, 'thead th')[4]).to.equal('Last changed');
    expect(text(root.querySelector('[data-waiting]'))).to.equal(
      '2 posts wait for your approval to publish: open one to read, edit and decide.',
    );
    expect(text(root.querySelector('tr[data-item=c2] td[data-label="Planned for"]'))).to.equal(
      'Mar 10',
    );
  });
});

describe('Content in Spanish: draft editor', () => {
  /** Numbers big enough to show the locale's forms (decimal comma, grouping in es-ES). */
  const ANALYSIS: DraftAnalysis = {
    ...ANALYSIS_BEFORE,
    readability: { ...ANALYSIS_BEFORE.readability, words: 12345, sentences: 1234 },
  };

  async function editor(user = OWNER): Promise<ShadowRoot> {
    const client = new FakeClient()
      .on('query ContentDraft(', () => ({ contentItem: STONEWARE_DRAFT }))
      .on('query AnalyzeDraft', () => ({ analyzeDraft: ANALYSIS }));
    const el = await fixture(
      html`<zac-content-draft-editor
        .client=${client}
        .user=${user}
        .itemId=${STONEWARE_DRAFT.id}
      ></zac-content-draft-editor>`,
    );
    await settle(el);
    return shadow(el);
  }

  it('labels the form, the approval and the analysis in Spanish, with Spanish number forms', async () => {
    setWorkspaceLocale('es-ES', 'EUR');
    const root = await editor();
    expect(text(root.querySelector('label[for=draft-title]'))).to.equal('Título');
    expect(text(root.querySelector('label[for=draft-keyword]'))).to.equal(
      'Palabra clave principal',
    );
    expect(text(root.querySelector('label[for=draft-meta]'))).to.equal('Meta descripción');
    expect(text(root.querySelector('#meta-hint'))).to.match(
      /^Los resultados de búsqueda muestran unos 160 caracteres/,
    );
    expect(text(root.querySelector('[data-approval] h2'))).to.equal(
      'Este artículo espera tu aprobación para publicarse',
    );
    expect(text(root.querySelector('[data-action=approve-publish]'))).to.equal(
      'Aprobar y publicar',
    );
    expect(text(root.querySelector('[data-action=reject]'))).to.equal('Rechazar');
    expect(text(root.querySelector('[data-seo] h2'))).to.equal('Lista de comprobación SEO');
    expect(text(root.querySelector('[data-readability] h2'))).to.equal('Legibilidad');
    expect(text(root.querySelector('[data-reading-ease]'))).to.equal('77,3 (bastante fácil)');
    expect(text(root.querySelector('[data-grade]'))).to.equal('3,9');
    expect(text(root.querySelector('[data-words]'))).to.equal('12.345');
    // The check's label is the hub's words; the console's own word says it failed.
    expect(text(root.querySelector('[data-check=KEYWORD_DENSITY]'))).to.match(
      /^✗ No superada: Keyword density/,
    );
    expect(text(root.querySelector('[data-seo] p.meta'))).to.contain('palabra clave 1× (3,57 %)');

    type(root.querySelector('#draft-title') as HTMLInputElement, 'Otro título');
    await settle(root.host);
    expect(text(root.querySelector('[data-save-state]'))).to.equal('Cambios sin guardar');
    expect(text(root.querySelector('[data-action=save]'))).to.equal('Guardar');

    (root.querySelector('[data-action=reject]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('label[for=reject-reason]'))).to.equal('Motivo del rechazo');
    (root.querySelector('[data-action=confirm-reject]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-decision-error]'))).to.equal(
      'Indica el motivo del rechazo.',
    );

    await switchTo('en', root);
    expect(text(root.querySelector('label[for=draft-meta]'))).to.equal('Meta description');
    // English words with the workspace's region (en-ES): Spain's decimal comma stays.
    expect(text(root.querySelector('[data-reading-ease]'))).to.equal('77,3 (fairly easy)');
    setWorkspaceLocale('en-US', 'USD');
    await settle(root.host);
    expect(text(root.querySelector('[data-reading-ease]'))).to.equal('77.3 (fairly easy)');
    expect(text(root.querySelector('[data-words]'))).to.equal('12,345');
    expect(text(root.querySelector('[data-save-state]'))).to.equal('Unsaved changes');
  });

  it('tells a viewer in Spanish who edits drafts', async () => {
    const root = await editor(VIEWER);
    expect(text(root.querySelector('form[data-editor] p.meta'))).to.equal(
      'Los lectores ven los borradores; los propietarios y administradores los editan.',
    );
  });
});

describe('Content in Spanish: social', () => {
  function socialClient(queue: unknown[] = []): FakeClient {
    return new FakeClient()
      .on('query ContentSocial', () => ({
        contentItems: { totalItems: 3, items: [LINKEDIN_POST, INSTAGRAM_POST, X_THREAD_POST] },
        socialQueue: {
          totalItems: queue.length,
          dueCount: queue.filter((q) => (q as { due: boolean }).due).length,
          items: queue,
        },
      }))
      .on('query PreviewSocialPost', (v) => {
        if (v.platform === 'LINKEDIN') return { previewSocialPost: LINKEDIN_PREVIEW };
        if (v.platform === 'INSTAGRAM') return { previewSocialPost: INSTAGRAM_PREVIEW };
        const index = (X_THREAD_POST.parts ?? []).indexOf(String(v.text));
        return {
          previewSocialPost: {
            ...LINKEDIN_PREVIEW,
            hook: null,
            limit: 280,
            hashtagCount: 0,
            length: X_PART_LENGTHS[index] ?? -1,
          },
        };
      });
  }

  const due = {
    id: X_THREAD_POST.id,
    channel: 'X',
    title: X_THREAD_POST.title,
    scheduledFor: '2026-12-03T15:00:00.000Z',
    due: true,
    sourceTitle: 'Why we fire our stoneware twice',
  };
  const later = { ...due, id: LINKEDIN_POST.id, channel: 'LINKEDIN', due: false };

  it('shows the queue, the posts and their limits in Spanish, and English after a switch', async () => {
    const el = await fixture(
      html`<zac-content-social
        .client=${socialClient([due, later])}
        .user=${OWNER}
      ></zac-content-social>`,
    );
    await settle(el);
    const root = shadow(el);
    expect(texts(root, 'h2')).to.deep.equal([
      'Cola de redes sociales',
      'Publicaciones en redes sociales',
    ]);
    expect(text(root.querySelector('[data-queue-summary]'))).to.equal(
      '2 programadas en los próximos 30 días, 1 pendiente ahora. No hay ninguna red social conectada: publica tú las pendientes y luego márcalas como publicadas con su dirección.',
    );
    expect(text(root.querySelector('[data-due-badge]'))).to.equal('Pendiente ahora');
    expect(text(root.querySelector('[data-source] h3'))).to.equal(
      'De “Why we fire our stoneware twice” · leer el artículo',
    );
    const x = root.querySelector('[data-channel=X]') as HTMLElement;
    expect(text(x.querySelector('header'))).to.match(/^X En revisión hora sugerida: 7 dic/);
    expect(x.querySelector('ol.thread')?.getAttribute('aria-label')).to.equal(
      'Hilo de 6 publicaciones',
    );
    const li = root.querySelector('[data-channel=LINKEDIN]') as HTMLElement;
    expect(text(li.querySelector('[data-hook]'))).to.equal('Primera línea 130/210 antes del corte');
    expect(text(li.querySelector('.fold'))).to.equal(
      '…ver más: los lectores ven primero el texto de arriba',
    );
    expect(li.querySelector('.limits [data-count]')?.getAttribute('aria-label')).to.equal(
      'Publicación: 642 de 3,000 caracteres',
    );
    const ig = root.querySelector('[data-channel=INSTAGRAM]') as HTMLElement;
    expect(text(ig.querySelector('.caption-label'))).to.equal('Pie de foto');
    expect(ig.querySelector('ol.slides')?.getAttribute('aria-label')).to.equal(
      'Carrusel de 6 diapositivas',
    );

    const entry = root.querySelector(`[data-queue="${due.id}"]`) as HTMLElement;
    (entry.querySelector('[data-action=open-mark]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector(`label[for="url-${due.id}"]`))).to.equal(
      'Dirección de la publicación en X',
    );
    (root.querySelector('[data-action=mark-posted]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector(`#url-error-${due.id}`))).to.equal(
      'Pega la dirección de la publicación que hiciste (https://…).',
    );

    await switchTo('en', root);
    expect(texts(root, 'h2')).to.deep.equal(['Social queue', 'Social posts']);
    expect(text(root.querySelector('[data-due-badge]'))).to.equal('Due now');
    expect(text(li.querySelector('[data-hook]'))).to.equal('First line 130/210 before the fold');
    expect(text(x.querySelector('header'))).to.match(/^X In review suggested time Dec 7, /);
  });

  it('says in Spanish that nothing is scheduled', async () => {
    const el = await fixture(
      html`<zac-content-social .client=${socialClient()} .user=${OWNER}></zac-content-social>`,
    );
    await settle(el);
    expect(text(shadow(el).querySelector('p.muted'))).to.match(/^No hay nada programado\./);
  });
});

describe('Content in Spanish: trends', () => {
  const SERIES = [
    weeklySeries('handmade ceramics', 60),
    weeklySeries('soy candles', 55),
    weeklySeries('loose-leaf tea', 70),
  ];

  function trendsClient(): FakeClient {
    return new FakeClient()
      .on('query ContentTrends', () => ({
        trendReport: TREND_REPORT,
        searchInterest: SERIES,
        contentFeeds: FEEDS,
      }))
      .on('mutation RefreshContentFeeds', () => ({
        refreshContentFeeds: [
          {
            feedId: FEEDS[0]?.id,
            title: 'Studio Pottery Weekly',
            status: 'OK',
            newItems: 3,
            itemsInFeed: 12,
            error: null,
          },
          {
            feedId: FEEDS[1]?.id,
            title: 'Steep & Leaf',
            status: 'NOT_MODIFIED',
            newItems: 0,
            itemsInFeed: 8,
            error: null,
          },
        ],
      }));
  }

  async function trends(client: FakeClient): Promise<ShadowRoot> {
    const el = await fixture(
      html`<zac-content-trends .client=${client} .user=${OWNER}></zac-content-trends>`,
    );
    await settle(el);
    return shadow(el);
  }

  it('shows the report in Spanish: headings, badges, chart, gaps and feeds; English after a switch', async () => {
    const root = await trends(trendsClient());
    expect(texts(root, 'h2')).to.deep.equal([
      'Temas en alza',
      'Interés de búsqueda',
      'Vacíos de contenido',
      'Titulares recientes',
      'Feeds',
    ]);
    expect(text(root.querySelector('label[for=topic-input]'))).to.equal('Temas');
    expect(root.querySelector('#topic-input')?.getAttribute('placeholder')).to.equal(
      'Agrega un tema',
    );
    expect(texts(root, '[data-rising] thead th')).to.deep.equal(['Tema', 'Puntuación', 'Por qué']);
    expect(text(root.querySelector('[data-rising] tbody .meta'))).to.equal('tema seguido');
    const soy = root.querySelector('[data-topic-cards] article[data-topic="soy candles"]');
    expect(text(soy?.querySelector('header'))).to.equal(
      'Soy candles pico de temporada Puntuación 32/100',
    );
    const svg = soy?.querySelector('svg') as SVGSVGElement;
    expect(svg.querySelector('title')?.textContent).to.equal('Interés de búsqueda: soy candles');
    expect([...svg.querySelectorAll('text.tick')].map((t) => t.textContent)[3]).to.match(
      /^dic\.? 2024$/,
    );
    expect(svg.querySelector('desc')?.textContent).to.match(
      /^Interés de búsqueda semanal en soy candles \(de 0 a 100\), 104 semanas del 2024-12-02 al 2026-11-23: máximo 75 /,
    );
    const gap = root.querySelector('[data-gap="stoneware care"]') as HTMLElement;
    expect(text(gap.querySelector('[data-in-progress]'))).to.equal(
      'En curso: Stoneware care: how to care for stoneware mugs (en revisión)',
    );
    expect(
      text(root.querySelector('[data-gap="wabi-sabi decor"] [data-action=plan-gap]')),
    ).to.equal('Planificar como idea');
    expect(text(root.querySelector('[data-freshness]'))).to.match(
      /^Informe del 2026-12-03: .* 10 artículos publicados comparados, /,
    );
    expect(text(root.querySelector('[data-feeds] [data-last-fetch] .badge'))).to.equal('leído');
    expect(text(root.querySelector('form.add-feed h3'))).to.equal('Seguir un feed');
    expect(text(root.querySelector('label[for=feed-title]'))).to.equal('Nombre (opcional)');

    (root.querySelector('[data-action=refresh-feeds]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-outcomes]'))).to.match(/^Se actualizaron 2 feeds:/);
    expect(texts(root, '[data-outcome]')).to.deep.equal([
      'leído Studio Pottery Weekly: 3 nuevos de 12 en el feed',
      'sin novedades Steep & Leaf: sin cambios desde la última descarga',
    ]);

    await switchTo('en', root);
    expect(texts(root, 'h2')[0]).to.equal('Rising topics');
    expect(text(soy?.querySelector('header'))).to.equal('Soy candles seasonal peak Score 32/100');
    expect(texts(root, '[data-outcome]')[0]).to.equal(
      'read Studio Pottery Weekly: 3 new of 12 in the feed',
    );
  });

  it('refuses a topic twice and a feed without an address, in Spanish', async () => {
    const root = await trends(trendsClient());
    type(root.querySelector('#topic-input') as HTMLInputElement, 'soy candles');
    (root.querySelector('form.topics') as HTMLFormElement).requestSubmit();
    await settle(root.host);
    expect(text(root.querySelector('#topic-error'))).to.equal(
      '“soy candles” ya está en el informe.',
    );
    expect(
      root.querySelector('li[data-topic="soy candles"] button')?.getAttribute('aria-label'),
    ).to.equal('Quitar soy candles');
    type(root.querySelector('#feed-url') as HTMLInputElement, 'claynotes.example/feed');
    (root.querySelector('[data-action=add-feed]') as HTMLButtonElement).click();
    await settle(root.host);
    expect(text(root.querySelector('[data-feed-form-error]'))).to.equal(
      'Indica la dirección completa del feed (https://…).',
    );
    const remove = root.querySelector('[data-action=remove-feed]') as HTMLButtonElement;
    expect(text(remove)).to.equal('Quitar');
    remove.click();
    await settle(root.host);
    expect(text(root.querySelector('[data-action=remove-feed]'))).to.equal('Confirmar eliminación');
  });

  it('describes a chart with no data in Spanish', () => {
    expect(describeInterest('matcha', [])).to.equal(
      'No hay datos de interés de búsqueda guardados para matcha.',
    );
  });
});
