import { loadDataset } from './dataset.js';
import { extractHtml } from '../src/html/extract-html.js';
import { shingles, words } from './score.js';
const [dir, ...ids] = process.argv.slice(2);
const all = loadDataset(dir!);
for (const id of ids) {
  const p = all.find((x) => x.id === id)!;
  const a = extractHtml(p.html, { url: p.url });
  const t = shingles(p.truth.body);
  const tw = new Set(words(p.truth.body));
  console.log('=====', id, p.url?.slice(0, 80), a.provenance['body']?.rule);
  for (const para of a.paragraphs) {
    const s = shingles(para);
    let hit = 0, n = 0;
    for (const [k, c] of s) { n += c; if (t.has(k)) hit += c; }
    const w = words(para);
    const wr = w.filter((x) => tw.has(x)).length / Math.max(1, w.length);
    if (hit / Math.max(1, n) < 0.5 && wr < 0.9) console.log('  X', para.slice(0, 160));
  }
}
