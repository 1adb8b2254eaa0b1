import { Migrator, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './db.js';
import * as m20261128T0100 from './migrations/2026-11-28T0100-initial.js';

/** Every migration, by timestamped name. Imported statically so it works from src and dist alike. */
const migrations: Record<string, Migration> = {
  '2026-11-28T0100-initial': m20261128T0100,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Creates the schema if needed and applies pending migrations. Safe to run concurrently (Kysely locks). */
export async function migrateToLatest(db: Db, schema: string): Promise<MigrationResultSet> {
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema: schema });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}
