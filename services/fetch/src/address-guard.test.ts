import { describe, expect, it } from 'vitest';
import { BLOCKED_CODE, guardedLookup, isBlockedAddress } from './address-guard.js';

describe('isBlockedAddress', () => {
  it('blocks loopback, private, link-local, CGNAT, multicast and reserved IPv4', () => {
    for (const a of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
    ]) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
  });
  it('lets public IPv4 through, including neighbours of the blocked ranges', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '100.128.0.1', '93.184.216.34']) {
      expect(isBlockedAddress(a), a).toBe(false);
    }
  });
  it('blocks IPv6 loopback, unique-local, link-local and IPv4 hidden in IPv6', () => {
    for (const a of [
      '::1',
      '[::1]',
      'fd00::1',
      'fc12:3456::1',
      'fe80::1%eth0',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::10.0.0.1',
      '::',
    ]) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
    for (const a of ['2606:4700:4700::1111', '::ffff:8.8.8.8', '2001:4860:4860::8888']) {
      expect(isBlockedAddress(a), a).toBe(false);
    }
  });
  it('does not judge host names (the lookup does)', () => {
    expect(isBlockedAddress('localhost')).toBe(false);
    expect(isBlockedAddress('example.org')).toBe(false);
  });
});

describe('guardedLookup', () => {
  const lookup = (host: string, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      guardedLookup(host, { all }, (err, address) => resolve({ err, address })),
    );
  it('refuses a name that resolves to loopback, with a code the fetcher recognises', async () => {
    const { err } = await lookup('localhost', false);
    expect(err?.code).toBe(BLOCKED_CODE);
    expect(err?.message).toMatch(/localhost resolves to/);
  });
  it('passes DNS failures through unchanged', async () => {
    const { err } = await lookup('no-such-host.invalid', true);
    expect(err?.code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});
