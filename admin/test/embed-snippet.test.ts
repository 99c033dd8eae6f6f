// The embed snippet in Settings: the exact tag per active key, its copy button and preview frame.
import { expect, fixture, html } from '@open-wc/testing';
import { scriptTag, type EmbedKey, type ZacEmbedSnippet } from '../src/components/embed-snippet.js';
import { defineConsoleElements } from '../src/define.js';
import { $ } from './dom.js';

defineConsoleElements();

const KEYS: EmbedKey[] = [
  { id: 'k1', name: 'Storefront', key: 'pk_live_store1', revokedAt: null },
  { id: 'k2', name: 'Old site', key: 'pk_live_old', revokedAt: '2026-11-01T00:00:00Z' },
  { id: 'k3', name: 'Blog', key: 'pk_live_blog', revokedAt: null },
];

async function render(keys: EmbedKey[]): Promise<ZacEmbedSnippet> {
  return fixture<ZacEmbedSnippet>(
    html`<zac-embed-snippet .keys=${keys} hubOrigin="https://hub.example"></zac-embed-snippet>`,
  );
}

const tags = (el: ZacEmbedSnippet) =>
  [...(el.shadowRoot?.querySelectorAll('[data-tag]') ?? [])].map((c) => c.textContent);

describe('<zac-embed-snippet>', () => {
  it('shows the documented tag with the absolute hub URL for each active key, none for a revoked one', async () => {
    const el = await render(KEYS);
    expect(tags(el)).to.deep.equal([
      '<script src="https://hub.example/widget.js" data-key="pk_live_store1" async></script>',
      '<script src="https://hub.example/widget.js" data-key="pk_live_blog" async></script>',
    ]);
    const frame = $<HTMLIFrameElement>(el, 'iframe[data-preview]');
    expect(frame.getAttribute('src')).to.equal(
      '/widget-preview?key=pk_live_store1&position=right&accent=%231d4ed8',
    );
    expect(frame.title).to.equal('Preview of the widget with key Storefront');
  });

  it('adds only the options that differ from the widget defaults, to the tag and the preview', async () => {
    const el = await render(KEYS.slice(0, 1));
    const position = $<HTMLSelectElement>(el, '#embed-position');
    position.value = 'left';
    position.dispatchEvent(new Event('change'));
    const locale = $<HTMLSelectElement>(el, '#embed-locale');
    locale.value = 'es';
    locale.dispatchEvent(new Event('change'));
    const accent = $<HTMLInputElement>(el, '#embed-accent');
    accent.value = '#047857';
    accent.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tags(el)).to.deep.equal([
      '<script src="https://hub.example/widget.js" data-key="pk_live_store1" data-position="left" data-accent="#047857" data-locale="es" async></script>',
    ]);
    expect($(el, 'iframe[data-preview]').getAttribute('src')).to.equal(
      '/widget-preview?key=pk_live_store1&position=left&accent=%23047857&locale=es',
    );
  });

  it('tells the user to copy the tag themselves when the browser refuses the clipboard', async () => {
    // A script's click carries no user activation, so Chromium refuses both the Clipboard API and
    // the execCommand fallback; the e2e spec copies with a real click.
    const el = await render(KEYS.slice(0, 1));
    $<HTMLButtonElement>(el, '[data-action=copy]').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const status = $(el, '#copied-k1');
    expect(status.textContent).to.equal('Copying failed; select the tag and copy it yourself.');
    expect(status.getAttribute('role')).to.equal('status');
  });

  it('asks for a key first when there is no active one', async () => {
    const el = await render(KEYS.slice(1, 2));
    expect($(el, 'iframe')).to.equal(null);
    expect(el.shadowRoot?.textContent).to.contain('Create a publishable key first');
  });

  it('builds the tag without options as docs/WIDGET.md shows it', () => {
    expect(
      scriptTag('https://HUB', 'pk_live_...', { accent: '#1D4ED8', position: 'right', locale: '' }),
    ).to.equal('<script src="https://HUB/widget.js" data-key="pk_live_..." async></script>');
  });
});
