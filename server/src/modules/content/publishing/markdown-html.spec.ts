import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown-html.js';

describe('markdownToHtml', () => {
  it('renders headings, emphasis, lists, links and tables as HTML', () => {
    expect(
      markdownToHtml(
        '# Why we fire twice\n\nStoneware **lasts**. See [care](https://example.com/care) or [tea](/blog/tea).\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      ),
    ).toBe(
      [
        '<h1>Why we fire twice</h1>',
        '<p>Stoneware <strong>lasts</strong>. See <a href="https://example.com/care">care</a> or <a href="/blog/tea">tea</a>.</p>',
        '<ul>',
        '<li>one</li>',
        '<li>two</li>',
        '</ul>',
        '<table>',
        '<thead>',
        '<tr>',
        '<th>a</th>',
        '<th>b</th>',
        '</tr>',
        '</thead>',
        '<tbody><tr>',
        '<td>1</td>',
        '<td>2</td>',
        '</tr>',
        '</tbody></table>',
      ].join('\n'),
    );
  });

  it('shows raw HTML as text instead of passing it to the site', () => {
    expect(markdownToHtml('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(markdownToHtml('Inline <b onclick="x()">bold</b>.')).toBe(
      '<p>Inline &lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;.</p>',
    );
  });

  it('keeps the text of a link or image whose URL could run script, and drops the URL', () => {
    expect(markdownToHtml('[click](javascript:alert(1)) ![a kiln](data:image/png;base64,AA)')).toBe(
      '<p>click a kiln</p>',
    );
    expect(markdownToHtml('![A glazed mug](https://shop.example/mug.jpg)')).toBe(
      '<p><img src="https://shop.example/mug.jpg" alt="A glazed mug"></p>',
    );
  });
});
