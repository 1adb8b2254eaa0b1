import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { intakeDirError, prepareIntakeDirs } from './prepare-dirs.js';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('prepareIntakeDirs', () => {
  it('creates missing folders, nested ones included', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'nw-intake-'));
    await prepareIntakeDirs([path.join(root, 'in'), path.join(root, 'in/done'), path.join(root, 'x/y/failed')]);
    await expect(prepareIntakeDirs([path.join(root, 'in/done')])).resolves.toBeUndefined();
  });

  it('names the folder and says what to do when a path is not a usable folder', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'nw-intake-'));
    const file = path.join(root, 'a-file');
    await writeFile(file, 'x');
    const err = (await prepareIntakeDirs([path.join(file, 'done')]).catch((e: unknown) => e)) as Error;
    expect(err.message).toContain(path.join(file, 'done'));
    expect(err.message).toMatch(/ENOTDIR|EEXIST/);
    expect(err.message).toContain('INTAKE_DIR');
  });

  it('explains a permission problem with the chown to run (a root-owned bind mount)', () => {
    const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    const err = intakeDirError('/intake/done', denied, 1000);
    expect(err.message).toBe(
      'intake folder /intake/done is not usable (EACCES): make it readable and writable for the service (it runs as uid 1000), e.g. `sudo chown -R 1000 /intake/done`, or with docker-compose set NEWSWIRE_UID / NEWSWIRE_GID to your own ids (`id -u`, `id -g`)',
    );
    expect(err.cause).toBe(denied);
  });
});
