export * from './store-stage.js';
export * from './to-row.js';
