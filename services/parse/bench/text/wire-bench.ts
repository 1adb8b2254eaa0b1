/**
 * End-to-end check of parseText on news stories shaped like wire copy (read-only bench data):
 *   npx tsx --conditions=@newswire/source services/parse/bench/text/wire-bench.ts /work/shared/bench
 * Each story becomes "date YYYY-MM-DD <body>" (header running into the first line, as wire dumps do);
 * a copy gets 1-3 Title-Cased headlines of other stories glued in at sentence boundaries (start, middle,
 * end of paragraphs, or on their own line). Reported: stories whose parsed body equals the body parsed
 * from the clean copy, fragment precision/recall, and sentences removed from clean copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../src/text/parse-text.js';
import { splitSentenceSpans } from '../../src/text/sentences.js';
import { caseCounts, half, loadPool, runShape, SHAPES } from './shapes.js';
import { titleCase } from './title-case.js';

const dir = process.argv[2] ?? '/work/shared/bench';
interface Doc {
  title: string;
  text: string;
  date: string;
}
const docs: Doc[] = [];
for (const f of ['quotes/dev.jsonl', 'geo/dev.jsonl']) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { title?: string; text?: string; date?: string };
    if (o.title && o.text && o.text.length > 400) docs.push({ title: o.title, text: o.text, date: o.date ?? '2018-03-01' });
  }
}

let seed = 7;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

type Half = 'dev' | 'held';
const byHalf = {
  dev: { injected: 0, hits: 0, extra: 0, same: 0, stories: 0, removed: 0, sentences: 0 },
  held: { injected: 0, hits: 0, extra: 0, same: 0, stories: 0, removed: 0, sentences: 0 },
};
const storiesOf: Record<Half, Array<{ title: string; paras: string[]; date: string }>> = { dev: [], held: [] };
let same = 0;
let injected = 0;
let hits = 0;
let extra = 0;
let cleanRemoved = 0;
let sentences = 0;
// Baseline, same stories: the naive rule "a sentence of 3+ words whose words of 4+ letters are all capitalised is a
// headline" (Title-Case detection alone, which is what a simple cleaner does).
const naive = { clean: 0, hits: 0, extra: 0 };
const naiveCuts = (paragraphs: string[]): string[] =>
  paragraphs.flatMap((p) =>
    splitSentenceSpans(p)
      .map((sp) => p.slice(sp.start, sp.end).trim())
      .filter((t) => {
        const words = t.match(/[\p{L}'’-]+/gu) ?? [];
        const long = words.filter((w) => w.length >= 4);
        return words.length >= 3 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
      }),
  );
const bad: string[] = [];
for (const [i, d] of docs.entries()) {
  const paras = d.text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  // Drop a leading copy of the title (the corpora repeat it as the first paragraph).
  if (paras[0] && paras[0].replace(/\W/g, '') === d.title.replace(/\W/g, '')) paras.shift();
  if (paras.length < 2) continue;
  const cleanText = ` date ${d.date} ${paras.join('\n\n')}`;
  const clean = parseText(cleanText);
  const hb = byHalf[half(d.title)];
  storiesOf[half(d.title)].push({ title: d.title, paras, date: d.date });
  hb.stories++;
  const ns = clean.paragraphs.reduce((n, p) => n + splitSentenceSpans(p).length, 0);
  sentences += ns;
  hb.sentences += ns;
  hb.removed += clean.fragments.length;
  cleanRemoved += clean.fragments.length;
  if (process.env.CLEANFP && half(d.title) === 'dev') for (const f of clean.fragments) console.log(`FP ${f.rule}: ${f.text}`);
  const heads: string[] = [];
  const n = 1 + Math.floor(rand() * 3);
  for (let k = 1; k <= n; k++) {
    const o = docs[(i * 31 + k * 17) % docs.length];
    if (o && o !== d) heads.push(`${titleCase(o.title.trim()).replace(/[.!?]*$/, '')}.`);
  }
  const withFrag = [...paras];
  for (const h of heads) {
    const pi = Math.floor(rand() * withFrag.length);
    const p = withFrag[pi] ?? '';
    if (rand() < 0.15) {
      withFrag.splice(pi + 1, 0, h);
      continue;
    }
    const ss = splitSentenceSpans(p).map((s) => p.slice(s.start, s.end));
    // Never before the first sentence of the story: that is where the dateline sits.
    const pos = pi === 0 ? 1 + Math.floor(rand() * ss.length) : Math.floor(rand() * (ss.length + 1));
    ss.splice(pos, 0, h);
    withFrag[pi] = ss.join(' ');
  }
  const got = parseText(` date ${d.date} ${withFrag.join('\n\n')}`);
  const naiveClean = naiveCuts(paras).length;
  naive.clean += naiveClean;
  const naiveGot = naiveCuts(withFrag);
  naive.hits += heads.filter((h) => naiveGot.includes(h)).length;
  naive.extra += naiveGot.filter((t) => !heads.includes(t)).length - naiveClean;
  for (const h of heads) {
    injected++;
    hb.injected++;
    if (got.fragments.some((f) => f.text === h)) {
      hits++;
      hb.hits++;
    }
  }
  const ex = got.fragments.filter((f) => !heads.includes(f.text)).length - clean.fragments.length;
  extra += ex;
  hb.extra += ex;
  if (got.body === clean.body) {
    same++;
    hb.same++;
  } else if (bad.length < 12) {
    const a = clean.body.split('\n\n');
    const b = got.body.split('\n\n');
    const diff = b
      .filter((x) => !a.includes(x))
      .map((x) => `   + ${x.slice(0, 300)}`)
      .concat(a.filter((x) => !b.includes(x)).map((x) => `   - ${x.slice(0, 300)}`));
    bad.push(`${heads.join(' | ')}\n  got: ${JSON.stringify(got.fragments.map((f) => f.text))}\n${diff.join('\n')}`);
  }
}
const total = docs.length;
console.log(
  `stories ${total}; clean copies: ${cleanRemoved} sentences removed of ${sentences} (${((1000 * cleanRemoved) / sentences).toFixed(2)} per 1000)`,
);
console.log(
  `injected ${injected}: recall ${(hits / injected).toFixed(3)}, precision ${(hits / Math.max(1, hits + Math.max(0, extra))).toFixed(3)}; body identical to clean parse: ${same}/${total} (${((100 * same) / total).toFixed(1)}%)`,
);
console.log(
  `baseline (Title-Case sentences cut): clean copies ${naive.clean} removed (${((1000 * naive.clean) / sentences).toFixed(2)} per 1000); recall ${(naive.hits / injected).toFixed(3)}, precision ${(naive.hits / Math.max(1, naive.hits + Math.max(0, naive.extra))).toFixed(3)}`,
);
if (process.env.VERBOSE) console.log(bad.join('\n'));

// Extra lines: the same figures per half (hash of the story title), then other injection shapes
// (see shapes.ts). Recall counts a headline as found when a removed fragment holds it and nothing but
// injected text; "identical" ignores whitespace.
const fmt = (x: number): string => x.toFixed(3);
for (const h of ['dev', 'held'] as const) {
  const b = byHalf[h];
  console.log(
    `[${h.padEnd(4)}] ${'original (title-case)'.padEnd(26)} stories ${b.stories}; clean: ${b.removed} removed of ${b.sentences} (${((1000 * b.removed) / b.sentences).toFixed(2)} per 1000); injected ${b.injected}: recall ${fmt(b.hits / b.injected)}, precision ${fmt(b.hits / Math.max(1, b.hits + Math.max(0, b.extra)))}; identical ${b.same}/${b.stories}`,
  );
}
const pool = loadPool(dir);
const counts = caseCounts([...docs.map((d) => d.text), ...pool]);
const only = process.env.SHAPE;
const misses = process.env.MISSES; // dev half only: never read held-out misses
for (const h of ['dev', 'held'] as const) {
  const hp = pool.filter((t) => half(t) === h);
  const tot = { injected: 0, hits: 0, extra: 0, same: 0, stories: 0 };
  for (const [si, shape] of SHAPES.entries()) {
    if (only && !shape.name.startsWith(only)) continue;
    const r = runShape(shape, storiesOf[h], hp, counts, 1000 + si);
    tot.injected += r.injected;
    tot.hits += r.hits;
    tot.extra += r.extra;
    tot.same += r.same;
    tot.stories += r.stories;
    console.log(
      `[${h.padEnd(4)}] ${shape.name.padEnd(26)} injected ${String(r.injected).padStart(3)}: recall ${fmt(r.hits / r.injected)}, precision ${fmt(r.hits / Math.max(1, r.hits + r.extra))}; identical ${r.same}/${r.stories}`,
    );
    if (misses && h === 'dev') console.log(r.misses.map((m) => `   MISS ${m}`).join('\n'));
  }
  console.log(
    `[${h.padEnd(4)}] ${'ALL SHAPES'.padEnd(26)} injected ${String(tot.injected).padStart(3)}: recall ${fmt(tot.hits / tot.injected)}, precision ${fmt(tot.hits / Math.max(1, tot.hits + tot.extra))}; identical ${tot.same}/${tot.stories}`,
  );
}
