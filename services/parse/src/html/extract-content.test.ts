import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { findFirst, parseHtml } from './dom.js';
import { extractContent, linearize } from './extract-content.js';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding twelve routes that will connect the northern suburbs with the central station by next spring.',
  'Officials said the plan, which costs about 40 million euros, would be paid for by a mix of regional funds and a small increase in parking fees in the old town.',
  'Residents who spoke at the meeting were divided, with some welcoming faster commutes and others worried about noise on narrow residential streets at night.',
  'The first new routes are expected to open in March, and the council promised to publish a detailed timetable for every line at least a month before launch.',
];

function bodyOf(html: string): Element {
  const doc = parseHtml(html);
  return findFirst(doc, (e) => e.name === 'body')!;
}

function extract(bodyHtml: string, title: string | null = null): string[] {
  return extractContent(bodyOf(`<html><body>${bodyHtml}</body></html>`), title).paragraphs;
}

const article = PROSE.map((p) => `<p>${p}</p>`).join('\n');

describe('extractContent', () => {
  it('keeps the article paragraphs in order', () => {
    expect(extract(`<div class="story">${article}</div>`)).toEqual(PROSE);
  });

  it('drops promotion and editorial-policy lines inside the story wrapper', () => {
    const out = extract(`<div class="story">
      <p>${PROSE[0]}</p><p>${PROSE[1]}</p>
      <div>Why you can trust Example News</div>
      <p>Join our Transit Forums to keep talking buses, trams and more! And if you have a news tip, let us know.</p>
      <p>${PROSE[2]}</p><p>${PROSE[3]}</p>
      <p>Associated Press writer Jane Roe contributed to this report.</p></div>`);
    expect(out).toEqual(PROSE);
  });

  it('keeps paywalled paragraphs served hidden in subscriber-only wrappers, but not other hidden text', () => {
    const out = extract(`<div class="story">
      <p>${PROSE[0]}</p><p>${PROSE[1]}</p>
      <div class="subscriber-only" style="display:none"><p>${PROSE[2]}</p></div>
      <div class="subscriber-only" style="display:none"><p>${PROSE[3]}</p></div>
      <div style="display:none"><p>This hidden dialog text explains how cookies are used and is never shown unless you open the settings panel.</p></div></div>`);
    expect(out).toEqual(PROSE);
  });

  it('drops navigation, header, footer and asides', () => {
    const out = extract(`
      <header><a href="/">Home</a> <a href="/news">News</a></header>
      <nav><ul><li><a href="/a">World</a></li><li><a href="/b">Politics</a></li><li><a href="/c">Sports</a></li></ul></nav>
      <main><article>${article}</article></main>
      <aside><h3>Weather</h3><p>Sunny spells are expected for most of the region during the weekend, with light winds from the west.</p></aside>
      <footer><p>Copyright 2024 Example Media. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>`);
    expect(out).toEqual(PROSE);
  });

  it('drops related links, share bars, newsletter boxes and cookie notices by their class names', () => {
    const out = extract(`
      <div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies and our policy.</p><button>Accept</button></div>
      <article>
        <div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
        ${PROSE.slice(0, 2)
          .map((p) => `<p>${p}</p>`)
          .join('')}
        <div class="newsletter-signup"><h4>Get our morning briefing</h4><p>Sign up for our free newsletter and receive the most important local stories in your inbox every weekday morning.</p></div>
        ${PROSE.slice(2)
          .map((p) => `<p>${p}</p>`)
          .join('')}
        <section class="related-articles"><h3>Related</h3><ul>
          <li><a href="/x">Council approves the new budget for the coming year after a long debate</a></li>
          <li><a href="/y">Train services to be reduced during the holidays because of engineering works</a></li>
        </ul></section>
      </article>`);
    expect(out).toEqual(PROSE);
  });

  it('drops the comment section and image captions', () => {
    const out = extract(`
      <article>
        <figure><img src="bus.jpg"><figcaption>A bus at the central station on Monday. (Photo: Jane Roe)</figcaption></figure>
        ${article}
      </article>
      <div id="comments"><h3>24 comments</h3>
        <div class="comment"><p>This is a terrible idea and a waste of money that could have gone to schools and hospitals in the area instead.</p></div>
        <div class="comment"><p>Finally! I have been waiting for a direct bus to the station for years, this will save me an hour every day.</p></div>
      </div>`);
    expect(out).toEqual(PROSE);
  });

  it('does not let a misleading wrapper class hide the article', () => {
    // "sidebar" in a layout class of the wrapper that holds the whole story must not remove the story.
    const out = extract(`<div class="layout-with-sidebar"><div class="body">${article}</div></div>`);
    expect(out).toEqual(PROSE);
  });

  it('drops hidden elements', () => {
    const out = extract(
      `<article>${article}<div style="display:none"><p>${'Hidden text that only appears for screen scrapers and should never be part of the story. '.repeat(2)}</p></div></article>`,
    );
    expect(out).toEqual(PROSE);
  });

  it('removes the headline repeated at the top of the body but keeps subheadings', () => {
    const out = extract(
      `<article><h1>Council expands bus network</h1>${PROSE.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}<h2>What happens next</h2>${PROSE.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`,
      'Council expands bus network',
    );
    expect(out).toEqual([PROSE[0], PROSE[1], 'What happens next', PROSE[2], PROSE[3]]);
  });

  it('cuts a "More stories" section that follows the article inside the same wrapper', () => {
    const out = extract(`<article>${article}
      <div class="block"><h3>More stories</h3>
        <div><p>A completely different story about a football match that ended in a draw after a late penalty in the final minute of play.</p></div>
        <div><p>Another different story about a bakery that has been selling bread in the same corner shop for more than ninety years now.</p></div>
      </div></article>`);
    expect(out).toEqual(PROSE);
  });

  it('keeps one copy of a paragraph printed twice (responsive duplicates, pull quotes)', () => {
    const out = extract(`<article>${article}<p>${PROSE[1]}</p></article>`);
    expect(out).toEqual(PROSE);
  });

  it('keeps a story told in list items', () => {
    const items = PROSE.map((p) => `<li>${p}</li>`).join('');
    expect(extract(`<div class="content"><ul>${items}</ul></div><nav><ul><li><a href="/">Home</a></li></ul></nav>`)).toEqual(PROSE);
  });
});

describe('linearize', () => {
  it('keeps block boundaries so words of adjacent blocks never glue', () => {
    const blocks = linearize(
      bodyOf('<html><body><div>first<div>second</div>third</div><p>a<br>b</p><span>in</span><span>line</span></body></html>'),
    );
    expect(blocks.map((b) => b.text)).toEqual(['first', 'second', 'third', 'a', 'b', 'inline']);
  });

  it('counts link characters per block', () => {
    const [b] = linearize(bodyOf('<html><body><p>Read <a href="/x">this story</a> now</p></body></html>'));
    expect(b!.text).toBe('Read this story now');
    expect(b!.linkChars).toBe('this story'.length);
  });
});

describe('extractContent on older and non-English layouts', () => {
  it('finds text in a table layout with <br>-separated paragraphs and <font> tags', () => {
    const out = extract(`<table><tr>
      <td class="leftnav"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/contact">Contact</a></td>
      <td><font size="2">${PROSE.join('<br><br>')}</font></td>
      <td><a href="/ad">Advertise with us</a></td></tr></table>`);
    expect(out).toEqual(PROSE);
  });

  it('scores CJK prose without spaces', () => {
    const zh = [
      '市议会周二投票决定扩大公交网络，新增十二条线路，将北部郊区与中央车站连接起来，预计明年春天开通。这项计划得到了多数议员的支持。',
      '官员表示，该计划耗资约四千万欧元，资金来自地区基金和老城区停车费的小幅上涨。部分居民对夜间噪音表示担忧。',
    ];
    const out = extract(
      `<nav><ul><li><a href="/">首页</a></li><li><a href="/n">新闻</a></li></ul></nav><div class="article">${zh.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    expect(out).toEqual(zh);
  });
});
