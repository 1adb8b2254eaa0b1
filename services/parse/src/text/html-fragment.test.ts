import { describe, expect, it } from 'vitest';
import { htmlFragmentParagraphs } from './html-fragment.js';

describe('htmlFragmentParagraphs', () => {
  it('breaks at every block element the page extractor knows, table cells and asides included', () => {
    const html =
      '<p>The port reopened.</p><table><tr><td>Cargo rose.</td><td>Fees fell.</td></tr></table>' +
      '<aside>Related coverage</aside><footer>Copyright the paper</footer>';
    expect(htmlFragmentParagraphs(html)).toEqual([
      'The port reopened.',
      'Cargo rose.',
      'Fees fell.',
      'Related coverage',
      'Copyright the paper',
    ]);
  });
  it('keeps inline markup inside its paragraph and drops scripts and figures', () => {
    expect(
      htmlFragmentParagraphs('<p>The <b>port</b> <a href="/x">reopened</a>.</p><script>x()</script><figure><img src="a.jpg"></figure>'),
    ).toEqual(['The port reopened.']);
  });
});
