import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A service started as its own process from its built entry point (services/<name>/dist/main.js). */
export class ServiceProcess {
  child: ChildProcess | null = null;
  logs: string[] = [];
  private waiters: { re: RegExp; resolve: () => void }[] = [];

  constructor(
    readonly name: string,
    readonly env: Record<string, string>,
  ) {}

  async start(readyPattern: RegExp, timeoutMs = 30_000): Promise<void> {
    this.logs = [];
    const child = spawn(process.execPath, [path.join(repoRoot, 'services', this.name, 'dist', 'main.js')], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        this.logs.push(line);
        for (const w of [...this.waiters]) {
          if (w.re.test(line)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve();
          }
        }
      }
    };
    child.stdout?.on('data', onLine);
    child.stderr?.on('data', onLine);
    await this.waitForLog(readyPattern, timeoutMs);
  }

  waitForLog(re: RegExp, timeoutMs: number): Promise<void> {
    if (this.logs.some((l) => re.test(l))) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`${this.name}: no log line matching ${re} within ${timeoutMs} ms. Logs:\n${this.logs.slice(-20).join('\n')}`)),
        timeoutMs,
      );
      this.waiters.push({
        re,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
      this.child?.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited with ${code} before ready. Logs:\n${this.logs.slice(-20).join('\n')}`));
      });
    });
  }

  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30_000): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const timer = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${this.name} did not exit within ${timeoutMs} ms`)), timeoutMs),
    );
    const code = await Promise.race([exited, timer]);
    this.child = null;
    return code;
  }
}
