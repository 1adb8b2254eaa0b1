/**
 * Measures the headline-fragment remover on real news prose (read-only bench data, never copied):
 *   npx tsx --conditions=@newswire/source services/parse/bench/text/fragment-bench.ts /work/shared/bench
 * Clean run: every sentence removed from untouched articles is a false positive.
 * Injected run: headlines of *other* articles, Title-Cased (AP style) as teaser widgets print them, are
 * glued into paragraphs at the start, middle or end; a hit is an exact removal of the injected text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lowercaseVocabulary, removeFragments } from '../../src/text/fragments.js';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { splitSentenceSpans } from '../../src/text/sentences.js';
import { titleCase } from './title-case.js';

const dir = process.argv[2] ?? '/work/shared/bench';
const limitArg = Number(process.argv[3] ?? '0');

interface Doc {
  title: string;
  text: string;
  source: string;
}

function load(): Doc[] {
  const docs: Doc[] = [];
  const naeb = JSON.parse(readFileSync(join(dir, 'naeb/articles.json'), 'utf8')) as Record<
    string,
    { title?: string; articleBody?: string }
  >;
  for (const v of Object.values(naeb)) if (v.title && v.articleBody) docs.push({ title: v.title, text: v.articleBody, source: 'naeb' });
  for (const f of ['quotes/dev.jsonl', 'geo/dev.jsonl']) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as { title?: string; text?: string };
      if (o.title && o.text) docs.push({ title: o.title, text: o.text, source: f.split('/')[0] ?? f });
    }
  }
  return docs;
}

let seed = 42;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function sentencesOf(p: string): string[] {
  return splitSentenceSpans(p).map((s) => p.slice(s.start, s.end));
}

const docs = load().filter((d) => /\b(the|and|of)\b/.test(d.text));
const sample = limitArg > 0 ? docs.slice(0, limitArg) : docs;
let sentences = 0;
let falseRemovals = 0;
const fpExamples: string[] = [];
let injected = 0;
let hits = 0;
let injectedFp = 0;
const misses: string[] = [];
const t0 = Date.now();
for (const [di, d] of sample.entries()) {
  const paragraphs = splitParagraphs(d.text).filter((p) => p.split(' ').length >= 12);
  if (paragraphs.length === 0) continue;
  sentences += paragraphs.reduce((n, p) => n + sentencesOf(p).length, 0);
  const clean = removeFragments(paragraphs);
  falseRemovals += clean.fragments.length;
  for (const f of clean.fragments)
    if (fpExamples.length < 80) fpExamples.push(`[${d.source}] ${f.rule.replace('text.fragment.', '')}: ${f.text}`);

  // Inject 1-2 headlines of other articles (Title Case, full stop), at the start / middle / end of a paragraph.
  const other = sample[(di * 7 + 13) % sample.length];
  const other2 = sample[(di * 11 + 29) % sample.length];
  const heads = [other, other2]
    .filter((o): o is Doc => !!o && o !== d)
    .map((o) => {
      const h = titleCase(o.title.trim()).replace(/[.!?]*$/, '');
      return rand() < 0.5 ? `${h}.` : `${h}.`;
    });
  const withFrag = [...paragraphs];
  const expected: Array<{ p: number; text: string }> = [];
  for (const h of heads.slice(0, rand() < 0.5 ? 1 : 2)) {
    const pi = Math.floor(rand() * withFrag.length);
    const ss = sentencesOf(withFrag[pi] ?? '');
    const pos = Math.floor(rand() * (ss.length + 1));
    ss.splice(pos, 0, h);
    withFrag[pi] = ss.join(' ');
    expected.push({ p: pi, text: h });
  }
  const vocab = lowercaseVocabulary(withFrag.join('\n'));
  const res = removeFragments(withFrag, { vocab });
  for (const e of expected) {
    injected++;
    if (res.fragments.some((f) => f.text === e.text)) hits++;
    else if (misses.length < 60) {
      const got = res.fragments.filter((f) => f.paragraph === e.p).map((f) => f.text);
      misses.push(
        process.env.VERBOSE === '2' ? `${e.text}\n   got: ${JSON.stringify(got)}\n   in: ${withFrag[e.p]?.slice(0, 600)}` : e.text,
      );
    }
  }
  injectedFp += res.fragments.filter((f) => !expected.some((e) => e.text === f.text)).length;
}
const ms = Date.now() - t0;
const removed = hits + injectedFp;
console.log(`docs ${sample.length}, sentences ${sentences}, ${ms} ms`);
console.log(
  `clean articles: ${falseRemovals} sentences removed (false positives), ${((1000 * falseRemovals) / sentences).toFixed(2)} per 1000 sentences`,
);
console.log(
  `injected: ${injected}, removed exactly ${hits} -> recall ${(hits / injected).toFixed(3)}; other removals ${injectedFp} -> precision ${(hits / Math.max(1, removed)).toFixed(3)}`,
);
if (process.env.VERBOSE) {
  console.log('\nFALSE POSITIVES:\n' + fpExamples.join('\n'));
  console.log('\nMISSES:\n' + misses.join('\n'));
}
