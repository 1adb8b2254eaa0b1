export { summarize } from './summarize.js';
