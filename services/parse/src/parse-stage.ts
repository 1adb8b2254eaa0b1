import { createHash } from 'node:crypto';
import { normalizeUrl, type EnrichJob, type FetchJob, type ParseJob } from '@newswire/contracts';
import { createIntakeItem, findArticlesByNormalizedUrl, finishIntakeItem, getDecodedText, type Db } from '@newswire/db';
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
  /**
   * A feed: its items became child intake items; full items go on to enrich, link-only items back to fetch, and
   * link-only items whose URL is already stored end at once as duplicates (`known`), without a fetch.
   */
  | { kind: 'expanded'; enrich: EnrichJob[]; fetch: FetchJob[]; known: number };

export interface ParseStageDeps {
  db: Db;
  /**
   * Link-only feed items whose URL newswire already stored are not fetched again (a feed polled every few minutes
   * lists the same stories each time). Default true; false re-fetches them, so revised stories update in place.
   */
  skipKnownUrls?: boolean;
}

/** Child ids are derived from the parent and the item, so a re-run of the same job creates nothing new. */
export function childId(parentId: string, key: string): string {
  return `${parentId}.${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

export async function parseStage(job: ParseJob, deps: ParseStageDeps): Promise<ParseStageOutput> {
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
  const keys = result.links.map((l) => normalizeUrl(l.url));
  const stored =
    deps.skipKnownUrls === false
      ? new Map<string, string>()
      : await findArticlesByNormalizedUrl(
          deps.db,
          keys.filter((u): u is string => u !== null),
        );
  let known = 0;
  for (const [i, link] of result.links.entries()) {
    const id = childId(job.intakeId, `link:${link.url}`);
    await createIntakeItem(deps.db, { id, parentId: job.intakeId, sourceKind: 'feed-item', sourceRef: link.url });
    const articleId = stored.get(keys[i] ?? '');
    if (articleId) {
      // Sticky: a child that already reached a final state (a re-run of this job) keeps it.
      await finishIntakeItem(deps.db, id, { state: 'duplicate', duplicateOf: articleId });
      known++;
    } else {
      fetch.push({ intakeId: id, source: { kind: 'url', url: link.url } });
    }
  }
  await finishIntakeItem(deps.db, job.intakeId, { state: 'expanded', children: enrich.length + fetch.length + known });
  return { kind: 'expanded', enrich, fetch, known };
}
