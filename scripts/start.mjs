#!/usr/bin/env node
// The quick start: install if needed, build, migrate, then run every service as its own process until Ctrl-C.
// Configuration comes from the environment (and ./.env when present); see the table in README.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
if (existsSync('.env')) process.loadEnvFile('.env');

const SERVICES = ['intake', 'fetch', 'parse', 'enrich', 'store', 'dashboard'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(title, cmd, args) {
  process.stdout.write(`\n> ${title}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`\nnewswire: "${title}" failed (exit ${r.status}). Fix the error above and run \`npm start\` again.\n`);
    process.exit(r.status ?? 1);
  }
}

const lock = 'package-lock.json';
const stamp = 'node_modules/.package-lock.json';
if (!existsSync(stamp) || statSync(lock).mtimeMs > statSync(stamp).mtimeMs)
  step('installing dependencies (npm ci)', npm, ['ci', '--no-audit', '--no-fund']);
step('building (tsc -b)', npm, ['run', '--silent', 'build']);
step('migrating the database', process.execPath, ['services/cli/bin/newswire.js', 'migrate']);

const colors = { intake: 36, fetch: 33, parse: 35, enrich: 32, store: 34, dashboard: 90 };
const levels = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const SKIP = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'name', 'service', 'stage']);

/** Pino JSON lines -> one readable line each, prefixed by the service. */
function pretty(name, line) {
  const tag = `\x1b[${colors[name]}m${name.padEnd(9)}\x1b[0m`;
  try {
    const o = JSON.parse(line);
    const extra = Object.entries(o)
      .filter(([k]) => !SKIP.has(k))
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`)
      .join(' ');
    const lvl = levels[o.level] ?? o.level;
    return `${tag} ${lvl === 'info' ? '' : `${lvl} `}${o.msg ?? ''}${extra ? `  ${extra}` : ''}`;
  } catch {
    return `${tag} ${line}`;
  }
}

const children = new Map();
let stopping = false;

function stopAll(code) {
  if (stopping) {
    // A second Ctrl-C: the services stop at once (their own second-signal rule).
    process.stdout.write('\nstopping now, without waiting for jobs in hand (they will be retried)...\n');
    for (const child of children.values()) child.kill('SIGTERM');
    return;
  }
  stopping = true;
  process.stdout.write('\nstopping: each service finishes the jobs in hand...\n');
  for (const child of children.values()) child.kill('SIGTERM');
  const check = setInterval(() => {
    if (children.size === 0) {
      clearInterval(check);
      process.stdout.write('all services stopped.\n');
      process.exit(code);
    }
  }, 100);
}

for (const name of SERVICES) {
  // detached: a Ctrl-C in the terminal reaches only this script, which then stops each service once, cleanly.
  const child = spawn(process.execPath, [`services/${name}/dist/main.js`], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.set(name, child);
  let buf = '';
  const onData = (chunk) => {
    buf += chunk.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.trim()) process.stdout.write(`${pretty(name, line)}\n`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      process.stderr.write(`\nnewswire: the ${name} service exited (${signal ?? `code ${code}`}); stopping the others.\n`);
      stopAll(1);
    }
  });
}

// Never leave a service running behind us, whatever ends this script.
process.on('exit', () => {
  for (const child of children.values()) child.kill('SIGTERM');
});
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const env = process.env;
const intakeDir = path.resolve(env.INTAKE_DIR ?? './intake');
process.stdout.write(`
newswire is running (${SERVICES.length} services, one process each).
  drop files into   ${intakeDir}
  finished files    ${path.resolve(env.INTAKE_DONE_DIR ?? './intake/done')}  and  ${path.resolve(env.INTAKE_FAILED_DIR ?? './intake/failed')}
  dashboard         http://${env.DASHBOARD_HOST ?? '127.0.0.1'}:${env.DASHBOARD_PORT ?? 3000}${env.DASHBOARD_BASE_PATH ?? '/queues'}
  HTTP intake       POST http://${env.INTAKE_HTTP_HOST ?? '127.0.0.1'}:${env.INTAKE_HTTP_PORT ?? 8081}/ingest
  query             psql "${(env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(/:[^:@/]*@/, ':***@')}" -c 'select id, title from ${env.DATABASE_SCHEMA ?? 'newswire'}.articles'
Press Ctrl-C to stop.

`);
