import { describe, expect, it } from 'vitest';
import { acronymOf, resolveEntities, stripHonorifics, type RawMention } from './coref.js';

/** Builds raw mentions by finding each surface form in order in the text. */
function mentions(text: string, list: [string, RawMention['type']][]): RawMention[] {
  let from = 0;
  return list.map(([s, type]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`not found: ${s}`);
    from = start + s.length;
    return { text: s, start, end: start + s.length, type };
  });
}

describe('stripHonorifics / acronymOf', () => {
  it('removes leading titles but keeps a bare surname', () => {
    expect(stripHonorifics('Mr. Trump')).toBe('Trump');
    expect(stripHonorifics('President Xi Jinping')).toBe('Xi Jinping');
    expect(stripHonorifics('President')).toBe('President');
    // every title the tagger knows, and the words of multi-word titles
    expect(stripHonorifics('Ayatollah Ali Khamenei')).toBe('Ali Khamenei');
    expect(stripHonorifics('Archbishop Justin Welby')).toBe('Justin Welby');
    expect(stripHonorifics('Deputy Prime Minister Chrystia Freeland')).toBe('Chrystia Freeland');
  });
  it('builds acronyms from capitalised words', () => {
    expect(acronymOf('Shanghai Cooperation Organisation')).toBe('SCO');
    expect(acronymOf('Food and Agriculture Organization')).toBe('FAO');
  });
});

describe('resolveEntities', () => {
  const text =
    'Chinese President Xi Jinping met Vladimir Putin in Beijing. Xi said the talks with Putin went well. ' +
    'Donald Trump was not there. Mr. Trump later spoke. The Shanghai Cooperation Organisation (SCO) met in Astana; ' +
    'the SCO summit drew Putin again.';
  const raw = mentions(text, [
    ['Xi Jinping', 'PER'],
    ['Vladimir Putin', 'PER'],
    ['Beijing', 'LOC'],
    ['Xi', 'PER'],
    ['Putin', 'PER'],
    ['Donald Trump', 'PER'],
    ['Trump', 'ORG'],
    ['Shanghai Cooperation Organisation', 'ORG'],
    ['SCO', 'ORG'],
    ['Astana', 'LOC'],
    ['SCO', 'ORG'],
    ['Putin', 'PER'],
  ]);
  raw[6]!.title = 'mr.';
  const { entities, mentions: out } = resolveEntities(text, raw, { title: 'Xi and Putin hold talks' });
  const byName = new Map(entities.map((e) => [e.name, e]));

  it('joins surnames and first names to the full name introduced in the article', () => {
    expect(byName.get('Xi Jinping')?.mentions).toBe(2);
    expect(byName.get('Vladimir Putin')?.mentions).toBe(3);
    expect(byName.get('Vladimir Putin')?.aliases).toEqual(['Putin']);
    expect(byName.has('Xi')).toBe(false);
  });
  it('uses the honorific to type and join "Mr. Trump" with Donald Trump', () => {
    const trump = byName.get('Donald Trump');
    expect(trump?.type).toBe('PER');
    expect(trump?.mentions).toBe(2);
  });
  it('links an acronym to its long form', () => {
    const sco = byName.get('Shanghai Cooperation Organisation');
    expect(sco?.mentions).toBe(3);
    expect(sco?.aliases).toContain('SCO');
  });
  it('keeps spans pointing into the text and labels mentions with the canonical name', () => {
    for (const e of entities) for (const [s, t] of e.spans) expect(e.aliases.concat(e.name)).toContain(text.slice(s, t));
    expect(out.find((m) => m.text === 'Xi')?.entity).toBe('Xi Jinping');
    expect(out.map((m) => m.start)).toEqual([...out.map((m) => m.start)].sort((a, b) => a - b));
  });
  it('ranks frequent, early and title entities as more salient', () => {
    const putin = byName.get('Vladimir Putin')!;
    const astana = byName.get('Astana')!;
    expect(putin.salience).toBeGreaterThan(astana.salience);
    expect(byName.get('Xi Jinping')!.salience).toBeGreaterThan(byName.get('Beijing')!.salience);
    for (const e of entities) {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
    expect(entities[0]!.name).toBe('Vladimir Putin');
  });
  it('does not merge a surname shared by two different people into the wrong one', () => {
    const t = 'John Smith met Anna Smith. Later Smith left.';
    const r = resolveEntities(
      t,
      mentions(t, [
        ['John Smith', 'PER'],
        ['Anna Smith', 'PER'],
        ['Smith', 'PER'],
      ]),
    );
    expect(r.entities.find((e) => e.name === 'Anna Smith')?.mentions).toBe(2);
    expect(r.entities.find((e) => e.name === 'John Smith')?.mentions).toBe(1);
  });
});

describe('canonical names of places typed in lower case', () => {
  it('names the entity as places are written, keeping the typed form as an alias', () => {
    const text = 'We flew to new york , then to kerala and back to Kerala .';
    const { entities } = resolveEntities(
      text,
      mentions(text, [
        ['new york', 'LOC'],
        ['kerala', 'LOC'],
        ['Kerala', 'LOC'],
      ]),
    );
    expect(entities.map((e) => e.name).sort()).toEqual(['Kerala', 'New York']);
    expect(entities.find((e) => e.name === 'New York')!.aliases).toEqual(['new york']);
  });
});
