/**
 * Dumps the direct-quote misses and false hits of the quote benchmark, for error analysis.
 *
 * Run: npx tsx --conditions=@newswire/source services/enrich/bench/quotes-dump.ts --data /work/shared/bench \
 *        [--split train] [--out /tmp/quotes-errors.txt] [--speed]
 * `--speed` also times `extractQuotes` alone on the split's texts (tokens/s, tokens = tokenize()).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '@newswire/contracts';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import { tokenize } from '../src/text/tokenize.js';
import { loadDocs, loadMentionFinder, scoreDocs, spanOverlap, type GoldDoc } from './quotes.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const show = (text: string, s: number, e: number): string =>
  `${text.slice(Math.max(0, s - 80), s).replace(/\n/gu, '⏎')}⟦${text.slice(s, e).replace(/\n/gu, '⏎')}⟧${text
    .slice(e, e + 80)
    .replace(/\n/gu, '⏎')}`;

async function main(): Promise<void> {
  const data = arg('data') ?? '/work/shared/bench';
  const split = arg('split') === 'train' ? 'train' : 'dev';
  const out = arg('out') ?? `/tmp/quotes-errors-${split}.txt`;
  const docs = loadDocs(join(data, 'quotes', `${split}.jsonl`));
  const mentions = await loadMentionFinder();
  const lines: string[] = [];
  const onDoc = (doc: GoldDoc, pd: Quote[], pairs: Array<[number, number]>): void => {
    const gd = doc.quotes.filter((q) => q.direct);
    const mp = new Set(pairs.map(([i]) => i));
    const mg = new Set(pairs.map(([, j]) => j));
    gd.forEach((g, j) => {
      if (mg.has(j)) return;
      // Best overlapping prediction, to tell boundary errors from plain misses.
      let best = 0;
      let bp: Quote | undefined;
      for (const p of pd) {
        const o = spanOverlap(doc.text, p.span, g.contentSpan);
        if (o > best) [best, bp] = [o, p];
      }
      lines.push(`MISS ${doc.doc} frags=${g.contentFragments?.length ?? 1} best=${best.toFixed(2)}`);
      lines.push(`  G: ${show(doc.text, g.contentSpan[0], g.contentSpan[1])}`);
      if (bp) lines.push(`  P: ${show(doc.text, bp.span[0], bp.span[1])}`);
    });
    pd.forEach((p, i) => {
      if (mp.has(i)) return;
      let best = 0;
      for (const g of doc.quotes) best = Math.max(best, spanOverlap(doc.text, p.span, g.contentSpan));
      lines.push(`FALSE ${doc.doc} bestAnyGold=${best.toFixed(2)} speaker=${p.speaker ?? '-'}`);
      lines.push(`  P: ${show(doc.text, p.span[0], p.span[1])}`);
    });
  };
  const s = scoreDocs(docs, { ...(mentions ? { mentions } : {}), onDoc });
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${split}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}; errors in ${out}`);
  if (process.argv.includes('--speed')) {
    // Best of 7 rounds (the machine is shared; the best round is the least disturbed one). Mentions are found
    // before timing: the pipeline passes the NER output in, and the no-mention path resolves names itself.
    const tokens = docs.reduce((n, d) => n + tokenize(d.text).length, 0);
    const withMentions = mentions ? docs.map((d) => mentions(d.text)) : null;
    const time = (label: string, run: (d: GoldDoc, i: number) => void): void => {
      docs.forEach(run); // warm-up
      let best = Infinity;
      for (let r = 0; r < 7; r++) {
        const t0 = process.hrtime.bigint();
        docs.forEach(run);
        best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
      }
      console.log(
        `speed ${label}: ${(tokens / best / 1e6).toFixed(2)}M tokens/s (${tokens} tokens, best round ${(best * 1000).toFixed(0)} ms)`,
      );
    };
    time('no mentions', (d) => extractQuotes(d.text, []));
    if (withMentions) time('with NER mentions', (d, i) => extractQuotes(d.text, withMentions[i] ?? []));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
