import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { baseConfigSchema, loadConfig } from '@newswire/config';
import { stageCatalog, STAGES, type Stage } from '@newswire/contracts';
import { createDb, listOpenFailures, markFailureRetried, migrateToLatest, reopenIntakeItem } from '@newswire/db';
import { TokenLineTagger, enrichArticle } from '@newswire/enrich';
import { describeIntakeItem } from '@newswire/intake';
import { parseDocument } from '@newswire/parse';
import { closeQueues, createQueues, createRedis } from '@newswire/queue';
import { expandArgs, submitArgs, waitForItems } from './ingest.js';
import { loadDocument } from './read-input.js';
import { reprocess } from './reprocess.js';

const HELP = `newswire <command> [options]

Pipeline (needs Redis and PostgreSQL; see README for REDIS_URL, DATABASE_URL ...):
  ingest <file|dir|URL|->...   submit items and show each one until stored, duplicate or failed
      --no-wait                  submit and return the intake ids
      --timeout <s>              give up waiting after this long (default 300)
  status <intake-id>           state, article, lineage and failures of one item (JSON)
  failures [--limit n]         open dead-letter records
  retry <intake-id>...|--all   re-run failed items from the stage that failed
  reprocess <intake-id>...|--all [--limit n]
                               run stored items again from their archived documents (after an upgrade):
                               each article is replaced in place, never stored twice
  migrate                      create or update the database schema

One document, no queue or database:
  extract <file|URL|->         print what the parse stage passes on, as JSON
      --text                     print the body text only
  enrich <file|URL|->          print the parse output plus everything enrichment adds, as JSON
  enrich --tokens              read JSONL {"tokens": [...]} on stdin, write it back with "tags" (IOB2);
                               consecutive lines with the same "doc" are tagged as one document;
                               so are the lines between CoNLL -DOCSTART- lines
`;

const out = (s: string) => process.stdout.write(`${s}\n`);
// A reader that stops early (`newswire enrich --tokens < big.jsonl | head`) closes the pipe: end quietly, as Unix
// tools do, instead of a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const err = (s: string) => process.stderr.write(`${s}\n`);
const LIMITS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 20_000 };

async function withPipeline<T>(
  fn: (d: { db: ReturnType<typeof createDb>; queues: ReturnType<typeof createQueues> }) => Promise<T>,
): Promise<T> {
  const cfg = loadConfig(baseConfigSchema);
  const db = createDb({ url: cfg.DATABASE_URL, schema: cfg.DATABASE_SCHEMA, max: 4 });
  const redis = createRedis(cfg.REDIS_URL);
  const queues = createQueues(redis, cfg.QUEUE_PREFIX);
  try {
    return await fn({ db, queues });
  } finally {
    await closeQueues(queues);
    await db.destroy();
    redis.disconnect();
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      out(HELP);
      return 0;

    case 'extract': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { text: { type: 'boolean' } } });
      const arg = positionals[0] ?? '-';
      const doc = await loadDocument(arg, LIMITS);
      const result = parseDocument({ text: doc.text, mediaType: doc.mediaType, fileName: doc.fileName, url: doc.url });
      if (values.text) out(result.articles.map((a) => a.body).join('\n\n'));
      else out(JSON.stringify(result.articles.length === 1 && result.links.length === 0 ? result.articles[0] : result, null, 2));
      return 0;
    }

    case 'enrich': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { tokens: { type: 'boolean' } } });
      if (values.tokens) {
        const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
        const tagger = new TokenLineTagger();
        let n = 0;
        for await (const line of rl) {
          n++;
          if (!line.trim()) continue;
          try {
            for (const o of tagger.push(line)) out(o);
          } catch (e) {
            // The lines before the bad one are written (a document held back is tagged as far as it goes).
            for (const o of tagger.flush()) out(o);
            throw new Error(`stdin line ${n}: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
        for (const o of tagger.flush()) out(o);
        return 0;
      }
      const doc = await loadDocument(positionals[0] ?? '-', LIMITS);
      const result = parseDocument({ text: doc.text, mediaType: doc.mediaType, fileName: doc.fileName, url: doc.url });
      const enriched = result.articles.map((a) => ({ ...a, enrichment: enrichArticle(a) }));
      out(
        JSON.stringify(
          enriched.length === 1 && result.links.length === 0 ? enriched[0] : { articles: enriched, links: result.links },
          null,
          2,
        ),
      );
      return 0;
    }

    case 'ingest': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'no-wait': { type: 'boolean' }, timeout: { type: 'string', default: '300' } },
      });
      if (positionals.length === 0) throw new Error('nothing to ingest: give files, directories, URLs or - for stdin');
      const items = await expandArgs(positionals);
      return withPipeline(async (deps) => {
        const started = Date.now();
        const targets = await submitArgs(deps, items, readStdin);
        err(`submitted ${targets.length} item(s)`);
        if (values['no-wait']) {
          for (const t of targets) out(`${t.intakeId}  ${t.label}`);
          return 0;
        }
        const tty = process.stderr.isTTY;
        const counts = await waitForItems(deps.db, targets, {
          timeoutMs: Number(values.timeout) * 1000,
          print: (l) => {
            if (tty) process.stderr.write('\r\x1b[K');
            out(l);
          },
          progress: (l) => {
            if (tty) process.stderr.write(`\r\x1b[K${l}`);
          },
        });
        if (tty) process.stderr.write('\r\x1b[K');
        const parts = Object.entries(counts).map(([k, v]) => `${v} ${k}`);
        out(`done in ${((Date.now() - started) / 1000).toFixed(1)}s: ${parts.join(', ') || 'nothing'}`);
        return (counts.failed ?? 0) > 0 || (counts.pending ?? 0) > 0 ? 1 : 0;
      });
    }

    case 'status': {
      const id = rest[0];
      if (!id) throw new Error('usage: newswire status <intake-id>');
      return withPipeline(async ({ db }) => {
        const s = await describeIntakeItem(db, id);
        if (!s) {
          err(`no intake item ${id}`);
          return 1;
        }
        out(JSON.stringify(s, null, 2));
        return 0;
      });
    }

    case 'failures': {
      const { values } = parseArgs({ args: rest, options: { limit: { type: 'string', default: '50' } } });
      return withPipeline(async ({ db }) => {
        const rows = await listOpenFailures(db, { limit: Number(values.limit) });
        if (rows.length === 0) out('no open failures');
        for (const f of rows)
          out(`${f.intake_id}  [${f.stage}] ${f.code}: ${f.reason} (${f.attempts} attempt(s), ${new Date(f.created_at).toISOString()})`);
        return 0;
      });
    }

    case 'retry': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { all: { type: 'boolean' } } });
      if (!values.all && positionals.length === 0) throw new Error('usage: newswire retry <intake-id>... | --all');
      return withPipeline(async ({ db, queues }) => {
        const rows = values.all
          ? await listOpenFailures(db, { limit: 10_000 })
          : (await Promise.all(positionals.map((id) => listOpenFailures(db, { intakeId: id, limit: 1 })))).flat();
        let n = 0;
        for (const f of rows) {
          if (!STAGES.includes(f.stage as Stage)) continue;
          const stage = f.stage as Stage;
          const input = stageCatalog[stage].input.safeParse(f.input);
          if (!input.success) {
            err(`cannot retry ${f.intake_id}: its stored input no longer fits the ${stage} contract`);
            continue;
          }
          if (f.intake_id) await reopenIntakeItem(db, f.intake_id);
          await queues[stage].add(stage, input.data, { jobId: `${stage}.${String(f.intake_id).replace(/:/g, '_')}.retry${f.id}` });
          await markFailureRetried(db, f.id);
          out(`retrying ${f.intake_id} from ${stage}`);
          n++;
        }
        out(`${n} item(s) re-queued`);
        return 0;
      });
    }

    case 'reprocess': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { all: { type: 'boolean' }, limit: { type: 'string', default: '100000' } },
      });
      if (!values.all && positionals.length === 0) throw new Error('usage: newswire reprocess <intake-id>... | --all [--limit n]');
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new Error(`--limit must be a positive whole number, not "${values.limit}"`);
      return withPipeline(async ({ db, queues }) => {
        const r = await reprocess(db, queues, {
          ...(values.all ? {} : { ids: positionals }),
          limit,
          onProgress: (done, total) => err(`reprocess: ${done} of ${total} item(s) queued or skipped so far ...`),
        });
        for (const s of r.skipped) err(`not reprocessed: ${s.intakeId}: ${s.reason}`);
        out(`${r.queued.length} item(s) queued for reprocessing (rev ${r.rev}); follow one with: newswire status <intake-id>`);
        return r.queued.length === 0 && r.skipped.length > 0 ? 1 : 0;
      });
    }

    case 'migrate': {
      const cfg = loadConfig(baseConfigSchema);
      const db = createDb({ url: cfg.DATABASE_URL, schema: cfg.DATABASE_SCHEMA, max: 1 });
      try {
        const r = await migrateToLatest(db, cfg.DATABASE_SCHEMA);
        const applied = (r.results ?? []).filter((x) => x.status === 'Success').map((x) => x.migrationName);
        out(applied.length ? `applied: ${applied.join(', ')}` : `schema "${cfg.DATABASE_SCHEMA}" is up to date`);
      } finally {
        await db.destroy();
      }
      return 0;
    }

    default:
      err(`unknown command: ${cmd}\n`);
      err(HELP);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`newswire: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
