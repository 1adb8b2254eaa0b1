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

let same = 0;
let injected = 0;
let hits = 0;
let extra = 0;
let cleanRemoved = 0;
let sentences = 0;
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
  sentences += clean.paragraphs.reduce((n, p) => n + splitSentenceSpans(p).length, 0);
  cleanRemoved += clean.fragments.length;
  if (process.env.CLEANFP) for (const f of clean.fragments) console.log(`FP ${f.rule}: ${f.text}`);
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
  for (const h of heads) {
    injected++;
    if (got.fragments.some((f) => f.text === h)) hits++;
  }
  extra += got.fragments.filter((f) => !heads.includes(f.text)).length - clean.fragments.length;
  if (got.body === clean.body) same++;
  else if (bad.length < 12) {
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
if (process.env.VERBOSE) console.log(bad.join('\n'));
