#!/usr/bin/env node
import('../dist/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    process.stderr.write('newswire: not built yet. Run `npm run build` first.\n');
    process.exit(1);
  }
  throw err;
});
