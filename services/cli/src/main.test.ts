import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/newswire.js', import.meta.url));

describe('newswire CLI as a filter', () => {
  it('ends quietly with status 0 when its reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [bin, 'enrich', '--tokens'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const line = JSON.stringify({ tokens: ['Kenyan', 'President', 'William', 'Ruto', 'spoke', 'in', 'Nairobi', '.'] });
    child.stdin.on('error', () => {}); // the child may be gone before all input is written
    child.stdin.end(`${line}\n`.repeat(20_000));
    const first = await new Promise<string>((resolve) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const nl = buf.indexOf('\n');
        if (nl >= 0) {
          child.stdout.destroy();
          resolve(buf.slice(0, nl));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const tags = (JSON.parse(first) as { tags: string[] }).tags;
    expect(tags.slice(2, 4)).toEqual(['B-PER', 'I-PER']);
    expect(tags[6]).toBe('B-LOC');
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 30_000);

  it('writes the lines before a bad one, a held-back document included, and names the bad line', async () => {
    const child = spawn(process.execPath, [bin, 'enrich', '--tokens'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const good = (tokens: string) => JSON.stringify({ doc: 'd1', tokens: tokens.split(' ') });
    child.stdin.end(`${good('Xi Jinping visited Kazan .')}\n${good('He left .')}\n{"tokens": "not a list"}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect((JSON.parse(lines[0]!) as { tags: string[] }).tags[0]).toBe('B-PER');
    expect(stderr).toMatch(/stdin line 3: expected a JSON object with "tokens"/);
    expect(code).toBe(1);
  }, 30_000);
});
