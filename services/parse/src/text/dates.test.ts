import { describe, expect, it } from 'vitest';
import { parseDateValue, resolveYear } from './dates.js';

describe('parseDateValue', () => {
  it.each([
    ['2024-12-31', '2024-12-31'],
    ['2024-12-31T08:30:00Z', '2024-12-31T08:30:00.000Z'],
    ['2024-12-31T08:30:00+08:00', '2024-12-31T00:30:00.000Z'],
    ['2024-12-31 08:30', '2024-12-31T08:30:00'],
    ['December 31, 2024', '2024-12-31'],
    ['Dec. 31, 2024', '2024-12-31'],
    ['31 December 2024', '2024-12-31'],
    ['Tuesday, 31st of December 2024', '2024-12-31'],
    ['2024/12/31', '2024-12-31'],
    ['31/12/2024', '2024-12-31'],
    ['Tue, 31 Dec 2024 08:00:00 GMT', '2024-12-31T08:00:00.000Z'],
    ['Tue, 31 Dec 2024 08:00:00 +0200', '2024-12-31T06:00:00.000Z'],
    [1735603200, '2024-12-31T00:00:00.000Z'],
    [1735603200000, '2024-12-31T00:00:00.000Z'],
  ])('%j -> %s', (input, expected) => {
    expect(parseDateValue(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2024-02-30', 'not a date', '13/13/2024'])('%j -> null', (input) => {
    expect(parseDateValue(input)).toBeNull();
  });
});

describe('resolveYear', () => {
  it('chooses the year nearest the reference date', () => {
    expect(resolveYear(12, 31, '2025-01-02')).toBe('2024-12-31');
    expect(resolveYear(1, 2, '2024-12-30')).toBe('2025-01-02');
    expect(resolveYear(6, 15, '2024-06-20T10:00:00Z')).toBe('2024-06-15');
    expect(resolveYear(6, 15, null)).toBeNull();
  });
});
