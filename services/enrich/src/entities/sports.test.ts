import { describe, expect, it } from 'vitest';
import { GAZ, type Gazetteer } from './features.js';
import { applySportsConventions, isAboutSport, isDocumentAboutSport, scoreLength } from './sports.js';
import { rewrite } from './testdata/notation.js';

const gaz: Gazetteer = {
  phrases: new Map([
    ['angels', GAZ.COMMON | GAZ.NOUN],
    ['england', GAZ.COUNTRY],
    ['italy', GAZ.COUNTRY],
    ['leeds', GAZ.CITY],
    ['newcastle', GAZ.CITY],
    ['milan', GAZ.CITY],
    ['london', GAZ.CITY],
    ['madrid', GAZ.CITY],
    ['mexico city', GAZ.CITY],
    ['essex', GAZ.REGION],
    ['croatian', GAZ.DEMONYM],
  ]),
  maxLen: 2,
};

function run(line: string): string {
  return rewrite(line, (tokens, tags) => applySportsConventions(tokens, tags, gaz));
}

const words = (s: string): string[] => s.split(' ');

describe('isAboutSport', () => {
  it('needs sports vocabulary, a match score or a cricket total to add up', () => {
    expect(isAboutSport(words('Newcastle beat Leeds 3-0 on Saturday .'))).toBe(true);
    expect(isAboutSport(words('The goalkeeper was injured .'))).toBe(true);
    expect(isAboutSport(words('Essex were 245 for six at the close against Kent .'))).toBe(true);
    expect(isAboutSport(words('Chelsea manager Ruud Gullit said his side deserved the win against Arsenal .'))).toBe(true);
  });

  it("reads a score as newswire's tokenizer splits it, but not a split date", () => {
    expect(isAboutSport(words('Newcastle beat Leeds 3 - 0 on Saturday .'))).toBe(true);
    expect(scoreLength(words('won 3 - 0'), 1)).toBe(3);
    expect(scoreLength(words('LONDON 1996 - 08 - 30'), 3)).toBe(0);
    expect(run('Milan/B-LOC lost 2 - 1 to Leeds/B-LOC on Sunday .')).toBe('Milan/B-ORG lost 2 - 1 to Leeds/B-ORG on Sunday .');
    // A result line and a team's record: "Pella 58 , Oskaloosa 55", "for Pella ( 12-4 , 7-2 )".
    expect(run('Pella/B-LOC 58 , Oskaloosa/B-LOC 55 : Van/B-PER Zee/I-PER scored 21 points .')).toBe(
      'Pella/B-ORG 58 , Oskaloosa/B-ORG 55 : Van/B-PER Zee/I-PER scored 21 points .',
    );
    expect(run('Albers/B-PER added 14 points for Pella/B-LOC ( 12-4 , 7-2 ) .')).toBe(
      'Albers/B-PER added 14 points for Pella/B-ORG ( 12-4 , 7-2 ) .',
    );
  });

  it('counts a score before a result noun and a league named in the sentence', () => {
    expect(isAboutSport(words('Bayern Munich moved top with a 3-0 win on Saturday .'))).toBe(true);
    expect(isAboutSport(words('Bayern moved top of the Bundesliga on Saturday .'))).toBe(true);
  });

  it("reads a football report's minutes, cards, halves and 'Leeds 2 Sunderland 1' results", () => {
    expect(isAboutSport(words('Holt tripped Acheampong in the 34th minute .'))).toBe(true);
    expect(isAboutSport(words('Referee Sam Whitehouse showed six yellow cards .'))).toBe(true);
    expect(isAboutSport(words('Okonkwo scored twice in the second half .'))).toBe(true);
    expect(isAboutSport(words('Leeds 2 Sunderland 1 : Okonkwo double sends hosts top'))).toBe(true);
    expect(isAboutSport(words('Okonkwo levelled with a header .'))).toBe(true);
    expect(isAboutSport(words('Pella 58 , Oskaloosa 55 ( OT ) : Brody Van Zee scored 21'))).toBe(true);
    expect(isAboutSport(words('Cedar Falls 62 , Waterloo West 60 : a late penalty'))).toBe(true);
    expect(isAboutSport(words('Ward 5 , Precinct 12 reported late .'))).toBe(false);
    expect(isAboutSport(words('The bill passed in the second half of the session .'))).toBe(false);
    expect(isAboutSport(words('Windows 11 and Office 365 prices rose .'))).toBe(false);
  });

  it('is not fooled by a vote, a single result word or a proper name', () => {
    expect(isAboutSport(words('The Supreme Court ruled 5-4 against the law .'))).toBe(false);
    expect(isAboutSport(words('The party won 52 seats .'))).toBe(false);
    expect(isAboutSport(words('His target is Homer .'))).toBe(false);
  });

  it('takes a document as about sport only when two sentences in five are', () => {
    const sport = words('Leeds beat Newcastle 3-0 .');
    const other = words('The radio station moved to new premises .');
    expect(isDocumentAboutSport([sport, sport, other])).toBe(true);
    expect(isDocumentAboutSport([sport, other, other, other, other, other])).toBe(false);
  });
});

describe('teams named after places', () => {
  it('makes a place before a team role a team, even outside sports copy', () => {
    expect(run('Leeds/B-LOC manager George/B-PER Graham/I-PER was sacked .')).toBe(
      'Leeds/B-ORG manager George/B-PER Graham/I-PER was sacked .',
    );
  });

  it('keeps a national side a place', () => {
    expect(run('England/B-LOC coach Glenn/B-PER Hoddle/I-PER named his squad .')).toBe(
      'England/B-LOC coach Glenn/B-PER Hoddle/I-PER named his squad .',
    );
  });

  it('makes the subject and object of a result teams, and leaves the venue a place', () => {
    expect(run('Newcastle/B-LOC beat Leeds/B-LOC 3-0 in Milan/B-LOC on Saturday .')).toBe(
      'Newcastle/B-ORG beat Leeds/B-ORG 3-0 in Milan/B-LOC on Saturday .',
    );
    expect(run('Essex/B-LOC were 245 for six against Kent/B-ORG at Chelmsford/B-LOC .')).toBe(
      'Essex/B-ORG were 245 for six against Kent/B-ORG at Chelmsford/B-LOC .',
    );
  });

  it('reads "lost 2-1 to" and a transfer "from" as teams, a plain "from" as a place', () => {
    expect(run('Milan/B-LOC , who lost 2-1 to Leeds/B-LOC , are third in the league .')).toBe(
      'Milan/B-ORG , who lost 2-1 to Leeds/B-ORG , are third in the league .',
    );
    expect(run('Leeds/B-ORG signed Croatian/B-MISC striker Alen/B-PER Boksic/I-PER from Milan/B-LOC .')).toBe(
      'Leeds/B-ORG signed Croatian/B-MISC striker Alen/B-PER Boksic/I-PER from Milan/B-LOC'.replace('Milan/B-LOC', 'Milan/B-ORG') + ' .',
    );
    expect(run('The striker flew home from Milan/B-LOC on Sunday .')).toBe('The striker flew home from Milan/B-LOC on Sunday .');
  });

  it('leaves places in ordinary sentences and venues alone', () => {
    expect(run('Leeds/B-LOC is a city in England/B-LOC .')).toBe('Leeds/B-LOC is a city in England/B-LOC .');
    expect(run('Leeds/B-ORG played Newcastle/B-ORG at Elland/B-LOC Road/I-LOC and won the match .')).toBe(
      'Leeds/B-ORG played Newcastle/B-ORG at Elland/B-LOC Road/I-LOC and won the match .',
    );
  });

  it('keeps a place that qualifies a club, and makes the club a team', () => {
    expect(run('London/B-LOC club Chelsea/B-LOC beat Leeds/B-ORG 2-0 .')).toBe('London/B-LOC club Chelsea/B-ORG beat Leeds/B-ORG 2-0 .');
  });

  it('follows "and" from one team to the next', () => {
    expect(run('Leeds/B-ORG beat Newcastle/B-LOC and Milan/B-LOC in the cup this season .')).toBe(
      'Leeds/B-ORG beat Newcastle/B-ORG and Milan/B-ORG in the cup this season .',
    );
  });
});

describe('club names, plural teams, scores and roles', () => {
  it('joins club words to the place they are built on', () => {
    expect(run('Real Madrid/B-LOC beat Leeds/B-ORG 2-0 .')).toBe('Real/B-ORG Madrid/I-ORG beat Leeds/B-ORG 2-0 .');
    expect(run('Bayern/B-LOC Munich/B-ORG striker Harry/B-PER Kane/I-PER scored twice .')).toBe(
      'Bayern/B-ORG Munich/I-ORG striker Harry/B-PER Kane/I-PER scored twice .',
    );
    expect(run('Newcastle/B-LOC United beat Leeds/B-ORG 2-0 .')).toBe('Newcastle/B-ORG United/I-ORG beat Leeds/B-ORG 2-0 .');
  });

  it('keeps a known place that ends in a club word a place', () => {
    expect(run('Leeds/B-ORG beat Newcastle/B-ORG 2-0 in Mexico/B-LOC City .')).toBe(
      'Leeds/B-ORG beat Newcastle/B-ORG 2-0 in Mexico/B-LOC City .',
    );
  });

  it('makes a capitalised plural after "the" in a team position a team', () => {
    expect(run('The Yankees/B-ORG beat the Orioles/B-MISC 5-3 in New/B-LOC York/I-LOC .')).toBe(
      'The Yankees/B-ORG beat the Orioles/B-ORG 5-3 in New/B-LOC York/I-LOC .',
    );
    expect(run('Fans flocked to the Waterfalls and the stadium after the match won by Leeds/B-ORG 2-0 .')).toBe(
      'Fans flocked to the Waterfalls and the stadium after the match won by Leeds/B-ORG 2-0 .',
    );
  });

  it('makes competitions and races events, keeping a national side in front of one', () => {
    expect(run('Leeds/B-ORG beat Milan/B-ORG 2-0 in the UEFA/B-ORG Cup/I-ORG .')).toBe(
      'Leeds/B-ORG beat Milan/B-ORG 2-0 in the UEFA/B-MISC Cup/I-MISC .',
    );
    expect(run('The goalkeeper is in the England/B-LOC World/I-LOC Cup/I-LOC squad .')).toBe(
      'The goalkeeper is in the England/B-LOC World/B-MISC Cup/I-MISC squad .',
    );
    expect(run('He won the 16th stage of the Tour de France/B-LOC , the hosts said after the relegation battle .')).toBe(
      'He won the 16th stage of the Tour/B-MISC de/I-MISC France/I-MISC , the hosts said after the relegation battle .',
    );
  });

  it('knows clubs that are not places (clubs.ts), with the place they are written with; names that are nothing else anywhere', () => {
    expect(run('Leeds/B-ORG lost 2-1 to Juventus/B-PER on Tuesday .')).toBe('Leeds/B-ORG lost 2-1 to Juventus/B-ORG on Tuesday .');
    expect(run('The goalkeeper joined Dynamo Kiev/B-LOC from New/B-LOC York/I-LOC Yankees .')).toBe(
      'The goalkeeper joined Dynamo/B-ORG Kiev/I-ORG from New/B-ORG York/I-ORG Yankees/I-ORG .',
    );
    expect(run('Juventus/B-PER have a new owner .')).toBe('Juventus/B-ORG have a new owner .');
    expect(run('He joined Leeds/B-LOC from Sampdoria/B-LOC in 1995 .')).toBe('He joined Leeds/B-LOC from Sampdoria/B-ORG in 1995 .');
    expect(run('Cleveland/B-LOC Indians/I-LOC beat Boston/B-ORG 5-3 .')).toBe('Cleveland/B-ORG Indians/I-ORG beat Boston/B-ORG 5-3 .');
    expect(run('Fans of the Angels/B-MISC cheered .')).toBe('Fans of the Angels/B-MISC cheered .');
  });

  it('reads labels before clubs, venues, races and a sports word opening a sentence', () => {
    expect(run('Leeds/B-ORG are four points behind leaders Milan/B-LOC in the league .')).toBe(
      'Leeds/B-ORG are four points behind leaders Milan/B-ORG in the league .',
    );
    expect(run('The cup holders were knocked out by second division Newcastle/B-LOC on penalties .')).toBe(
      'The cup holders were knocked out by second division Newcastle/B-ORG on penalties .',
    );
    expect(run('Porto/B-ORG held Leeds/B-ORG 0-0 at the Estadio/B-MISC da/I-MISC Luz/I-MISC .')).toBe(
      'Porto/B-ORG held Leeds/B-ORG 0-0 at the Estadio/B-LOC da/I-LOC Luz/I-LOC .',
    );
    expect(run('Bellandi/B-PER won a stage of the Tour of Switzerland/B-LOC .')).toBe(
      'Bellandi/B-PER won a stage of the Tour/B-MISC of/I-MISC Switzerland/I-MISC .',
    );
    expect(run('CYCLING - ZABEL/B-PER WINS SPRINT IN TOUR OF NETHERLANDS/B-LOC .')).toBe(
      'CYCLING - ZABEL/B-PER WINS SPRINT IN TOUR/B-MISC OF/I-MISC NETHERLANDS/I-MISC .',
    );
    expect(run('He won a stage of the Tour of the Netherlands/B-LOC .')).toBe(
      'He won a stage of the Tour/B-MISC of/I-MISC the/I-MISC Netherlands/I-MISC .',
    );
    expect(run('Quarter-final/B-LOC results at the Leeds/B-MISC Open/I-MISC tournament :')).toBe(
      'Quarter-final results at the Leeds/B-MISC Open/I-MISC tournament :',
    );
    expect(run('Borussia/B-PER Dortmund/I-PER have signed a midfielder .')).toBe(
      'Borussia/B-ORG Dortmund/I-ORG have signed a midfielder .',
    );
  });

  it('makes league competitions events', () => {
    expect(run('Lazio/B-ORG climbed to fifth in Serie/B-LOC A/I-LOC after beating Napoli/B-ORG 2-0 .')).toBe(
      'Lazio/B-ORG climbed to fifth in Serie/B-MISC A/I-MISC after beating Napoli/B-ORG 2-0 .',
    );
    expect(run('The Bundesliga/B-ORG leaders thrashed Leeds/B-ORG 6-0 .')).toBe('The Bundesliga/B-MISC leaders thrashed Leeds/B-ORG 6-0 .');
  });

  it('ends a name at a score', () => {
    expect(run('The Yankees/B-ORG beat the Orioles/B-MISC 5-3/I-MISC on Tuesday .')).toBe(
      'The Yankees/B-ORG beat the Orioles/B-ORG 5-3 on Tuesday .',
    );
  });

  it('takes a role opening a sentence out of the name', () => {
    expect(run('Striker/B-PER Alan/I-PER Shearer/I-PER scored twice .')).toBe('Striker Alan/B-PER Shearer/I-PER scored twice .');
    expect(run('Referee/B-PER Stanley/I-PER Berenson/I-PER halted the bout .')).toBe(
      'Referee Stanley/B-PER Berenson/I-PER halted the bout .',
    );
    expect(run('Major-General/B-PER Bambang/I-PER Sutrisno/I-PER told reporters .')).toBe(
      'Major-General Bambang/B-PER Sutrisno/I-PER told reporters .',
    );
    expect(run('Full-back/B-PER Tony/I-PER Dorigo/I-PER scored .')).toBe('Full-back Tony/B-PER Dorigo/I-PER scored .');
    expect(run('Detective Constable/B-PER Imran/I-PER Sheikh/I-PER said .')).toBe('Detective Constable Imran/B-PER Sheikh/I-PER said .');
    // The role read as a person of its own before the person.
    expect(run('Alderman/B-PER Denise/B-PER Kowalski/I-PER said .')).toBe('Alderman Denise/B-PER Kowalski/I-PER said .');
    expect(run('Alderman/B-PER said .')).toBe('Alderman/B-PER said .');
    expect(run('Rancher/B-PER Glenn/I-PER Haskett/I-PER said .')).toBe('Rancher Glenn/B-PER Haskett/I-PER said .');
    // An untagged nickname before a team role and a person is the team.
    expect(run('said Lions linebacker J.T./B-PER Hargrove/I-PER .')).toBe('said Lions/B-ORG linebacker J.T./B-PER Hargrove/I-PER .');
  });

  it('reads a team role after one modifier, and a one-word name before a role and a person as a team', () => {
    expect(run('Kent/B-LOC left-arm spinner Min/B-PER Patel/I-PER bowled well .')).toBe(
      'Kent/B-ORG left-arm spinner Min/B-PER Patel/I-PER bowled well .',
    );
    expect(run("Riis/B-PER 's Telekom/B-MISC team-mate Jan/B-PER Ullrich/I-PER moved up .")).toBe(
      "Riis/B-PER 's Telekom/B-ORG team-mate Jan/B-PER Ullrich/I-PER moved up .",
    );
  });

  it('makes a name before a team role and a person a team', () => {
    expect(run('Williams/B-PER driver Jacques/B-PER Villeneuve/I-PER took pole position .')).toBe(
      'Williams/B-ORG driver Jacques/B-PER Villeneuve/I-PER took pole position .',
    );
    expect(run('Croatian/B-PER coach Miroslav/B-PER Blazevic/I-PER was pleased .')).toBe(
      'Croatian/B-PER coach Miroslav/B-PER Blazevic/I-PER was pleased .',
    );
  });
  it('reads "<state> State" in sports copy as the university side', () => {
    expect(run('Michigan/B-LOC State/I-LOC beat Purdue 37-31 in overtime .')).toBe(
      'Michigan/B-ORG State/I-ORG beat Purdue/B-ORG 37-31 in overtime .',
    );
  });
});
