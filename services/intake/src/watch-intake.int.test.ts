import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishIntakeItem, sha256Hex } from '@newswire/db';
import { createLogger } from '@newswire/logger';
import type { StageQueues } from '@newswire/queue';
import { createTestPipeline, waitFor, type TestDb, type TestPipeline } from '@newswire/testing';
import { watchIntake, type IntakeWatcher } from './watch-intake.js';

const log = createLogger({ name: 'test', level: 'silent' });
let pipeline: TestPipeline;
let t: TestDb;
let queues: StageQueues;
let dir: string;

beforeAll(async () => {
  pipeline = await createTestPipeline('intake');
  ({ t, queues } = pipeline);
});
afterAll(async () => {
  await pipeline.close();
});

async function freshDir() {
  dir = await mkdtemp(path.join(tmpdir(), 'newswire-intake-'));
  return { dir, doneDir: path.join(dir, 'done'), failedDir: path.join(dir, 'failed'), stableMs: 300, pollMs: 50, maxBytes: 1_000_000 };
}

const itemsFor = (name: string) =>
  t.db.selectFrom('intake_items').selectAll().where('source_ref', 'like', `%/${name}`).orderBy('created_at').execute();

describe('intake watcher (real Redis and Postgres)', () => {
  let w: IntakeWatcher | undefined;

  it('submits files present at start, and moves each out only after its final state is recorded', async () => {
    const opts = await freshDir();
    await writeFile(path.join(dir, 'before.txt'), 'A story that was there before the watcher started.');
    w = watchIntake({ db: t.db, queues, log }, opts);
    await w.ready;
    const [item] = await waitFor(async () => ((await itemsFor('before.txt')).length ? itemsFor('before.txt') : undefined));
    expect(item?.state).toBe('pending');
    expect(await queues.fetch.getJob(`fetch.${item?.id}`)).toBeTruthy();
    // Still pending: the file stays.
    await new Promise((res) => setTimeout(res, 200));
    expect(existsSync(path.join(dir, 'before.txt'))).toBe(true);
    await finishIntakeItem(t.db, item?.id ?? '', { state: 'failed', stage: 'fetch', reason: 'file is empty' });
    await waitFor(async () => (existsSync(path.join(dir, 'failed', 'before.txt')) ? true : undefined));
    expect(existsSync(path.join(dir, 'before.txt'))).toBe(false);
    expect(await readFile(path.join(dir, 'failed', 'before.txt.reason.txt'), 'utf8')).toContain('file is empty');
    await w.close();
  });

  it('never reads a file that is still being written', async () => {
    const opts = await freshDir();
    w = watchIntake({ db: t.db, queues, log }, opts);
    await w.ready;
    const file = path.join(dir, 'slow.txt');
    const parts = ['The first part of a story, ', 'then a second part written later, ', 'and the end.'];
    await writeFile(file, parts[0] ?? '');
    for (const p of parts.slice(1)) {
      await new Promise((res) => setTimeout(res, 120));
      await appendFile(file, p);
    }
    const [item] = await waitFor(async () => ((await itemsFor('slow.txt')).length ? itemsFor('slow.txt') : undefined));
    expect(item?.content_sha256).toBe(sha256Hex(parts.join('')));
    await w.close();
  });

  it('resumes an unfinished item after a restart instead of submitting it again', async () => {
    const opts = await freshDir();
    await writeFile(path.join(dir, 'crash.txt'), 'A story whose intake crashed half way.');
    w = watchIntake({ db: t.db, queues, log }, opts);
    await w.ready;
    await waitFor(async () => ((await itemsFor('crash.txt')).length ? true : undefined));
    await w.close(); // "crash": the item is pending and the file still in the folder
    w = watchIntake({ db: t.db, queues, log }, opts);
    await w.ready;
    await new Promise((res) => setTimeout(res, 300));
    const items = await itemsFor('crash.txt');
    expect(items).toHaveLength(1);
    await finishIntakeItem(t.db, items[0]?.id ?? '', { state: 'stored', articleId: '1' }).catch(() => false);
    await w.close();
  });

  it('ignores temporary and hidden files', async () => {
    const opts = await freshDir();
    w = watchIntake({ db: t.db, queues, log }, opts);
    await w.ready;
    await writeFile(path.join(dir, 'download.part'), 'partial');
    await writeFile(path.join(dir, '.hidden'), 'hidden');
    await writeFile(path.join(dir, 'real.txt'), 'A real story.');
    await waitFor(async () => ((await itemsFor('real.txt')).length ? true : undefined));
    expect(await itemsFor('download.part')).toHaveLength(0);
    expect(await itemsFor('.hidden')).toHaveLength(0);
    await w.close();
    await rm(dir, { recursive: true, force: true });
  });
});
