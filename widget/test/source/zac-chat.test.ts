import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/chat/index.js';
import { HubError } from '../../src/chat/errors.js';
import type { ZacChat } from '../../src/chat/zac-chat.js';
import { get, must, sr, text } from '../helpers.js';
import { FakeClient, conversation, msg } from './fake-client.js';

const $ = (el: ZacChat, sel: string) => sr(el).querySelector<HTMLElement>(sel);
const $$ = (el: ZacChat, sel: string) => [...sr(el).querySelectorAll<HTMLElement>(sel)];
const reply = (runId: string, t: string | null, extra: object = {}) => ({
  reply: {
    runId,
    text: t,
    typing: true,
    handoffOffered: false,
    personWillReply: false,
    done: false,
    ...extra,
  },
});

async function chat(client: FakeClient, attrs: { locale?: string; starters?: string } = {}) {
  const el = await fixture<ZacChat>(
    html`<zac-chat
      .client=${client}
      locale=${attrs.locale ?? 'en'}
      starters=${attrs.starters ?? ''}
    ></zac-chat>`,
  );
  await waitUntil(() => !client.session || client.called('conversation').length > 0);
  await el.updateComplete;
  return el;
}

async function type(el: ZacChat, value: string) {
  const input = $(el, 'textarea') as HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<zac-chat>', () => {
  it('shows the stored conversation and follows it from its lastSeq', async () => {
    const client = new FakeClient({
      conv: conversation({
        messages: [msg({ role: 'VISITOR', text: 'Hi' }), msg({ text: 'Hello **there**' })],
        lastSeq: 42,
      }),
    });
    const el = await chat(client);
    const items = $$(el, 'li[part=message]');
    expect(items.map((li) => li.dataset.role)).to.deep.equal(['VISITOR', 'AGENT']);
    expect(text(must(items[1]))).to.contain('Hello there');
    expect(must(must(items[1]).querySelector('strong')).textContent).to.equal('there');
    expect(must(client.called('subscribe')[0]).args).to.deep.equal([42]);
    expect($(el, '.starters')).to.equal(null);
  });

  it('sends a message, streams the reply in and finalises it exactly once', async () => {
    const client = new FakeClient();
    const el = await chat(client);
    await type(el, 'Do you ship to Spain?');
    ($(el, '[part=send]') as HTMLButtonElement).click();
    await waitUntil(() => client.handlers);
    expect(must(client.called('send')[0]).args[0]).to.equal('Do you ship to Spain?');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('');
    // the same visitor message arriving over the socket is not shown twice
    client.emit({ message: must(el.messages[0]) });
    client.emit(reply('r1', null));
    await el.updateComplete;
    expect($(el, '[data-typing]')).not.equal(null);
    client.emit(reply('r1', 'Yes, we'));
    await el.updateComplete;
    expect(text($(el, '[data-streaming]'))).to.equal('Yes, we');
    client.emit(reply('r1', 'Yes, we ship to Spain.'));
    await el.updateComplete;
    expect($$(el, '[data-streaming]').length).to.equal(1);
    expect(text($(el, '[data-streaming]'))).to.equal('Yes, we ship to Spain.');
    client.emit({ message: msg({ text: 'Yes, we ship to Spain.', runId: 'r1' }) });
    client.emit(reply('r1', 'Yes, we ship to Spain.', { done: true, typing: false }));
    await el.updateComplete;
    expect($(el, '[data-streaming]')).to.equal(null);
    expect($(el, '[data-typing]')).to.equal(null);
    const items = $$(el, 'li[part=message]');
    expect(items.map((li) => li.dataset.role)).to.deep.equal(['VISITOR', 'AGENT']);
    expect(items.filter((li) => text(li).includes('ship to Spain.')).length).to.equal(1);
  });

  it('stops the typing indicator when the run ends without a reply', async () => {
    const client = new FakeClient({ conv: conversation() });
    const el = await chat(client);
    client.emit(reply('r1', null));
    await el.updateComplete;
    expect($(el, '[data-typing]')).not.equal(null);
    client.emit(reply('r1', null, { done: true, typing: false }));
    await el.updateComplete;
    expect($(el, '[data-typing]')).to.equal(null);
  });

  it('stops the typing indicator on error, on disconnect and after the safety timeout', async () => {
    const client = new FakeClient({ conv: conversation() });
    const el = await chat(client);
    client.emit(reply('r1', null));
    await el.updateComplete;
    must(client.handlers).error(new HubError('boom', 'GENERIC'));
    await el.updateComplete;
    expect($(el, '[data-typing]')).to.equal(null);
    expect(text($(el, '[role=alert]'))).to.equal('Something went wrong. Please try again.');

    const c2 = new FakeClient({ conv: conversation() });
    const el2 = await chat(c2);
    c2.emit(reply('r2', 'Partial'));
    must(must(c2.handlers).status)(false);
    await el2.updateComplete;
    expect($(el2, '[data-typing]')).to.equal(null);
    expect(text(sr(el2).querySelector('.status'))).to.equal('Reconnecting…');

    const c3 = new FakeClient({ conv: conversation() });
    const el3 = await chat(c3);
    el3.typingTimeoutMs = 50;
    c3.emit(reply('r3', null));
    await el3.updateComplete;
    expect($(el3, '[data-typing]')).not.equal(null);
    await aTimeout(80);
    await el3.updateComplete;
    expect($(el3, '[data-typing]')).to.equal(null);
  });

  it('keeps the typed text and shows the server error when sending fails', async () => {
    const client = new FakeClient();
    client.sendResult = () => Promise.reject(new HubError('slow down', 'RATE_LIMITED', 17));
    const el = await chat(client);
    await type(el, 'my long question');
    ($(el, '[part=send]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[role=alert]'));
    expect(text($(el, '[role=alert]'))).to.equal(
      "You're sending messages too quickly. Try again in 17 s.",
    );
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('my long question');
    expect($$(el, 'li[part=message]').length).to.equal(0);
  });

  it('maps origin and too-long errors to the locale strings', async () => {
    const client = new FakeClient();
    client.sendResult = () => Promise.reject(new HubError('x', 'ORIGIN_NOT_ALLOWED'));
    const el = await chat(client);
    await el.send('hi');
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.equal('This chat is not enabled on this site.');
    await el.send('x'.repeat(4001));
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('too long');
    expect(client.called('send').length).to.equal(1);
  });

  it('limits the input to 4000 characters and shows a counter near the limit', async () => {
    const el = await chat(new FakeClient());
    const input = $(el, 'textarea') as HTMLTextAreaElement;
    expect(input.maxLength).to.equal(4000);
    expect(text($(el, '#counter'))).to.equal('');
    await type(el, 'a'.repeat(3700));
    expect(text($(el, '#counter'))).to.equal('300 characters left');
  });

  it('sends a starter prompt when clicked (custom starters)', async () => {
    const client = new FakeClient();
    const el = await chat(client, { starters: 'Track my order|Opening hours' });
    const buttons = $$(el, '.starters button');
    expect(buttons.map(text)).to.deep.equal(['Track my order', 'Opening hours']);
    must(buttons[1]).click();
    await waitUntil(() => client.called('send').length === 1);
    expect(must(client.called('send')[0]).args[0]).to.equal('Opening hours');
    await el.updateComplete;
    expect($(el, '.starters')).to.equal(null);
  });

  it('rates agent replies with thumbs and marks the pressed button', async () => {
    const agent = msg({
      text: 'Answer',
      citations: [{ title: 'Returns policy', slug: 'returns' }],
    });
    const client = new FakeClient({ conv: conversation({ messages: [agent] }) });
    const el = await chat(client);
    expect(text($(el, '.cites'))).to.equal('Returns policy');
    const up = get(el, 'button[data-rate=up]');
    const down = get(el, 'button[data-rate=down]');
    expect(up.getAttribute('aria-pressed')).to.equal('false');
    up.click();
    await waitUntil(() => client.called('rateReply').length === 1);
    expect(must(client.called('rateReply')[0]).args).to.deep.equal([agent.id, true]);
    await el.updateComplete;
    expect(get(el, 'button[data-rate=up]').getAttribute('aria-pressed')).to.equal('true');
    down.click();
    await waitUntil(() => client.called('rateReply').length === 2);
    await el.updateComplete;
    expect(get(el, 'button[data-rate=down]').getAttribute('aria-pressed')).to.equal('true');
    expect(get(el, 'button[data-rate=up]').getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows the handoff banner and live human messages labelled as a person', async () => {
    const client = new FakeClient({ conv: conversation() });
    const el = await chat(client);
    client.emit(reply('r1', 'Want to talk to a person?', { handoffOffered: true }));
    await el.updateComplete;
    const human = get(el, '[data-action=human]');
    expect(human.classList.contains('prominent')).to.equal(true);
    human.click();
    await waitUntil(() => $(el, '.banner'));
    expect(client.called('requestHuman').length).to.equal(1);
    expect(text($(el, '.banner'))).to.equal('A person will reply here');
    expect($(el, '[data-action=human]')).to.equal(null);
    client.emit({ handoff: 'HUMAN' });
    client.emit({ message: msg({ role: 'HUMAN', text: 'Hi, Ana here.' }) });
    await el.updateComplete;
    const li = get(el, 'li[data-role=HUMAN]');
    expect(text(li.querySelector('.who'))).to.equal('Person');
    expect(text(li)).to.contain('Hi, Ana here.');
    expect(get(el, '.banner').dataset.handoff).to.equal('HUMAN');
  });

  it("says a person will reply when the agent's reply is held for a person, and stops typing", async () => {
    const client = new FakeClient({ conv: conversation() });
    const el = await chat(client);
    client.emit(reply('r9', null));
    await el.updateComplete;
    expect($(el, '[data-typing]')).to.not.equal(null);

    client.emit(reply('r9', null, { typing: false, personWillReply: true }));
    client.emit(reply('r9', null, { typing: false, personWillReply: true, done: true }));
    await el.updateComplete;

    expect(text($(el, '.banner'))).to.equal('A person will reply here');
    expect($(el, '[data-typing]')).to.equal(null);
  });

  it('announces new agent messages in a polite live region', async () => {
    const client = new FakeClient({ conv: conversation() });
    const el = await chat(client);
    const live = get(el, '[aria-live=polite]');
    expect(live).not.equal(null);
    const seen = oneEvent(window, 'zac-message');
    client.emit({ message: msg({ text: 'Our hours are 9-5.' }) });
    expect((await seen).detail).to.deep.equal({ role: 'AGENT', text: 'Our hours are 9-5.' });
    await el.updateComplete;
    expect(text(live)).to.equal('Assistant: Our hours are 9-5.');
  });

  it('renders hostile agent markdown inert', async () => {
    const client = new FakeClient({ conv: conversation() });
    const el = await chat(client);
    client.emit({
      message: msg({
        text: '<img src=x onerror="window.pwned=1"> [x](javascript:alert(1)) <svg onload=alert(1)>',
      }),
    });
    await el.updateComplete;
    const li = get(el, 'li[data-role=AGENT]');
    expect(li.querySelector('img, svg, script, a')).to.equal(null);
    expect(text(li)).to.contain('<img src=x onerror="window.pwned=1">');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('reset clears the shown history and starts a new anonymous session', async () => {
    const client = new FakeClient({ conv: conversation({ messages: [msg({ text: 'old' })] }) });
    const el = await chat(client);
    expect($$(el, 'li[part=message]').length).to.equal(1);
    await el.reset();
    await el.updateComplete;
    expect($$(el, 'li[part=message]').length).to.equal(0);
    expect(client.called('reset').length).to.equal(1);
    expect(client.called('ensureSession').length).to.equal(1);
    expect(client.unsubscribed).to.equal(1);
    expect($(el, '.starters')).not.equal(null);
  });

  it("identify clears the previous visitor's history before loading the new one", async () => {
    const client = new FakeClient({
      conv: conversation({ messages: [msg({ text: 'anonymous secret' })] }),
    });
    const el = await chat(client);
    let release!: () => void;
    client.identifyResult = () =>
      new Promise((r) => {
        release = () => r(conversation({ messages: [msg({ text: 'welcome back' })] }));
      });
    const done = el.identify({ id: 'u1', email: 'u1@example.com', hash: 'h' });
    await el.updateComplete;
    expect(text(sr(el).querySelector('.log'))).not.to.contain('anonymous secret');
    // events from the old subscription are ignored
    expect(client.handlers).to.equal(null);
    release();
    await done;
    await el.updateComplete;
    expect($$(el, 'li[part=message] > div:first-of-type').map(text)).to.deep.equal([
      'welcome back',
    ]);
    expect(must(client.called('identify')[0]).args[0]).to.deep.equal({
      id: 'u1',
      email: 'u1@example.com',
      hash: 'h',
    });
  });

  it('uses Spanish strings when locale is es', async () => {
    const client = new FakeClient({ conv: conversation({ handoff: 'WAITING_FOR_HUMAN' }) });
    const el = await chat(client, { locale: 'es' });
    expect(text($(el, '.banner'))).to.equal('Una persona te responderá aquí');
    expect(get(el, 'textarea').getAttribute('aria-label')).to.equal('Mensaje');
    expect(text($(el, '[part=send]'))).to.equal('Enviar');
    expect($$(el, '.starters button').map(text)).to.include('¿Qué vendéis?');
  });

  it('closes on Escape when floating and reports zac-close', async () => {
    const el = await fixture<ZacChat>(
      html`<zac-chat floating .client=${new FakeClient()} locale="en"></zac-chat>`,
    );
    expect(getComputedStyle(el).display).to.equal('none');
    const opened = oneEvent(window, 'zac-open');
    el.show();
    await opened;
    await el.updateComplete;
    await waitUntil(() => sr(el).activeElement?.tagName === 'TEXTAREA');
    expect(getComputedStyle(el).position).to.equal('fixed');
    const closed = oneEvent(window, 'zac-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(el.open).to.equal(false);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG AA incl. contrast) in ${scheme} mode`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const agent = msg({ text: 'See [our policy](https://shop.example/p) and `code`' });
        const client = new FakeClient({
          conv: conversation({
            handoff: 'WAITING_FOR_HUMAN',
            messages: [msg({ role: 'VISITOR', text: 'Hi' }), agent],
          }),
        });
        const el = await chat(client);
        client.emit(reply('r', 'typing…'));
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  }
});
