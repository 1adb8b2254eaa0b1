/** conlleval-style scoring: exact span and type over IOB2 sequences. */

export interface Chunk {
  type: string;
  start: number;
  /** exclusive */
  end: number;
}

/** Chunks of an IOB2 (or IOB1-tolerant) tag sequence; an I-X without a preceding X starts a chunk, as conlleval does. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? 'O';
    const bio = t === 'O' ? 'O' : t.slice(0, 1);
    const type = t === 'O' ? '' : t.slice(2);
    if (cur && (bio === 'O' || bio === 'B' || type !== cur.type)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (bio !== 'O' && !cur) cur = { type, start: i, end: i + 1 };
  }
  if (cur) {
    cur.end = tags.length;
    out.push(cur);
  }
  return out;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  byType: Record<string, PRF>;
  /** Micro-average over the `types` asked for. */
  overall: PRF;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores predicted against gold tag sequences; chunks of types outside `types` are ignored on both sides. */
export function conllEval(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
  types: readonly string[] = ['PER', 'ORG', 'LOC'],
): ConllScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s] ?? []).filter((c) => counts.has(c.type));
    const p = chunks(pred[s] ?? []).filter((c) => counts.has(c.type));
    const key = (c: Chunk): string => `${c.type}:${c.start}:${c.end}`;
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const c of p) {
      const k = counts.get(c.type)!;
      if (gs.has(key(c))) k.tp++;
      else k.fp++;
    }
    for (const c of g) if (!ps.has(key(c))) counts.get(c.type)!.fn++;
  }
  const byType: Record<string, PRF> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, k] of counts) {
    byType[t] = prf(k.tp, k.fp, k.fn);
    tp += k.tp;
    fp += k.fp;
    fn += k.fn;
  }
  return { byType, overall: prf(tp, fp, fn) };
}

/** Consecutive rows of one document (rows without `doc` are documents of their own). */
export function groupByDoc<R extends { doc?: string }>(rows: R[]): R[][] {
  const docs: R[][] = [];
  let last: string | undefined;
  for (const r of rows) {
    if (docs.length > 0 && r.doc !== undefined && r.doc === last) docs[docs.length - 1]!.push(r);
    else docs.push([r]);
    last = r.doc;
  }
  return docs;
}

/** Overall F1 per source corpus: the `doc` prefix before the first colon ("uner-ewt:123" -> "uner-ewt"). */
export function f1BySource(rows: readonly { doc?: string; tags: readonly string[] }[], pred: readonly string[][]): Record<string, number> {
  const source = (r: { doc?: string }): string => (r.doc ?? '').split(':')[0]!;
  const out: Record<string, number> = {};
  for (const src of new Set(rows.map(source))) {
    const idx = rows.flatMap((r, i) => (source(r) === src ? [i] : []));
    out[src] = conllEval(
      idx.map((i) => rows[i]!.tags as string[]),
      idx.map((i) => pred[i]!),
    ).overall.f1;
  }
  return out;
}
