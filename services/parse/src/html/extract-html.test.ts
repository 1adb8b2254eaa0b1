import { parsedArticleSchema } from '@newswire/contracts';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';

const PROSE = [
  'The city council voted on Tuesday to expand the bus network, adding twelve routes that will connect the northern suburbs with the central station by next spring.',
  'Officials said the plan, which costs about 40 million euros, would be paid for by a mix of regional funds and a small increase in parking fees in the old town.',
  'Residents who spoke at the meeting were divided, with some welcoming faster commutes and others worried about noise on narrow residential streets at night.',
];
const NOW = new Date('2024-06-01T00:00:00Z');

describe('extractHtml', () => {
  it('returns a valid ParsedArticle with body, metadata and provenance', () => {
    const html = `<!doctype html><html lang="en"><head>
      <title>Council expands bus network - Example News</title>
      <meta property="og:title" content="Council expands bus network">
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2023-12-20T09:30:00+01:00">
      </head><body>
      <nav><a href="/">Home</a><a href="/local">Local</a></nav>
      <article><h1>Council expands bus network</h1><p class="byline">By Jane Doe</p>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <div class="social-share"><a href="#">Share on Facebook</a></div></article>
      <footer>© Example News</footer></body></html>`;
    const a = extractHtml(html, { url: 'https://example.com/local/buses', now: NOW });
    expect(() => parsedArticleSchema.parse(a)).not.toThrow();
    expect(a.format).toBe('html');
    expect(a.title).toBe('Council expands bus network');
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.body).toBe(PROSE.join('\n\n'));
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.publishedAt).toBe('2023-12-20T09:30:00+01:00');
    expect(a.siteName).toBe('Example News');
    expect(a.language).toBe('en');
    expect(a.url).toBe('https://example.com/local/buses');
    expect(a.fragments).toEqual([]);
    expect(a.dateline).toBeNull();
    expect(a.provenance['body']?.rule).toBe('dom.density');
    expect(a.provenance['title']?.rule).toBe('dom.h1');
  });

  it('falls back to the JSON-LD articleBody when the page shows only a teaser', () => {
    const body = PROSE.join('\n');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Buses', articleBody: body })}</script></head>
      <body><article><p>${PROSE[0]}</p><div class="paywall">Subscribe to read the full story.</div></article></body></html>`;
    const a = extractHtml(html, { now: NOW });
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.provenance['body']?.rule).toBe('jsonld.articleBody');
  });

  it('uses a complete JSON-LD articleBody to drop short inline promos the DOM kept', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: PROSE.join(' ') })}</script></head>
      <body><article><p>${PROSE[0]}</p><p>Watch our video explainer about buses now</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;
    const a = extractHtml(html, { now: NOW });
    expect(a.paragraphs).toEqual(PROSE);
    expect(a.provenance['body']?.rule).toBe('dom+jsonld-filter');
  });

  it('never glues words across block boundaries', () => {
    const a = extractHtml(`<html><body><div class="content"><p>${PROSE[0]}</p><div>${PROSE[1]}<br>${PROSE[2]}</div></div></body></html>`);
    expect(a.body).toContain('spring.\n\nOfficials');
    expect(a.body).toContain('town.\n\nResidents');
  });

  it('returns an empty body with a warning for a page without text', () => {
    const a = extractHtml('<html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    expect(a.body).toBe('');
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings).toEqual(['no main text found']);
    expect(a.title).toBe('Empty');
  });
});

describe('extractHtml standfirst', () => {
  const page = (
    dekClass: string,
    description: string,
  ): string => `<html><head><meta name="description" content="${description}"></head><body>
    <header><h1>Council expands bus network</h1><p class="${dekClass}">Twelve new routes will link the suburbs with the station.</p></header>
    <article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('prepends the dek printed between headline and body when it repeats the page description', () => {
    const a = extractHtml(page('article-dek', 'Twelve new routes will link the suburbs with the station.'));
    expect(a.paragraphs).toEqual(['Twelve new routes will link the suburbs with the station.', ...PROSE]);
  });

  it('recovers the dek from a <header> inside the story container', () => {
    const dek = 'Twelve new routes will link the suburbs with the station.';
    const html = `<html><head><meta name="description" content="${dek}"></head><body>
      <article><header><h1>Council expands bus network</h1><div class="content-header-dek">${dek}</div></header>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const a = extractHtml(html);
    expect(a.paragraphs).toEqual([dek, ...PROSE]);
  });

  it('takes an undeclared dek when its class names a standfirst and it sits right under the headline', () => {
    const dek = 'Twelve new routes will link the suburbs with the station.';
    const body = PROSE.map((p) => `<p>${p}</p>`).join('');
    const at = (cls: string, between = ''): string =>
      `<html><head><meta name="description" content="A page about buses."></head><body><article><header>
      <h1>Council expands bus network</h1>${between}<h2 class="${cls}">${dek}</h2></header>${body}</article></body></html>`;
    expect(extractHtml(at('sub-headline')).paragraphs).toEqual([dek, ...PROSE]);
    // "summary" also names related-story cards: not enough on its own.
    expect(extractHtml(at('story-summary')).paragraphs).toEqual(PROSE);
    // Far below the headline it is not the standfirst.
    const far = '<p>Line one.</p><p>Line two.</p><p>Line three.</p><p>Line four.</p><p>Line five.</p>';
    expect(extractHtml(at('sub-headline', `<div class="meta">${far}</div>`)).paragraphs[0]).not.toBe(dek);
  });

  it('leaves out header text that is not the declared description unless its class names a standfirst', () => {
    const a = extractHtml(page('article-summary', 'Something else entirely, written for search engines.'));
    expect(a.paragraphs).toEqual(PROSE);
  });
});

describe('extractHtml robustness', () => {
  it('handles pages nested thousands of elements deep without overflowing the stack', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PROSE[0]}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractHtml(html).paragraphs).toEqual([PROSE[0]]);
  });

  it('treats a fragment without <body> as the body', () => {
    expect(extractHtml(`<p>${PROSE[0]}</p><p>${PROSE[1]}</p>`).paragraphs).toEqual([PROSE[0], PROSE[1]]);
    expect(extractHtml('').paragraphs).toEqual([]);
  });
});

describe('extractHtml dateline', () => {
  it('reports a wire dateline found at the start of the first paragraph and keeps the body intact', () => {
    const first = `ATLANTA (AP) — ${PROSE[0]}`;
    const a = extractHtml(
      `<html><head><meta property="article:published_time" content="2023-12-17T10:00:00Z"></head><body><article><p>${first}</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`,
      { now: NOW },
    );
    expect(a.dateline?.place).toBe('Atlanta');
    expect(a.dateline?.agency).toBe('AP');
    expect(a.paragraphs[0]).toBe(first);
    expect(a.provenance['dateline']?.rule).toBe('text.first-paragraph');
  });

  it('leaves the dateline empty for ordinary prose', () => {
    expect(extractHtml(`<html><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`).dateline).toBeNull();
  });
});

describe('extractHtml on pages in other languages', () => {
  const FR = [
    "Le trafic ferroviaire sera fortement perturbé lundi en raison d'un mouvement de grève à l'appel de plusieurs syndicats, a annoncé la direction dimanche soir.",
    'Seul un train sur deux circulera sur les grandes lignes, et les trains régionaux seront également touchés dans la plupart des régions, selon les prévisions.',
    "« Nous demandons une revalorisation des salaires à la hauteur de l'inflation », a déclaré un représentant syndical lors d'une conférence de presse.",
  ];
  it('drops share bars and newsletter prompts written in French, keeps the story, its byline and its date', () => {
    const a = extractHtml(
      `<html lang="fr"><head><title>Grève : trafic perturbé lundi - Le Quotidien</title></head><body>
      <div id="menu"><a href="/">Accueil</a> <a href="/politique">Politique</a></div>
      <div class="article"><h1>Grève : trafic perturbé lundi</h1><div class="infos">Par Claire Martin<br>Publié le 3 mars 2024 à 14h30</div>
      ${FR.map((p) => `<p>${p}</p>`).join('')}
      <div class="partage">Partager sur Facebook Partager sur Twitter</div>
      <div class="encart">Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.</div></div>
      <div class="lire-aussi"><h3>À lire aussi</h3><a href="/x">Les prix de l'énergie en hausse</a></div></body></html>`,
      { now: NOW },
    );
    expect(a.paragraphs).toEqual(FR);
    expect(a.authors).toEqual(['Claire Martin']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-03');
    expect(a.language).toBe('fr');
  });
});
