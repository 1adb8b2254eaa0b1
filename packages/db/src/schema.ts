import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;
/** A JSON column with a default in the migration: inserts may leave it out. */
type JsonDefault<T = unknown> = ColumnType<T, string | undefined, string>;
/** A column with a default in the migration: inserts may leave it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Int8 = string;

export interface RawDocumentsTable {
  sha256: string;
  bytes: Buffer;
  size: number;
  content_type: string | null;
  file_name: string | null;
  source_url: string | null;
  media_type: string | null;
  charset: string | null;
  charset_rule: string | null;
  text: string | null;
  created_at: Timestamp;
}

export interface ArticlesTable {
  id: Generated<string>;
  content_hash: string;
  normalized_url: string | null;
  intake_id: string;
  raw_sha256: string | null;
  format: string;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  body: string;
  paragraphs: Json<string[]>;
  authors: Defaulted<string[]>;
  published_at: Timestamp | null;
  published_date: ColumnType<string | null, string | null, string | null>;
  modified_at: Timestamp | null;
  date_conflicts: Json | null;
  dateline: Json | null;
  dateline_place: string | null;
  site_name: string | null;
  language: string | null;
  section: string | null;
  tags: Defaulted<string[]>;
  image: string | null;
  description: string | null;
  fragments: JsonDefault;
  provenance: JsonDefault;
  keywords: JsonDefault;
  summary: Defaulted<string[]>;
  tone_score: number | null;
  tone: Json | null;
  word_count: Defaulted<number>;
  reading_time_minutes: Defaulted<number>;
  simhash: Int8 | null;
  quotes: JsonDefault;
  mentioned_dates: JsonDefault;
  enrichment: JsonDefault;
  search: ColumnType<string, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EntitiesTable {
  id: Generated<string>;
  name: string;
  type: string;
}

export interface ArticleEntitiesTable {
  article_id: Int8;
  entity_id: Int8;
  mentions: number;
  salience: number;
  aliases: string[];
}

export interface ArticlePlacesTable {
  article_id: Int8;
  name: string;
  country_code: string | null;
  lat: number | null;
  lon: number | null;
  geoname_id: number | null;
  mentions: number;
  via: string;
  focus: boolean;
}

export interface IntakeItemsTable {
  id: string;
  parent_id: string | null;
  source_kind: string;
  source_ref: string;
  content_sha256: string | null;
  state: ColumnType<string, string | undefined, string>;
  article_id: Int8 | null;
  duplicate_of: Int8 | null;
  failed_stage: string | null;
  reason: string | null;
  children: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface StageRunsTable {
  id: Generated<string>;
  intake_id: string | null;
  stage: string;
  job_id: string;
  attempt: number;
  outcome: string;
  error: string | null;
  started_at: Timestamp;
  finished_at: Timestamp;
  duration_ms: number;
}

export interface FailuresTable {
  id: Generated<string>;
  intake_id: string | null;
  stage: string;
  job_id: string;
  code: string;
  reason: string;
  attempts: number;
  input: Json | null;
  created_at: Timestamp;
  retried_at: Timestamp | null;
}

export interface Database {
  raw_documents: RawDocumentsTable;
  articles: ArticlesTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  article_places: ArticlePlacesTable;
  intake_items: IntakeItemsTable;
  stage_runs: StageRunsTable;
  failures: FailuresTable;
}

export type IntakeItem = Selectable<IntakeItemsTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type Failure = Selectable<FailuresTable>;
