import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeSchema } from '@newswire/contracts';
import { getGazetteer, newsSpelling } from './gazetteer.js';
import { fuzzStrings } from '../text/fuzz-strings.js';
import { cleanMention, normalizeName, stripMention } from './normalize.js';
import { capitalisedWords, geocode, resolvePlaces, splitPlacePairs, type PlaceMention } from './resolve-places.js';

/** LOC mentions for every occurrence of the given names in `text`. */
function mentionsOf(text: string, names: string[], type: PlaceMention['type'] = 'LOC'): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const name of names) {
    let i = text.indexOf(name);
    while (i >= 0) {
      out.push({ text: name, start: i, end: i + name.length, type });
      i = text.indexOf(name, i + name.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('normalizeName', () => {
  it('folds case, diacritics, dots and abbreviations', () => {
    expect(normalizeName('Kýiv')).toBe(normalizeName('KYIV'));
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('St. Louis')).toBe(normalizeName('Saint Louis'));
    expect(normalizeName("Sana'a")).toBe(normalizeName('Sanaa'));
  });
});

describe('gazetteer', () => {
  it('loads once and indexes countries, admin regions and cities', () => {
    const g = getGazetteer();
    expect(getGazetteer()).toBe(g);
    expect(g.countries.get('FR')?.name).toBe('France');
    expect(g.byName.get('texas')?.some((e) => e.kind === 'admin1' && e.countryCode === 'US')).toBe(true);
    expect(g.byName.get('bavaria')?.some((e) => e.kind === 'admin1' && e.countryCode === 'DE')).toBe(true);
    expect(g.byName.get('ontario')?.some((e) => e.kind === 'admin1' && e.countryCode === 'CA')).toBe(true);
  });

  it('has first-level regions where Natural Earth lists provinces below them', () => {
    expect(geocode('Catalonia')).toMatchObject({ countryCode: 'ES', kind: 'admin1', featureCode: 'ADM1' });
    expect(geocode('Lombardy')).toMatchObject({ countryCode: 'IT', kind: 'admin1' });
    expect(geocode('Île-de-France')).toMatchObject({ countryCode: 'FR', kind: 'admin1' });
    expect(geocode('Bavaria')).toMatchObject({ countryCode: 'DE', kind: 'admin1' });
    // A city in the region carries the same admin-1 code, so "Barcelona, Catalonia" is consistent.
    const g = getGazetteer();
    const barcelona = g.byName.get('barcelona')?.find((e) => e.countryCode === 'ES' && e.kind === 'city');
    const catalonia = g.byName.get('catalonia')?.find((e) => e.countryCode === 'ES');
    expect(barcelona?.admin1).toBe(catalonia?.admin1);
  });
});

describe('geocode', () => {
  it('resolves renamed and differently spelled places through aliases', () => {
    expect(geocode('Kiev')).toMatchObject({ name: 'Kyiv', countryCode: 'UA' });
    expect(geocode('Nur-Sultan')).toMatchObject({ name: 'Astana', countryCode: 'KZ' });
    expect(geocode('Bombay')).toMatchObject({ name: 'Mumbai', countryCode: 'IN' });
    expect(geocode('Peking')).toMatchObject({ name: 'Beijing', countryCode: 'CN' });
    expect(geocode('Burma')).toMatchObject({ countryCode: 'MM', kind: 'country' });
    expect(geocode('Czech Republic')).toMatchObject({ countryCode: 'CZ', kind: 'country' });
    expect(geocode('Swaziland')).toMatchObject({ countryCode: 'SZ' });
    expect(geocode('Turkey')).toMatchObject({ countryCode: 'TR', kind: 'country' });
    expect(geocode('Saigon')).toMatchObject({ name: 'Ho Chi Minh City', countryCode: 'VN' });
    expect(geocode('Calcutta')).toMatchObject({ name: 'Kolkata', countryCode: 'IN' });
  });

  it("finds former Soviet places by their news spelling as well as by GeoNames' BGN romanisation", () => {
    expect(newsSpelling('groznyy', 'RU')).toBe('grozny');
    expect(newsSpelling('nizhniy novgorod', 'RU')).toBe('nizhny novgorod');
    expect(geocode('Grozny')).toMatchObject({ name: 'Groznyy', countryCode: 'RU', kind: 'city' });
    expect(geocode('Groznyy')).toMatchObject({ countryCode: 'RU' });
    expect(geocode('Volzhsky')).toMatchObject({ countryCode: 'RU', kind: 'city' });
  });

  it('resolves country names to the country with coordinates', () => {
    const de = geocode('Germany');
    expect(de).toMatchObject({ countryCode: 'DE', kind: 'country', featureClass: 'A' });
    expect(de!.lat).toBeGreaterThan(47);
    expect(de!.lat).toBeLessThan(55);
    expect(geocode('U.S.')).toMatchObject({ countryCode: 'US', kind: 'country' });
    expect(geocode('the United Kingdom')).toMatchObject({ countryCode: 'GB' });
  });

  it('maps demonyms to countries and region adjectives to regions', () => {
    expect(geocode('Chinese')).toMatchObject({ countryCode: 'CN', via: 'demonym' });
    expect(geocode('Russian')).toMatchObject({ countryCode: 'RU', via: 'demonym' });
    expect(geocode('Americans')).toMatchObject({ countryCode: 'US', via: 'demonym' });
    // A small US town named "Canadian" must not beat the demonym.
    expect(geocode('Canadian')).toMatchObject({ countryCode: 'CA', via: 'demonym' });
    expect(geocode('European')).toMatchObject({ name: 'Europe', countryCode: null, kind: 'region' });
  });

  it('disambiguates by context', () => {
    expect(geocode('Paris')).toMatchObject({ countryCode: 'FR' });
    expect(geocode('Paris', { others: ['Texas', 'Dallas', 'Houston'] })).toMatchObject({ countryCode: 'US' });
    expect(geocode('London')).toMatchObject({ countryCode: 'GB' });
    expect(geocode('London', { others: ['Ontario', 'Toronto', 'Canada', 'Canada'] })).toMatchObject({ countryCode: 'CA' });
  });

  it('uses the dateline as a prior', () => {
    expect(geocode('Birmingham')).toMatchObject({ countryCode: 'GB' });
    expect(geocode('Birmingham', { dateline: 'MONTGOMERY, Ala.' })).toMatchObject({ countryCode: 'US' });
    // The dateline's own container picks among namesakes: Paris, Texas rather than Paris, France.
    const text = 'The mayor spoke on Monday.';
    const places = resolvePlaces({ text, mentions: [], dateline: 'PARIS, Texas' });
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ name: 'Paris', countryCode: 'US', focus: true, via: 'dateline' });
  });

  it('places a name it does not know at the article focus, with low confidence', () => {
    const r = geocode('Frenchmen Street', { others: ['New Orleans', 'Louisiana'] });
    expect(r).toMatchObject({ name: 'New Orleans', countryCode: 'US', via: 'fallback' });
    expect(r!.confidence).toBeLessThan(0.3);
  });
});

describe('resolvePlaces', () => {
  it('reads "Paris, Texas" with its container', () => {
    const text = 'The festival moved to Paris, Texas, last year.';
    const places = resolvePlaces({ text, mentions: mentionsOf(text, ['Paris', 'Texas']) });
    const paris = places.find((p) => p.name === 'Paris');
    expect(paris).toMatchObject({ countryCode: 'US' });
    expect(places.find((p) => p.name === 'Texas')).toMatchObject({ countryCode: 'US', featureClass: 'A' });
    // The same when the tagger returns one span for both.
    const one = resolvePlaces({ text, mentions: [{ text: 'Paris, Texas', start: 22, end: 34, type: 'LOC' }] });
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ name: 'Paris', countryCode: 'US', spans: [[22, 34]] });
  });

  it('groups repeated mentions of one place, counting spans', () => {
    const text = 'Kiev said on Monday that Kyiv would not yield. KYIV residents agreed.';
    const places = resolvePlaces({ text, mentions: mentionsOf(text, ['Kiev', 'Kyiv', 'KYIV']) });
    const kyiv = places.filter((p) => p.countryCode === 'UA');
    expect(kyiv).toHaveLength(1);
    expect(kyiv[0]).toMatchObject({ name: 'Kyiv', mentions: 3 });
    expect(kyiv[0]!.spans).toEqual([
      [0, 4],
      [25, 29],
      [47, 51],
    ]);
  });

  it('makes the dateline place the focus, even when the body does not name it', () => {
    const text = 'Officials in Moscow said the talks would continue.';
    const places = resolvePlaces({ text, mentions: mentionsOf(text, ['Moscow']), dateline: 'BEIJING' });
    const focus = places.filter((p) => p.focus);
    expect(focus).toHaveLength(1);
    expect(focus[0]).toMatchObject({ name: 'Beijing', countryCode: 'CN', via: 'dateline', spans: [] });
    expect(places.find((p) => p.name === 'Moscow')).toMatchObject({ countryCode: 'RU', focus: false });
  });

  it('finds demonyms in the text and keeps metonymic country mentions tagged ORG', () => {
    const text = 'Chinese exports rose while Turkey said Russian gas was cheaper.';
    const mentions: PlaceMention[] = [{ text: 'Turkey', start: 27, end: 33, type: 'ORG' }];
    const places = resolvePlaces({ text, mentions });
    expect(places.find((p) => p.countryCode === 'CN')).toMatchObject({ via: 'demonym', spans: [[0, 7]] });
    expect(places.find((p) => p.countryCode === 'RU')).toMatchObject({ via: 'demonym' });
    expect(places.find((p) => p.countryCode === 'TR')).toMatchObject({ via: 'entity', spans: [[27, 33]] });
  });

  it('ignores person mentions and demonyms inside organisation names', () => {
    const text = 'Georgia Brown flew American Airlines to Denver.';
    const mentions: PlaceMention[] = [
      { text: 'Georgia Brown', start: 0, end: 13, type: 'PER' },
      { text: 'American Airlines', start: 19, end: 36, type: 'ORG' },
      { text: 'Denver', start: 40, end: 46, type: 'LOC' },
    ];
    const places = resolvePlaces({ text, mentions });
    expect(places.map((p) => p.name)).toEqual(['Denver']);
    expect(places[0]).toMatchObject({ countryCode: 'US', focus: true });
  });

  // The shared samples sit beside the checkout (read-only dev data, not copied into the repo).
  const sample = fileURLToPath(new URL('../../../../../shared/samples/xinhua-2024-12-31-xi-putin.txt', import.meta.url));
  it.skipIf(!existsSync(sample))('resolves the places of the Xinhua Xi-Putin sample', () => {
    const text = readFileSync(sample, 'utf8');
    const names = ['Beijing', 'Kyiv', 'Astana', 'Kazan', 'Taiwan', 'China', 'Russia', 'Moscow', 'Ukraine', 'US'];
    const places = resolvePlaces({ text, mentions: mentionsOf(text, names), dateline: 'Beijing' });
    for (const p of places) expect(placeSchema.safeParse(p).success).toBe(true);
    const byName = new Map(places.map((p) => [p.name, p]));
    expect(byName.get('Beijing')).toMatchObject({ countryCode: 'CN', focus: true });
    expect(byName.get('Kyiv')).toMatchObject({ countryCode: 'UA' });
    expect(byName.get('Astana')).toMatchObject({ countryCode: 'KZ' });
    expect(byName.get('Kazan')).toMatchObject({ countryCode: 'RU' });
    expect(byName.get('Taiwan')).toMatchObject({ countryCode: 'TW' });
    // Demonyms ("Chinese", "Russian") join the country places.
    const cn = places.find((p) => p.countryCode === 'CN' && p.featureClass === 'A');
    expect(cn!.spans.length).toBeGreaterThan(mentionsOf(text, ['China']).length);
    expect(places.filter((p) => p.focus)).toHaveLength(1);
  });
});

describe('scanner shortcuts', () => {
  const strings = fuzzStrings(20_000, 13);
  it('capitalisedWords finds exactly the reference regex matches', () => {
    let found = 0;
    for (const s of strings) {
      const fast = capitalisedWords(s);
      expect(fast).toEqual(capitalisedWords(s, true));
      found += fast.length;
    }
    expect(found).toBeGreaterThan(5_000);
  });
  it('cleanMention returns what the full regex clean-up returns', () => {
    for (const s of strings) expect(cleanMention(s)).toBe(stripMention(s));
    for (const s of ["Russia's", 'Russia’s', ' "Paris" ', 'Paris,', 'US', '(Iran)', 'the Netherlands', 's', "'s"]) {
      expect(cleanMention(s)).toBe(stripMention(s));
    }
  });
});

describe('splitPlacePairs', () => {
  const loc = (text: string, start = 0): PlaceMention => ({ text, start, end: start + text.length, type: 'LOC' });
  it('reads a hyphenated pair of known places as the two places, each with its own span', () => {
    expect(splitPlacePairs([loc('Russia-China', 4)])).toEqual([loc('Russia', 4), loc('China', 11)]);
    expect(splitPlacePairs([loc('Israel–Gaza')]).map((m) => m.text)).toEqual(['Israel', 'Gaza']);
    expect(splitPlacePairs([loc('Kuala Lumpur-Singapore')]).map((m) => m.text)).toEqual(['Kuala Lumpur', 'Singapore']);
  });
  it('keeps hyphenated names the gazetteer knows whole, and pairs whose halves are not both places', () => {
    for (const name of ['Guinea-Bissau', 'Baden-Württemberg', 'Winston-Salem', 'Stratford-upon-Avon', 'Sino-Japanese', 'Asia-Pacific']) {
      expect(splitPlacePairs([loc(name)]).map((m) => m.text)).toEqual([name]);
    }
  });
  it('leaves mentions of other types alone', () => {
    const org: PlaceMention = { text: 'Russia-China', start: 0, end: 12, type: 'ORG' };
    expect(splitPlacePairs([org])).toEqual([org]);
  });
  it('lists both countries of a relation and no place named after the pair', () => {
    const text = 'Both sides hailed the Russia-China partnership on Tuesday.';
    const places = resolvePlaces({ text, mentions: [loc('Russia-China', text.indexOf('Russia'))] });
    expect(places.map((p) => `${p.name}:${p.countryCode}`).sort()).toEqual(['China:CN', 'Russia:RU']);
  });
});
