export * from './connection.js';
export * from './errors.js';
export * from './queues.js';
export * from './shutdown.js';
export * from './worker.js';
