import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, baseConfigSchema, boolVar, intVar, loadConfig, workerConfigSchema } from './index.js';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const cfg = loadConfig(workerConfigSchema, {});
    expect(cfg.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(cfg.CONCURRENCY).toBe(4);
    expect(cfg.QUEUE_PREFIX).toBe('newswire');
  });
  it('lists every bad variable at once', () => {
    try {
      loadConfig(workerConfigSchema, { REDIS_URL: 'not a url', CONCURRENCY: '0', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const issues = (err as ConfigError).issues.join('\n');
      expect(issues).toContain('REDIS_URL');
      expect(issues).toContain('CONCURRENCY');
      expect(issues).toContain('LOG_LEVEL');
    }
  });
  it('coerces numbers and booleans', () => {
    const schema = baseConfigSchema.extend({ N: intVar(1), B: boolVar(false) });
    expect(loadConfig(schema, { N: '42', B: 'yes' })).toMatchObject({ N: 42, B: true });
    expect(() => loadConfig(z.object({ B: boolVar(true) }), { B: 'maybe' })).toThrow(ConfigError);
  });
});
