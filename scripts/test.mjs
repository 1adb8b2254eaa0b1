#!/usr/bin/env node
// The test command (npm test): type-check and build, type-check the rest (tests, benches, scripts), lint, check formatting, then every vitest project
// (unit, integration against real Redis/PostgreSQL, e2e with services as separate processes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const extra = process.argv.slice(2);

function run(title, cmd, args) {
  process.stdout.write(`\n> ${title}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`\nnpm test: "${title}" failed.\n`);
    process.exit(r.status ?? 1);
  }
}

run('build (tsc -b)', npx, ['tsc', '-b']);
// The build covers what the services run; tests, benches and training scripts are type-checked here.
run('type-check tests, benches, scripts (tsc -p tsconfig.check.json)', npx, ['tsc', '-p', 'tsconfig.check.json']);
run('lint (eslint)', npx, ['eslint', '.', '--max-warnings', '0']);
run('format (prettier --check)', npx, ['prettier', '--check', '.', '--log-level', 'warn']);

const report = path.join(mkdtempSync(path.join(tmpdir(), 'newswire-test-')), 'vitest.json');
process.stdout.write('\n> tests (vitest: unit, int, e2e)\n');
const r = spawnSync(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  stdio: 'inherit',
  env: process.env,
});
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  process.stdout.write(`\ntests: ${j.numPassedTests} passed, ${j.numFailedTests} failed, ${skipped} skipped\n`);
}
process.exit(r.status ?? 1);
