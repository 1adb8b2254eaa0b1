/**
 * NER benchmark: newswire's tagger vs compromise on <data>/ner/dev.jsonl, conlleval exact span+type P/R/F1
 * (PER/ORG/LOC) and NER-only throughput. newswire tags each document (sentences sharing a `doc` id) as a whole, as
 * extractEntities does for an article (tagDocument); `--sentences` tags every sentence on its own instead.
 *
 *   npx tsx --conditions=@newswire/source services/enrich/bench/ner.ts --data /work/shared/bench
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { conllEval, f1BySource, groupByDoc, type ConllScore } from '../src/entities/conlleval.js';
import { tagTokenLine } from '../src/entities/extract-entities.js';
import { getNerModel, loadNerModel, tagDocument, tagTokens, type NerModel } from '../src/entities/model.js';

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
  /** newswire F1 per source (the `doc` prefix before the first colon). */
  bySource?: Record<string, number>;
  /** Overall F1 on the same sentences written in capitals (headlines, kickers, some wire copy): robustness to case. */
  capitals?: { newswire: number; compromise: number };
  /**
   * Overall F1 on the hand-annotated sets in bench/data (CHECK_SETS): wire layouts (datelines, results tables, sport
   * headlines), and news copy written independently of the tagger.
   */
  checks?: {
    file: string;
    label: string;
    note: string;
    sentences: number;
    entities: number;
    newswire: number;
    stories: number;
    compromise: number;
  }[];
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

/**
 * One sentence in bracket notation, "[LOC OSLO] 1997-04-30" (space-separated tokens; "[TYPE" opens an entity, a
 * token ending in "]" closes it), as tokens and IOB2 tags. Throws on an unclosed or nested bracket.
 */
export function parseBracketed(line: string): Row {
  const tokens: string[] = [];
  const tags: string[] = [];
  let type: string | null = null;
  let first = false;
  for (const part of line.trim().split(/\s+/)) {
    const open = /^\[(PER|ORG|LOC|MISC)$/.exec(part);
    if (open) {
      if (type) throw new Error(`nested entity in: ${line}`);
      type = open[1]!;
      first = true;
      continue;
    }
    const closes = type !== null && part.length > 1 && part.endsWith(']');
    tokens.push(closes ? part.slice(0, -1) : part);
    tags.push(type ? `${first ? 'B' : 'I'}-${type}` : 'O');
    first = false;
    if (closes) type = null;
  }
  if (type) throw new Error(`unclosed entity in: ${line}`);
  return { tokens, tags };
}

/** The small hand-annotated sets that ship with the bench (bench/data, bracket notation), scored beside dev. */
export const CHECK_SETS = [
  {
    file: 'wire-check.txt',
    label: 'wire-layout check',
    note: 'written for newswire after its wire rules: a check they work, not a benchmark of record',
  },
  {
    file: 'news-check-a.txt',
    label: 'news check A',
    note: 'written independently of the tagger; used for error analysis since',
  },
  {
    file: 'news-check-b.txt',
    label: 'news check B',
    note: 'written independently of the tagger and held out',
  },
  {
    file: 'news-check-c.txt',
    label: 'news check C',
    note: 'written independently of the tagger after its first news rules; used for error analysis since',
  },
  {
    file: 'news-check-d.txt',
    label: 'news check D',
    note: 'written independently of the tagger, 1990s wire style, held out',
  },
  {
    file: 'news-check-e.txt',
    label: 'news check E',
    note: 'written independently of the tagger after all its news rules, held out',
  },
  {
    file: 'news-check-f.txt',
    label: 'news check F',
    note: '1990s wire style, written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-h.txt',
    label: 'news check H',
    note: '40 % 1990s wire, 40 % 2020s online, 20 % local news, written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-i.txt',
    label: 'news check I',
    note: '1990s wire, 2020s online news and briefs, written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-k.txt',
    label: 'news check K',
    note: '2020s wire and online news with 1990s wire, written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-l.txt',
    label: 'news check L',
    note: '2020s online news, written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-m.txt',
    label: 'news check M',
    note: '1996 wire (tables, markets, country briefs), written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-n.txt',
    label: 'news check N',
    note: 'half 1990s wire, half 2020s news, varied sentence shapes, written independently of the tagger in the seventh session; used for error analysis since',
  },
  {
    file: 'news-check-o.txt',
    label: 'news check O',
    note: '2020s business and markets, world politics (Africa, South Asia, Latin America, Eastern Europe), local news, written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-q.txt',
    label: 'news check Q',
    note: 'crime and courts, 2020s tech, science and health, East Asian and Middle Eastern news, written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-s.txt',
    label: 'news check S',
    note: '2020s sports, US politics and local news, culture and entertainment, written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-u.txt',
    label: 'news check U',
    note: 'South Asian, Australian, New Zealand and Irish news, environment, shipping and commodities, written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-v.txt',
    label: 'news check V',
    note: 'Latin America and Iberia, EU politics, conflict and humanitarian news, written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-x.txt',
    label: 'news check X',
    note: 'Africa, Russia, Ukraine, Central Asia, Turkey and the Caucasus, markets and company news (1996 and 2020s), written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-z.txt',
    label: 'news check Z',
    note: '2020s online and tabloid news: royals, start-ups and platforms, transport, weather, education, religion, consumer news, gaming, written independently of the tagger in the eighth session; used for error analysis since',
  },
  {
    file: 'news-check-aa.txt',
    label: 'news check AA',
    note: '2020s online and agency news: live blogs, explainers, press releases, council and court news, obituaries, match reports, reviews, written independently of the tagger in the ninth session; used for error analysis since',
  },
  {
    file: 'news-check-ac.txt',
    label: 'news check AC',
    note: 'English-language news of South and Southeast Asia, Africa and the Middle East (politics, courts, markets, cricket and football, obituaries), written independently of the tagger in the ninth session; used for error analysis since',
  },
  {
    file: 'news-check-ae.txt',
    label: 'news check AE',
    note: 'US local and regional news (county boards, sheriffs, crashes on highways, weather, prep, college and pro sports, obituaries, press releases), written independently of the tagger in the ninth session; used for error analysis since',
  },
  {
    file: 'news-check-g.txt',
    label: 'news check G',
    note: "half 1990s wire, half 2020s online news, written independently of the tagger after the seventh session's rules, held out",
  },
  {
    file: 'news-check-j.txt',
    label: 'news check J',
    note: "December 1996 wire in the CoNLL-2003 test style, written independently of the tagger after the seventh session's last rules but one, held out",
  },
  {
    file: 'news-check-p.txt',
    label: 'news check P',
    note: 'half 1996-97 wire, half 2020s news (tech, science, culture, elections), written independently of the tagger in the eighth session, held out',
  },
  {
    file: 'news-check-r.txt',
    label: 'news check R',
    note: "a week's 2020s daily news mix with some 1996 wire, written independently of the tagger after the eighth session's first two rounds, held out",
  },
  {
    file: 'news-check-t.txt',
    label: 'news check T',
    note: "1996-97 wire across its range (results, markets, politics, press digests), written independently of the tagger after the eighth session's fourth round, held out",
  },
  {
    file: 'news-check-w.txt',
    label: 'news check W',
    note: "one day of 2020s English-language news of every kind with some 1990s wire, written independently of the tagger after the eighth session's fifth round, held out",
  },
  {
    file: 'news-check-y.txt',
    label: 'news check Y',
    note: "one day of an agency's English service, half 1996-97 wire, half 2020s, written independently of the tagger after the eighth session's sixth round, held out",
  },
  {
    file: 'news-check-ab.txt',
    label: 'news check AB',
    note: 'half 1996-97 wire (results tables, markets, politics), half 2020s news of every kind, written independently of the tagger in the ninth session, held out',
  },
  {
    file: 'news-check-ad.txt',
    label: 'news check AD',
    note: 'US and Canadian local and regional news and business wire (councils, courts, press releases, high school to NFL sports, obituaries), written independently of the tagger in the ninth session, held out',
  },
] as const;

/** One check set (bracket notation, `#` comment lines, blank lines between stories); each story's rows share a `doc`. */
export function readCheckSet(file: string): Row[] {
  return readFileSync(fileURLToPath(new URL(`./data/${file}`, import.meta.url)), 'utf8')
    .split(/\n\s*\n/)
    .flatMap((story, k) =>
      story
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => ({ ...parseBracketed(l), doc: `${file}#${k}` })),
    );
}

/** The wire-layout check set. */
export function readWireCheck(): Row[] {
  return readCheckSet('wire-check.txt');
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

/** Runs `tagger` (one document's sentences -> their tags) over all documents, repeatedly for at least `minMs`. */
function run(rows: Row[], tagger: (sentences: string[][]) => string[][], minMs: number): NerSystemResult & { pred: string[][] } {
  let pred: string[][] = [];
  let tokens = 0;
  const docs = groupByDoc(rows).map((d) => d.map((r) => r.tokens));
  const t0 = cpuMs();
  do {
    pred = docs.flatMap((d) => tagger(d));
    for (const r of rows) tokens += r.tokens.length;
  } while (cpuMs() - t0 < minMs);
  const secs = Math.max(1e-3, (cpuMs() - t0) / 1000);
  return {
    score: conllEval(
      rows.map((r) => r.tags),
      pred,
    ),
    tokensPerSecond: tokens / secs,
    pred,
  };
}

export async function benchNer(dataDir: string, opts: { sentences?: boolean; modelPath?: string } = {}): Promise<NerBenchResult> {
  const rows = readRows(`${dataDir}/ner/dev.jsonl`);
  const model = opts.modelPath ? loadNerModel(opts.modelPath) : getNerModel();
  // Warm-up so JIT and lazy loading are not timed.
  for (const r of rows.slice(0, 200)) tagTokens(model, r.tokens);
  const tagger = opts.sentences ? (d: string[][]) => d.map((t) => tagTokens(model, t)) : (d: string[][]) => tagDocument(model, d);
  const { pred, ...newswire } = run(rows, tagger, 2000);
  const { pred: _unused, ...compromise } = run(rows, (d) => d.map(compromiseTags), 2000);
  const bySource = f1BySource(rows, pred);
  const upper = rows.map((r) => ({ ...r, tokens: r.tokens.map((t) => t.toUpperCase()) }));
  const capitals = {
    newswire: run(upper, tagger, 0).score.overall.f1,
    compromise: run(upper, (d) => d.map(compromiseTags), 0).score.overall.f1,
  };
  // Sentence by sentence, as `newswire enrich --tokens` tags a test set.
  const checks = CHECK_SETS.map(({ file, label, note }) => {
    const set = readCheckSet(file);
    return {
      file,
      label,
      note,
      sentences: set.length,
      entities: set.reduce((n, r) => n + r.tags.filter((t) => t.startsWith('B-') && t !== 'B-MISC').length, 0),
      newswire: run(set, (d) => d.map((t) => tagTokens(model, t)), 0).score.overall.f1,
      // Story by story, as articles are tagged (and `enrich --tokens` with "doc" or CoNLL -DOCSTART- lines).
      stories: run(set, (d) => tagDocument(model, d), 0).score.overall.f1,
      compromise: run(set, (d) => d.map(compromiseTags), 0).score.overall.f1,
    };
  });
  return {
    capitals,
    checks,
    sentences: rows.length,
    tokens: rows.reduce((n, r) => n + r.tokens.length, 0),
    newswire,
    compromise,
    speedRatio: newswire.tokensPerSecond / compromise.tokensPerSecond,
    bySource,
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
  if (r.bySource)
    lines.push(
      `newswire F1 by source: ${Object.entries(r.bySource)
        .map(([s, f]) => `${s} ${pct(f).trim()}`)
        .join(', ')}`,
    );
  if (r.capitals)
    lines.push(
      `the same sentences in capitals: newswire F1 ${pct(r.capitals.newswire).trim()}, compromise ${pct(r.capitals.compromise).trim()}`,
    );
  for (const c of r.checks ?? [])
    lines.push(
      `${c.label} (bench/data/${c.file}, ${c.sentences} sentences, ${c.entities} entities; ${c.note}): ` +
        `newswire F1 ${pct(c.newswire).trim()} (story by story ${pct(c.stories).trim()}), compromise ${pct(c.compromise).trim()}`,
    );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--data');
  const dataDir = i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : '/work/shared/bench';
  const m = process.argv.indexOf('--model');
  const modelPath = m >= 0 ? process.argv[m + 1] : undefined;
  console.log(
    formatNerBench(await benchNer(dataDir, { sentences: process.argv.includes('--sentences'), ...(modelPath ? { modelPath } : {}) })),
  );
}
