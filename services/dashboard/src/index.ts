export * from './create-dashboard.js';
