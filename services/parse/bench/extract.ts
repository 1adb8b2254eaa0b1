/**
 * bench:extract — body/title/date/author quality and speed of newswire's HTML extractor against
 * Readability.js (on linkedom), in the same run on the same pages.
 *   npx tsx --conditions=@newswire/source services/parse/bench/extract.ts <dataset dir> [--limit N] [--only newswire] [--json] [--dump file.json]
 * --dump writes per-page scores and mismatches (for error analysis with debug-page.ts).
 */
import { extractHtml } from '../src/html/extract-html.js';
import { extractWithReadability } from './baseline-readability.js';
import { loadDataset, type BenchPage } from './dataset.js';
import {
  aggregateBody,
  dateMatch,
  firstAuthorMatch,
  monthDayMatch,
  scoreBody,
  titleMatch,
  type BodyAggregate,
  type PageScore,
} from './score.js';

interface Prediction {
  body: string;
  title: string | null;
  authors: string[];
  date: string | null;
}

interface SystemFigures {
  system: string;
  body: BodyAggregate;
  title: number;
  date: number;
  /** Month and day right, year ignored (diagnostic for references dated in another year). */
  monthDay: number;
  firstAuthor: number;
  pagesPerSecond: number;
}

type Extractor = (page: BenchPage) => Prediction;

const systems: Record<string, Extractor> = {
  newswire: (p) => {
    const a = extractHtml(p.html, { url: p.url });
    return { body: a.body, title: a.title, authors: a.authors, date: a.publishedAt };
  },
  readability: (p) => {
    const r = extractWithReadability(p.html);
    return { body: r.body, title: r.title, authors: r.author ? [r.author] : [], date: r.publishedAt };
  },
};

function parseArgs(argv: string[]): { dir: string; limit: number; only: string | null; json: boolean; dump: string | null } {
  let dir: string | null = null;
  let limit = Infinity;
  let only: string | null = null;
  let json = false;
  let dump: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--only') only = argv[++i] ?? null;
    else if (a === '--json') json = true;
    else if (a === '--dump') dump = argv[++i] ?? null;
    else if (!a.startsWith('--')) dir = a;
  }
  if (!dir) {
    console.error('usage: extract.ts <dataset dir> [--limit N] [--only newswire|readability] [--json] [--dump file.json]');
    process.exit(2);
  }
  return { dir, limit, only, json, dump };
}

function run(name: string, extract: Extractor, pages: BenchPage[]): { figures: SystemFigures; perPage: Record<string, unknown>[] } {
  const preds: Prediction[] = [];
  // Warm the JIT on a few pages first so neither system pays start-up cost inside the timed pass.
  for (const p of pages.slice(0, Math.min(20, pages.length))) {
    try {
      extract(p);
    } catch {
      // scored below
    }
  }
  const t0 = performance.now();
  for (let i = 0; i < pages.length; i++) {
    let pred: Prediction;
    try {
      pred = extract(pages[i]!);
    } catch (err) {
      console.error(`\n${name}: ${pages[i]!.id}: ${(err as Error).message}`);
      pred = { body: '', title: null, authors: [], date: null };
    }
    preds.push(pred);
    if (process.stderr.isTTY || i % 50 === 49) process.stderr.write(`\r${name}: ${i + 1}/${pages.length}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write('\n');
  const scores: PageScore[] = [];
  let title = 0;
  let date = 0;
  let monthDay = 0;
  let author = 0;
  const perPage: Record<string, unknown>[] = [];
  pages.forEach((p, i) => {
    const pred = preds[i]!;
    const s = scoreBody(p.truth.body, pred.body);
    scores.push(s);
    const tm = titleMatch(p.truth.title, pred.title);
    const dm = dateMatch(p.truth.date, pred.date);
    const am = firstAuthorMatch(p.truth.authors, pred.authors);
    title += tm ? 1 : 0;
    date += dm ? 1 : 0;
    monthDay += monthDayMatch(p.truth.date, pred.date) ? 1 : 0;
    author += am ? 1 : 0;
    perPage.push({
      id: p.id,
      url: p.url,
      ...s,
      title: tm ? true : [p.truth.title, pred.title],
      date: dm ? true : [p.truth.date, pred.date],
      author: am ? true : [p.truth.authors[0] ?? '', pred.authors[0] ?? ''],
    });
  });
  const n = pages.length || 1;
  return {
    figures: {
      system: name,
      body: aggregateBody(scores),
      title: title / n,
      date: date / n,
      monthDay: monthDay / n,
      firstAuthor: author / n,
      pagesPerSecond: pages.length / seconds,
    },
    perPage,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const pages = loadDataset(args.dir, args.limit);
  console.error(`loaded ${pages.length} pages from ${args.dir}`);
  const names = args.only ? [args.only] : Object.keys(systems);
  const results: SystemFigures[] = [];
  const dumps: Record<string, Record<string, unknown>[]> = {};
  for (const name of names) {
    const ex = systems[name];
    if (!ex) throw new Error(`unknown system ${name}`);
    const { figures, perPage } = run(name, ex, pages);
    results.push(figures);
    dumps[name] = perPage;
  }
  const f = (x: number): string => x.toFixed(3);
  const base = results.find((r) => r.system === 'readability');
  console.log(`\n${pages.length} pages from ${args.dir}\n`);
  console.log('system       | body P | body R | body F1 | title | date  | author | pages/s | speed x');
  console.log('-------------|--------|--------|---------|-------|-------|--------|---------|--------');
  for (const r of results) {
    const ratio = base ? (r.pagesPerSecond / base.pagesPerSecond).toFixed(2) : '-';
    console.log(
      `${r.system.padEnd(12)} | ${f(r.body.precision)}  | ${f(r.body.recall)}  | ${f(r.body.f1)}   | ${f(r.title)} | ${f(r.date)} | ${f(r.firstAuthor)}  | ${r.pagesPerSecond.toFixed(1).padStart(7)} | ${ratio}`,
    );
  }
  console.log(
    `\ndate with month and day only (year ignored), a diagnostic for references dated in another year than the page: ${results
      .map((r) => `${r.system} ${f(r.monthDay)}`)
      .join(', ')}`,
  );
  if (args.json) console.log(JSON.stringify({ dataset: args.dir, pages: pages.length, results }, null, 2));
  if (args.dump) {
    void import('node:fs').then((fs) => fs.writeFileSync(args.dump!, JSON.stringify(dumps, null, 1)));
  }
}

main();
