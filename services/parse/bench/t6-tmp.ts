import { loadDataset } from './dataset.js';
import { parseHtml, findAll, rawText, normalizeSpace } from '../src/html/dom.js';
import { readHead, firstMeta } from '../src/metadata/meta-tags.js';
import { jsonLdNodes, articleNode, ldString } from '../src/metadata/jsonld.js';
const [dir, ...subs] = process.argv.slice(2);
for (const p of loadDataset(dir!)) {
  if (!subs.some((s) => (p.truth.title ?? '').includes(s))) continue;
  const doc = parseHtml(p.html);
  const h = readHead(doc);
  const art = articleNode(jsonLdNodes(doc));
  console.log({ truth: p.truth.title, h1: findAll(doc, (e) => e.name === 'h1').map((e) => normalizeSpace(rawText(e))).slice(0, 3), og: firstMeta(h.meta, 'og:title')?.value, tw: firstMeta(h.meta, 'twitter:title')?.value, ld: art && ldString(art['headline']), tt: h.titleTag });
}
