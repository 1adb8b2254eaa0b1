/**
 * Quote benchmark on PolNeAR (`<data>/quotes/dev.jsonl`, see its README).
 *
 * Scored: direct quotes: >= 90 % of the content's letters/digits inside quotation marks. Two conventions:
 * - 'any' (printed first): verbatim speech inside any quotation-mark convention is a direct quote, as for users. The gold's `quoted` share counts only “…”, "…", «…» (README), so NYT archive texts quoting with
 *   two apostrophes (''…'', 116 of 840 train and 7 of 84 dev articles) have all their quotes labelled indirect;
 *   here the share inside ''…'' pairs (paired in order within a line, by this file, not by the extractor) is
 *   added before the 0.9 threshold. The shipped extractor defaults are scored.
 * - 'double' (--marks double): the gold file as shipped (the holdout's convention), against the extractor with
 *   ''…'' and ‘…’ turned off (direct.twoApostrophes = false, direct.singleMarks = false), so both sides count the
 *   same marks as quotation marks. The target is stated on this file, so this is its figure; the 'any'
 *   line is what the shipped defaults give users, against a gold recomputed the same way.
 * A prediction matches a gold quote when their character overlap is >= 0.9, where overlap counts only letters
 * and digits (so quote marks, spaces and punctuation at the edges do not matter) and is divided by the LARGER
 * of the two sizes: |P ∩ G| / max(|P|, |G|). A huge predicted span therefore cannot match a small gold span,
 * nor a small prediction a huge gold one. Spans are whole ranges: a split quote ("…," he said, "…") is one gold
 * relation from its first to its last fragment, and one prediction.
 * Matching is one-to-one, greedy by overlap.
 * Speaker correct (over matched pairs whose gold has a speaker): the predicted speaker span overlaps the gold
 * speaker span (any fragment), or the predicted speakerEntity equals the entity of a mention overlapping the
 * gold speaker span (needs mentions).
 * Also reported, unscored by the targets: indirect speech (gold not direct, partial quotes included)
 * recall/precision at overlap >= 0.5.
 *
 * Run: npx tsx --conditions=@newswire/source services/enrich/bench/quotes.ts --data /work/shared/bench [--split dev]
 *        [--marks any|double] (default: both lines, 'any' first)
 * Error lists and speed: bench/quotes-dump.ts (misses and false hits with context; tokens/s with --speed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Quote } from '@newswire/contracts';
import { extractQuotes, type EntityMention, type ExtractQuotesOptions } from '../src/quotes/extract-quotes.js';

export interface GoldQuote {
  speaker: string | null;
  speakerSpan: [number, number] | null;
  speakerFragments?: Array<[number, number]>;
  cue: string | null;
  content: string;
  contentSpan: [number, number];
  contentFragments?: Array<[number, number]>;
  direct: boolean;
  quoted: number;
}

export interface GoldDoc {
  doc: string;
  text: string;
  quotes: GoldQuote[];
}

export interface QuoteScores {
  docs: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose gold quote has a speaker. */
  speakerJudged: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  indirect: {
    gold: number;
    predicted: number;
    matchedGold: number;
    matchedPred: number;
    precision: number;
    recall: number;
    /** Matched pairs with a gold speaker whose predicted speaker is correct. */
    speakerJudged: number;
    speakerCorrect: number;
  };
}

export type MarkConvention = 'any' | 'double';

export interface BenchOptions {
  mentions?: (text: string) => EntityMention[];
  /** Which quotation marks make a quote direct (see the file comment); default 'any'. */
  marks?: MarkConvention;
  split?: 'dev' | 'train';
  extract?: ExtractQuotesOptions;
  /** Keep per-document errors for inspection. */
  onDoc?: (doc: GoldDoc, predicted: Quote[], matches: Array<[number, number]>) => void;
}

/** Letters/digits positions in `[s, e)`. */
function alnum(text: string, s: number, e: number): number {
  let n = 0;
  for (let i = Math.max(0, s); i < Math.min(text.length, e); i++) if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) n++;
  return n;
}

/** |P ∩ G| / max(|P|, |G|) counted on letters and digits. */
export function spanOverlap(text: string, p: [number, number], g: [number, number]): number {
  const a = alnum(text, p[0], p[1]);
  const b = alnum(text, g[0], g[1]);
  const inter = alnum(text, Math.max(p[0], g[0]), Math.min(p[1], g[1]));
  const d = Math.max(a, b);
  return d === 0 ? 0 : inter / d;
}

/** One-to-one greedy matching of predicted to gold spans with overlap >= threshold. Returns [pred, gold] pairs. */
export function matchSpans(
  text: string,
  pred: Array<[number, number]>,
  gold: Array<[number, number]>,
  threshold: number,
): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (p[0] >= g[1] || g[0] >= p[1]) return;
      const o = spanOverlap(text, p, g);
      if (o >= threshold) pairs.push([i, j, o]);
    }),
  );
  pairs.sort((x, y) => y[2] - x[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Whether the predicted speaker is the gold one (span overlap, or same resolved entity). */
export function speakerCorrect(pred: Quote, gold: GoldQuote, mentions: EntityMention[]): boolean {
  const frags = gold.speakerFragments ?? (gold.speakerSpan ? [gold.speakerSpan] : []);
  const ps = pred.speakerSpan;
  if (ps && frags.some(([s, e]) => ps[0] < e && s < ps[1])) return true;
  if (!pred.speakerEntity) return false;
  const ents = mentions.filter((m) => frags.some(([s, e]) => m.start < e && s < m.end)).map((m) => m.entity);
  return ents.includes(pred.speakerEntity);
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreDocs(docs: GoldDoc[], opts: BenchOptions = {}): QuoteScores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let judged = 0;
  let correct = 0;
  const ind = { gold: 0, predicted: 0, matchedGold: 0, matchedPred: 0, speakerJudged: 0, speakerCorrect: 0 };
  for (const doc of docs) {
    const mentions = opts.mentions ? opts.mentions(doc.text) : [];
    const quotes = extractQuotes(doc.text, mentions, opts.extract);
    const pd = quotes.filter((q) => q.direct);
    const gd = doc.quotes.filter((q) => q.direct);
    const pairs = matchSpans(
      doc.text,
      pd.map((q) => q.span),
      gd.map((q) => q.contentSpan),
      0.9,
    );
    gold += gd.length;
    predicted += pd.length;
    matched += pairs.length;
    for (const [i, j] of pairs) {
      const g = gd[j];
      const p = pd[i];
      if (!g || !p || !g.speakerSpan) continue;
      judged++;
      if (speakerCorrect(p, g, mentions)) correct++;
    }
    opts.onDoc?.(doc, pd, pairs);
    const pi = quotes.filter((q) => !q.direct);
    const gi = doc.quotes.filter((q) => !q.direct);
    const ip = matchSpans(
      doc.text,
      pi.map((q) => q.span),
      gi.map((q) => q.contentSpan),
      0.5,
    );
    ind.gold += gi.length;
    ind.predicted += pi.length;
    ind.matchedGold += ip.length;
    ind.matchedPred += ip.length;
    for (const [i, j] of ip) {
      const g = gi[j];
      const p = pi[i];
      if (!g || !p || !g.speakerSpan) continue;
      ind.speakerJudged++;
      if (speakerCorrect(p, g, mentions)) ind.speakerCorrect++;
    }
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  return {
    docs: docs.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: f1(precision, recall),
    speakerJudged: judged,
    speakerCorrect: correct,
    speakerAccuracy: judged ? correct / judged : 0,
    indirect: {
      ...ind,
      precision: ind.predicted ? ind.matchedPred / ind.predicted : 0,
      recall: ind.gold ? ind.matchedGold / ind.gold : 0,
    },
  };
}

/** Letters/digits of `text` in `[s, e)` that lie inside ''…'' pairs: the `''` (or `'''`) of a line paired in order. */
function insideTwoApostrophes(text: string, s: number, e: number): number {
  let n = 0;
  let ls = text.lastIndexOf('\n', s - 1) + 1;
  while (ls < e) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const marks = [...text.slice(ls, le).matchAll(/'{2,3}/gu)];
    for (let k = 0; k + 1 < marks.length; k += 2) {
      const a = ls + (marks[k]?.index ?? 0) + (marks[k]?.[0].length ?? 0);
      const b = ls + (marks[k + 1]?.index ?? 0);
      n += alnum(text, Math.max(a, s), Math.min(b, e));
    }
    ls = le + 1;
  }
  return n;
}

/**
 * The gold with `direct` recomputed for any quotation-mark convention: the README's `quoted` share (double marks)
 * plus the share inside ''…'' pairs, direct at >= 0.9 as in the README. Nothing else changes.
 */
export function withAnyQuoteMarks(doc: GoldDoc): GoldDoc {
  if (!doc.text.includes("''")) return doc;
  const quotes = doc.quotes.map((q) => {
    const frags = q.contentFragments ?? [q.contentSpan];
    const total = frags.reduce((n, [a, b]) => n + alnum(doc.text, a, b), 0);
    if (total === 0) return q;
    const apos = frags.reduce((n, [a, b]) => n + insideTwoApostrophes(doc.text, a, b), 0);
    const quoted = Math.min(1, q.quoted + apos / total);
    return { ...q, quoted, direct: quoted >= 0.9 };
  });
  return { ...doc, quotes };
}

export function loadDocs(file: string, marks: MarkConvention = 'any'): GoldDoc[] {
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDoc);
  return marks === 'any' ? docs.map(withAnyQuoteMarks) : docs;
}

/** Extractor options that find only what a convention calls a quote. */
export const extractOptionsFor = (marks: MarkConvention): ExtractQuotesOptions =>
  marks === 'any' ? {} : { direct: { singleMarks: false, twoApostrophes: false } };

/** Loads `extractEntities` when the NER module exists; otherwise no mentions. */
export async function loadMentionFinder(): Promise<((text: string) => EntityMention[]) | undefined> {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = ['../src/entities/extract-entities.ts', '../src/entities/extract-entities.js'];
  if (!candidates.some((c) => existsSync(join(here, c)))) return undefined;
  const mod = (await import('../src/entities/extract-entities.js')) as {
    extractEntities?: (text: string, opts?: { title?: string }) => { mentions: EntityMention[] };
  };
  const fn = mod.extractEntities;
  return fn ? (text: string) => fn(text).mentions : undefined;
}

export async function benchQuotes(
  dataDir: string,
  opts: BenchOptions = {},
): Promise<QuoteScores & { split: string; marks: MarkConvention; withMentions: boolean }> {
  const split = opts.split ?? 'dev';
  const marks = opts.marks ?? 'any';
  const docs = loadDocs(join(dataDir, 'quotes', `${split}.jsonl`), marks);
  const base = extractOptionsFor(marks);
  const extract = { ...base, ...opts.extract, direct: { ...base.direct, ...opts.extract?.direct } };
  const scores = scoreDocs(docs, { ...opts, extract });
  return { ...scores, split, marks, withMentions: opts.mentions !== undefined };
}

const pct = (x: number): string => x.toFixed(3);

export function printQuoteScores(s: QuoteScores & { split?: string; withMentions?: boolean; marks?: MarkConvention }): void {
  const marks = s.marks === 'double' ? 'double marks only (gold as shipped)' : "any (“…”, \"…\", «…», ''…'')";
  console.log(`quotes bench: ${s.docs} docs (${s.split ?? '?'}), mentions: ${s.withMentions ? 'yes' : 'no'}, quotation marks: ${marks}`);
  console.log(
    `direct quotes  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}; overlap >= 0.9)`,
  );
  console.log(`speaker correct ${pct(s.speakerAccuracy)} (${s.speakerCorrect}/${s.speakerJudged} matched quotes with a gold speaker)`);
  console.log(
    `indirect (info) P ${pct(s.indirect.precision)}  R ${pct(s.indirect.recall)}  (gold ${s.indirect.gold}, predicted ${s.indirect.predicted}; overlap >= 0.5)` +
      `  speaker correct ${pct(s.indirect.speakerJudged ? s.indirect.speakerCorrect / s.indirect.speakerJudged : 0)} (${s.indirect.speakerCorrect}/${s.indirect.speakerJudged})`,
  );
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const data = arg('data') ?? '/work/shared/bench';
  const split = arg('split') === 'train' ? 'train' : 'dev';
  const noNer = process.argv.includes('--no-ner');
  const mentions = noNer ? undefined : await loadMentionFinder();
  const only = arg('marks');
  const conventions: MarkConvention[] = only === 'double' ? ['double'] : only === 'any' ? ['any'] : ['any', 'double'];
  for (const [k, marks] of conventions.entries()) {
    // 'double': the gold file as shipped counts only double marks (README); the extractor then skips ''…'' and ‘…’.
    if (k > 0)
      console.log(
        "\n-- the file's own gold and convention (the issue's figure): double marks only, extractor alike (direct.twoApostrophes = false, direct.singleMarks = false)",
      );
    printQuoteScores(await benchQuotes(data, { split, marks, ...(mentions ? { mentions } : {}) }));
    if (marks === 'any') console.log("(as users get it: shipped defaults; the gold's quoted share recomputed to count ''…'' pairs too)");
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
