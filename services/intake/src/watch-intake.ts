import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { FINAL_STATES, type IntakeState } from '@newswire/contracts';
import { findLatestItem, getIntakeItems, sha256Hex, type Db } from '@newswire/db';
import type { Logger } from '@newswire/logger';
import type { StageQueues } from '@newswire/queue';
import { submitBytes } from './submit.js';

export interface WatchOptions {
  dir: string;
  doneDir: string;
  failedDir: string;
  /** A file counts as written once its size has not changed for this long. */
  stableMs: number;
  /** How often final states are checked to move finished files out. */
  pollMs: number;
  maxBytes: number;
}

/** Names that are still being written by common tools, or are not meant for us. */
export function isIgnoredName(name: string): boolean {
  return /^\./.test(name) || /^~\$/.test(name) || /\.(part|partial|tmp|temp|crdownload|download|swp)$/i.test(name) || name.endsWith('~');
}

/** Where a finished file goes: done/ or failed/, keeping its path below the intake dir; never overwrites. */
export function destinationFor(
  opts: Pick<WatchOptions, 'dir' | 'doneDir' | 'failedDir'>,
  file: string,
  state: IntakeState,
  intakeId: string,
  exists: (p: string) => boolean,
): string {
  const rel = path.relative(opts.dir, file);
  const base = path.join(state === 'failed' ? opts.failedDir : opts.doneDir, rel);
  if (!exists(base)) return base;
  const ext = path.extname(base);
  return `${base.slice(0, base.length - ext.length)}.${intakeId}${ext}`;
}

export interface IntakeWatcher {
  /** Resolves when the files present at start have been submitted. */
  ready: Promise<void>;
  close(): Promise<void>;
  /** Files submitted and not yet moved out. */
  pending(): number;
}

/**
 * Watches the intake folder: files there at start and files dropped later, each read only once its size is
 * stable. A file leaves the folder (to done/ or failed/) only after Postgres holds its final state, so a crash at
 * any point loses nothing: on restart the file is seen again and its unfinished item resumed.
 */
export function watchIntake(deps: { db: Db; queues: StageQueues; log: Logger }, opts: WatchOptions): IntakeWatcher {
  const log = deps.log.child({ component: 'watcher' });
  const inFlight = new Map<string, string>(); // intakeId -> file path
  const seen = new Set<string>(); // paths being handled
  const doneAbs = path.resolve(opts.doneDir);
  const failedAbs = path.resolve(opts.failedDir);
  let closed = false;

  const handle = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    try {
      const st = await stat(file);
      if (st.size > opts.maxBytes) {
        log.warn({ file, size: st.size, max: opts.maxBytes }, 'file larger than INTAKE_MAX_BYTES: moved to failed');
        await moveOut(file, 'failed', 'too-large', `file is ${st.size} bytes; the limit is INTAKE_MAX_BYTES=${opts.maxBytes}`);
        return;
      }
      const bytes = await readFile(file);
      const sourceRef = path.resolve(file);
      // Crashed after the final state was recorded but before the move: just finish the move.
      const latest = await findLatestItem(deps.db, 'file', sourceRef, sha256Hex(bytes));
      if (
        latest?.finished_at &&
        FINAL_STATES.includes(latest.state as IntakeState) &&
        new Date(latest.finished_at).getTime() >= st.mtimeMs
      ) {
        await moveOut(file, latest.state as IntakeState, latest.id, latest.reason);
        log.info({ file, intakeId: latest.id, state: latest.state }, 'already finished before a restart: moved out');
        return;
      }
      const { intakeId, resumed } = await submitBytes(deps, { bytes, sourceKind: 'file', sourceRef, fileName: path.basename(file) });
      inFlight.set(intakeId, file);
      log.info({ file, intakeId, resumed, sha256: sha256Hex(bytes).slice(0, 12) }, resumed ? 'resumed unfinished item' : 'submitted');
    } catch (err) {
      seen.delete(file);
      // Redis or Postgres away: the file stays in the folder and is tried again on the next poll.
      log.error({ err, file }, 'could not submit file; will retry');
      retry.add(file);
    }
  };

  const retry = new Set<string>();

  const moveOut = async (file: string, state: IntakeState, id: string, reason?: string | null): Promise<void> => {
    const { existsSync } = await import('node:fs');
    const dest = destinationFor(opts, file, state, id, existsSync);
    await mkdir(path.dirname(dest), { recursive: true });
    // The reason is written first, so whoever sees the file in failed/ also finds why.
    if (state === 'failed' && reason) await writeFile(`${dest}.reason.txt`, `${reason}\n`);
    await rename(file, dest);
    seen.delete(file);
  };

  const sweep = async (): Promise<void> => {
    for (const f of [...retry]) {
      retry.delete(f);
      await handle(f);
    }
    if (inFlight.size === 0) return;
    const items = await getIntakeItems(deps.db, [...inFlight.keys()]);
    for (const item of items) {
      if (!FINAL_STATES.includes(item.state as IntakeState)) continue;
      const file = inFlight.get(item.id);
      if (!file) continue;
      try {
        await moveOut(file, item.state as IntakeState, item.id, item.reason);
        inFlight.delete(item.id);
        log.info(
          { file: path.basename(file), intakeId: item.id, state: item.state, reason: item.reason ?? undefined },
          `finished: ${item.state}`,
        );
      } catch (err) {
        log.error({ err, file }, 'could not move finished file');
      }
    }
  };

  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    timer = setTimeout(() => {
      sweep()
        .catch((err: unknown) => log.error({ err }, 'sweep failed'))
        .finally(() => {
          if (!closed) loop();
        });
    }, opts.pollMs);
  };

  const watcher: FSWatcher = watch(opts.dir, {
    ignoreInitial: false,
    persistent: true,
    awaitWriteFinish: { stabilityThreshold: opts.stableMs, pollInterval: Math.min(100, opts.stableMs) },
    ignored: (p: string) => {
      const abs = path.resolve(p);
      if (abs === doneAbs || abs.startsWith(doneAbs + path.sep) || abs === failedAbs || abs.startsWith(failedAbs + path.sep)) return true;
      return abs !== path.resolve(opts.dir) && isIgnoredName(path.basename(abs));
    },
  });
  const pendingAdds: Promise<void>[] = [];
  watcher.on('add', (file) => {
    pendingAdds.push(handle(file));
  });
  watcher.on('error', (err) => log.error({ err }, 'watcher error'));
  const ready = new Promise<void>((resolve) => {
    watcher.on('ready', () => {
      void Promise.allSettled(pendingAdds).then(() => resolve());
    });
  });
  loop();

  return {
    ready,
    pending: () => inFlight.size,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
