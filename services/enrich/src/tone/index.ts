export { scoreTone, TONE_METHOD } from './score-tone.js';
