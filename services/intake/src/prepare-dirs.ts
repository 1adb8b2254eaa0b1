import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Creates the intake folders and checks that this process may write to each of them (files are moved out of the
 * intake into done/ and failed/), so a permission problem stops the service at boot with what to do, instead of
 * failing on the first file. The usual cause is a bind mount created by Docker as root.
 */
export async function prepareIntakeDirs(dirs: readonly string[]): Promise<void> {
  for (const d of dirs) {
    const abs = path.resolve(d);
    try {
      await mkdir(abs, { recursive: true });
      await access(abs, constants.W_OK | constants.R_OK | constants.X_OK);
    } catch (err) {
      throw intakeDirError(abs, err, process.getuid?.() ?? null);
    }
  }
}

/** The boot error for an intake folder that cannot be used: which folder, why, and what to run. */
export function intakeDirError(abs: string, err: unknown, uid: number | null): Error {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  const hint =
    code === 'EACCES' || code === 'EPERM'
      ? `make it readable and writable for the service${uid === null ? '' : ` (it runs as uid ${uid})`}, e.g. \`sudo chown -R ${uid ?? 1000} ${abs}\`, or with docker-compose set NEWSWIRE_UID / NEWSWIRE_GID to your own ids (\`id -u\`, \`id -g\`)`
      : 'check the path in INTAKE_DIR / INTAKE_DONE_DIR / INTAKE_FAILED_DIR';
  return new Error(`intake folder ${abs} is not usable (${code}): ${hint}`, { cause: err });
}
