// The Knowledge page and the Conversations inbox in Spanish, and back to English.
import { expect, fixture, html } from '@open-wc/testing';
import { defineConsoleElements } from '../src/define.js';
import { chooseLanguage, setWorkspaceLocale, loadLanguage } from '../src/i18n/index.js';
import type { Conversation } from '../src/pages/conversations.operations.js';
import type { KnowledgeArticle } from '../src/pages/knowledge.operations.js';
import { FakeClient } from './fake-client.js';
import { $, $$, text, settled } from './dom.js';

defineConsoleElements();
// The Spanish catalogue loads on demand in the app; here it is loaded before any test reads it.
before(() => loadLanguage('es'));

const OWNER = { id: 'u1', email: 'maya@example.com', name: 'Maya Chen', role: 'OWNER' };

const ARTICLE: KnowledgeArticle = {
  id: 'k1',
  slug: 'returns',
  title: 'Returns',
  body: 'Thirty days.',
  tags: ['policy'],
  published: false,
  updatedAt: '2026-11-26T14:00:00.000Z',
};

const conversation = (partial: Partial<Conversation> = {}): Conversation => ({
  id: 'c1',
  handoffState: 'HUMAN',
  customerEmail: null,
  visitorId: '0d000000-0000-4000-8000-000000000001',
  visitorName: null,
  updatedAt: '2026-11-26T14:00:00.000Z',
  lastMessage: null,
  messages: [
    { role: 'CUSTOMER', text: 'Hola', createdAt: '2026-11-26T14:00:00.000Z' },
    { role: 'AGENT', text: '¿En qué te ayudo?', createdAt: '2026-11-26T14:00:01.000Z' },
  ],
  ...partial,
});

describe('knowledge and conversations in Spanish', () => {
  beforeEach(() => {
    chooseLanguage('es');
    setWorkspaceLocale('es-MX', 'MXN');
  });

  afterEach(() => {
    chooseLanguage(null);
    setWorkspaceLocale('en-US', 'USD');
    localStorage.clear();
  });

  it('shows the knowledge editor in Spanish, its own check too, then English again', async () => {
    const client = new FakeClient().on('query Articles', () => ({
      knowledgeArticles: { totalItems: 1, items: [ARTICLE] },
    }));
    const page = await fixture(
      html`<zac-knowledge-page .client=${client} .user=${OWNER}></zac-knowledge-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Base de conocimiento');
    expect(text($(page, 'label[for=search]'))).to.equal('Buscar artículos');
    expect(text($(page, 'section.card > button'))).to.equal('Nuevo artículo');
    expect(text($(page, 'li button'))).to.match(/^Returns \(borrador\)returns · 26 nov/);
    expect(text($(page, 'form h2'))).to.equal('Nuevo artículo');
    expect(text($(page, 'label[for=tags]'))).to.equal('Etiquetas (separadas por comas)');
    expect(text($(page, 'form button[type=submit]'))).to.equal('Guardar');

    $<HTMLFormElement>(page, 'form').requestSubmit();
    await settled(page as never);
    expect(text($(page, 'form [role=alert]'))).to.equal(
      'Un artículo necesita un título y un cuerpo.',
    );

    $<HTMLButtonElement>(page, 'li button').click();
    await settled(page as never);
    expect(text($(page, 'form h2'))).to.equal('Editar artículo');
    expect(text($(page, 'form button.danger'))).to.equal('Eliminar');

    chooseLanguage('en');
    await settled(page as never);
    expect(text($(page, 'form h2'))).to.equal('Edit article');
    expect(text($(page, 'li button'))).to.match(/^Returns \(draft\)returns · Nov 26/);
  });

  it('says in Spanish when no article matches', async () => {
    const client = new FakeClient().on('query Articles', () => ({
      knowledgeArticles: { totalItems: 0, items: [] },
    }));
    const page = await fixture(
      html`<zac-knowledge-page .client=${client} .user=${OWNER}></zac-knowledge-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'p.state'))).to.equal('Ningún artículo coincide.');
  });

  it('shows the inbox and an open conversation in Spanish, then English again', async () => {
    const client = new FakeClient()
      .on('query Conversations', () => ({
        conversations: {
          totalItems: 1,
          items: [conversation({ handoffState: 'HUMAN_REQUESTED' })],
        },
      }))
      .on('query Conversation(', () => ({ conversation: conversation() }));
    const page = await fixture(
      html`<zac-conversations-page
        .client=${client}
        .user=${OWNER}
        conversationId="c1"
      ></zac-conversations-page>`,
    );
    await settled(page as never);
    expect(text($(page, 'h1'))).to.equal('Conversaciones');
    expect($$(page, '.tabs button').map(text)).to.deep.equal([
      'Esperando a una persona',
      'Con una persona',
      'Bot',
      'Resueltas',
      'Todas',
    ]);
    expect($(page, '.tabs').getAttribute('aria-label')).to.equal('Filtrar por quién responde');
    expect(text($(page, 'section[aria-label="Bandeja de entrada"] p.muted'))).to.equal(
      '1 conversación',
    );
    expect(text($(page, 'ul.list strong'))).to.equal('Visitante anónimo');
    expect(text($(page, 'ul.list .badge'))).to.equal('persona solicitada');
    expect(text($(page, 'ul.list .last'))).to.equal('Aún no hay mensajes');

    expect(text($(page, '#conv-title'))).to.equal('Visitante anónimo');
    expect(text($(page, '[data-handoff-state]'))).to.equal('persona');
    expect($$(page, 'ol.messages .who').map((w) => text(w)?.split(' · ')[0])).to.deep.equal([
      'Cliente',
      'Bot',
    ]);
    expect(text($(page, '[data-action=hand-back]'))).to.equal('Devolver al bot');
    expect(text($(page, '[data-action=resolve]'))).to.equal('Resolver');
    expect(text($(page, 'label[for=reply]'))).to.equal('Tu respuesta');

    $<HTMLFormElement>(page, 'form').requestSubmit();
    await settled(page as never);
    expect(text($(page, '[role=alert]'))).to.equal('Primero escribe una respuesta.');

    chooseLanguage('en');
    await settled(page as never);
    expect(text($(page, '[role=alert]'))).to.equal('Write a reply first.');
    expect(text($(page, '[data-action=hand-back]'))).to.equal('Hand back to bot');
    expect(text($(page, 'section[aria-label="Inbox"] p.muted'))).to.equal('1 conversation');
  });

  it('invites in Spanish to open a conversation, and says when the inbox is empty', async () => {
    const client = new FakeClient().on('query Conversations', () => ({
      conversations: { totalItems: 0, items: [] },
    }));
    const page = await fixture(
      html`<zac-conversations-page .client=${client} .user=${OWNER}></zac-conversations-page>`,
    );
    await settled(page as never);
    expect($$(page, 'p.state').map(text)).to.deep.equal([
      'No hay conversaciones aquí.',
      'Abre una conversación para leerla y responder.',
    ]);
  });
});
