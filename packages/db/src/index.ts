export * from './db.js';
export * from './migrate.js';
export * from './schema.js';
export * from './repositories/articles.js';
export * from './repositories/intake-items.js';
export * from './repositories/raw-documents.js';
export * from './repositories/runs.js';
