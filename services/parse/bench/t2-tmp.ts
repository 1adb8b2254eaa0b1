import { loadDataset } from './dataset.js';
import { parseHtml, findAll, rawText } from '../src/html/dom.js';
import { jsonLdNodes, articleNode, parseLenientJson } from '../src/metadata/jsonld.js';
const [dir, sub] = process.argv.slice(2);
const page = loadDataset(dir!).find((p) => (p.url ?? '').includes(sub!))!;
const doc = parseHtml(page.html);
for (const el of findAll(doc, (e) => e.name === 'script' && (e.attribs['type'] ?? '').includes('ld+json'))) {
  const txt = el.children.map((c) => rawText(c)).join('');
  const v = parseLenientJson(txt);
  console.log(txt.length, v === undefined ? 'PARSE FAIL ' + txt.slice(0, 200) : 'ok');
}
const nodes = jsonLdNodes(doc);
console.log(nodes.map((n) => n['@type']));
const a = articleNode(nodes);
console.log(a && a['@type'], a && JSON.stringify(a['author']));
