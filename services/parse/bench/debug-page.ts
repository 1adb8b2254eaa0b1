/** Dev helper: why did the extractor pick what it picked on one page?  debug-page.ts <dataset dir> <id> */
import type { Element } from 'domhandler';
import { parseHtml, findFirst } from '../src/html/dom.js';
import { blockWeight, chooseContainer, linearize } from '../src/html/extract-content.js';
import { loadDataset } from './dataset.js';
import { scoreBody } from './score.js';
import { extractHtml } from '../src/html/extract-html.js';

const [dir, id] = process.argv.slice(2);
const page = loadDataset(dir!).find((p) => p.id === id);
if (!page) throw new Error('no page');
const doc = parseHtml(page.html);
const root = (findFirst(doc, (e) => e.name === 'body') ?? findFirst(doc, (e) => e.name === 'html'))!;
const blocks = linearize(root);
const c = chooseContainer(blocks, root);
const path = (el: Element | null): string => {
  const out: string[] = [];
  for (let e = el; e && e.name; e = e.parent as Element | null)
    out.unshift(
      `${e.name}${e.attribs['id'] ? '#' + e.attribs['id'] : ''}${e.attribs['class'] ? '.' + e.attribs['class'].trim().split(/\s+/).slice(0, 3).join('.') : ''}`,
    );
  return out.join(' > ');
};
console.log('container:', path(c));
const a = extractHtml(page.html, { url: page.url });
console.log(scoreBody(page.truth.body, a.body));
for (const b of blocks) {
  const w = blockWeight(b);
  let inC = false;
  for (let e: Element | null = b.el; e; e = e.parent as Element | null) if (e === c) inC = true;
  if (process.argv.includes('--all') || inC)
    console.log(
      `${inC ? '*' : ' '} g=${w.good.toFixed(0)} b=${w.bad.toFixed(0)} <${b.el.name}.${(b.el.attribs['class'] ?? '').slice(0, 30)}> ${b.text.slice(0, 110)}`,
    );
}
console.log('--- truth start:', page.truth.body.slice(0, 300));
