import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveRaw, createIntakeItem, finishIntakeItem, recordItemContent, saveDecoded, storeArticle } from '@newswire/db';
import { createTestPipeline, type TestPipeline } from '@newswire/testing';
import { reprocess } from './reprocess.js';

let p: TestPipeline;

beforeAll(async () => {
  p = await createTestPipeline('reprocess');
});
afterAll(async () => {
  await p.close();
});

/** A stored article as the pipeline leaves it: intake item, archived and decoded document, article row. */
async function stored(id: string, text: string, opts: { parentId?: string; decoded?: boolean } = {}): Promise<string> {
  const sha = await archiveRaw(p.t.db, { bytes: Buffer.from(text), contentType: 'text/plain', fileName: `${id}.txt` });
  if (opts.decoded !== false) await saveDecoded(p.t.db, sha, { mediaType: 'text/plain', charset: 'utf-8', charsetRule: 'test', text });
  await createIntakeItem(p.t.db, {
    id,
    sourceKind: opts.parentId ? 'feed-item' : 'file',
    sourceRef: `/x/${id}.txt`,
    contentSha256: sha,
    ...(opts.parentId ? { parentId: opts.parentId } : {}),
  });
  const { articleId } = await storeArticle(p.t.db, {
    article: {
      content_hash: sha,
      normalized_url: null,
      url: null,
      title: id,
      body: text,
      paragraphs: JSON.stringify([text]),
      format: 'text',
      intake_id: id,
      raw_sha256: sha,
    },
    entities: [],
    places: [],
  });
  await finishIntakeItem(p.t.db, id, { state: 'stored', articleId });
  return sha;
}

describe('newswire reprocess (real Postgres and Redis)', () => {
  it('queues stored items at parse from their archived documents, with a rev in the payload and the job id', async () => {
    const sha = await stored('a1', 'date 2025-01-02\nA story about the harbour.');
    const res = await reprocess(p.t.db, p.queues, { ids: ['a1'], limit: 10, rev: 'rpTest1' });
    expect(res).toEqual({ rev: 'rpTest1', queued: ['a1'], skipped: [] });
    const job = await p.queues.parse.getJob('parse.a1.rpTest1');
    expect(job?.data).toEqual({ intakeId: 'a1', docSha256: sha, mediaType: 'text/plain', fileName: 'a1.txt', url: null, rev: 'rpTest1' });
  });

  it('says why it leaves an item out: unknown, failed, a full feed entry, an undecoded document', async () => {
    await createIntakeItem(p.t.db, { id: 'f1', sourceKind: 'file', sourceRef: '/x/f1.txt' });
    await finishIntakeItem(p.t.db, 'f1', { state: 'failed', stage: 'parse', reason: 'empty' });
    await createIntakeItem(p.t.db, { id: 'feed', sourceKind: 'file', sourceRef: '/x/feed.xml' });
    await stored('feed.e1', 'An entry of a feed, stored in full.', { parentId: 'feed' });
    await stored('u1', 'Never decoded.', { decoded: false });
    const res = await reprocess(p.t.db, p.queues, { ids: ['nope', 'f1', 'feed.e1', 'u1'], limit: 10, rev: 'rpTest2' });
    expect(res.queued).toEqual([]);
    expect(res.skipped).toEqual([
      { intakeId: 'nope', reason: 'no such intake item' },
      { intakeId: 'f1', reason: 'it is failed, not stored (failed items: newswire retry)' },
      { intakeId: 'feed.e1', reason: 'a full entry of feed feed: reprocess the feed' },
      { intakeId: 'u1', reason: 'its archived document was never decoded' },
    ]);
  });

  it('reruns an expanded feed from its own document (its full entries come again with it)', async () => {
    const text = '<rss><channel><item><title>T</title></item></channel></rss>';
    const sha = await archiveRaw(p.t.db, { bytes: Buffer.from(text), contentType: 'application/rss+xml', fileName: 'feed2.xml' });
    await saveDecoded(p.t.db, sha, { mediaType: 'application/rss+xml', charset: 'utf-8', charsetRule: 'test', text });
    await createIntakeItem(p.t.db, { id: 'feed2', sourceKind: 'url', sourceRef: 'https://news.example/feed.xml' });
    await recordItemContent(p.t.db, 'feed2', sha);
    await finishIntakeItem(p.t.db, 'feed2', { state: 'expanded', children: 1 });
    const res = await reprocess(p.t.db, p.queues, { ids: ['feed2'], limit: 10, rev: 'rpTest4' });
    expect(res.queued).toEqual(['feed2']);
    expect((await p.queues.parse.getJob('parse.feed2.rpTest4'))?.data).toMatchObject({
      docSha256: sha,
      mediaType: 'application/rss+xml',
      rev: 'rpTest4',
    });
  });

  it('leaves an item whose article a later item revised to that later item', async () => {
    await stored('old1', 'First version of the ferry story.');
    const [{ id: articleId } = { id: '' }] = await p.t.db.selectFrom('articles').select('id').where('intake_id', '=', 'old1').execute();
    // What the store does when a newer item brings the same URL with revised text: the article now names that item.
    await createIntakeItem(p.t.db, { id: 'new1', sourceKind: 'url', sourceRef: 'https://news.example/ferry' });
    await p.t.db.updateTable('articles').set({ intake_id: 'new1' }).where('id', '=', articleId).execute();
    await finishIntakeItem(p.t.db, 'new1', { state: 'stored', articleId });
    const res = await reprocess(p.t.db, p.queues, { ids: ['old1'], limit: 10, rev: 'rpTest6' });
    expect(res.skipped).toEqual([{ intakeId: 'old1', reason: 'its article was revised since by item new1: reprocess that one' }]);
  });

  it('names a feed fetched before its document was recorded', async () => {
    await createIntakeItem(p.t.db, { id: 'feed3', sourceKind: 'url', sourceRef: 'https://news.example/old.xml' });
    await finishIntakeItem(p.t.db, 'feed3', { state: 'expanded', children: 0 });
    const res = await reprocess(p.t.db, p.queues, { ids: ['feed3'], limit: 10, rev: 'rpTest5' });
    expect(res.skipped).toEqual([{ intakeId: 'feed3', reason: 'a feed fetched before its document was recorded: ingest its URL again' }]);
  });

  it('--all takes every stored article, oldest first, up to the limit', async () => {
    const progress: [number, number][] = [];
    const res = await reprocess(p.t.db, p.queues, {
      limit: 2,
      rev: 'rpTest3',
      progressEveryMs: 0,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(res.queued).toEqual(['a1']);
    expect(res.skipped.map((s) => s.intakeId)).toEqual(['feed.e1']);
  });
});
