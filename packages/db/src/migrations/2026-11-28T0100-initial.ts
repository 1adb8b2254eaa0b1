import { sql, type Kysely } from 'kysely';

// Frozen once landed: change the schema with a new migration, never by editing this one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('raw_documents')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_type', 'text')
    .addColumn('file_name', 'text')
    .addColumn('source_url', 'text')
    .addColumn('media_type', 'text')
    .addColumn('charset', 'text')
    .addColumn('charset_rule', 'text')
    .addColumn('text', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('normalized_url', 'text', (c) => c.unique())
    .addColumn('intake_id', 'text', (c) => c.notNull())
    .addColumn('raw_sha256', 'text', (c) => c.references('raw_documents.sha256'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('paragraphs', 'jsonb', (c) => c.notNull())
    .addColumn('authors', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_date', 'date')
    .addColumn('modified_at', 'timestamptz')
    .addColumn('date_conflicts', 'jsonb')
    .addColumn('dateline', 'jsonb')
    .addColumn('dateline_place', 'text')
    .addColumn('site_name', 'text')
    .addColumn('language', 'text')
    .addColumn('section', 'text')
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('image', 'text')
    .addColumn('description', 'text')
    .addColumn('fragments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('provenance', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('keywords', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('summary', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('tone_score', 'real')
    .addColumn('tone', 'jsonb')
    .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reading_time_minutes', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('simhash', 'bigint')
    .addColumn('quotes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('mentioned_dates', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('enrichment', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(sql`setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')`)
        .stored(),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('articles_search_idx').on('articles').using('gin').column('search').execute();
  await db.schema.createIndex('articles_published_idx').on('articles').column('published_at').execute();
  await db.schema.createIndex('articles_dateline_place_idx').on('articles').column('dateline_place').execute();
  await db.schema.createIndex('articles_simhash_idx').on('articles').column('simhash').execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addUniqueConstraint('entities_name_type_key', ['name', 'type'])
    .execute();

  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'bigint', (c) => c.notNull().references('entities.id'))
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('salience', 'real', (c) => c.notNull())
    .addColumn('aliases', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addPrimaryKeyConstraint('article_entities_pkey', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('article_entities_entity_idx').on('article_entities').column('entity_id').execute();

  await db.schema
    .createTable('article_places')
    .addColumn('article_id', 'bigint', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('geoname_id', 'integer')
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('focus', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('article_places_pkey', ['article_id', 'name'])
    .execute();
  await db.schema.createIndex('article_places_country_idx').on('article_places').column('country_code').execute();

  await db.schema
    .createTable('intake_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('intake_items.id'))
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_ref', 'text', (c) => c.notNull())
    .addColumn('content_sha256', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('article_id', 'bigint', (c) => c.references('articles.id'))
    .addColumn('duplicate_of', 'bigint', (c) => c.references('articles.id'))
    .addColumn('failed_stage', 'text')
    .addColumn('reason', 'text')
    .addColumn('children', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint('intake_items_state_check', sql`state in ('pending', 'stored', 'duplicate', 'failed', 'expanded')`)
    .execute();
  await db.schema.createIndex('intake_items_state_idx').on('intake_items').columns(['state', 'created_at']).execute();
  await db.schema.createIndex('intake_items_parent_idx').on('intake_items').column('parent_id').execute();

  await db.schema
    .createTable('stage_runs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('intake_id', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stage_runs_intake_idx').on('stage_runs').column('intake_id').execute();

  await db.schema
    .createTable('failures')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('intake_id', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('input', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('retried_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('failures_intake_idx').on('failures').column('intake_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'failures',
    'stage_runs',
    'intake_items',
    'article_places',
    'article_entities',
    'entities',
    'articles',
    'raw_documents',
  ]) {
    await db.schema.dropTable(t).ifExists().cascade().execute();
  }
}
