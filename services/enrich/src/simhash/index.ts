export { hammingDistance, simhash64 } from './simhash.js';
