import { createHash } from 'node:crypto';
import type { EnrichJob, FetchJob, ParseJob } from '@newswire/contracts';
import { createIntakeItem, finishIntakeItem, getDecodedText, type Db } from '@newswire/db';
import { ParseError } from './detect/parse-error.js';
import { parseDocument } from './parse-article.js';

/** Permanent: the same bytes will never parse (the worker shell dead-letters it with this message). */
export class ParseStageError extends Error {
  readonly kind = 'permanent';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ParseStageError';
  }
}

export type ParseStageOutput =
  | { kind: 'article'; job: EnrichJob }
  /** A feed: its items became child intake items; full items go on to enrich, link-only items back to fetch. */
  | { kind: 'expanded'; enrich: EnrichJob[]; fetch: FetchJob[] };

/** Child ids are derived from the parent and the item, so a re-run of the same job creates nothing new. */
export function childId(parentId: string, key: string): string {
  return `${parentId}.${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

export async function parseStage(job: ParseJob, deps: { db: Db }): Promise<ParseStageOutput> {
  const doc = await getDecodedText(deps.db, job.docSha256);
  if (!doc)
    throw new ParseStageError(
      'document-missing',
      `decoded document ${job.docSha256} not found; the fetch stage must run first (retry the item)`,
    );
  let result;
  try {
    result = parseDocument({
      text: doc.text,
      mediaType: job.mediaType ?? doc.mediaType,
      fileName: job.fileName ?? doc.fileName,
      url: job.url ?? doc.sourceUrl,
    });
  } catch (err) {
    if (err instanceof ParseError) throw new ParseStageError(err.code.toLowerCase().replace(/_/g, '-'), err.message);
    throw err;
  }

  const [only] = result.articles;
  if (result.articles.length === 1 && result.links.length === 0 && only) {
    return { kind: 'article', job: { intakeId: job.intakeId, docSha256: job.docSha256, article: only } };
  }

  const enrich: EnrichJob[] = [];
  const fetch: FetchJob[] = [];
  for (const [i, article] of result.articles.entries()) {
    const id = childId(job.intakeId, `article:${article.url ?? ''}:${article.title ?? ''}:${i}`);
    await createIntakeItem(deps.db, {
      id,
      parentId: job.intakeId,
      sourceKind: 'feed-item',
      sourceRef: article.url ?? `${job.intakeId}#${i}`,
      contentSha256: job.docSha256,
    });
    enrich.push({ intakeId: id, docSha256: job.docSha256, article });
  }
  for (const link of result.links) {
    const id = childId(job.intakeId, `link:${link.url}`);
    await createIntakeItem(deps.db, { id, parentId: job.intakeId, sourceKind: 'feed-item', sourceRef: link.url });
    fetch.push({ intakeId: id, source: { kind: 'url', url: link.url } });
  }
  await finishIntakeItem(deps.db, job.intakeId, { state: 'expanded', children: enrich.length + fetch.length });
  return { kind: 'expanded', enrich, fetch };
}
