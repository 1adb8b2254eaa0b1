/**
 * Robustness and speed of parseDocument on plain-text news (PolNeAR train, TR-News), each story three
 * ways: as is, with an inline "date" header, and with single-newline paragraphs. Every result must fit
 * the contract; errors are counted and the first few printed.
 *   npx tsx --conditions=@newswire/source services/parse/bench/text/smoke.ts /work/shared/bench
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsedArticleSchema } from '@newswire/contracts';
import { parseDocument } from '../../src/parse-article.js';

const dir = process.argv[2] ?? '/work/shared/bench';
let n = 0;
let errors = 0;
const t0 = Date.now();
for (const f of ['quotes/train.jsonl', 'geo/trnews.jsonl']) {
  for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l) as { text: string; date?: string };
    for (const text of [o.text, `date ${o.date ?? '2020-01-01'} ${o.text}`, o.text.replace(/\n\n/g, '\n')]) {
      n++;
      try {
        for (const a of parseDocument({ text }).articles) parsedArticleSchema.parse(a);
      } catch (e) {
        errors++;
        if (errors <= 5) console.log(String(e).slice(0, 300));
      }
    }
  }
}
const ms = Date.now() - t0;
console.log(`documents ${n}, errors ${errors}, ${ms} ms (${(ms / n).toFixed(1)} ms per document)`);
