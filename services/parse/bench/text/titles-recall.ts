/**
 * Recall of the headline judge on real headlines, Title-Cased the way teaser widgets print them:
 *   npx tsx --conditions=@newswire/source services/parse/bench/text/titles-recall.ts /work/shared/bench
 * (TR-News and PolNeAR titles, deduplicated.) Misses are listed with the judge's reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeHeadline } from '../../src/text/fragments.js';
import { titleCase } from './title-case.js';

const dir = process.argv[2] ?? '/work/shared/bench';
const titles = new Set<string>();
for (const f of ['geo/trnews.jsonl', 'quotes/train.jsonl', 'quotes/dev.jsonl']) {
  for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l) as { title?: string };
    if (o.title) titles.add(o.title.trim());
  }
}
let hit = 0;
const miss: string[] = [];
for (const t of titles) {
  let s = `${titleCase(t).replace(/[.!?]*$/, '')}.`;
  // STRAY=1: lower-case one capitalised word in the middle, as sloppy teaser casing does.
  if (process.env.STRAY) {
    const ws = s.split(' ');
    const k = Math.floor(ws.length / 2);
    if (ws.length > 3 && /^\p{Lu}\p{Ll}/u.test(ws[k] ?? '')) ws[k] = (ws[k] ?? '').toLowerCase();
    s = ws.join(' ');
  }
  const v = judgeHeadline(s);
  if (v.headline) hit++;
  else miss.push(`${v.reason} | ${s}`);
}
console.log(`headlines ${titles.size}, judged headlines ${hit} -> recall ${(hit / titles.size).toFixed(3)}`);
if (process.env.VERBOSE) console.log(miss.join('\n'));
