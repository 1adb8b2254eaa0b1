export { extractDates } from './extract-dates.js';
