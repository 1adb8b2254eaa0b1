/**
 * NER benchmark: newswire's tagger vs compromise on <data>/ner/dev.jsonl, conlleval exact span+type P/R/F1
 * (PER/ORG/LOC) and NER-only throughput.
 *
 *   npx tsx --conditions=@newswire/source services/enrich/bench/ner.ts --data /work/shared/bench
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { conllEval, type ConllScore } from '../src/entities/conlleval.js';
import { tagTokenLine } from '../src/entities/extract-entities.js';
import { getNerModel, tagTokens, type NerModel } from '../src/entities/model.js';

export interface NerSystemResult {
  score: ConllScore;
  tokensPerSecond: number;
}

export interface NerBenchResult {
  sentences: number;
  tokens: number;
  newswire: NerSystemResult;
  compromise: NerSystemResult;
  /** newswire tokens/s divided by compromise tokens/s (wall-clock, single thread). */
  speedRatio: number;
}

interface Row {
  doc?: string;
  tokens: string[];
  tags: string[];
}

/** `{"tokens":[...]}` -> the same object with IOB2 `"tags"` added (for `newswire enrich --tokens`). */
export function tagJsonlLine(line: string, model: NerModel = getNerModel()): string {
  return tagTokenLine(line, model);
}

/** compromise's people/organizations/places mapped back to IOB2 tags over the sentence's own tokens. */
export function compromiseTags(tokens: readonly string[]): string[] {
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += t;
  }
  const tags = tokens.map(() => 'O');
  const doc = nlp(text);
  const groups: [string, { json: (o: object) => unknown }][] = [
    ['PER', doc.people()],
    ['ORG', doc.organizations()],
    ['LOC', doc.places()],
  ];
  for (const [type, view] of groups) {
    const matches = view.json({ offset: true }) as { offset?: { start: number; length: number } }[];
    for (const m of matches) {
      if (!m.offset) continue;
      const s = m.offset.start;
      const e = s + m.offset.length;
      let first = true;
      for (let i = 0; i < tokens.length; i++) {
        const ts = starts[i]!;
        const te = ts + tokens[i]!.length;
        if (ts >= s && te <= e && tags[i] === 'O') {
          tags[i] = `${first ? 'B' : 'I'}-${type}`;
          first = false;
        }
      }
    }
  }
  return tags;
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

// Wall-clock on purpose: process CPU time would also count V8's parallel GC threads (unfair to allocation-heavy
// compromise). Run on a quiet machine for stable figures.
const cpuMs = (): number => performance.now();

function run(rows: Row[], tagger: (tokens: string[]) => string[], minMs: number): NerSystemResult {
  let pred: string[][] = [];
  let tokens = 0;
  const t0 = cpuMs();
  do {
    pred = rows.map((r) => tagger(r.tokens));
    for (const r of rows) tokens += r.tokens.length;
  } while (cpuMs() - t0 < minMs);
  const secs = Math.max(1e-3, (cpuMs() - t0) / 1000);
  return {
    score: conllEval(
      rows.map((r) => r.tags),
      pred,
    ),
    tokensPerSecond: tokens / secs,
  };
}

export async function benchNer(dataDir: string): Promise<NerBenchResult> {
  const rows = readRows(`${dataDir}/ner/dev.jsonl`);
  const model = getNerModel();
  // Warm-up so JIT and lazy loading are not timed.
  for (const r of rows.slice(0, 200)) tagTokens(model, r.tokens);
  const newswire = run(rows, (t) => tagTokens(model, t), 2000);
  const compromise = run(rows, compromiseTags, 2000);
  return {
    sentences: rows.length,
    tokens: rows.reduce((n, r) => n + r.tokens.length, 0),
    newswire,
    compromise,
    speedRatio: newswire.tokensPerSecond / compromise.tokensPerSecond,
  };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

export function formatNerBench(r: NerBenchResult): string {
  const lines = [`NER dev: ${r.sentences} sentences, ${r.tokens} tokens (conlleval exact span+type)`];
  lines.push('system      type    P      R      F1');
  for (const [name, s] of [
    ['newswire', r.newswire],
    ['compromise', r.compromise],
  ] as const) {
    for (const t of ['PER', 'ORG', 'LOC']) {
      const p = s.score.byType[t]!;
      lines.push(`${name.padEnd(11)} ${t.padEnd(5)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}`);
    }
    const o = s.score.overall;
    lines.push(
      `${name.padEnd(11)} ALL   ${pct(o.precision)}  ${pct(o.recall)}  ${pct(o.f1)}   ${Math.round(s.tokensPerSecond).toLocaleString('en-US')} tokens/s`,
    );
  }
  lines.push(`speed ratio newswire/compromise: ${r.speedRatio.toFixed(1)}x`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--data');
  const dataDir = i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : '/work/shared/bench';
  console.log(formatNerBench(await benchNer(dataDir)));
}
