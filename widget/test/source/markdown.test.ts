import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderMarkdown } from '../../src/chat/markdown.js';
import { must } from '../helpers.js';

const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'CODE', 'A', 'UL', 'OL', 'LI']);

function md(source: string): HTMLElement {
  const div = document.createElement('div');
  render(renderMarkdown(source), div);
  return div;
}

function assertInert(div: HTMLElement) {
  for (const el of div.querySelectorAll('*')) {
    expect(ALLOWED.has(el.tagName), `unexpected <${el.tagName}>`).to.equal(true);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `attribute ${attr.name}`).to.equal(false);
    }
    if (el.tagName === 'A') {
      expect(el.getAttribute('href')).to.match(/^(https?:\/\/|mailto:)/i);
      expect(el.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
      expect(el.getAttribute('target')).to.equal('_blank');
    }
  }
}

describe('markdown subset', () => {
  it('renders paragraphs, line breaks, emphasis, code and lists', () => {
    const div = md(
      'Hello **bold** and *it* and _also_ `x<y`\nnext line\n\n- one\n* two\n\n1. first\n2. second',
    );
    const ps = div.querySelectorAll('p');
    expect(ps.length).to.equal(1);
    expect(must(must(ps[0]).querySelector('strong')).textContent).to.equal('bold');
    expect([...must(ps[0]).querySelectorAll('em')].map((e) => e.textContent)).to.deep.equal([
      'it',
      'also',
    ]);
    expect(must(must(ps[0]).querySelector('code')).textContent).to.equal('x<y');
    expect(must(ps[0]).querySelectorAll('br').length).to.equal(1);
    expect([...div.querySelectorAll('ul li')].map((l) => l.textContent)).to.deep.equal([
      'one',
      'two',
    ]);
    expect([...div.querySelectorAll('ol li')].map((l) => l.textContent)).to.deep.equal([
      'first',
      'second',
    ]);
    assertInert(div);
  });

  it('links http(s) and mailto URLs only, safely', () => {
    const div = md('[Shop](https://shop.example/a?b=1) [Mail](mailto:hi@example.com)');
    const links = [...div.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://shop.example/a?b=1',
      'mailto:hi@example.com',
    ]);
    expect(must(links[0]).textContent).to.equal('Shop');
    assertInert(div);
  });

  it('keeps snake_case words and lone asterisks as text', () => {
    const div = md('use my_var_name and 2 * 3 * 4');
    expect(div.querySelector('em')).to.equal(null);
    expect(div.textContent).to.contain('my_var_name');
  });

  const corpus = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '[click](javascript:alert(1))',
    '[click](JAVASCRIPT:alert(1))',
    '[click]( javascript:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](vbscript:msgbox(1))',
    '[a [b]](https://ok.example)',
    '[[nested](javascript:alert(1))](https://ok.example)',
    '**<b onmouseover=alert(1)>bold</b>**',
    '[<img src=x onerror=alert(1)>](https://ok.example)',
    '`<iframe src=javascript:alert(1)>`',
    '- <style>*{display:none}</style>\n1. <div onclick="x()">',
    '[x](https://ok.example" onmouseover="alert(1))',
  ];

  for (const source of corpus) {
    it(`renders hostile input inert: ${source.slice(0, 40)}`, () => {
      const div = md(source);
      assertInert(div);
      for (const a of div.querySelectorAll('a')) {
        expect(a.getAttribute('href')).not.to.match(/javascript:|data:|vbscript:/i);
      }
    });
  }

  it('shows HTML as literal text', () => {
    const div = md('<img src=x onerror=alert(1)>');
    expect(div.querySelector('img')).to.equal(null);
    expect(div.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('renders javascript: and data: links as plain text, not links', () => {
    const div = md('[a](javascript:alert(1)) [b](data:text/html,hi)');
    expect(div.querySelectorAll('a').length).to.equal(0);
    expect(div.textContent).to.contain('[a](javascript:alert(1))');
    expect(div.textContent).to.contain('[b](data:text/html,hi)');
  });
});
