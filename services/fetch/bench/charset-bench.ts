/**
 * Charset-detection benchmark on real translated prose: the gettext catalogues (.mo) installed on the machine hold
 * human translations in dozens of languages. Samples are built from them, encoded with iconv-lite into the legacy
 * charsets used for each language, stripped of any declaration, and decoded with `decodeBytes` (no hints).
 * A sample counts as correct when the decoded text equals the text (after the charset's own round trip).
 *
 *   npx tsx services/fetch/bench/charset-bench.ts [/usr/share/locale] [--naeb /work/shared/bench/naeb]
 *
 * With --naeb it also decodes the naeb HTML pages (gunzipped, no HTTP header) and reports rules and U+FFFD counts.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { detect } from 'chardet';
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/decode.js';
import { sniffContent } from '../src/sniff.js';

const CASES: Array<{ langs: string[]; encodings: string[] }> = [
  { langs: ['fr', 'de', 'es', 'it', 'pt_BR', 'sv', 'da', 'nl', 'fi', 'ca'], encodings: ['windows-1252'] },
  { langs: ['pl', 'cs', 'hu', 'sk', 'sl', 'hr', 'ro'], encodings: ['windows-1250', 'iso-8859-2'] },
  { langs: ['ru', 'bg', 'uk', 'be'], encodings: ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'] },
  { langs: ['el'], encodings: ['windows-1253', 'iso-8859-7'] },
  { langs: ['tr'], encodings: ['windows-1254'] },
  { langs: ['he'], encodings: ['windows-1255', 'iso-8859-8'] },
  { langs: ['ar', 'fa'], encodings: ['windows-1256'] },
  { langs: ['lt', 'et', 'lv'], encodings: ['windows-1257'] },
  { langs: ['th'], encodings: ['windows-874'] },
  { langs: ['ja'], encodings: ['shift_jis', 'euc-jp'] },
  { langs: ['zh_CN'], encodings: ['gb18030'] },
  { langs: ['zh_TW'], encodings: ['big5'] },
  { langs: ['ko'], encodings: ['euc-kr'] },
];
/** Languages never looked at while tuning the detector: a check that the rules generalise. */
const HELD_OUT: Array<{ langs: string[]; encodings: string[] }> = [
  { langs: ['nb', 'nn', 'gl', 'eu', 'ga', 'af', 'is', 'oc', 'br', 'wa'], encodings: ['windows-1252'] },
  { langs: ['bs', 'sr@latin', 'hsb', 'dsb'], encodings: ['windows-1250', 'iso-8859-2'] },
  { langs: ['sr', 'mk', 'ky', 'tt', 'mn'], encodings: ['windows-1251', 'koi8-r'] },
  { langs: ['zh_HK'], encodings: ['big5'] },
];
/** A second held-out set, added after tuning stopped and run once (--fresh). */
const FRESH: Array<{ langs: string[]; encodings: string[] }> = [
  { langs: ['fo', 'fur', 'sc', 'ast', 'sq', 'an', 'li'], encodings: ['windows-1252'] },
  { langs: ['csb'], encodings: ['windows-1250'] },
  { langs: ['kk', 'tg'], encodings: ['windows-1251'] },
  { langs: ['ku', 'az'], encodings: ['windows-1254'] },
];
const SIZES = [120, 500, 2500];
const PER_CELL = 12;

/** Encodings that decode identically for the sample count as the same answer (e.g. KOI8-R vs KOI8-U on Russian). */
const ICONV: Record<string, string> = { ibm866: 'cp866', big5: 'big5hkscs', 'euc-kr': 'cp949', shift_jis: 'cp932' };

function readMo(path: string): string[] {
  const buf = readFileSync(path);
  if (buf.length < 28) return [];
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return [];
  const u32 = (off: number): number => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const count = u32(8);
  const transTable = u32(16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const len = u32(transTable + i * 8);
    const off = u32(transTable + i * 8 + 4);
    if (len === 0 || off + len > buf.length) continue;
    const s = buf.toString('utf8', off, off + len);
    if (s.includes('Content-Type:') || s.includes('\ufffd')) continue; // the catalogue header, non-UTF-8 catalogues
    for (const part of s.split('\0')) {
      const clean = part
        .replace(/%[-+ #0-9.]*[a-zA-Z]|\\n|_/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (clean.length >= 8) out.push(clean);
    }
  }
  return out;
}

function moFiles(root: string, lang: string): string[] {
  const dir = join(root, lang, 'LC_MESSAGES');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mo'))
    .map((f) => join(dir, f));
}

/** Deterministic shuffle (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A page skeleton without a charset declaration: markup and script dilute the text the detector sees. */
function asHtml(text: string): string {
  const half = Math.floor(text.length / 2);
  return (
    '<!DOCTYPE html>\n<html lang="x"><head><title>' +
    text.slice(0, 40) +
    '</title>\n' +
    '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());</script>\n' +
    '<style>body{margin:0;font-family:sans-serif}.article p{line-height:1.5}</style></head>\n' +
    '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="article"><h1>' +
    text.slice(0, 30) +
    '</h1>\n' +
    '<p>' +
    text.slice(0, half) +
    '</p>\n<p>' +
    text.slice(half) +
    '</p></div><footer>&copy; 2024</footer></body></html>\n'
  );
}

function runCharsets(
  root: string,
  cases: Array<{ langs: string[]; encodings: string[] }>,
  label: string,
  wrap = (t: string): string => t,
): void {
  let total = 0;
  let correct = 0;
  let baseline = 0;
  const bySize = new Map<number, [number, number]>();
  const rows: string[] = [];
  for (const { langs, encodings } of cases) {
    for (const lang of langs) {
      const strings = moFiles(root, lang)
        .flatMap(readMo)
        .filter((s) => /[\u0080-\uffff]/.test(s));
      if (strings.length < 50) continue;
      const rand = rng(lang.length * 7919 + strings.length);
      for (const enc of encodings) {
        const name = ICONV[enc] ?? enc;
        let ok = 0;
        let n = 0;
        const wrong = new Map<string, number>();
        for (const size of SIZES) {
          for (let k = 0; k < PER_CELL; k++) {
            let text = '';
            while (text.length < size) text += (text ? ' ' : '') + strings[Math.floor(rand() * strings.length)]!;
            const bytes = iconv.encode(wrap(text), name);
            const expected = iconv.decode(bytes, name);
            const got = decodeBytes(new Uint8Array(bytes));
            const hit = got.text === expected;
            baseline += chardetDecodes(bytes, expected) ? 1 : 0;
            n++;
            if (hit) ok++;
            else wrong.set(got.charset, (wrong.get(got.charset) ?? 0) + 1);
            const s = bySize.get(size) ?? [0, 0];
            bySize.set(size, [s[0] + (hit ? 1 : 0), s[1] + 1]);
          }
        }
        total += n;
        correct += ok;
        const wrongs = [...wrong].map(([c, m]) => `${c}:${m}`).join(' ');
        rows.push(`${lang.padEnd(6)} ${enc.padEnd(13)} ${ok}/${n}${wrongs ? `  wrong-> ${wrongs}` : ''}`);
      }
    }
  }
  console.log(rows.join('\n'));
  for (const [size, [ok, n]] of bySize) console.log(`size ~${size} chars: ${ok}/${n} = ${((100 * ok) / n).toFixed(1)}%`);
  console.log(`${label} legacy-charset accuracy: ${correct}/${total} = ${((100 * correct) / total).toFixed(1)}%`);
  console.log(
    `${label} baseline, chardet's top guess decoded with iconv-lite (same samples): ${baseline}/${total} = ${((100 * baseline) / total).toFixed(1)}%`,
  );
}

/** The baseline: what chardet alone (its first guess, no WHATWG rules, no re-ranking) decodes to. */
function chardetDecodes(bytes: Buffer, expected: string): boolean {
  const guess = detect(bytes);
  if (!guess || !iconv.encodingExists(guess)) return false;
  return iconv.decode(bytes, guess) === expected;
}

function runNaeb(dir: string): void {
  const htmlDir = join(dir, 'html');
  const rules = new Map<string, number>();
  let docs = 0;
  let withReplacement = 0;
  let ms = 0;
  for (const f of readdirSync(htmlDir)) {
    const p = join(htmlDir, f);
    if (!statSync(p).isFile()) continue;
    let bytes = new Uint8Array(readFileSync(p));
    if (f.endsWith('.gz')) bytes = new Uint8Array(gunzipSync(bytes));
    const t0 = performance.now();
    const r = decodeBytes(bytes);
    ms += performance.now() - t0;
    docs++;
    const sniffed = sniffContent(bytes, { fileName: f });
    const kindKey = `sniff ${sniffed.kind}:${sniffed.mediaType}`;
    rules.set(kindKey, (rules.get(kindKey) ?? 0) + 1);
    const key = `${r.rule}:${r.charset}`;
    rules.set(key, (rules.get(key) ?? 0) + 1);
    if (r.text.includes('\ufffd')) withReplacement++;
  }
  console.log(`naeb: ${docs} pages, ${withReplacement} with U+FFFD, ${(ms / docs).toFixed(2)} ms/page`);
  for (const [k, v] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${v}`);
}

const args = process.argv.slice(2);
const naebAt = args.indexOf('--naeb');
const naeb = naebAt >= 0 ? args[naebAt + 1] : undefined;
const root = args.find((a, i) => !a.startsWith('--') && (naebAt < 0 || i !== naebAt + 1)) ?? '/usr/share/locale';
runCharsets(root, CASES, 'tuning set');
runCharsets(root, HELD_OUT, 'held-out languages');
if (args.includes('--fresh')) runCharsets(root, FRESH, 'fresh held-out languages');
if (args.includes('--html')) runCharsets(root, CASES, 'tuning set wrapped in HTML', asHtml);
if (naeb) runNaeb(naeb);
