import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveRaw, createIntakeItem, getIntakeItem } from '@newswire/db';
import { createTestDb, makeEnrichedArticle, startTestServices, type TestDb, type TestServices } from '@newswire/testing';
import { storeStage } from './store-stage.js';

let services: TestServices;
let t: TestDb;
let sha: string;

beforeAll(async () => {
  services = await startTestServices();
  t = await createTestDb(services.databaseUrl, 'store');
  sha = await archiveRaw(t.db, { bytes: Buffer.from('raw bytes of the test story') });
});
afterAll(async () => {
  await t?.drop();
  await services?.stop();
});

async function item(id: string) {
  await createIntakeItem(t.db, { id, sourceKind: 'file', sourceRef: `/tmp/${id}`, contentSha256: sha });
}

describe('store stage (real Postgres)', () => {
  it('stores an article with entities and places, and marks the intake item stored', async () => {
    await item('s1');
    const out = await storeStage({ intakeId: 's1', docSha256: sha, article: makeEnrichedArticle() }, { db: t.db });
    expect(out.outcome).toBe('stored');
    const row = await t.db.selectFrom('articles').selectAll().executeTakeFirstOrThrow();
    expect(row.title).toBe('Harbour bridge to reopen');
    expect(row.dateline_place).toBe('Lisbon');
    expect(row.published_date).toBe('2025-03-03');
    const places = await t.db.selectFrom('article_places').selectAll().execute();
    expect(places).toMatchObject([{ name: 'Lisbon', country_code: 'PT', focus: true }]);
    const ents = await t.db
      .selectFrom('article_entities')
      .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
      .select(['name', 'type'])
      .execute();
    expect(ents).toEqual([{ name: 'Lisbon', type: 'LOC' }]);
    expect(await getIntakeItem(t.db, 's1')).toMatchObject({ state: 'stored', article_id: row.id });
  });

  it('is idempotent: a retried job of the same item stays "stored" and writes nothing new', async () => {
    const again = await storeStage({ intakeId: 's1', docSha256: sha, article: makeEnrichedArticle() }, { db: t.db });
    expect(again.outcome).toBe('stored');
    const n = await t.db.selectFrom('articles').select(t.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('marks a second item with the same content as a duplicate of the first article', async () => {
    await item('s2');
    const out = await storeStage({ intakeId: 's2', docSha256: sha, article: makeEnrichedArticle() }, { db: t.db });
    expect(out.outcome).toBe('duplicate');
    const first = await getIntakeItem(t.db, 's1');
    expect(await getIntakeItem(t.db, 's2')).toMatchObject({ state: 'duplicate', duplicate_of: first?.article_id });
  });

  it('updates in place when a known URL comes back with revised content', async () => {
    await item('u1');
    await item('u2');
    const url = 'https://www.example.com/news/story?utm_source=x';
    const a = await storeStage(
      { intakeId: 'u1', docSha256: sha, article: makeEnrichedArticle({ url, body: 'First version of the story about the port.' }) },
      { db: t.db },
    );
    const b = await storeStage(
      {
        intakeId: 'u2',
        docSha256: sha,
        article: makeEnrichedArticle({ url: 'https://example.com/news/story', body: 'Revised version of the story about the port.' }),
      },
      { db: t.db },
    );
    expect(a.outcome).toBe('stored');
    expect(b).toMatchObject({ outcome: 'stored', updated: true, articleId: a.articleId });
    const row = await t.db.selectFrom('articles').select('body').where('id', '=', a.articleId).executeTakeFirstOrThrow();
    expect(row.body).toContain('Revised');
  });

  it("replaces the item's article in place when it is reprocessed (rev), text and enrichment alike", async () => {
    await item('r1');
    const first = await storeStage(
      { intakeId: 'r1', docSha256: sha, article: makeEnrichedArticle({ body: 'The ferry to Porto sails again.' }) },
      { db: t.db },
    );
    const base = makeEnrichedArticle({ body: 'The ferry to Porto sails again.' });
    const richer = {
      ...base,
      enrichment: {
        ...base.enrichment,
        entities: [
          ...base.enrichment.entities,
          { name: 'Porto Ferries', type: 'ORG' as const, mentions: 1, salience: 0.5, aliases: [], spans: [[4, 9]] as [number, number][] },
        ],
      },
    };
    // Same text, same hash: without a rev this is a repeat of the first job and changes nothing ...
    const repeat = await storeStage({ intakeId: 'r1', docSha256: sha, article: richer }, { db: t.db });
    expect(repeat).toMatchObject({ outcome: 'stored', updated: false, articleId: first.articleId });
    const ents = () =>
      t.db
        .selectFrom('article_entities')
        .innerJoin('entities', 'entities.id', 'article_entities.entity_id')
        .select('name')
        .where('article_id', '=', first.articleId)
        .orderBy('name')
        .execute();
    expect((await ents()).map((e) => e.name)).toEqual(['Lisbon']);
    // ... with one, the article is rewritten under the same id, and nothing is added beside it.
    const count = async () =>
      Number((await t.db.selectFrom('articles').select(t.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const again = await storeStage({ intakeId: 'r1', docSha256: sha, article: richer, rev: 'rp1' }, { db: t.db });
    expect(again).toMatchObject({ outcome: 'stored', updated: true, articleId: first.articleId });
    expect((await ents()).map((e) => e.name)).toEqual(['Lisbon', 'Porto Ferries']);
    // New text from an improved parser: still the same article.
    const edited = await storeStage(
      { intakeId: 'r1', docSha256: sha, article: makeEnrichedArticle({ body: 'The ferry to Porto sails again on Monday.' }), rev: 'rp2' },
      { db: t.db },
    );
    expect(edited).toMatchObject({ outcome: 'stored', articleId: first.articleId });
    const row = await t.db.selectFrom('articles').select('body').where('id', '=', first.articleId).executeTakeFirstOrThrow();
    expect(row.body).toContain('on Monday');
    expect(await count()).toBe(before);
    expect(await getIntakeItem(t.db, 'r1')).toMatchObject({ state: 'stored', article_id: first.articleId });
  });

  it('finds stored articles through full-text search', async () => {
    const { sql } = await import('kysely');
    const rows = await t.db
      .selectFrom('articles')
      .select('title')
      .where(sql<boolean>`search @@ websearch_to_tsquery('english', 'harbour bridge')`)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
  });
});
