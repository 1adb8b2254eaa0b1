import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveRaw, createIntakeItem, getChildren, getIntakeItem, saveDecoded, storeArticle } from '@newswire/db';
import { createTestDb, startTestServices, type TestDb, type TestServices } from '@newswire/testing';
import { parseStage } from './parse-stage.js';

let services: TestServices;
let t: TestDb;

beforeAll(async () => {
  services = await startTestServices();
  t = await createTestDb(services.databaseUrl, 'parse');
});
afterAll(async () => {
  await t.drop();
  await services.stop();
});

async function stored(text: string, mediaType: string | null, fileName: string | null) {
  const sha = await archiveRaw(t.db, { bytes: Buffer.from(text), fileName });
  await saveDecoded(t.db, sha, { mediaType, charset: 'utf-8', charsetRule: 'utf8-valid', text });
  return sha;
}

const story =
  ' date 2025-01-07 ATLANTA -- The city council voted on Monday to extend the late-night bus service through the summer, officials said.\n\nCouncil member Jane Doe said the vote was "a win for shift workers" and promised a review in June.';

describe('parse stage (real Postgres)', () => {
  it('reads the decoded document by reference and passes one article on', async () => {
    const sha = await stored(story, 'text/plain', 'atlanta.txt');
    await createIntakeItem(t.db, { id: 'p1', sourceKind: 'file', sourceRef: '/x/atlanta.txt', contentSha256: sha });
    const out = await parseStage(
      { intakeId: 'p1', docSha256: sha, mediaType: 'text/plain', fileName: 'atlanta.txt', url: null },
      { db: t.db },
    );
    expect(out.kind).toBe('article');
    if (out.kind !== 'article') return;
    expect(out.job.article.publishedAt?.slice(0, 10)).toBe('2025-01-07');
    expect(out.job.article.dateline?.place?.toLowerCase()).toBe('atlanta');
    expect(out.job.article.body.startsWith('The city council')).toBe(true);
  });

  it('expands a feed into child intake items: full entries go to enrich, link-only ones back to fetch', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} of the long entry about the harbour.`).join(' ');
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title>
      <item><title>Full entry</title><link>https://news.example/full</link><pubDate>Tue, 07 Jan 2025 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${long}</p>]]></content:encoded></item>
      <item><title>Link only</title><link>https://news.example/link</link><description>Short teaser.</description></item>
    </channel></rss>`;
    const sha = await stored(rss, 'application/rss+xml', 'feed.xml');
    await createIntakeItem(t.db, { id: 'feed1', sourceKind: 'file', sourceRef: '/x/feed.xml', contentSha256: sha });
    const out = await parseStage(
      { intakeId: 'feed1', docSha256: sha, mediaType: 'application/rss+xml', fileName: 'feed.xml', url: null },
      { db: t.db },
    );
    expect(out.kind).toBe('expanded');
    if (out.kind !== 'expanded') return;
    expect(out.enrich).toHaveLength(1);
    expect(out.fetch).toEqual([{ intakeId: expect.stringMatching(/^feed1\./), source: { kind: 'url', url: 'https://news.example/link' } }]);
    expect(await getIntakeItem(t.db, 'feed1')).toMatchObject({ state: 'expanded', children: 2 });
    expect((await getChildren(t.db, 'feed1')).map((c) => c.state)).toEqual(['pending', 'pending']);
    // Re-running the same job (at-least-once delivery) creates nothing new.
    const again = await parseStage(
      { intakeId: 'feed1', docSha256: sha, mediaType: 'application/rss+xml', fileName: 'feed.xml', url: null },
      { db: t.db },
    );
    expect(again.kind === 'expanded' && again.enrich[0]?.intakeId).toBe(out.enrich[0]?.intakeId);
    expect(await getChildren(t.db, 'feed1')).toHaveLength(2);
  });

  it('does not fetch again a feed link whose URL is already stored: the child ends as a duplicate of it', async () => {
    const { articleId } = await storeArticle(t.db, {
      article: {
        content_hash: 'f'.repeat(64),
        normalized_url: 'https://news.example/seen',
        url: 'https://news.example/seen',
        title: 'Seen before',
        body: 'Body.',
        paragraphs: JSON.stringify(['Body.']),
        format: 'html',
        intake_id: 'earlier',
      },
      entities: [],
      places: [],
    });
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Polled again</title>
      <item><title>Seen</title><link>https://www.news.example/seen/?utm_source=rss</link><description>Teaser.</description></item>
      <item><title>New</title><link>https://news.example/new</link><description>Teaser.</description></item>
    </channel></rss>`;
    const sha = await stored(rss, 'application/rss+xml', 'feed2.xml');
    await createIntakeItem(t.db, { id: 'feed2', sourceKind: 'file', sourceRef: '/x/feed2.xml', contentSha256: sha });
    const job = { intakeId: 'feed2', docSha256: sha, mediaType: 'application/rss+xml', fileName: 'feed2.xml', url: null };
    const out = await parseStage(job, { db: t.db });
    expect(out).toMatchObject({ kind: 'expanded', known: 1 });
    if (out.kind !== 'expanded') return;
    expect(out.fetch.map((f) => f.source)).toEqual([{ kind: 'url', url: 'https://news.example/new' }]);
    expect(await getIntakeItem(t.db, 'feed2')).toMatchObject({ state: 'expanded', children: 2 });
    const children = await getChildren(t.db, 'feed2');
    expect(children.find((c) => c.source_ref.includes('/seen'))).toMatchObject({ state: 'duplicate', duplicate_of: articleId });
    // Opting out re-fetches it (a revised story then updates the stored one in place).
    await createIntakeItem(t.db, { id: 'feed3', sourceKind: 'file', sourceRef: '/x/feed3.xml', contentSha256: sha });
    const refetch = await parseStage({ ...job, intakeId: 'feed3' }, { db: t.db, skipKnownUrls: false });
    expect(refetch.kind === 'expanded' && refetch.fetch).toHaveLength(2);
  });

  it('fails permanently, with a reason, on a document that is not an article', async () => {
    const sha = await stored('   \n  ', 'text/plain', 'blank.txt');
    const err = await parseStage(
      { intakeId: 'p3', docSha256: sha, mediaType: 'text/plain', fileName: 'blank.txt', url: null },
      { db: t.db },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(
      (err as { kind?: string; permanent?: boolean }).kind === 'permanent' || (err as { permanent?: boolean }).permanent === true,
    ).toBe(true);
  });
});
