import { describe, expect, it } from 'vitest';
import { GAZ, type Gazetteer } from './features.js';
import { rewrite } from './testdata/notation.js';
import { applyWireConventions } from './wire-conventions.js';

const gaz: Gazetteer = {
  phrases: new Map([
    ['wales', GAZ.COUNTRY],
    ['scotland', GAZ.COUNTRY],
    ['zimbabwe', GAZ.COUNTRY],
    ['sri lanka', GAZ.COUNTRY],
    ['italy', GAZ.COUNTRY],
    ['japan', GAZ.COUNTRY],
    ['syria', GAZ.COUNTRY],
    ['saudi arabia', GAZ.COUNTRY],
    ['cardiff', GAZ.CITY],
    ['washington', GAZ.CITY | GAZ.REGION],
    ['kent', GAZ.REGION],
    ['go', GAZ.LOWER | GAZ.VERB],
    ['down', GAZ.LOWER],
    ['block', GAZ.LOWER | GAZ.NOUN],
  ]),
  maxLen: 2,
};

function run(line: string): string {
  return rewrite(line, (tokens, tags) => applyWireConventions(tokens, tags, gaz));
}

describe('datelines', () => {
  it('makes the place in capitals before a date a LOC, and the region after its comma', () => {
    expect(run('CARDIFF/B-PER 1997-03-15')).toBe('CARDIFF/B-LOC 1997-03-15');
    expect(run('AL-KHOBAR/B-ORG , Saudi/B-LOC Arabia/I-LOC 1996-07-01')).toBe('AL-KHOBAR/B-LOC , Saudi/B-LOC Arabia/I-LOC 1996-07-01');
    // newswire's own tokenizer splits the date
    expect(run('CARDIFF 1997 - 03 - 15')).toBe('CARDIFF/B-LOC 1997 - 03 - 15');
  });

  it('reads agency and month-day datelines before ordinary text', () => {
    expect(run('WASHINGTON/B-PER ( Reuters/B-ORG ) - The president said')).toBe('WASHINGTON/B-LOC ( Reuters/B-ORG ) - The president said');
    expect(run('HALIFAX , Dec 31 ( Xinhua ) -- Officials said')).toBe('HALIFAX/B-LOC , Dec 31 ( Xinhua ) -- Officials said');
    expect(run('WASHINGTON - The president said')).toBe('WASHINGTON/B-LOC - The president said');
  });

  it('leaves lines that only look like datelines', () => {
    // all in capitals, with no ordinary text after the "date"
    expect(run('ON OR ABOUT SEPTEMBER 23 , 1999 A REQUEST WAS PLACED')).toBe('ON OR ABOUT SEPTEMBER 23 , 1999 A REQUEST WAS PLACED');
    // a newspaper's credit line: several words the gazetteer does not know as a place
    expect(run('WASHINGTON/B-ORG TIMES/I-ORG 2004-10-28')).toBe('WASHINGTON/B-ORG TIMES/I-ORG 2004-10-28');
    // a slug before a dash is not a place unless the gazetteer knows it
    expect(run('WRAPUP - Stocks fell')).toBe('WRAPUP - Stocks fell');
    expect(run('ANDREW/B-PER SANT/I-PER ( B. 1950 ) IS A POET')).toBe('ANDREW/B-PER SANT/I-PER ( B. 1950 ) IS A POET');
  });
});

describe('sport slugs', () => {
  it('takes the slug out of any name and makes places in a team-sport headline teams, countries LOC', () => {
    expect(run('RUGBY/B-ORG UNION/I-ORG -/I-ORG WALES/I-ORG BEAT ITALY/B-LOC IN CARDIFF/B-LOC')).toBe(
      'RUGBY UNION - WALES/B-LOC BEAT ITALY/B-LOC IN CARDIFF/B-LOC',
    );
    expect(run('CRICKET - SURREY/B-LOC CLOSE IN ON WIN AGAINST KENT/B-LOC .')).toBe(
      'CRICKET - SURREY/B-ORG CLOSE IN ON WIN AGAINST KENT/B-ORG .',
    );
  });

  it('only clears the slug for sports of individuals', () => {
    expect(run('TENNIS/B-ORG - MUSTER/B-PER WINS IN HAMBURG/B-LOC')).toBe('TENNIS - MUSTER/B-PER WINS IN HAMBURG/B-LOC');
    expect(run('GOLF - WOOSNAM/B-PER LEADS AT DUBAI/B-LOC')).toBe('GOLF - WOOSNAM/B-PER LEADS AT DUBAI/B-LOC');
  });

  it('needs a known sport before the dash', () => {
    expect(run('Kent/B-LOC - the garden of England')).toBe('Kent/B-LOC - the garden of England');
  });
});

describe('results lines', () => {
  it('makes the names of a score line teams', () => {
    expect(run('Grimsby/B-LOC 1 Sheffield United 3')).toBe('Grimsby/B-ORG 1 Sheffield/B-ORG United/I-ORG 3');
    expect(run('Port/B-PER Vale/I-PER 0 Wolverhampton/B-LOC 1')).toBe('Port/B-ORG Vale/I-ORG 0 Wolverhampton/B-ORG 1');
    expect(run('Japan/B-LOC 2 Syria/B-ORG 1 ( halftime 1-0 )')).toBe('Japan/B-LOC 2 Syria/B-LOC 1 ( halftime 1-0 )');
  });

  it('reads standings rows and cricket scores, and keeps a person in a table row', () => {
    expect(run('Bolton/B-LOC 8 6 1 1 18 7 19')).toBe('Bolton/B-ORG 8 6 1 1 18 7 19');
    expect(run('NEW/B-LOC YORK/I-LOC 74 58 .561 -')).toBe('NEW/B-ORG YORK/I-ORG 74 58 .561 -');
    expect(run('Colin/B-PER Montgomerie/I-PER 70 68 71 209')).toBe('Colin/B-PER Montgomerie/I-PER 70 68 71 209');
    expect(run('Surrey/B-LOC 412 for six declared')).toBe('Surrey/B-ORG 412 for six declared');
  });

  it("reads the scorers in a score line's brackets and in a scorers list as people, other notes as no names", () => {
    expect(run('Ajax/B-LOC Amsterdam/I-LOC 2 ( Litmanen 12 , Kluivert/B-ORG 80 ) Feyenoord 1 ( Larsson/B-PER 44 )')).toBe(
      'Ajax/B-ORG Amsterdam/I-ORG 2 ( Litmanen/B-PER 12 , Kluivert/B-PER 80 ) Feyenoord/B-ORG 1 ( Larsson/B-PER 44 )',
    );
    expect(run('Utah/B-ORG 110 Seattle/B-ORG 104 ( OT/B-ORG )')).toBe('Utah/B-ORG 110 Seattle/B-ORG 104 ( OT )');
    expect(run('Scorers : Kanu/B-PER 23 , Okocha 67 .')).toBe('Scorers : Kanu/B-PER 23 , Okocha/B-PER 67 .');
    // The side before its scorers, minutes in brackets.
    expect(run('Scorers : Italy - Paolo Rossi ( 23rd minute ) , Dino Zoff/B-LOC ( 78th ) .')).toBe(
      'Scorers : Italy/B-LOC - Paolo/B-PER Rossi/I-PER ( 23rd minute ) , Dino/B-PER Zoff/I-PER ( 78th ) .',
    );
  });

  it('reads results with a comma between the sides, and drops what a cut leaves of a name around a score', () => {
    expect(run('Oklahoma/B-LOC City/I-LOC Thunder 112 , Memphis/B-ORG Grizzlies/I-ORG 110 ( OT/B-ORG )')).toBe(
      'Oklahoma/B-ORG City/I-ORG Thunder/I-ORG 112 , Memphis/B-ORG Grizzlies/I-ORG 110 ( OT )',
    );
    expect(run('Greenock/B-LOC Morton/B-ORG 0/I-ORG Airdrieonians/I-ORG 0')).toBe('Greenock/B-ORG Morton/I-ORG 0 Airdrieonians/B-ORG 0');
  });

  it('reads the people of a results line by their bracketed country, and a dateline place with its country', () => {
    expect(run('67 Santiago/B-LOC Ferrandez/I-LOC ( Japan/B-LOC ) , Wessel/B-ORG du/I-ORG Toit/I-ORG ( Italy/B-LOC )')).toBe(
      '67 Santiago/B-PER Ferrandez/I-PER ( Japan/B-LOC ) , Wessel/B-PER du/I-PER Toit/I-PER ( Italy/B-LOC )',
    );
    expect(run("VAL/B-PER D'ISERE/I-PER , Italy/B-LOC 1996-12-14")).toBe("VAL/B-LOC D'ISERE/I-LOC , Italy/B-LOC 1996-12-14");
  });

  it('reads results lines with the attendance, bowling lists with a note, and no score as a name', () => {
    expect(run('Ajax/B-LOC 1 ( Litmanen 82nd ) Feyenoord 1 ( Larsson 23rd ) . Attendance : 24,105')).toBe(
      'Ajax/B-ORG 1 ( Litmanen/B-PER 82nd ) Feyenoord/B-ORG 1 ( Larsson/B-PER 23rd ) . Attendance : 24,105',
    );
    expect(run('Bowling ( to date ) : Mukoko/B-LOC 14-3-41-2 , Ferreira 12-2-38-1')).toBe(
      'Bowling ( to date ) : Mukoko/B-PER 14-3-41-2 , Ferreira/B-PER 12-2-38-1',
    );
    expect(run('207/B-LOC Park/B-PER Jong-hwan/I-PER ( Japan/B-LOC ) 70 68 69')).toBe(
      '207 Park/B-PER Jong-hwan/I-PER ( Japan/B-LOC ) 70 68 69',
    );
    expect(run('BASEBALL - ROCKIES/B-ORG ROUT/I-ORG DODGERS/I-ORG .')).toBe('BASEBALL - ROCKIES/B-ORG ROUT DODGERS/B-ORG .');
  });

  it('reads the company that opens a results headline in capitals', () => {
    expect(run('NORRLAND/B-PER SKOG/I-PER NINE-MONTH PROFIT RISES .')).toBe('NORRLAND/B-ORG SKOG/I-ORG NINE-MONTH PROFIT RISES .');
    expect(run('HOLMBERG/B-PER SAYS 1996 PROFIT TO BEAT FORECAST .')).toBe('HOLMBERG/B-ORG SAYS 1996 PROFIT TO BEAT FORECAST .');
    expect(run('HALVORSEN POSTS HIGHER NINE-MONTH PROFIT .')).toBe('HALVORSEN/B-ORG POSTS HIGHER NINE-MONTH PROFIT .');
    // A country's figures, a sports headline: left alone.
    expect(run('JAPAN/B-LOC 1996 GDP SEEN UP 2 PCT .')).toBe('JAPAN/B-LOC 1996 GDP SEEN UP 2 PCT .');
    // A sentence in capitals that opens with a year.
    expect(run('IN 1963 THE NETWORK BOUGHT IT .')).toBe('IN 1963 THE NETWORK BOUGHT IT .');
    expect(run('THIS YEAR IT IS EASY .')).toBe('THIS YEAR IT IS EASY .');
  });

  it("reads the team after a ranked driver's or rider's country in brackets", () => {
    expect(run('1. Mattias/B-PER Enqvist/I-PER ( Japan/B-LOC ) Williams/B-PER 1:20.330')).toBe(
      '1. Mattias/B-PER Enqvist/I-PER ( Japan/B-LOC ) Williams/B-ORG 1:20.330',
    );
    expect(run('2. Jesper/B-PER Kjaergaard/I-PER ( DEN ) Rabobank same time')).toBe(
      '2. Jesper/B-PER Kjaergaard/I-PER ( DEN/B-LOC ) Rabobank/B-ORG same time',
    );
    // A tennis or golf result has no team.
    expect(run('3. Jan/B-PER Siemerink/I-PER ( Japan/B-LOC ) 6-4 6-2')).toBe('3. Jan/B-PER Siemerink/I-PER ( Japan/B-LOC ) 6-4 6-2');
  });

  it("reads a scorecard's batsman, fielder and bowler, and a bowling list, as people", () => {
    expect(run('S./B-PER Jayawardane/I-PER c Moyo/B-LOC b Mupariwa 48')).toBe(
      'S./B-PER Jayawardane/I-PER c Moyo/B-PER b Mupariwa/B-PER 48',
    );
    expect(run('R. Gunatilleke/B-PER lbw b Chivhanga 12')).toBe('R./B-PER Gunatilleke/I-PER lbw b Chivhanga/B-PER 12');
    expect(run('Bowling : Mupariwa 14-3-41-1 , Nkala/B-LOC 9.2-1-30-0')).toBe(
      'Bowling : Mupariwa/B-PER 14-3-41-1 , Nkala/B-PER 9.2-1-30-0',
    );
    // Not a scorecard: no runs at the end.
    expect(run('Smith b Jones said .')).toBe('Smith b Jones said .');
  });

  it('splits the names of a cricket scorecard line at the dismissal words', () => {
    expect(run('Nasser/B-PER Hussain/I-PER c/I-PER Wasim/I-PER Akram/I-PER b/I-PER Mushtaq/I-PER Ahmed/I-PER 12')).toBe(
      'Nasser/B-PER Hussain/I-PER c Wasim/B-PER Akram/I-PER b Mushtaq/B-PER Ahmed/I-PER 12',
    );
  });

  it('leaves running text and all-capitals lines of ordinary words alone', () => {
    expect(run('Apple/B-ORG sold 3 million phones in Kent/B-LOC')).toBe('Apple/B-ORG sold 3 million phones in Kent/B-LOC');
    expect(run('GO DOWN 1 BLOCK TO SUPER/B-LOC 8/I-LOC .')).toBe('GO DOWN 1 BLOCK TO SUPER/B-LOC 8/I-LOC .');
    expect(run('Boeing/B-ORG 747 ( a jumbo jet )')).toBe('Boeing/B-ORG 747 ( a jumbo jet )');
  });
});

describe('cricket innings lines', () => {
  it('reads an innings with its scorers and bowling figures, a surname with its particle', () => {
    expect(run('Sri/B-LOC Lanka/I-LOC 275 ( Jayasuriya 78 , de Silva/B-ORG 55 ; Wasim/B-PER Akram/I-PER 4-43 )')).toBe(
      'Sri/B-LOC Lanka/I-LOC 275 ( Jayasuriya/B-PER 78 , de/B-PER Silva/I-PER 55 ; Wasim/B-PER Akram/I-PER 4-43 )',
    );
  });
});

describe('headlines in capitals', () => {
  it('reads an unknown word after a sport slug and before a headline verb as the player', () => {
    expect(run('TENNIS - SELES BEATEN IN ROME/B-LOC .')).toBe('TENNIS - SELES/B-PER BEATEN IN ROME/B-LOC .');
    expect(run('CRICKET - STREAK PUTS ZIMBABWE/B-LOC ON TOP .')).toBe('CRICKET - STREAK/B-PER PUTS ZIMBABWE/B-LOC ON TOP .');
    expect(run('CRICKET - KENT/B-ORG BEAT SUSSEX/B-ORG .')).toBe('CRICKET - KENT/B-ORG BEAT SUSSEX/B-ORG .');
    expect(run('SOCCER - CARDIFF HOLD ON .')).toBe('SOCCER - CARDIFF HOLD ON .');
  });

  it('splits a name the tagger ran across a headline verb or preposition, a country part being a place', () => {
    expect(run('RUGBY UNION - WALES/B-LOC RECALL JENKINS/B-ORG FOR/I-ORG SCOTLAND/I-ORG CLASH .')).toBe(
      'RUGBY UNION - WALES/B-LOC RECALL JENKINS/B-ORG FOR SCOTLAND/B-LOC CLASH .',
    );
    expect(run('UNITED/B-LOC STATES/I-LOC WIN GOLD .')).toBe('UNITED/B-LOC STATES/I-LOC WIN GOLD .');
  });

  it('leaves names in ordinary text alone', () => {
    expect(run('Campaign/B-ORG for/I-ORG Nuclear/I-ORG Disarmament/I-ORG marched .')).toBe(
      'Campaign/B-ORG for/I-ORG Nuclear/I-ORG Disarmament/I-ORG marched .',
    );
  });
});
