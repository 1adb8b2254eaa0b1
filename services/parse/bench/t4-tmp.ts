import { loadDataset } from './dataset.js';
import { parseHtml } from '../src/html/dom.js';
import type { AnyNode, Element } from 'domhandler';
const [dir, id] = process.argv.slice(2);
const p = loadDataset(dir!).find((x) => x.id === id)!;
const doc = parseHtml(p.html);
const show = (n: AnyNode, d: number): void => { if (d > 4) return; if ('attribs' in n) console.log(' '.repeat(d * 2) + (n as Element).name, String(JSON.stringify((n as Element).attribs)).slice(0, 80), (n as Element).children.length); if ('children' in n) for (const c of (n as any).children) show(c, d + 1); };
show(doc, 0);
