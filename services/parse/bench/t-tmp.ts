import { loadDataset } from './dataset.js';
import { extractHtml } from '../src/html/extract-html.js';
const [dir, id] = process.argv.slice(2);
const page = loadDataset(dir!).find((p) => p.id === id)!;
const a = extractHtml(page.html, { url: page.url });
console.log(JSON.stringify({ ...a, body: a.body.slice(0, 500), paragraphs: a.paragraphs.length }, null, 1));
