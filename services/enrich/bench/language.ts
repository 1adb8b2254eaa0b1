/**
 * Language-detection benchmark: accuracy by text-length bucket and speed, for the candidate
 * detectors and for our `detectLanguage`.
 *
 *   npx tsx --conditions=@newswire/source services/enrich/bench/language.ts [--limit N]
 *
 * English comes from the shared dev sets (short: sentences of /work/shared/bench/ner/dev.jsonl;
 * long: articles and paragraphs of /work/shared/bench/quotes/dev.jsonl) plus hand-written headlines;
 * other languages from hand-written samples (language-samples.ts).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detectLanguage } from '../src/language/index.js';
import { ENGLISH_HEADLINES, FOREIGN_SAMPLES, type LangSample } from './language-samples.js';

export type Detector = (text: string) => string | null;

export const BUCKETS = ['<=40', '41-120', '121-400', '>400'] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketOf(length: number): Bucket {
  if (length <= 40) return '<=40';
  if (length <= 120) return '41-120';
  if (length <= 400) return '121-400';
  return '>400';
}

export interface BenchRow {
  name: string;
  /** bucket -> [correct, total] */
  english: Record<Bucket, [number, number]>;
  foreign: [number, number];
  charsPerSecond: number;
}

export function measure(name: string, detect: Detector, samples: LangSample[]): BenchRow {
  const english = Object.fromEntries(BUCKETS.map((b) => [b, [0, 0]])) as Record<Bucket, [number, number]>;
  const foreign: [number, number] = [0, 0];
  let chars = 0;
  // CPU time of this process, not wall time: the machine is shared, and wall time measures the neighbours.
  const t0 = process.cpuUsage();
  const got = samples.map((s) => {
    chars += s.text.length;
    return detect(s.text);
  });
  const used = process.cpuUsage(t0);
  const seconds = (used.user + used.system) / 1e6;
  samples.forEach((s, i) => {
    const ok = got[i] === s.lang ? 1 : 0;
    const cell = s.lang === 'en' ? english[bucketOf(s.text.length)] : foreign;
    cell[0] += ok;
    cell[1] += 1;
  });
  return { name, english, foreign, charsPerSecond: seconds > 0 ? chars / seconds : Infinity };
}

const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  rus: 'ru',
  swe: 'sv',
  pol: 'pl',
  tur: 'tr',
  cmn: 'zh',
  zho: 'zh',
  jpn: 'ja',
  arb: 'ar',
  ara: 'ar',
  sco: 'sco',
};
const iso1 = (code: string | undefined): string | null => (code === undefined || code === 'und' ? null : (ISO3_TO_1[code] ?? code));

async function candidates(): Promise<Array<[string, Detector]>> {
  const { franc: francMin } = await import('franc-min');
  const { franc } = await import('franc');
  const tinyld = await import('tinyld');
  const lande = (await import('lande')).default;
  const { eld: eldS } = await import('eld/small');
  const { eld: eldM } = await import('eld/medium');
  const { eld: eldL } = await import('eld/large');
  const eldDetector =
    (e: typeof eldS): Detector =>
    (t) =>
      e.detect(t).language || null;
  return [
    ['franc-min', (t) => iso1(francMin(t, { minLength: 1 }))],
    ['franc', (t) => iso1(franc(t, { minLength: 1 }))],
    ['tinyld', (t) => tinyld.detect(t) || null],
    ['lande', (t) => iso1(lande(t)[0]?.[0])],
    ['eld/small', eldDetector(eldS)],
    ['eld/medium', eldDetector(eldM)],
    ['eld/large', eldDetector(eldL)],
    ['ours (detectLanguage)', (t) => detectLanguage(t)?.code ?? null],
  ];
}

/** English samples from the shared dev sets; sentences with fewer than 3 words are dropped (tables, "-DOCSTART-"). */
export function loadEnglish(limit: number): LangSample[] {
  const out: LangSample[] = ENGLISH_HEADLINES.map((text) => ({ lang: 'en', text }));
  const ner = readFileSync('/work/shared/bench/ner/dev.jsonl', 'utf8').split('\n').filter(Boolean);
  for (const line of ner.slice(0, limit)) {
    const { tokens } = JSON.parse(line) as { tokens: string[] };
    if (tokens.filter((t) => /\p{L}{2,}/u.test(t)).length < 3) continue;
    out.push({
      lang: 'en',
      text: tokens
        .join(' ')
        .replace(/ ([.,;:!?%)'])/g, '$1')
        .replace(/\( /g, '('),
    });
  }
  const quotes = readFileSync('/work/shared/bench/quotes/dev.jsonl', 'utf8').split('\n').filter(Boolean);
  for (const line of quotes) {
    const { title, text } = JSON.parse(line) as { title: string; text: string };
    out.push({ lang: 'en', text: title });
    out.push({ lang: 'en', text });
    for (const para of text.split(/\n\s*\n/).slice(1, 6)) if (para.trim()) out.push({ lang: 'en', text: para.trim() });
  }
  return out;
}

const pct = ([ok, n]: [number, number]): string => (n === 0 ? '   -  ' : `${((100 * ok) / n).toFixed(1).padStart(5)}%`);

export function formatTable(rows: BenchRow[]): string {
  const first = rows[0];
  const counts = first ? BUCKETS.map((b) => `${b}:${first.english[b][1]}`).join(' ') + ` foreign:${first.foreign[1]}` : '';
  const head = `${'detector'.padEnd(24)}${BUCKETS.map((b) => `en ${b}`.padStart(12)).join('')}${'foreign'.padStart(10)}${'chars/cpu-s'.padStart(14)}`;
  const lines = rows.map(
    (r) =>
      `${r.name.padEnd(24)}${BUCKETS.map((b) => pct(r.english[b]).padStart(12)).join('')}${pct(r.foreign).padStart(10)}${Math.round(r.charsPerSecond).toLocaleString('en-US').padStart(14)}`,
  );
  return [`samples ${counts}`, head, ...lines].join('\n');
}

async function main(): Promise<void> {
  const limitArg = process.argv.indexOf('--limit');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
  const samples = [...loadEnglish(limit), ...FOREIGN_SAMPLES];
  const rows: BenchRow[] = [];
  for (const [name, detect] of await candidates()) {
    for (const s of samples.slice(0, 50)) detect(s.text); // warm-up
    rows.push(measure(name, detect, samples));
  }
  console.log(formatTable(rows));
  const misses = samples.filter((s) => detectLanguage(s.text)?.code !== s.lang);
  console.log(`\nours: ${misses.length} misses, e.g.`);
  for (const m of misses.slice(0, 15)) console.log(`  [${m.lang} -> ${detectLanguage(m.text)?.code ?? 'null'}] ${m.text.slice(0, 90)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
