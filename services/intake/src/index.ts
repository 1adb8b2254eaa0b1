export * from './config.js';
export * from './http-api.js';
export * from './status.js';
export * from './submit.js';
export * from './watch-intake.js';
