export * from './abbreviations.js';
