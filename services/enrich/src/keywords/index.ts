export { extractKeywords } from './extract-keywords.js';
