export { textStats, WORDS_PER_MINUTE } from './text-stats.js';
