import { describe, expect, it } from 'vitest';
import { GAZ, type Gazetteer } from './features.js';
import { calendarCut, firstName, isBigPlace, isFirmOfTwo, isInstitution, particleJoin } from './name-cues.js';

const gaz: Gazetteer = {
  phrases: new Map([
    ['richard', GAZ.FIRST],
    ['tim', GAZ.FIRST],
    ['madrid', GAZ.CITY],
    ['energy', GAZ.TOWN | GAZ.COMMON],
  ]),
  maxLen: 1,
};
const words = (s: string): string[] => s.split(' ');

describe('name cues', () => {
  it('tells institutions named after their place from places ending in the same words', () => {
    expect(isInstitution(words('Norfolk County Council'), 0, 3)).toBe(true);
    expect(isInstitution(words('Central Bank of Brazil'), 0, 4)).toBe(true);
    expect(isInstitution(words('West Bank'), 0, 2)).toBe(false);
    expect(isInstitution(words('Earls Court'), 0, 2)).toBe(false); // a court needs three words
  });

  it('knows big places from small towns and first names', () => {
    expect(isBigPlace(words('Madrid'), 0, 1, gaz)).toBe(true);
    expect(isBigPlace(words('Energy'), 0, 1, gaz)).toBe(false);
    expect(firstName('Richard', gaz)).toBe(true);
    expect(firstName('Madrid', gaz)).toBe(false);
  });

  it('finds a date inside a span, a firm of two surnames, and a name going on across its particle', () => {
    expect(calendarCut(words('Constitutional Council on Sunday'), { type: 'ORG', start: 0, end: 4 })).toBe(2);
    expect(calendarCut(words('Council of Europe'), { type: 'ORG', start: 0, end: 3 })).toBe(-1);
    expect(isFirmOfTwo(words('Marlowe & Finch'), { type: 'PER', start: 0, end: 3 }, gaz)).toBe(true);
    expect(isFirmOfTwo(words('Tim & Richard'), { type: 'PER', start: 0, end: 3 }, gaz)).toBe(false);
    const toks = words('Carlos Urioste y Aramayo said');
    expect(particleJoin(toks, [{ type: 'PER', start: 0, end: 2 }], 0, gaz)).toBe(4);
    expect(particleJoin(words('Richard de Madrid said'), [{ type: 'PER', start: 0, end: 1 }], 0, gaz)).toBe(-1);
  });
});
