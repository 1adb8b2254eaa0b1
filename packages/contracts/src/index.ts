export * from './article.js';
export * from './intake.js';
export * from './jobs.js';
export * from './stages.js';
export * from './url.js';
