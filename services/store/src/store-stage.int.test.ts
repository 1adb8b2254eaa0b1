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
