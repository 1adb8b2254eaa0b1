/**
 * Precision of the headline judge on single sentences (NER dev set: news, Wikipedia, web and tweets):
 *   npx tsx --conditions=@newswire/source services/parse/bench/text/ner-precision.ts /work/shared/bench
 * Every sentence flagged here would be cut if it sat inside a story; VERBOSE=1 prints the list for review.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeHeadline } from '../../src/text/fragments.js';

const dir = process.argv[2] ?? '/work/shared/bench';
let n = 0;
const flagged: string[] = [];
for (const line of readFileSync(join(dir, 'ner/dev.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const o = JSON.parse(line) as { doc: string; tokens: string[] };
  const s = o.tokens
    .join(' ')
    .replace(/ ([,.;:!?%)])/g, '$1')
    .replace(/\( /g, '(');
  n++;
  if (judgeHeadline(s).headline) flagged.push(`${o.doc.split(':')[0] ?? ''}: ${s}`);
}
console.log(`sentences ${n}, judged headlines ${flagged.length} (${((1000 * flagged.length) / n).toFixed(2)} per 1000)`);
if (process.env.VERBOSE) console.log(flagged.join('\n'));
