/**
 * Scores direct-quote option variants on one split (tuning aid; tune on train only, default split train).
 * Run: npx tsx --conditions=@newswire/source services/enrich/bench/quotes-sweep.ts --data /work/shared/bench \
 *        [--split train] --variants '[{},{"minWordsEmbedded":25}]'
 */
import type { DirectOptions } from '../src/quotes/direct.js';
import { benchQuotes, loadMentionFinder } from './quotes.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const data = arg('data') ?? '/work/shared/bench';
  const split = arg('split') === 'dev' ? 'dev' : 'train';
  const mentions = await loadMentionFinder();
  // --variants '[{"minWordsEmbedded":25},{"mergeGap":2}]': each a partial DirectOptions; {} = the defaults.
  const variants = JSON.parse(arg('variants') ?? '[{}]') as Array<Partial<DirectOptions>>;
  for (const v of variants) {
    const s = await benchQuotes(data, { split, ...(mentions ? { mentions } : {}), extract: { direct: v } });
    const f = (x: number): string => x.toFixed(4);
    console.log(`${JSON.stringify(v)}  P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)} matched ${s.matched} predicted ${s.predicted}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
