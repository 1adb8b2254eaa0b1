import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FINAL_STATES, type IntakeState } from '@newswire/contracts';
import { getChildren, getIntakeItems, type Db, type IntakeItem } from '@newswire/db';
import type { StageQueues } from '@newswire/queue';
import { submitBytes, submitUrl } from '@newswire/intake';
import { isUrl } from './read-input.js';

export interface IngestTarget {
  label: string;
  intakeId: string;
  startedAt: number;
}

/** Expands directories (recursively, skipping dotfiles) into files; URLs and "-" pass through. */
export async function expandArgs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (a === '-' || isUrl(a)) {
      out.push(a);
      continue;
    }
    let st;
    try {
      st = await stat(a);
    } catch {
      throw new Error(`no such file, directory or URL: ${a}`);
    }
    if (st.isDirectory()) {
      const entries = await readdir(a, { withFileTypes: true, recursive: true });
      for (const e of entries) {
        if (e.isFile() && !e.name.startsWith('.')) out.push(path.join(e.parentPath, e.name));
      }
    } else out.push(a);
  }
  return out.sort();
}

export async function submitArgs(
  deps: { db: Db; queues: StageQueues },
  items: string[],
  readStdin: () => Promise<Buffer>,
): Promise<IngestTarget[]> {
  const targets: IngestTarget[] = [];
  for (const item of items) {
    const startedAt = Date.now();
    if (isUrl(item)) {
      targets.push({ label: item, intakeId: (await submitUrl(deps, item, 'url')).intakeId, startedAt });
    } else if (item === '-') {
      const bytes = await readStdin();
      targets.push({
        label: '(stdin)',
        intakeId: (await submitBytes(deps, { bytes, sourceKind: 'stdin', sourceRef: `stdin:${new Date().toISOString()}` })).intakeId,
        startedAt,
      });
    } else {
      const bytes = await readFile(item);
      const r = await submitBytes(deps, { bytes, sourceKind: 'file', sourceRef: path.resolve(item), fileName: path.basename(item) });
      targets.push({ label: item, intakeId: r.intakeId, startedAt });
    }
  }
  return targets;
}

export type Outcome = { state: IntakeState; line: string };

export function describeOutcome(item: IntakeItem, label: string, ms: number): string {
  const t = `${(ms / 1000).toFixed(1)}s`;
  switch (item.state as IntakeState) {
    case 'stored':
      return `  stored     ${label}  -> article ${item.article_id} (${t})`;
    case 'duplicate':
      return `  duplicate  ${label}  -> same content as article ${item.duplicate_of} (${t})`;
    case 'failed':
      return `  FAILED     ${label}  [${item.failed_stage}] ${item.reason} (${t})`;
    case 'expanded':
      return `  expanded   ${label}  -> ${item.children} feed items`;
    case 'pending':
      return `  pending    ${label}`;
  }
}

/**
 * Waits until every item (and every feed child) is final, printing one line per item as it finishes.
 * Returns the counts per final state.
 */
export async function waitForItems(
  db: Db,
  targets: IngestTarget[],
  opts: { timeoutMs: number; print: (line: string) => void; progress: (line: string) => void },
): Promise<Record<string, number>> {
  const open = new Map(targets.map((t) => [t.intakeId, t]));
  const counts: Record<string, number> = {};
  const deadline = Date.now() + opts.timeoutMs;
  let lastChange = Date.now();
  let warned = false;
  while (open.size > 0) {
    const items = await getIntakeItems(db, [...open.keys()]);
    for (const item of items) {
      if (!FINAL_STATES.includes(item.state as IntakeState)) continue;
      const t = open.get(item.id);
      if (!t) continue;
      open.delete(item.id);
      lastChange = Date.now();
      opts.print(describeOutcome(item, t.label, Date.now() - t.startedAt));
      if (item.state === 'expanded') {
        for (const c of await getChildren(db, item.id))
          open.set(c.id, { label: `${t.label} > ${c.source_ref}`, intakeId: c.id, startedAt: t.startedAt });
      } else counts[item.state] = (counts[item.state] ?? 0) + 1;
    }
    if (open.size === 0) break;
    const done = Object.values(counts).reduce((a, b) => a + b, 0);
    opts.progress(`  ${done} finished, ${open.size} in progress...`);
    if (!warned && Date.now() - lastChange > 20_000) {
      warned = true;
      opts.print('  (no item finished for 20 s: are the workers running? Start them with `npm start`, and see the dashboard)');
    }
    if (Date.now() > deadline) {
      for (const t of open.values()) opts.print(`  TIMEOUT    ${t.label} (still pending; check \`newswire status ${t.intakeId}\`)`);
      counts.pending = open.size;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return counts;
}
