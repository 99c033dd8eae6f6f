// Loads the built files exactly as a shop page does: a classic <script async data-key=...> for
// dist/widget.js, which imports dist/widget/zac-chat.js on demand. The page has a strict CSP
// (no inline styles) and a hostile global CSS reset.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ZacChat } from '../../src/chat/zac-chat.js';
import { get, must, sr, text } from '../helpers.js';
import { FakeClient, msg } from '../source/fake-client.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI}`),
);

let host: HTMLElement;
let launcher: HTMLButtonElement;
const chat = () => sr(host).querySelector('zac-chat') as ZacChat | null;
const deepActive = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

before(async () => {
  localStorage.clear();
  // The kind of reset some shop themes ship; it must not reach the widget.
  const hostile = new CSSStyleSheet();
  hostile.replaceSync(
    '* { all: unset !important; z-index: 1 !important; }' +
      ' zac-widget::part(panel) { border-top-color: rgb(1, 2, 3); }',
  );
  document.adoptedStyleSheets = [hostile];
  const script = document.createElement('script');
  script.src = '/dist/widget.js';
  script.async = true;
  Object.assign(script.dataset, {
    key: 'pk_test_bundle',
    position: 'left',
    accent: '#0a6b2e',
    greeting: 'Hi! Ask me anything.',
    starters: 'Track my order | Returns',
    locale: 'en',
    zIndex: '12345',
  });
  document.head.append(script);
  await waitUntil(() => document.querySelector('zac-widget'), 'launcher did not mount');
  host = must(document.querySelector<HTMLElement>('zac-widget'));
  launcher = get(host, 'button');
});

describe('dist/widget.js (launcher)', () => {
  it('mounts from the script tag data attributes, isolated from page CSS', () => {
    expect(launcher.getAttribute('part')).to.equal('launcher');
    expect(launcher.getAttribute('aria-label')).to.equal('Open chat');
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    const hs = getComputedStyle(host);
    expect(hs.position).to.equal('fixed');
    expect(hs.zIndex).to.equal('12345');
    expect(hs.left).to.equal('20px');
    const bs = getComputedStyle(launcher);
    expect(bs.width).to.equal('56px');
    expect(bs.backgroundColor).to.equal('rgb(10, 107, 46)');
    expect(chat()).to.equal(null); // the chat chunk is not loaded until wanted
    expect(window.Zactonics).to.have.keys(['open', 'close', 'identify', 'reset']);
  });

  it('window.Zactonics.open() loads the chat chunk, opens it and focuses the input', async () => {
    const opened = oneEvent(window, 'zac-open');
    must(window.Zactonics).open();
    await opened;
    const el = must(chat());
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(el.floating).to.equal(true);
    expect(getComputedStyle(el).display).to.equal('block');
    // theming hook: ::part(panel) is reachable through the launcher host
    expect(getComputedStyle(get(el, '[part=panel]')).borderTopColor).to.equal('rgb(1, 2, 3)');
    expect(launcher.getAttribute('aria-expanded')).to.equal('true');
    expect(launcher.getAttribute('aria-label')).to.equal('Close chat');
    await waitUntil(() => deepActive()?.tagName === 'TEXTAREA', 'input not focused');
    const starters = [...sr(el).querySelectorAll('.starters button')].map((b) => text(b));
    expect(starters).to.deep.equal(['Track my order', 'Returns']);
    expect(get(el, '.greeting').textContent).to.equal('Hi! Ask me anything.');
  });

  it('chats through the bundled element (fake hub client)', async () => {
    const el = must(chat());
    const client = new FakeClient();
    el.client = client;
    await sendKeys({ type: 'Hello <b>there</b>' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => client.handlers, 'no subscription after sending');
    expect(must(client.called('send')[0]).args[0]).to.equal('Hello <b>there</b>');
    client.emit({ message: msg({ text: '**Hi!** How can I help?', runId: 'r1' }) });
    await el.updateComplete;
    const agent = get(el, 'li[data-role=AGENT]');
    expect(must(agent.querySelector('strong')).textContent).to.equal('Hi!');
    const visitor = get(el, 'li[data-role=VISITOR]');
    expect(visitor.querySelector('b')).to.equal(null);
    expect(visitor.textContent).to.contain('Hello <b>there</b>');
  });

  it('Escape closes the panel and returns focus to the launcher', async () => {
    const el = must(chat());
    get(el, 'textarea').focus();
    const closed = oneEvent(window, 'zac-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(el.open).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(launcher.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActive()).to.equal(launcher);
  });

  it('the launcher is a keyboard-operable toggle', async () => {
    launcher.focus();
    const opened = oneEvent(window, 'zac-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    expect(must(chat()).open).to.equal(true);
    launcher.focus();
    const closed = oneEvent(window, 'zac-close');
    await sendKeys({ press: 'Space' });
    await closed;
    expect(must(chat()).open).to.equal(false);
  });

  it('the chat chunk is one ES module exporting mount and both elements', async () => {
    const url = '/dist/widget/zac-chat.js';
    const mod = (await import(url)) as Record<string, unknown>;
    expect(mod.mount).to.be.a('function');
    expect(customElements.get('zac-chat')).to.equal(mod.ZacChat);
    expect(customElements.get('zac-lead-form')).to.equal(mod.ZacLeadForm);
  });

  it('caused no Content-Security-Policy violations (and the CSP is really on)', async () => {
    expect(violations).to.deep.equal([]);
    // Canary: an inline style attribute is blocked on this page.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'display: block !important; width: 123px !important');
    document.body.append(probe);
    await waitUntil(() => violations.length > 0, 'CSP did not block an inline style');
    expect(getComputedStyle(probe).width).not.to.equal('123px');
    probe.remove();
  });
});
