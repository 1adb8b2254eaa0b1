import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// bigint (int8) columns come back as strings; keep them that way (ids can exceed 2^53) but parse
// nothing else unexpectedly.
export interface DbOptions {
  url: string;
  /** Postgres schema that holds newswire's tables (created by migrate). */
  schema: string;
  max?: number;
}

export type Db = Kysely<Database>;

/**
 * pg's parsers, except that a DATE column comes back as its 'YYYY-MM-DD' text, as the schema types it: pg would make it
 * a Date at local midnight, which shifts a day in toISOString() wherever the process's time zone is east of UTC.
 */
const typeParser = ((oid: number, format?: 'text' | 'binary') =>
  oid === pg.types.builtins.DATE && format !== 'binary'
    ? (v: string) => v
    : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

export function createDb(opts: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString: opts.url,
    types: { getTypeParser: typeParser },
    max: opts.max ?? 10,
    // Every connection resolves unqualified names in the configured schema.
    options: `-c search_path=${opts.schema},public`,
    connectionTimeoutMillis: 10_000,
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Resolves once Postgres answers, or throws a message that says what to do. */
export async function assertDbReachable(db: Db, url: string): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    const safe = url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
    throw new Error(`PostgreSQL at ${safe} is not reachable (${(err as Error).message}). Start PostgreSQL or set DATABASE_URL.`);
  }
}
