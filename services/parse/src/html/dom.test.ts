import { describe, expect, it } from 'vitest';
import { findFirst, parseHtml, textsAfter, textsBefore } from './dom.js';

describe('textsBefore / textsAfter', () => {
  const doc = parseHtml(
    `<body><nav>Home</nav><div class="rubric"><a>Gear</a> <time>Dec 19, 2023</time><script>var x = 1;</script></div>
     <h1>Headline</h1><div><span>By Jane</span><p>First paragraph.</p></div></body>`,
  );
  const h1 = findFirst(doc, (e) => e.name === 'h1')!;

  it('lists the text lines before an element, nearest first, skipping scripts', () => {
    expect(textsBefore(h1, 3)).toEqual(['Dec 19, 2023', 'Gear', 'Home']);
    expect(textsBefore(h1, 1)).toEqual(['Dec 19, 2023']);
  });

  it('lists the text lines after an element in document order', () => {
    expect(textsAfter(h1, 2)).toEqual(['By Jane', 'First paragraph.']);
  });
});
