export * from './errors.js';
export * from './decode.js';
export * from './fetch-document.js';
export * from './fetch-stage.js';
export * from './http.js';
