export * from './abbreviations.js';
export * from './english-words.js';
