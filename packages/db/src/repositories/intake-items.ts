import { sql } from 'kysely';
import type { Db } from '../db.js';
import type { IntakeItem } from '../schema.js';

export async function createIntakeItem(
  db: Db,
  item: { id: string; parentId?: string | null; sourceKind: string; sourceRef: string; contentSha256?: string | null },
): Promise<void> {
  await db
    .insertInto('intake_items')
    .values({
      id: item.id,
      parent_id: item.parentId ?? null,
      source_kind: item.sourceKind,
      source_ref: item.sourceRef,
      content_sha256: item.contentSha256 ?? null,
      article_id: null,
      duplicate_of: null,
      failed_stage: null,
      reason: null,
      children: null,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function getIntakeItem(db: Db, id: string): Promise<IntakeItem | undefined> {
  return db.selectFrom('intake_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getIntakeItems(db: Db, ids: readonly string[]): Promise<IntakeItem[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('intake_items').selectAll().where('id', 'in', ids).execute();
}

export async function getChildren(db: Db, parentId: string): Promise<IntakeItem[]> {
  return db.selectFrom('intake_items').selectAll().where('parent_id', '=', parentId).orderBy('id').execute();
}

/**
 * The newest item for the same source and content; with `pendingOnly`, only one not yet final (a crashed
 * intake resumes it instead of starting over).
 */
export async function findLatestItem(
  db: Db,
  sourceKind: string,
  sourceRef: string,
  contentSha256: string,
  opts: { pendingOnly?: boolean } = {},
): Promise<IntakeItem | undefined> {
  let q = db
    .selectFrom('intake_items')
    .selectAll()
    .where('source_kind', '=', sourceKind)
    .where('source_ref', '=', sourceRef)
    .where('content_sha256', '=', contentSha256);
  if (opts.pendingOnly) q = q.where('state', '=', 'pending');
  return q.orderBy('created_at', 'desc').executeTakeFirst();
}

/**
 * Records what a URL item turned out to hold (fetch archives the bytes): the intake item then names its document as a
 * submitted file's does, which is what `newswire reprocess` reruns a fetched feed from. Never overwrites.
 */
export async function recordItemContent(db: Db, id: string, contentSha256: string): Promise<void> {
  await db
    .updateTable('intake_items')
    .set({ content_sha256: contentSha256 })
    .where('id', '=', id)
    .where('content_sha256', 'is', null)
    .execute();
}

type Final =
  | { state: 'stored'; articleId: string }
  | { state: 'duplicate'; duplicateOf: string }
  | { state: 'failed'; stage: string; reason: string }
  | { state: 'expanded'; children: number };

/** Moves an item to its final state. A final state is never overwritten (a late retry cannot undo it). */
export async function finishIntakeItem(db: Db, id: string, f: Final): Promise<boolean> {
  const set = {
    state: f.state,
    article_id: f.state === 'stored' ? f.articleId : null,
    duplicate_of: f.state === 'duplicate' ? f.duplicateOf : null,
    failed_stage: f.state === 'failed' ? f.stage : null,
    reason: f.state === 'failed' ? f.reason : null,
    children: f.state === 'expanded' ? f.children : null,
    updated_at: sql<Date>`now()`,
    finished_at: sql<Date>`now()`,
  };
  const res = await db.updateTable('intake_items').set(set).where('id', '=', id).where('state', '=', 'pending').executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Puts a failed item back to pending (retry from the CLI). */
export async function reopenIntakeItem(db: Db, id: string): Promise<void> {
  await db
    .updateTable('intake_items')
    .set({ state: 'pending', failed_stage: null, reason: null, finished_at: null, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .execute();
}

export async function countByState(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('intake_items')
    .select(['state', db.fn.countAll<string>().as('n')])
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

/** What `newswire reprocess` needs of an item: the parse job that would run it again, or why it cannot. */
export type ReprocessPlan =
  | { intakeId: string; parse: { docSha256: string; mediaType: string | null; fileName: string | null; url: string | null } }
  | { intakeId: string; skip: string };

/**
 * Plans reprocessing for stored articles and expanded feeds (`ids`, or every such item, oldest first, up to `limit`):
 * each runs again from its archived document. A feed's full entries live in the feed, so they go with their feed.
 */
export async function planReprocessing(db: Db, opts: { ids?: readonly string[]; limit: number }): Promise<ReprocessPlan[]> {
  // One query, the document joined in (an article reruns from its raw document, a feed from its own): --all over a
  // large store makes no IN list of hashes, which PostgreSQL caps at 65,535 parameters.
  let q = db
    .selectFrom('intake_items as i')
    .leftJoin('articles as a', 'a.id', 'i.article_id')
    .leftJoin('raw_documents as d', (j) =>
      j.on(sql<boolean>`d.sha256 = case when i.state = 'expanded' then i.content_sha256 else a.raw_sha256 end`),
    )
    .select([
      'i.id',
      'i.state',
      'i.parent_id',
      'i.source_kind',
      'i.content_sha256',
      'a.intake_id as article_item',
      'd.sha256 as doc_sha256',
      'd.media_type',
      'd.file_name',
      'd.source_url',
      sql<boolean>`d.text is not null`.as('decoded'),
    ])
    .orderBy('i.created_at')
    .orderBy('i.id')
    .limit(opts.limit);
  q = opts.ids ? q.where('i.id', 'in', opts.ids.length ? [...opts.ids] : ['']) : q.where('i.state', 'in', ['stored', 'expanded']);
  const rows = await q.execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const order = opts.ids ?? rows.map((r) => r.id);
  return order.map((id): ReprocessPlan => {
    const r = byId.get(id);
    if (!r) return { intakeId: id, skip: 'no such intake item' };
    if (r.state !== 'stored' && r.state !== 'expanded')
      return { intakeId: id, skip: `it is ${r.state}, not stored (failed items: newswire retry)` };
    if (r.state === 'stored' && r.source_kind === 'feed-item' && r.content_sha256 && r.parent_id)
      return { intakeId: id, skip: `a full entry of feed ${r.parent_id}: reprocess the feed` };
    // A later item with the same URL revised the article: rerunning this older one would put its older text back.
    if (r.state === 'stored' && r.article_item && r.article_item !== r.id)
      return { intakeId: id, skip: `its article was revised since by item ${r.article_item}: reprocess that one` };
    if (!r.doc_sha256)
      return {
        intakeId: id,
        skip:
          r.state === 'expanded'
            ? 'a feed fetched before its document was recorded: ingest its URL again'
            : 'its archived document is gone',
      };
    if (!r.decoded) return { intakeId: id, skip: 'its archived document was never decoded' };
    return { intakeId: id, parse: { docSha256: r.doc_sha256, mediaType: r.media_type, fileName: r.file_name, url: r.source_url } };
  });
}
