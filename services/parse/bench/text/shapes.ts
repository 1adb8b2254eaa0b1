/**
 * Injection shapes for the wire bench: the ways an unseen test could glue related headlines into wire
 * copy. Stories and the headline pool are each split in two halves by a hash of their title: develop on
 * `dev`, report `held` as held-out (never look at its misses).
 *
 * Headline pool: titles of quotes (train+dev), geo (dev + TR-News) and naeb articles, other than the story's
 * own. Casing: "published" (as the source printed it), "title" (AP-style Title Case) or "sentence"
 * (capitalised words lower-cased when the corpus mostly writes them in lower case, so names keep capitals).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/text/parse-text.js';
import { splitSentenceSpans } from '../../src/text/sentences.js';
import { titleCase } from './title-case.js';

export interface Story {
  title: string;
  paras: string[];
  date: string;
}

type Casing = 'title' | 'sentence' | 'published' | 'mixed';

export interface Shape {
  name: string;
  casing: Casing;
  /** Probability of a final period (kept when the title already ends in ? or !). */
  period: number;
  /** Pool filter on the raw title. */
  pool?: (t: string) => boolean;
  /** Joiners between the fragment and its neighbours: picked at random per fragment. */
  joins?: string[];
  /** How many headlines in a row at one place. */
  run?: [number, number];
  /** Only between two sentences of one paragraph. */
  middle?: boolean;
  /** Headlines of a story that shares the most names with this one. */
  topic?: boolean;
}

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

export const SHAPES: Shape[] = [
  { name: 'title-case, period', casing: 'title', period: 1 },
  { name: 'sentence case, period', casing: 'sentence', period: 1 },
  { name: 'as published, period', casing: 'published', period: 1 },
  { name: 'mixed case, no period', casing: 'mixed', period: 0 },
  { name: 'quotes/colon/number/?', casing: 'mixed', period: 0.5, pool: (t) => /[:"“”‘’'?!\d]/.test(t) },
  { name: 'short (3-5 words)', casing: 'mixed', period: 0.5, pool: (t) => words(t) >= 3 && words(t) <= 5 },
  { name: 'long (12+ words)', casing: 'mixed', period: 0.5, pool: (t) => words(t) >= 12 },
  { name: 'no space / double space', casing: 'mixed', period: 0.7, joins: ['', '  '] },
  { name: 'several in a row', casing: 'mixed', period: 0.7, run: [2, 3] },
  { name: 'between two sentences', casing: 'mixed', period: 0.5, middle: true },
  { name: 'same topic', casing: 'mixed', period: 0.5, topic: true },
];

/** FNV-1a: the half a story or headline belongs to. */
export function half(s: string): 'dev' | 'held' {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'held';
}

export function loadPool(dir: string): string[] {
  const titles = new Set<string>();
  for (const f of ['quotes/train.jsonl', 'quotes/dev.jsonl', 'geo/dev.jsonl', 'geo/trnews.jsonl']) {
    for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const o = JSON.parse(l) as { title?: string };
      if (o.title) titles.add(o.title.replace(/\s+/g, ' ').trim());
    }
  }
  const naeb = JSON.parse(readFileSync(join(dir, 'naeb/articles.json'), 'utf8')) as Record<string, { title?: string }>;
  for (const v of Object.values(naeb)) if (v.title) titles.add(v.title.replace(/\s+/g, ' ').trim());
  // Headline-like: has lower case (not an all-caps shout), 3 to 30 words, latin script.
  return [...titles].filter(
    (t) => /\p{Ll}/u.test(t) && words(t) >= 3 && words(t) <= 30 && !/[^\p{Script=Latin}\p{P}\p{N}\p{S}\s]/u.test(t),
  );
}

/** Corpus counts: how often each word is written in lower case vs capitalised mid-sentence. */
export function caseCounts(texts: string[]): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  for (const t of texts) {
    for (const x of t.matchAll(/(?<=[\p{L},;'"”’)] )\p{L}[\p{L}'’-]*/gu)) {
      const w = x[0];
      const k = w.toLowerCase();
      const c = m.get(k) ?? [0, 0];
      if (/^\p{Ll}/u.test(w)) c[0]++;
      else if (/^\p{Lu}\p{Ll}/u.test(w)) c[1]++;
      m.set(k, c);
    }
  }
  return m;
}

export function sentenceCase(t: string, counts: Map<string, [number, number]>): string {
  return t
    .split(' ')
    .map((w, i) => {
      if (i === 0) return w.replace(/^(["'‘“(]?)(\p{Ll})/u, (_m, p: string, c: string) => p + c.toUpperCase());
      // A capital "A" inside a headline is the article.
      if (w === 'A' || w === 'An') return w.toLowerCase();
      const m = /^(["'‘“(]?)(\p{Lu}\p{Ll}[\p{L}'’-]*)(.*)$/u.exec(w);
      if (!m) return w;
      // After a colon or question mark a new clause starts capitalised.
      if (/[:?!]$/.test(t.split(' ')[i - 1] ?? '')) return w;
      const core = (m[2] ?? '').replace(/['’]s$/, '');
      const c = counts.get(core.toLowerCase());
      return c && c[0] > c[1] ? `${m[1]}${(m[2] ?? '').toLowerCase()}${m[3]}` : w;
    })
    .join(' ');
}

export interface ShapeResult {
  injected: number;
  hits: number;
  extra: number;
  same: number;
  stories: number;
  misses: string[];
}

function capsOf(s: string): Set<string> {
  return new Set([...s.matchAll(/(?<=\s)\p{Lu}\p{Ll}{2,}/gu)].map((m) => m[0]));
}

/** Runs one shape over stories; `pool` holds headlines of the same half. */
export function runShape(
  shape: Shape,
  stories: Story[],
  pool: string[],
  counts: Map<string, [number, number]>,
  seed0: number,
): ShapeResult {
  let seed = seed0;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const basePool = pool.filter((t) => !shape.pool || shape.pool(t));
  const poolCaps = shape.topic ? basePool.map(capsOf) : [];
  const r: ShapeResult = { injected: 0, hits: 0, extra: 0, same: 0, stories: 0, misses: [] };
  for (const d of stories) {
    const candidates = basePool.filter((t) => t !== d.title);
    if (candidates.length === 0) continue;
    const n = 1 + Math.floor(rand() * 2);
    let raw: string[];
    if (shape.topic) {
      const caps = capsOf(` ${d.paras.join(' ')}`);
      const scored = basePool
        .map((t, i) => ({ t, s: [...(poolCaps[i] ?? [])].filter((c) => caps.has(c)).length }))
        .filter((x) => x.t !== d.title && x.s > 0)
        .sort((a, b) => b.s - a.s);
      raw = scored.slice(0, 6).map((x) => x.t);
      if (raw.length === 0) continue;
      raw = Array.from({ length: n }, () => pick(raw));
      raw = [...new Set(raw)];
    } else raw = [...new Set(Array.from({ length: n }, () => pick(candidates)))];
    const heads = raw.map((t) => {
      const casing = shape.casing === 'mixed' ? (rand() < 0.5 ? 'title' : 'sentence') : shape.casing;
      let h = casing === 'title' ? titleCase(t) : casing === 'sentence' ? sentenceCase(t, counts) : t;
      if (/[?!]["'”’]?$/.test(h)) return h;
      h = h.replace(/[.;,:]+$/, '');
      return rand() < shape.period ? `${h}.` : h;
    });
    const clean = parseText(` date ${d.date} ${d.paras.join('\n\n')}`);
    const withFrag = [...d.paras];
    const groups: string[][] = [];
    if (shape.run) {
      const [lo, hi] = shape.run;
      const k = lo + Math.floor(rand() * (hi - lo + 1));
      const g = [...heads];
      while (g.length < k) g.push(sentenceOrTitle(pick(candidates), rand, counts));
      groups.push(g);
    } else for (const h of heads) groups.push([h]);
    const all = groups.flat();
    for (const g of groups) {
      const join = (): string => (shape.joins ? pick(shape.joins) : ' ');
      const text = g.reduce((acc, h, i) => (i === 0 ? h : acc + join() + h), '');
      const spans = withFrag.map((p) => splitSentenceSpans(p).length);
      let pi = Math.floor(rand() * withFrag.length);
      if (shape.middle) {
        const ok = spans.map((c, i) => (c >= 2 ? i : -1)).filter((i) => i >= 0);
        if (ok.length === 0) break;
        pi = pick(ok);
      }
      const p = withFrag[pi] ?? '';
      if (!shape.middle && rand() < 0.15) {
        withFrag.splice(pi + 1, 0, text);
        continue;
      }
      const ss = splitSentenceSpans(p).map((s) => p.slice(s.start, s.end));
      // Never before the first sentence of the story: that is where the dateline sits.
      const pos = shape.middle
        ? 1 + Math.floor(rand() * (ss.length - 1))
        : pi === 0
          ? 1 + Math.floor(rand() * ss.length)
          : Math.floor(rand() * (ss.length + 1));
      const before = ss.slice(0, pos).join(' ');
      const after = ss.slice(pos).join(' ');
      withFrag[pi] = (before ? before + join() : '') + text + (after ? join() + after : '');
    }
    const got = parseText(` date ${d.date} ${withFrag.join('\n\n')}`);
    r.stories++;
    // A removed fragment is pure when it is made of injected headlines only (a run may come out as one cut).
    const pure = (f: string): boolean =>
      all
        .flatMap((h) => [h, ...splitSentenceSpans(h).map((sp) => h.slice(sp.start, sp.end))])
        .reduce((s, h) => s.split(h).join(''), f)
        .trim() === '';
    for (const h of all) {
      r.injected++;
      // A headline of two sentences may come out as two fragments: each piece must be in a pure one.
      const pieces = splitSentenceSpans(h).map((sp) => h.slice(sp.start, sp.end));
      if (pieces.every((x) => got.fragments.some((f) => f.text.includes(x) && pure(f.text)))) r.hits++;
      else if (r.misses.length < 400) {
        const para = withFrag.find((p) => p.includes(h)) ?? '';
        const at = para.indexOf(h);
        const ctx = `${para.slice(Math.max(0, at - 60), at)}[[${h}]]${para.slice(at + h.length, at + h.length + 60)}`;
        r.misses.push(`${h}\n      in: ${ctx}\n      got: ${JSON.stringify(got.fragments.map((f) => f.text))}`);
      }
    }
    const impure = got.fragments.filter((f) => !pure(f.text));
    r.extra += Math.max(0, impure.length - clean.fragments.length);
    for (const f of impure) if (!clean.fragments.some((c) => c.text === f.text)) r.misses.push(`EXTRA ${f.rule}: ${f.text}`);
    if (got.body.replace(/\s+/g, '') === clean.body.replace(/\s+/g, '')) r.same++;
  }
  return r;
}

function sentenceOrTitle(t: string, rand: () => number, counts: Map<string, [number, number]>): string {
  const h = (rand() < 0.5 ? titleCase(t) : sentenceCase(t, counts)).replace(/[.;,:]+$/, '');
  return /[?!]["'”’]?$/.test(h) ? h : `${h}.`;
}
