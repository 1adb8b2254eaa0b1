export * from './ingest.js';
export * from './read-input.js';
