import { sql } from 'kysely';
import type { Db } from '../db.js';
import type { NewArticle } from '../schema.js';

export interface ArticleEntityInput {
  name: string;
  type: string;
  mentions: number;
  salience: number;
  aliases: string[];
}

export interface ArticlePlaceInput {
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  mentions: number;
  via: string;
  focus: boolean;
}

export interface StoreArticleInput {
  article: Omit<NewArticle, 'id' | 'created_at' | 'updated_at' | 'search'>;
  /**
   * Reprocessing (`newswire reprocess`): the article stored earlier for the same intake item is replaced in place
   * (same id; text, enrichment, entities and places rewritten), even when its content hash has not changed.
   */
  replace?: boolean;
  entities: ArticleEntityInput[];
  places: ArticlePlaceInput[];
}

export type StoreOutcome = { outcome: 'stored'; articleId: string; updated: boolean } | { outcome: 'duplicate'; articleId: string };

/**
 * Idempotent upsert. The same content (content_hash) is stored once: a second intake item of it is a
 * duplicate, while a retry of the item that stored it is still "stored". A known normalized URL with new
 * content updates that article in place (a revised story), keeping its id.
 */
export async function storeArticle(db: Db, input: StoreArticleInput): Promise<StoreOutcome> {
  return db.transaction().execute(async (trx) => {
    const a = input.article;
    const mine = input.replace
      ? await trx.selectFrom('articles').select('id').where('intake_id', '=', a.intake_id).forUpdate().executeTakeFirst()
      : undefined;
    const byHash = await trx
      .selectFrom('articles')
      .select(['id', 'intake_id'])
      .where('content_hash', '=', a.content_hash)
      .executeTakeFirst();
    if (byHash && !(mine && byHash.id === mine.id)) {
      // Reprocessed text that is now another article's: that one stays, and so does this item's earlier version.
      return byHash.intake_id === a.intake_id
        ? { outcome: 'stored' as const, articleId: byHash.id, updated: false }
        : { outcome: 'duplicate' as const, articleId: byHash.id };
    }

    let articleId: string;
    let updated = false;
    const byUrl =
      mine ??
      (a.normalized_url
        ? await trx.selectFrom('articles').select('id').where('normalized_url', '=', a.normalized_url).forUpdate().executeTakeFirst()
        : undefined);
    if (byUrl) {
      await trx
        .updateTable('articles')
        .set({ ...a, updated_at: sql<Date>`now()` })
        .where('id', '=', byUrl.id)
        .execute();
      articleId = byUrl.id;
      updated = true;
      await trx.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
      await trx.deleteFrom('article_places').where('article_id', '=', articleId).execute();
    } else {
      // A concurrent insert of the same hash or URL raises a unique violation: the job retries and then
      // finds the row above.
      const row = await trx.insertInto('articles').values(a).returning('id').executeTakeFirstOrThrow();
      articleId = row.id;
    }

    if (input.entities.length > 0) {
      // Entities are shared across articles; upsert them in a stable order to avoid deadlocks.
      const sorted = [...input.entities].sort((x, y) => (x.type + x.name).localeCompare(y.type + y.name));
      const ids = await trx
        .insertInto('entities')
        .values(sorted.map((e) => ({ name: e.name, type: e.type })))
        .onConflict((oc) => oc.columns(['name', 'type']).doUpdateSet({ name: sql`excluded.name` }))
        .returning(['id', 'name', 'type'])
        .execute();
      const idOf = new Map(ids.map((r) => [`${r.type}\u0000${r.name}`, r.id]));
      await trx
        .insertInto('article_entities')
        .values(
          sorted.map((e) => ({
            article_id: articleId,
            entity_id: idOf.get(`${e.type}\u0000${e.name}`) ?? '0',
            mentions: e.mentions,
            salience: e.salience,
            aliases: e.aliases,
          })),
        )
        .execute();
    }
    if (input.places.length > 0) {
      const seen = new Set<string>();
      const places = input.places.filter((p) => !seen.has(p.name) && seen.add(p.name));
      await trx
        .insertInto('article_places')
        .values(
          places.map((p) => ({
            article_id: articleId,
            name: p.name,
            country_code: p.countryCode,
            lat: p.lat,
            lon: p.lon,
            geoname_id: p.geonameId,
            mentions: p.mentions,
            via: p.via,
            focus: p.focus,
          })),
        )
        .execute();
    }
    return { outcome: 'stored' as const, articleId, updated };
  });
}

/** Stored articles by normalized URL (see `normalizeUrl`): which of these URLs newswire already holds. */
export async function findArticlesByNormalizedUrl(db: Db, normalizedUrls: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (normalizedUrls.length === 0) return out;
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'normalized_url'])
    .where('normalized_url', 'in', [...new Set(normalizedUrls)])
    .execute();
  for (const r of rows) if (r.normalized_url) out.set(r.normalized_url, r.id);
  return out;
}
