import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '@newswire/text';
import { GAZ, type Gazetteer } from './features.js';
import {
  joinDanglingLinks,
  markClippedAbbreviations,
  markClubMarks,
  markHoldersOffices,
  markHomeTowns,
  markLowerCasePlaces,
  markPossessiveBusinesses,
  markRoads,
  markStateCodes,
  markSurnameFirst,
  splitTitleHeadline,
} from './name-forms.js';

const gaz: Gazetteer = {
  phrases: new Map([
    ['kerala', GAZ.REGION],
    ['vietnam', GAZ.COUNTRY],
    ['china', GAZ.COUNTRY],
    ['georgia', GAZ.COUNTRY | GAZ.FIRST],
    ['new york', GAZ.CITY | GAZ.REGION],
    ['high point', GAZ.CITY],
    ['goa', GAZ.REGION],
    ['trance', GAZ.NOUN | GAZ.COMMON],
    ['victor', GAZ.FIRST],
    ['matthew', GAZ.FIRST],
    ['liz', GAZ.FIRST],
    ['u.s.', GAZ.E_LOC],
    ['g.m.', GAZ.E_ORG],
    ['singapore', GAZ.COUNTRY | GAZ.CITY],
  ]),
  maxLen: 2,
};

function tagged(sentence: string, mark: (tokens: string[], tags: string[], gaz: Gazetteer) => void, tags?: string[]): string[] {
  const tokens = sentence.split(' ');
  const out = tags ?? tokens.map(() => 'O');
  mark(tokens, out, gaz);
  return out;
}

describe('place names in lower case', () => {
  it('tags a country, region or city typed in lower case, one word or several', () => {
    expect(tagged('any beaches in kerala ?', markLowerCasePlaces)).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
    expect(tagged('how are vietnam and Afghanistan alike', markLowerCasePlaces)).toEqual(['O', 'O', 'B-LOC', 'O', 'O', 'O']);
    expect(tagged('flights to new york next week', markLowerCasePlaces)).toEqual(['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O']);
  });

  it('leaves ordinary words, first names and modifiers alone', () => {
    expect(isEnglishWord('china')).toBe(true); // SCOWL keeps the word; the country is "China"
    expect(isEnglishWord('center')).toBe(true); // American spellings count
    expect(isEnglishWord('kerala')).toBe(false);
    expect(tagged('a set of fine china .', markLowerCasePlaces)).toEqual(['O', 'O', 'O', 'O', 'O', 'O']);
    expect(tagged('we met georgia there', markLowerCasePlaces)).toEqual(['O', 'O', 'O', 'O']);
    expect(tagged('the high point of it', markLowerCasePlaces)).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(tagged('ambient and goa trance', markLowerCasePlaces)).toEqual(['O', 'O', 'O', 'O']); // a word after it
    expect(tagged('some crab kerala here', markLowerCasePlaces)).toEqual(['O', 'O', 'O', 'O']); // a content word before it
  });

  it('does not touch names the tagger found', () => {
    expect(tagged('Hotel kerala', markLowerCasePlaces, ['B-ORG', 'O'])).toEqual(['B-ORG', 'O']);
  });
});

describe('businesses named by a possessive', () => {
  it('takes the "\'s" into the name when no noun follows, a person read becoming an organisation', () => {
    expect(tagged("shoppers at Macy 's .", markPossessiveBusinesses, ['O', 'O', 'B-PER', 'O', 'O'])).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'O',
    ]);
    expect(tagged("dinner at Del Frisco 's for two", markPossessiveBusinesses, ['O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'O'])).toEqual([
      'O',
      'O',
      'B-LOC',
      'I-LOC',
      'I-LOC',
      'O',
      'O',
    ]);
  });

  it('leaves real possessives, people named in full or after a title, and shared nouns alone', () => {
    const per = (s: string, at: number, len = 1): string[] =>
      s.split(' ').map((_, i) => (i === at ? 'B-PER' : i > at && i < at + len ? 'I-PER' : 'O'));
    expect(tagged("Macy 's new store", markPossessiveBusinesses, per("Macy 's new store", 0))).toEqual(per("Macy 's new store", 0));
    const full = "one of Victor Bout 's .";
    expect(tagged(full, markPossessiveBusinesses, per(full, 2, 2))).toEqual(per(full, 2, 2));
    const titled = "Mr. Stojic 's .";
    expect(tagged(titled, markPossessiveBusinesses, per(titled, 1))).toEqual(per(titled, 1));
    const shared = "Atta 's and Moussaoui 's reasons";
    expect(tagged(shared, markPossessiveBusinesses, per(shared, 0))).toEqual(per(shared, 0));
  });
});

describe('states, names written surname first, clipped abbreviations', () => {
  const loc = (s: string, ...at: number[]): string[] => s.split(' ').map((_, i) => (at.includes(i) ? 'B-LOC' : 'O'));

  it('reads a postal code after a town and a comma as the state, except in a line in capitals', () => {
    const s = 'around the Chillicothe , OH area';
    expect(tagged(s, (t, g) => markStateCodes(t, g), loc(s, 2))).toEqual(loc(s, 2, 4));
    const word = 'Smith , OR Jones';
    expect(tagged(word, (t, g) => markStateCodes(t, g))).toEqual(['O', 'O', 'O', 'O']); // no place before it
    const caps = 'FLOODS HIT PORTLAND , OR SCHOOLS CLOSED';
    expect(tagged(caps, (t, g) => markStateCodes(t, g), loc(caps, 2))).toEqual(loc(caps, 2));
  });

  it('joins a name written surname first in an address field, not a greeting or a list', () => {
    const field = '" Lenhart , Matthew " < ml@example.com >';
    const two = ['O', 'B-PER', 'O', 'B-PER', 'O', 'O', 'O', 'O'];
    expect(tagged(field, markSurnameFirst, [...two])).toEqual(['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'O']);
    expect(tagged('Hi , Liz :', markSurnameFirst, ['O', 'O', 'B-PER', 'O'])).toEqual(['O', 'O', 'B-PER', 'O']);
    const list = 'Obama , Matthew and Liz';
    const tags = ['B-PER', 'O', 'B-PER', 'O', 'B-PER'];
    expect(tagged(list, markSurnameFirst, [...tags])).toEqual(tags);
  });

  it('reads "U.S" without its last full stop as the place the training text knows as "U.S."', () => {
    expect(tagged('delivery in the U.S .', markClippedAbbreviations)).toEqual(['O', 'O', 'O', 'B-LOC', 'O']);
    expect(tagged('a G.M plant', markClippedAbbreviations)).toEqual(['O', 'B-ORG', 'O']);
    expect(tagged('the A.B test', markClippedAbbreviations)).toEqual(['O', 'O', 'O']);
  });
});

describe('names ending in a link word', () => {
  it('joins a span closed on "of" to the name after it', () => {
    const s = 'at the University of Cape Town .';
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'O'];
    expect(tagged(s, (t, g) => joinDanglingLinks(t, g), tags)).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('leaves a link with no name after it, and a link inside a name', () => {
    const open = ['O', 'B-PER', 'I-PER', 'I-PER', 'O'];
    expect(tagged(', Don Antonio de ,', (t, g) => joinDanglingLinks(t, g), [...open])).toEqual(open);
    const inside = ['B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(tagged('Bank of England said', (t, g) => joinDanglingLinks(t, g), [...inside])).toEqual(inside);
  });
});

describe('headlines in title case', () => {
  it('ends a name at a headline verb, keeping only a known place after it or before it', () => {
    const s = 'Singapore Fines Commodity Trader Over Lapses';
    const tags = ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'];
    expect(tagged(s, (t, g, z) => splitTitleHeadline(t, g, z, true), tags)).toEqual(['B-LOC', 'O', 'O', 'O', 'O', 'O']);
    const org = ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'];
    expect(tagged('Ethiopian Airlines Orders 20 Wide-Body Jets', (t, g, z) => splitTitleHeadline(t, g, z, true), org)).toEqual([
      'B-ORG',
      'I-ORG',
      'O',
      'O',
      'O',
      'O',
    ]);
  });

  it('ends a team at a sports headline verb', () => {
    const tags = ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O'];
    expect(tagged('Rockies Top Padres in 11 Innings', (t, g, z) => splitTitleHeadline(t, g, z, true), tags)).toEqual([
      'B-ORG',
      'O',
      'O',
      'O',
      'O',
      'O',
    ]);
  });

  it('leaves running text alone', () => {
    const tags = ['B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(tagged('Carlisle Sweeps Ltd said', (t, g, z) => splitTitleHeadline(t, g, z, false), [...tags])).toEqual(tags);
  });
});

describe('club marks', () => {
  it('makes the capitalised words before "FC" the club', () => {
    const tags = ['O', 'B-ORG', 'O', 'O', 'O'];
    expect(tagged('Dreams FC moved up .', (t, g) => markClubMarks(t, g), tags)).toEqual(['B-ORG', 'I-ORG', 'O', 'O', 'O']);
    const whole = ['B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(tagged('Bechem United FC drew', (t, g) => markClubMarks(t, g), [...whole])).toEqual(whole);
  });
});

describe('local news: roads and home towns', () => {
  const O = (s: string): string[] => s.split(' ').map(() => 'O');
  it('reads a numbered road as a place', () => {
    expect(tagged('on Interstate 35 near Waco', (t, g) => markRoads(t, g), O('on Interstate 35 near Waco'))).toEqual([
      'O',
      'B-LOC',
      'I-LOC',
      'O',
      'O',
    ]);
    expect(tagged('Along State Route 267 ,', (t, g) => markRoads(t, g), O('Along State Route 267 ,'))).toEqual([
      'O',
      'B-LOC',
      'I-LOC',
      'I-LOC',
      'O',
    ]);
    expect(tagged('crews closed I-35 .', (t, g) => markRoads(t, g), O('crews closed I-35 .'))).toEqual(['O', 'O', 'B-LOC', 'O']);
    const diner = ['O', 'B-ORG', 'I-ORG', 'I-ORG'];
    expect(tagged('at Route 66 Diner', (t, g) => markRoads(t, g), [...diner])).toEqual(diner);
  });

  it('reads the capitalised words after a person\'s age and "of" as the home town', () => {
    const s = 'Austin Kemper , 27 , of Hewitt , died';
    const tags = ['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O'];
    expect(tagged(s, (t, g) => markHomeTowns(t, g), tags)).toEqual(['B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'B-LOC', 'O', 'O']);
    const org = ['B-PER', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG'];
    expect(tagged('Kemper , 27 , of Acme Corp', (t, g) => markHomeTowns(t, g), [...org])).toEqual(org);
  });
});

describe("offices named by their holder's possessive", () => {
  it('makes the whole office one organisation, only with a name before the holder', () => {
    const s = "The Tehama County Sheriff 's Office said";
    const tags = ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O', 'O', 'O'];
    expect(tagged(s, (t, g) => markHoldersOffices(t, g), tags)).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    const bare = ['O', 'O', 'O', 'O', 'O'];
    expect(tagged("the Sheriff 's Office said", (t, g) => markHoldersOffices(t, g), [...bare])).toEqual(bare);
  });
});
