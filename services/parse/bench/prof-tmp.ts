import { loadDataset } from './dataset.js';
import { parseHtml, findFirst } from '../src/html/dom.js';
import { extractMetadata } from '../src/metadata/extract-metadata.js';
import { extractContent } from '../src/html/extract-content.js';
import { reconcileWithJsonLd } from '../src/html/json-ld-body.js';
const pages = loadDataset(process.argv[2]!, 150);
const t = { parse: 0, meta: 0, content: 0, rec: 0 };
for (const p of pages) {
  let t0 = performance.now();
  const doc = parseHtml(p.html); t.parse += performance.now() - t0; t0 = performance.now();
  const m = extractMetadata(doc, { url: p.url }); t.meta += performance.now() - t0; t0 = performance.now();
  const root = findFirst(doc, (e) => e.name === 'body')!;
  const c = extractContent(root, m.title); t.content += performance.now() - t0; t0 = performance.now();
  reconcileWithJsonLd(c.paragraphs, m.jsonLdBody); t.rec += performance.now() - t0;
}
console.log(t);
