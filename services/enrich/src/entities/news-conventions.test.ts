import { describe, expect, it } from 'vitest';
import { GAZ, type Gazetteer } from './features.js';
import { applyNewsConventions } from './news-conventions.js';
import { rewrite } from './testdata/notation.js';

const gaz: Gazetteer = {
  phrases: new Map([
    ['russia', GAZ.COUNTRY],
    ['kenyan', GAZ.DEMONYM],
    ['dane', GAZ.DEMONYM | GAZ.FIRST],
    ['faith', GAZ.FIRST | GAZ.COMMON],
    ['tim', GAZ.FIRST],
    ['richard', GAZ.FIRST],
    ['bank', GAZ.COMMON | GAZ.NOUN],
    ['democracy', GAZ.E_MISC],
    ['madrid', GAZ.CITY],
    ['swedish', GAZ.DEMONYM],
    ['the', GAZ.LOWER | GAZ.COMMON],
    ['former', GAZ.LOWER | GAZ.ADJ],
    ['obama', GAZ.LAST | GAZ.E_PER],
    ['miramar', GAZ.TOWN],
    ['sherwood', GAZ.FIRST | GAZ.TOWN],
    ['northern', GAZ.TOWN],
    ['kansas city', GAZ.CITY],
    ['peru', GAZ.COUNTRY],
    ['china', GAZ.COUNTRY],
    ['israel', GAZ.COUNTRY],
    ['fed', GAZ.ORG],
    ['eu', GAZ.ORG | GAZ.TOWN],
    ['israelis', GAZ.DEMONYM | GAZ.NOUN],
    ['philippines', GAZ.DEMONYM | GAZ.NOUN | GAZ.COUNTRY],
  ]),
  maxLen: 1,
};

function run(line: string): string {
  return rewrite(line, (tokens, tags) => applyNewsConventions(tokens, tags, gaz));
}

describe('news span conventions', () => {
  it('leaves an administrative word after a place out of its name', () => {
    expect(run('An earthquake struck Khorasan/B-LOC province/I-LOC on Thursday .')).toBe(
      'An earthquake struck Khorasan/B-LOC province on Thursday .',
    );
    expect(run('Talks were held in New/B-LOC York/I-LOC State/I-LOC .')).toBe('Talks were held in New/B-LOC York/I-LOC State/I-LOC .');
  });

  it('splits a nationality from the person it opens, unless it is also a first name', () => {
    expect(run('Kenyan/B-PER Faith/I-PER Kipyegon/I-PER won the race .')).toBe('Kenyan/B-MISC Faith/B-PER Kipyegon/I-PER won the race .');
    expect(run('Dane/B-PER Smith/I-PER won the race .')).toBe('Dane/B-PER Smith/I-PER won the race .');
  });

  it('splits a people noun, or a demonym that is also a first name, from a name of two or more words after it', () => {
    expect(run('Dane/B-PER Bjarne/I-PER Riis/I-PER won the stage .')).toBe('Dane/B-MISC Bjarne/B-PER Riis/I-PER won the stage .');
    expect(run('Briton/B-PER Tim/I-PER Henman/I-PER won .')).toBe('Briton/B-MISC Tim/B-PER Henman/I-PER won .');
    expect(run('Dutchman/B-PER Richard/I-PER Krajicek/I-PER won .')).toBe('Dutchman/B-MISC Richard/B-PER Krajicek/I-PER won .');
    // Read as one organisation at the start of a sentence: a nationality, a first name and a surname.
    expect(run('Kenyan/B-ORG Faith/I-ORG Kipyegon/I-ORG won the race .')).toBe('Kenyan/B-MISC Faith/B-PER Kipyegon/I-PER won the race .');
    // ... but not when the last word is an ordinary word or was seen in other kinds of names.
    expect(run('Kenyan/B-ORG Faith/I-ORG Bank/I-ORG said .')).toBe('Kenyan/B-ORG Faith/I-ORG Bank/I-ORG said .');
    expect(run('Swedish/B-ORG Faith/I-ORG Democracy/I-ORG said .')).toBe('Swedish/B-ORG Faith/I-ORG Democracy/I-ORG said .');
  });

  it('reads a nationality adjective as MISC, never a place, and in a headline in capitals apart from what it qualifies', () => {
    expect(run('A ferry sank off the central Philippine/B-LOC island of Samar/B-LOC .')).toBe(
      'A ferry sank off the central Philippine/B-MISC island of Samar/B-LOC .',
    );
    expect(run('RUSSIAN/B-LOC TROOPS PULL OUT OF DAGESTAN/B-LOC .')).toBe('RUSSIAN/B-MISC TROOPS PULL OUT OF DAGESTAN/B-LOC .');
    expect(run('POLISH/B-ORG CENTRAL/I-ORG BANK/I-ORG CUTS RATE .')).toBe('POLISH/B-MISC CENTRAL BANK CUTS RATE .');
    // A name, not a nationality and its noun: left alone.
    expect(run('BRITISH/B-ORG AIRWAYS/I-ORG PROFITS RISE .')).toBe('BRITISH/B-ORG AIRWAYS/I-ORG PROFITS RISE .');
    // A sea or a region keeps its reading.
    expect(run('Ships crossed the Mediterranean/B-LOC .')).toBe('Ships crossed the Mediterranean/B-LOC .');
  });

  it("splits a country's institution named after a possessive, and keeps names that hold one", () => {
    expect(run("A spokesman for Israel/B-ORG 's/I-ORG Defence/I-ORG Ministry/I-ORG declined to comment .")).toBe(
      "A spokesman for Israel/B-LOC 's Defence/B-ORG Ministry/I-ORG declined to comment .",
    );
    expect(run("Groups include Russia/B-ORG 's/I-ORG Health/I-ORG Plans/I-ORG .")).toBe(
      "Groups include Russia/B-ORG 's/I-ORG Health/I-ORG Plans/I-ORG .",
    );
  });

  it('reads a paper after "the daily" or "the newspaper", and an agency before "news agency"', () => {
    expect(run('The daily Hurriyet/B-PER reported it .')).toBe('The daily Hurriyet/B-ORG reported it .');
    expect(run('Nine were caught , the newspaper Folha/B-LOC de/I-LOC Sao/I-LOC Paulo/I-LOC reported .')).toBe(
      'Nine were caught , the newspaper Folha/B-ORG de/I-ORG Sao/I-ORG Paulo/I-ORG reported .',
    );
    expect(run('He read the daily papers .')).toBe('He read the daily papers .');
    expect(run('the daily P&L/B-MISC is right .')).toBe('the daily P&L/B-MISC is right .');
    expect(run('the state-run Anatolian/B-LOC news agency said .')).toBe('the state-run Anatolian/B-ORG news agency said .');
    expect(run('the French/B-MISC news agency said .')).toBe('the French/B-MISC news agency said .');
  });

  it('reads firms from business cues: chief executive, the board of, an analyst of or at', () => {
    expect(run('Marlow/B-PER chief executive Nigel/B-PER Fairbrother/I-PER said .')).toBe(
      'Marlow/B-ORG chief executive Nigel/B-PER Fairbrother/I-PER said .',
    );
    expect(run('The board of Deansgate/B-LOC , a brick maker , agreed .')).toBe('The board of Deansgate/B-ORG , a brick maker , agreed .');
    expect(run('The board of Governors met .')).toBe('The board of Governors met .');
    expect(run('Analyst Deborah/B-PER Kwan/I-PER of Levesque/B-PER Beaubien/I-PER said .')).toBe(
      'Analyst Deborah/B-PER Kwan/I-PER of Levesque/B-ORG Beaubien/I-ORG said .',
    );
    // A person of a place stays with the place.
    expect(run('Analyst Deborah/B-PER Kwan/I-PER of Madrid/B-LOC said .')).toBe('Analyst Deborah/B-PER Kwan/I-PER of Madrid/B-LOC said .');
  });

  it("reads the share at the head of a market report's line as the company", () => {
    expect(run('Vaalrand/B-LOC Mines/I-LOC rose 1.25 rand to 48.75 rand .')).toBe(
      'Vaalrand/B-ORG Mines/I-ORG rose 1.25 rand to 48.75 rand .',
    );
    expect(run('Gencor fell 10 cents .')).toBe('Gencor/B-ORG fell 10 cents .');
    // A place, a person's name, a golfer's score: left alone.
    expect(run('Madrid/B-LOC fell 10 cents .')).toBe('Madrid/B-LOC fell 10 cents .');
    expect(run('Obama/B-PER lost 5 cents .')).toBe('Obama/B-PER lost 5 cents .');
    expect(run('Els/B-PER slipped 2 to 8 under par .')).toBe('Els/B-PER slipped 2 to 8 under par .');
  });

  it('reads a run of names ending in an institution head word as an organisation', () => {
    expect(run('The Supreme Electoral Tribunal said results would come on Thursday .')).toBe(
      'The Supreme/B-ORG Electoral/I-ORG Tribunal/I-ORG said results would come on Thursday .',
    );
    expect(run('The Supreme/B-MISC Electoral/I-MISC Tribunal/I-MISC said so .')).toBe(
      'The Supreme/B-ORG Electoral/I-ORG Tribunal/I-ORG said so .',
    );
  });

  it('reads a competition named after a place as MISC', () => {
    expect(run('He led the Macau/B-LOC Open after two rounds .')).toBe('He led the Macau/B-MISC Open/I-MISC after two rounds .');
    expect(run('ZAMBIA/B-LOC QUALIFY FOR AFRICAN/B-ORG NATIONS/I-ORG CUP/I-ORG FINALS/I-ORG .')).toBe(
      'ZAMBIA/B-LOC QUALIFY FOR AFRICAN/B-MISC NATIONS/I-MISC CUP/I-MISC FINALS .',
    );
    expect(run('He moved to Madrid/B-LOC in the open air .')).toBe('He moved to Madrid/B-LOC in the open air .');
  });

  it('reads the business a kind of business introduces, and a central bank named after its country', () => {
    expect(run('Indonesian/B-MISC online marketplace Pasarku to cut 800 jobs')).toBe(
      'Indonesian/B-MISC online marketplace Pasarku/B-ORG to cut 800 jobs',
    );
    expect(run('It was bought by drugmaker Kovacs/B-PER Gyogyszergyar/I-PER Rt , brokers said .')).toBe(
      'It was bought by drugmaker Kovacs/B-ORG Gyogyszergyar/I-ORG Rt/I-ORG , brokers said .',
    );
    expect(run('Norwegian/B-MISC shipbuilder Halvorsen/B-PER Marine/I-PER reported a profit .')).toBe(
      'Norwegian/B-MISC shipbuilder Halvorsen/B-ORG Marine/I-ORG reported a profit .',
    );
    // A person after the noun stays a person; a known place stays a place.
    expect(run('the manufacturer Richard/B-PER Smith/I-PER built it .')).toBe('the manufacturer Richard/B-PER Smith/I-PER built it .');
    expect(run('the airline Madrid/B-LOC flies to .')).toBe('the airline Madrid/B-LOC flies to .');
    expect(run('Bank Peru/B-LOC held rates .')).toBe('Bank/B-ORG Peru/I-ORG held rates .');
  });

  it('reads papers named before "business daily" and after "sports daily", and venues as places', () => {
    expect(run('the Nikkei business daily reported .')).toBe('the Nikkei/B-ORG business daily reported .');
    expect(run('Portuguese/B-MISC sports daily Record reported .')).toBe('Portuguese/B-MISC sports daily Record/B-ORG reported .');
    expect(run('It is updated daily Monday to Friday .')).toBe('It is updated daily Monday to Friday .');
    expect(run('They won at the Cairo/B-ORG International/I-ORG Stadium/I-ORG .')).toBe(
      'They won at the Cairo/B-LOC International/I-LOC Stadium/I-LOC .',
    );
  });

  it("splits a city's district after a possessive, and keeps a surname's particles", () => {
    expect(run("a bakery in Madrid/B-LOC 's/I-LOC Kazimierz/I-LOC district/I-LOC opened .")).toBe(
      "a bakery in Madrid/B-LOC 's Kazimierz/B-LOC district opened .",
    );
    expect(run('" We want it , " van der Berg/B-PER said .')).toBe('" We want it , " van/B-PER der/I-PER Berg/I-PER said .');
  });

  it('reads a nationality read as an organisation as MISC, and a competition after a surname', () => {
    expect(run('Swedish/B-ORG centre Gareth/B-PER Jones/I-PER scored .')).toBe('Swedish/B-MISC centre Gareth/B-PER Jones/I-PER scored .');
    expect(run('a former Davis/B-PER Cup player')).toBe('a former Davis/B-MISC Cup/I-MISC player');
  });

  it('reads ships, one-word legislatures, share classes, festivals and a broadcast after its network', () => {
    expect(run('The Maltese/B-MISC tanker Aegean/B-ORG Star/I-ORG ran aground .')).toBe(
      'The Maltese/B-MISC tanker Aegean/B-MISC Star/I-MISC ran aground .',
    );
    expect(run("Peru/B-LOC 's Congress voted 48-30 .")).toBe("Peru/B-LOC 's Congress/B-ORG voted 48-30 .");
    expect(run('The Senate voted 71-27 .')).toBe('The Senate/B-ORG voted 71-27 .');
    expect(run('Holmberg/B-PER B/I-PER shares closed higher .')).toBe('Holmberg/B-ORG B shares closed higher .');
    expect(run('Bura won the Eurovision/B-ORG Song/I-ORG Contest/I-ORG in Basel/B-LOC .')).toBe(
      'Bura won the Eurovision/B-MISC Song/I-MISC Contest/I-MISC in Basel/B-LOC .',
    );
    expect(run('she told BBC/B-ORG radio/I-ORG .')).toBe('she told BBC/B-ORG radio .');
  });

  it('reads institutions of a place as one name, directions and currencies apart, and what a company has', () => {
    expect(run('Bank of Peru/B-LOC holds rates')).toBe('Bank/B-ORG of/I-ORG Peru/I-ORG holds rates');
    expect(run('published by the Press/B-ORG Trust/I-ORG of India/B-LOC .')).toBe(
      'published by the Press/B-ORG Trust/I-ORG of/I-ORG India/I-ORG .',
    );
    expect(run('accounts at Banco/B-ORG do Brasil/B-ORG .')).toBe('accounts at Banco/B-ORG do/I-ORG Brasil/I-ORG .');
    expect(run('officials from the Tea Board of Kenya/B-LOC .')).toBe('officials from the Tea/B-ORG Board/I-ORG of/I-ORG Kenya/I-ORG .');
    expect(run('The Planning Inspectorate decides appeals .')).toBe('The Planning/B-ORG Inspectorate/I-ORG decides appeals .');
    expect(run('the President of Peru/B-LOC said .')).toBe('the President of Peru/B-LOC said .');
    expect(run('towns in eastern/B-LOC Congo/I-LOC fell')).toBe('towns in eastern Congo/B-LOC fell');
    expect(run('FOREX - DOLLAR FIRMER AGAINST MARK/B-PER .')).toBe('FOREX - DOLLAR FIRMER AGAINST MARK .');
    expect(run('the upper house , the Bundesrat/B-LOC , said')).toBe('the upper house , the Bundesrat/B-ORG , said');
    expect(run("a premium to Veldkamp/B-PER 's closing price")).toBe("a premium to Veldkamp/B-ORG 's closing price");
    expect(run("Obama/B-PER 's shares rose")).toBe("Obama/B-PER 's shares rose");
    expect(run('their tie against Portuguese/B-MISC club Madrid/B-LOC')).toBe('their tie against Portuguese/B-MISC club Madrid/B-ORG');
  });

  it('reads platforms people post on, teams before their people, awards, and nationalities of one or two words', () => {
    expect(run('The governor wrote on Telegram that crews were working .')).toBe(
      'The governor wrote on Telegram/B-ORG that crews were working .',
    );
    expect(run('He said on Monday that it was over .')).toBe('He said on Monday that it was over .');
    expect(run('It was posted on Dec. 11 .')).toBe('It was posted on Dec. 11 .');
    expect(run("Ferrari/B-PER 's Matteo/B-PER Santoro/I-PER won .")).toBe("Ferrari/B-ORG 's Matteo/B-PER Santoro/I-PER won .");
    expect(run('Muthoni/B-PER Gatere/I-PER wins Caine/B-PER Prize/I-PER')).toBe(
      'Muthoni/B-PER Gatere/I-PER wins Caine/B-MISC Prize/I-MISC',
    );
    expect(run('Palmeiras/B-ORG signed Uruguayan/B-ORG striker Pena/B-PER .')).toBe(
      'Palmeiras/B-ORG signed Uruguayan/B-MISC striker Pena/B-PER .',
    );
    expect(run('South/B-LOC African/I-LOC Mokoena/I-LOC takes the lead')).toBe('South/B-MISC African/I-MISC Mokoena/B-PER takes the lead');
    expect(run('led by Banco/B-LOC Galicia/I-LOC .')).toBe('led by Banco/B-ORG Galicia/I-ORG .');
    expect(run('an economist at consultancy Ecolatina/B-LOC said')).toBe('an economist at consultancy Ecolatina/B-ORG said');
  });

  it('reads banks in other languages, commodities in capitals, Czech legal forms and a town after its name', () => {
    expect(run('said a trader at Bankhaus/B-LOC Lindner/I-LOC in Madrid/B-LOC .')).toBe(
      'said a trader at Bankhaus/B-ORG Lindner/I-ORG in Madrid/B-LOC .',
    );
    expect(run('BRENT/B-PER CRUDE HITS SIX-WEEK HIGH .')).toBe('BRENT/B-MISC CRUDE HITS SIX-WEEK HIGH .');
    expect(run('Czech brewer Pivovary/B-ORG Moravia/I-ORG a.s. said .')).toBe(
      'Czech brewer Pivovary/B-ORG Moravia/I-ORG a.s./I-ORG said .',
    );
    expect(run('talks on the West/B-LOC Bank/I-LOC town/I-LOC of Hebron')).toBe('talks on the West/B-LOC Bank/I-LOC town of Hebron');
  });

  it('reads a headline nationality, role and name apart, two-word nationalities, venues read as people, islands', () => {
    expect(run('CANTERBURY/B-ORG SIGN FIJIAN/B-ORG WINGER/I-ORG VAKACEGU/I-ORG .')).toBe(
      'CANTERBURY/B-ORG SIGN FIJIAN/B-MISC WINGER VAKACEGU/B-PER .',
    );
    expect(run('BRITISH/B-ORG AIRWAYS/I-ORG PROFITS RISE .')).toBe('BRITISH/B-ORG AIRWAYS/I-ORG PROFITS RISE .');
    expect(run('South/B-LOC Korean/I-LOC share prices fell')).toBe('South/B-MISC Korean/I-MISC share prices fell');
    expect(run('a claim against The/B-ORG Australian/I-ORG newspaper')).toBe('a claim against The/B-ORG Australian/I-ORG newspaper');
    expect(run('She won on Rod/B-PER Laver/I-PER Arena/I-PER .')).toBe('She won on Rod/B-LOC Laver/I-LOC Arena/I-LOC .');
    expect(run('elections in the Azores/B-LOC islands/I-LOC on Sunday')).toBe('elections in the Azores/B-LOC islands on Sunday');
  });

  it('takes a compound direction in capitals out of a place name', () => {
    expect(run('EARTHQUAKE KILLS 14 IN SOUTHWEST/B-LOC CHINA/I-LOC .')).toBe('EARTHQUAKE KILLS 14 IN SOUTHWEST CHINA/B-LOC .');
  });

  it('reads company names from business cues', () => {
    expect(run('Shares in Repsol/B-LOC fell 2.3 percent in Madrid/B-LOC .')).toBe(
      'Shares in Repsol/B-ORG fell 2.3 percent in Madrid/B-LOC .',
    );
    expect(run('Repsol chairman Alfonso/B-PER Cortina/I-PER told analysts .')).toBe(
      'Repsol/B-ORG chairman Alfonso/B-PER Cortina/I-PER told analysts .',
    );
    expect(run('Gazprom/B-PER shares rose .')).toBe('Gazprom/B-ORG shares rose .');
    expect(run('Simoni/B-PER told RAI/B-PER television .')).toBe('Simoni/B-PER told RAI/B-ORG television .');
  });

  it('reads "X said it would" and "X said its" as a company, not "President X says it is plain"', () => {
    expect(run('Zentrix/B-PER said it would build a car plant .')).toBe('Zentrix/B-ORG said it would build a car plant .');
    expect(run('Valmora/B-PER said its refinery was shut .')).toBe('Valmora/B-ORG said its refinery was shut .');
    expect(run('President Obama/B-PER said it would be wrong .')).toBe('President Obama/B-PER said it would be wrong .');
    expect(run('Zentrix/B-PER said it is plain that prices will rise .')).toBe('Zentrix/B-PER said it is plain that prices will rise .');
  });

  it('knows company names the tagger reads as a person, a place or nothing (companies.ts)', () => {
    expect(run('Lufthansa/B-PER and Air/B-ORG France/I-ORG signed a deal .')).toBe(
      'Lufthansa/B-ORG and Air/B-ORG France/I-ORG signed a deal .',
    );
    expect(run('The deal between Gazprom/B-LOC and the government was signed .')).toBe(
      'The deal between Gazprom/B-ORG and the government was signed .',
    );
    expect(run('UBS/B-ORG completed its takeover of Credit Suisse .')).toBe(
      'UBS/B-ORG completed its takeover of Credit/B-ORG Suisse/I-ORG .',
    );
  });

  it('leaves a company name inside a longer name, a product and an ambiguous word opening a sentence', () => {
    expect(run('Striker Keisuke/B-PER Honda/I-PER scored twice .')).toBe('Striker Keisuke/B-PER Honda/I-PER scored twice .');
    expect(run('I spent months getting my Ferrari to run .')).toBe('I spent months getting my Ferrari to run .');
    expect(run('We test-drove two Honda models .')).toBe('We test-drove two Honda models .');
    expect(run('Shell prices rose .')).toBe('Shell prices rose .');
    expect(run('Rates at Shell and BP/B-PER rose .')).toBe('Rates at Shell/B-ORG and BP/B-ORG rose .');
  });

  it('does not read nationalities, places or multi-word names as companies', () => {
    expect(run('A Swedish/B-MISC newspaper printed the cartoons .')).toBe('A Swedish/B-MISC newspaper printed the cartoons .');
    expect(run('Madrid/B-LOC shares rose .')).toBe('Madrid/B-LOC shares rose .');
    expect(run('Former chairman John/B-PER Smith/I-PER resigned .')).toBe('Former chairman John/B-PER Smith/I-PER resigned .');
  });

  it('makes peoples and market indices MISC, not a place or a company', () => {
    expect(run('The crew included two Britons/B-ORG .')).toBe('The crew included two Britons/B-MISC .');
    expect(run('Israelis/B-LOC and Palestinians/B-MISC met .')).toBe('Israelis/B-MISC and Palestinians/B-MISC met .');
    expect(run('The Philippines/B-LOC said .')).toBe('The Philippines/B-LOC said .');
    expect(run('the Dow/B-ORG Jones/I-ORG industrial average rose .')).toBe('the Dow/B-MISC Jones/I-MISC industrial average rose .');
    expect(run('Brent/B-PER crude rose .')).toBe('Brent/B-MISC crude rose .');
    expect(run('Madrid/B-LOC index funds fell .')).toBe('Madrid/B-LOC index funds fell .');
  });

  it('reads an organisation before a title and a person, armed groups and crossings', () => {
    expect(run('WHO Director-General Tedros/B-PER Adhanom/I-PER spoke .')).toBe(
      'WHO/B-ORG Director-General Tedros/B-PER Adhanom/I-PER spoke .',
    );
    expect(run('Fed Chairman Jerome/B-PER Powell/I-PER spoke .')).toBe('Fed/B-ORG Chairman Jerome/B-PER Powell/I-PER spoke .');
    expect(run('Former President Bill/B-PER Clinton/I-PER spoke .')).toBe('Former President Bill/B-PER Clinton/I-PER spoke .');
    expect(run('Poland/B-LOC breached EU/B-LOC law .')).toBe('Poland/B-LOC breached EU/B-ORG law .');
    expect(run('Troops clashed with Abu/B-PER Sayyaf/I-PER militants .')).toBe('Troops clashed with Abu/B-ORG Sayyaf/I-ORG militants .');
    expect(run('Troops retook the town from M23 rebels .')).toBe('Troops retook the town from M23/B-ORG rebels .');
    expect(run('Garang/B-PER said his SPLA forces took the town .')).toBe('Garang/B-PER said his SPLA/B-ORG forces took the town .');
    expect(run('The government said Shining Path guerrillas attacked .')).toBe(
      'The government said Shining/B-ORG Path/I-ORG guerrillas attacked .',
    );
    expect(run('Soldiers killed 11 Hutu rebels .')).toBe('Soldiers killed 11 Hutu rebels .');
    expect(run("Moody 's Investors Service downgraded Italy/B-LOC .")).toBe(
      "Moody/B-ORG 's/I-ORG Investors/I-ORG Service/I-ORG downgraded Italy/B-LOC .",
    );
    expect(run('They met at the Erez/B-PER crossing .')).toBe('They met at the Erez/B-LOC crossing .');
    expect(run('Stellantis/B-ORG was formed from Fiat/B-ORG Chrysler and PSA/B-ORG .')).toBe(
      'Stellantis/B-ORG was formed from Fiat/B-ORG Chrysler/I-ORG and PSA/B-ORG .',
    );
  });

  it('cuts lower-case words that follow a name, storms, foreign company words, analysts at a firm', () => {
    expect(run('Water from the Yarmouk/B-LOC river/I-LOC is shared .')).toBe('Water from the Yarmouk/B-LOC river is shared .');
    expect(run('The Verdi/B-ORG union/I-ORG said no .')).toBe('The Verdi/B-ORG union said no .');
    expect(run('Rebels fought the Zairean/B-ORG army/I-ORG .')).toBe('Rebels fought the Zairean/B-MISC army .');
    expect(run('The Conservative/B-ORG party/I-ORG won .')).toBe('The Conservative/B-ORG party/I-ORG won .');
    expect(run('Typhoon/B-PER Lingling/I-PER hit Okinawa/B-LOC .')).toBe('Typhoon Lingling/B-MISC hit Okinawa/B-LOC .');
    expect(run('Hurricane Maria/B-PER hit Puerto/B-LOC Rico/I-LOC .')).toBe('Hurricane Maria/B-MISC hit Puerto/B-LOC Rico/I-LOC .');
    expect(run('Banco/B-PER Bilbao/I-PER Vizcaya/I-PER reported a profit .')).toBe(
      'Banco/B-ORG Bilbao/I-ORG Vizcaya/I-ORG reported a profit .',
    );
    expect(run('Analysts at Maybank/B-PER said the price looked high .')).toBe('Analysts at Maybank/B-ORG said the price looked high .');
    expect(run('EARTHQUAKE KILLS 40 IN NORTHERN/B-LOC PERU/I-LOC .')).toBe('EARTHQUAKE KILLS 40 IN NORTHERN PERU/B-LOC .');
    expect(run('Talks on Northern/B-LOC Ireland/I-LOC resumed .')).toBe('Talks on Northern/B-LOC Ireland/I-LOC resumed .');
    expect(run('Anglo/B-MISC American/I-MISC sold its stake .')).toBe('Anglo/B-ORG American/I-ORG sold its stake .');
  });

  it('makes a name before a legal form one company with it', () => {
    expect(run('Svenborg/B-PER AB/I-PER posted a loss .')).toBe('Svenborg/B-ORG AB/I-ORG posted a loss .');
    expect(run('Tanaka/B-PER Seiki/I-PER Co/B-ORG Ltd/I-ORG cut jobs .')).toBe('Tanaka/B-ORG Seiki/I-ORG Co/I-ORG Ltd/I-ORG cut jobs .');
    expect(run('Dansk/B-PER Mejeri/I-PER A/S raised its dividend .')).toBe('Dansk/B-ORG Mejeri/I-ORG A/S/I-ORG raised its dividend .');
    expect(run('Laurie/B-PER Ellis/I-PER Enron/B-ORG Net/I-ORG Works/I-ORG LLC/I-ORG Client Services')).toBe(
      'Laurie/B-PER Ellis/I-PER Enron/B-ORG Net/I-ORG Works/I-ORG LLC/I-ORG Client Services',
    );
    expect(run('STAY AWAY AS FAR AS POSSIBLE .')).toBe('STAY AWAY AS FAR AS POSSIBLE .');
    expect(run('Petroleos/B-PER de/I-PER Venezuela/B-LOC SA signed a deal .')).toBe(
      'Petroleos/B-ORG de/I-ORG Venezuela/I-ORG SA/I-ORG signed a deal .',
    );
    expect(run('Fog near Grange Co Wicklow/B-LOC today .')).toBe('Fog near Grange Co Wicklow/B-LOC today .');
  });

  it('reads a named group after a group word, and takes a description out of an organisation', () => {
    expect(run('Police arrested members of the Basque/B-MISC separatist group ETA in Bilbao/B-LOC .')).toBe(
      'Police arrested members of the Basque/B-MISC separatist group ETA/B-ORG in Bilbao/B-LOC .',
    );
    expect(run('After talks with the commercial group I propose a change .')).toBe(
      'After talks with the commercial group I propose a change .',
    );
    expect(run("Cattle ranchers ' federation Fedegán/B-PER warned investors .")).toBe(
      "Cattle ranchers ' federation Fedegán/B-ORG warned investors .",
    );
    expect(run('the opposition alliance Madrid/B-LOC said .')).toBe('the opposition alliance Madrid/B-LOC said .');
    expect(run('Kenyan/B-ORG nationalist/I-ORG Freedom/I-ORG Party/I-ORG leaders met .')).toBe(
      'Kenyan/B-MISC nationalist Freedom/B-ORG Party/I-ORG leaders met .',
    );
  });

  it('splits a town and its state written without a comma, not a region of a state', () => {
    expect(run('Miramar/B-LOC California/I-LOC is north of San/B-LOC Diego/I-LOC .')).toBe(
      'Miramar/B-LOC California/B-LOC is north of San/B-LOC Diego/I-LOC .',
    );
    expect(run('An earthquake hit Northern/B-LOC California/I-LOC .')).toBe('An earthquake hit Northern/B-LOC California/I-LOC .');
    expect(run('They live in Kansas/B-LOC City/I-LOC Missouri/I-LOC .')).toBe('They live in Kansas/B-LOC City/I-LOC Missouri/B-LOC .');
  });

  it("tags a country's institutions the tagger left untagged", () => {
    expect(run("Russia/B-LOC 's Foreign Ministry summoned the ambassador .")).toBe(
      "Russia/B-LOC 's Foreign/B-ORG Ministry/I-ORG summoned the ambassador .",
    );
    expect(run('Copper rose on the London/B-LOC Metal Exchange on Monday .')).toBe(
      'Copper rose on the London/B-ORG Metal/I-ORG Exchange/I-ORG on Monday .',
    );
    expect(run('Great Party Spot for a night out .')).toBe('Great Party Spot for a night out .');
    expect(run('Our Executive Council meets on Monday .')).toBe('Our Executive Council meets on Monday .');
  });
  it('reads the employer after a person and a job: "..., chief strategist at X", "a broker with X and Sons"', () => {
    expect(
      run('" Wait , " said Grace/B-PER Leung/I-PER , chief investment strategist at Harbourfront/B-LOC Asset/I-LOC Management/I-LOC .'),
    ).toBe('" Wait , " said Grace/B-PER Leung/I-PER , chief investment strategist at Harbourfront/B-ORG Asset/I-ORG Management/I-ORG .');
    expect(run('said Nimesh/B-PER Kapadia/I-PER , a broker with Parekh/B-PER and Sons/B-ORG .')).toBe(
      'said Nimesh/B-PER Kapadia/I-PER , a broker with Parekh/B-ORG and/I-ORG Sons/I-ORG .',
    );
    expect(run('said Ann/B-PER Lee/I-PER , head of Asian equities at Strathmore/B-LOC Capital/I-LOC in Singapore/B-LOC .')).toBe(
      'said Ann/B-PER Lee/I-PER , head of Asian equities at Strathmore/B-ORG Capital/I-ORG in Singapore/B-LOC .',
    );
    // A known place stays one; no job, or no person before the comma: nothing.
    expect(run('said Ann/B-PER Lee/I-PER , a lecturer at Madrid/B-LOC .')).toBe('said Ann/B-PER Lee/I-PER , a lecturer at Madrid/B-LOC .');
    expect(run('said Ann/B-PER Lee/I-PER , who lives at Ashgrove/B-LOC Farm/I-LOC .')).toBe(
      'said Ann/B-PER Lee/I-PER , who lives at Ashgrove/B-LOC Farm/I-LOC .',
    );
    expect(run('Ann/B-PER Lee/I-PER , the coach , spoke at Ashgrove/B-LOC Farm/I-LOC .')).toBe(
      'Ann/B-PER Lee/I-PER , the coach , spoke at Ashgrove/B-LOC Farm/I-LOC .',
    );
  });

  it('reads the company a person heads: "..., chief executive of X", "..., founder of X", not a country or city', () => {
    expect(run('Kamau/B-PER , chairman of Halvorsen/B-PER , said .')).toBe('Kamau/B-PER , chairman of Halvorsen/B-ORG , said .');
    expect(run('said Priya/B-PER Natarajan/I-PER , chief executive of Brightwater/B-LOC .')).toBe(
      'said Priya/B-PER Natarajan/I-PER , chief executive of Brightwater/B-ORG .',
    );
    expect(run('said Ann/B-PER Lee/I-PER , chief executive of Madrid/B-LOC .')).toBe(
      'said Ann/B-PER Lee/I-PER , chief executive of Madrid/B-LOC .',
    );
    expect(run('said Ann/B-PER Lee/I-PER , professor of Economics .')).toBe('said Ann/B-PER Lee/I-PER , professor of Economics .');
  });
  it('reads a firm from what is said of it: "its", ", which", an apposition naming a business', () => {
    expect(run('Feldmann/B-PER had reaffirmed its guidance .')).toBe('Feldmann/B-ORG had reaffirmed its guidance .');
    expect(run('Voltera/B-PER cut its forecast .')).toBe('Voltera/B-ORG cut its forecast .');
    // A first name, or a full name: a person ("its" is then someone else's).
    expect(run('Richard/B-PER lost its way .')).toBe('Richard/B-PER lost its way .');
    expect(run('Tim/B-PER Smith/I-PER had reaffirmed its guidance .')).toBe('Tim/B-PER Smith/I-PER had reaffirmed its guidance .');
    expect(run('for Harding/B-PER , which clinched a playoff berth .')).toBe('for Harding/B-ORG , which clinched a playoff berth .');
    expect(run('by Graham/B-PER Mabury/I-PER , which proved popular .')).toBe('by Graham/B-PER Mabury/I-PER , which proved popular .');
    expect(run("- Aeroandina/B-LOC , Peru/B-LOC 's second-largest airline , said it had ordered jets .")).toBe(
      "- Aeroandina/B-ORG , Peru/B-LOC 's second-largest airline , said it had ordered jets .",
    );
    expect(run('Kessler/B-PER , a privately held snack maker based in Harrisburg/B-LOC , agreed .')).toBe(
      'Kessler/B-ORG , a privately held snack maker based in Harrisburg/B-LOC , agreed .',
    );
    // "the company said" is no apposition; a known place stays one.
    expect(run('demand in Java/B-LOC and Sulawesi/B-LOC , the company said .')).toBe(
      'demand in Java/B-LOC and Sulawesi/B-LOC , the company said .',
    );
    expect(run('Madrid/B-LOC , a big company town , grew .')).toBe('Madrid/B-LOC , a big company town , grew .');
    expect(run('said Luciana/B-PER Ferraz/I-PER , a partner at law firm Ferraz/B-PER & Moreira/B-PER Advogados/I-PER .')).toBe(
      'said Luciana/B-PER Ferraz/I-PER , a partner at law firm Ferraz/B-ORG &/I-ORG Moreira/I-ORG Advogados/I-ORG .',
    );
  });

  it('reads institutions named after their place, and names before a natural feature as places', () => {
    expect(run('Norfolk/B-LOC County/I-LOC Council/I-LOC has approved it .')).toBe(
      'Norfolk/B-ORG County/I-ORG Council/I-ORG has approved it .',
    );
    expect(run('approval from the Central/B-LOC Bank/I-LOC of/I-LOC Brazil/I-LOC .')).toBe(
      'approval from the Central/B-ORG Bank/I-ORG of/I-ORG Brazil/I-ORG .',
    );
    expect(run('Settlers in the West/B-LOC Bank/I-LOC protested .')).toBe('Settlers in the West/B-LOC Bank/I-LOC protested .');
    expect(run('He was treated at Royal/B-LOC Free/I-LOC Hospital/I-LOC .')).toBe(
      'He was treated at Royal/B-LOC Free/I-LOC Hospital/I-LOC .',
    );
    expect(run('after the Pra/B-ORG and Ankobra/B-PER rivers turned brown .')).toBe(
      'after the Pra/B-LOC and Ankobra/B-LOC rivers turned brown .',
    );
    expect(run('orders for parts of Levy , Dixie/B-PER and Taylor/B-PER counties .')).toBe(
      'orders for parts of Levy/B-LOC , Dixie/B-LOC and Taylor/B-LOC counties .',
    );
    expect(run('The Xijiang/B-LOC and Liujiang/B-LOC rivers burst their banks .')).toBe(
      'The Xijiang/B-LOC and Liujiang/B-LOC rivers burst their banks .',
    );
    expect(run('Major European/B-MISC rivers flow from Switzerland/B-LOC .')).toBe(
      'Major European/B-MISC rivers flow from Switzerland/B-LOC .',
    );
  });
  it('cuts a date out of a name, and reads a lone name in a list of places after a preposition as a place', () => {
    expect(run("Senegal/B-LOC 's Constitutional/B-ORG Council/I-ORG on/I-ORG Sunday/I-ORG published the list .")).toBe(
      "Senegal/B-LOC 's Constitutional/B-ORG Council/I-ORG on Sunday published the list .",
    );
    expect(run('water will peak near Miramar/B-LOC and Sherwood/B-PER on Thursday .')).toBe(
      'water will peak near Miramar/B-LOC and Sherwood/B-LOC on Thursday .',
    );
    expect(run('Having lived in Madrid/B-LOC , Geyer/B-PER returned .')).toBe('Having lived in Madrid/B-LOC , Geyer/B-PER returned .');
    expect(run('Madrid/B-LOC and Richard/B-PER agreed .')).toBe('Madrid/B-LOC and Richard/B-PER agreed .');
  });
  it('reads firms by their last word, streets with their names, and the long names of institutions whole', () => {
    expect(run('a pill made by Halden/B-PER Therapeutics/I-PER .')).toBe('a pill made by Halden/B-ORG Therapeutics/I-ORG .');
    expect(run('Metrolink/B-LOC Buses/I-LOC plans to withdraw the 42 service .')).toBe(
      'Metrolink/B-ORG Buses/I-ORG plans to withdraw the 42 service .',
    );
    expect(run('the offices of his lawyers , Brandt/B-PER Okafor/I-PER & Associates .')).toBe(
      'the offices of his lawyers , Brandt/B-ORG Okafor/I-ORG &/I-ORG Associates/I-ORG .',
    );
    expect(run('told reporters on Sher/B-PER Shah/I-PER Road that he agreed .')).toBe(
      'told reporters on Sher/B-LOC Shah/I-LOC Road/I-LOC that he agreed .',
    );
    expect(run('rode into a pensioner on Queen Street in Cardiff/B-LOC .')).toBe(
      'rode into a pensioner on Queen/B-LOC Street/I-LOC in Cardiff/B-LOC .',
    );
    expect(run('ministers ( RG/B-PER Casey/I-PER , GA/B-PER Street/I-PER ) met .')).toBe(
      'ministers ( RG/B-PER Casey/I-PER , GA/B-PER Street/I-PER ) met .',
    );
    expect(run('The Federal/B-ORG Bureau/I-ORG of Investigation tipped them off .')).toBe(
      'The Federal/B-ORG Bureau/I-ORG of/I-ORG Investigation/I-ORG tipped them off .',
    );
    expect(run('The Securities and Exchange/B-ORG Commission/I-ORG sued .')).toBe(
      'The Securities/B-ORG and/I-ORG Exchange/I-ORG Commission/I-ORG sued .',
    );
    expect(run('Avon/B-LOC and Somerset/B-ORG Police/I-ORG are appealing .')).toBe(
      'Avon/B-ORG and/I-ORG Somerset/I-ORG Police/I-ORG are appealing .',
    );
    // Two names in a list stay two.
    expect(run('the Reform/B-ORG Party/I-ORG of/I-ORG Canada/I-ORG and Canadian/B-ORG Alliance/I-ORG parties')).toBe(
      'the Reform/B-ORG Party/I-ORG of/I-ORG Canada/I-ORG and Canadian/B-ORG Alliance/I-ORG parties',
    );
    expect(run('He plays in the Swiss/B-ORG Super/I-ORG League/I-ORG for FC/B-ORG Basel/I-ORG .')).toBe(
      'He plays in the Swiss/B-ORG Super/I-ORG League/I-ORG for FC/B-ORG Basel/I-ORG .',
    );
  });
  it('reads a company that was founded, and a police force named by its town', () => {
    expect(run('Sagebrush/B-PER was founded in 2020 by Ann/B-PER Lee/I-PER .')).toBe(
      'Sagebrush/B-ORG was founded in 2020 by Ann/B-PER Lee/I-PER .',
    );
    expect(run('Richard/B-PER was founded on faith .')).toBe('Richard/B-PER was founded on faith .');
    expect(run('Madrid/B-LOC Police have arrested 47 people .')).toBe('Madrid/B-ORG Police/I-ORG have arrested 47 people .');
  });
  it('reads both firms after a plural business word, laws as MISC, and an Indonesian firm with its prefix', () => {
    expect(run('aimed at food delivery giants Meituan/B-LOC and Ele.me/B-LOC .')).toBe(
      'aimed at food delivery giants Meituan/B-ORG and Ele.me/B-ORG .',
    );
    expect(run('the fine under the General/B-ORG Data/I-ORG Protection/I-ORG Regulation/I-ORG .')).toBe(
      'the fine under the General/B-MISC Data/I-MISC Protection/I-MISC Regulation/I-MISC .',
    );
    expect(run('PT/B-ORG Garuda/B-ORG Nikel/I-ORG Tbk/I-ORG plans a plant .')).toBe(
      'PT/B-ORG Garuda/I-ORG Nikel/I-ORG Tbk/I-ORG plans a plant .',
    );
    expect(run('rival PT Timah/B-ORG Sentosa/I-ORG Tbk/I-ORG rose .')).toBe('rival PT/B-ORG Timah/I-ORG Sentosa/I-ORG Tbk/I-ORG rose .');
  });
  it('reads a firm owned, backed or spun out, its managing director, and where a firm "of" a place is', () => {
    expect(run('Chirpwave , owned by Tembusu/B-ORG Digital/I-ORG Holdings/I-ORG of/I-ORG Madrid/I-ORG , said it would appeal .')).toBe(
      'Chirpwave/B-ORG , owned by Tembusu/B-ORG Digital/I-ORG Holdings/I-ORG of Madrid/B-LOC , said it would appeal .',
    );
    expect(run('Richard , owned by nobody , laughed .')).toBe('Richard , owned by nobody , laughed .');
    expect(run('Sarvam managing director Kavitha/B-PER Reddy/I-PER said .')).toBe(
      'Sarvam/B-ORG managing director Kavitha/B-PER Reddy/I-PER said .',
    );
  });
  it('reads a country of several words as a place, and a side without its role', () => {
    expect(run('GOMA , Democratic/B-ORG Republic/I-ORG of/I-ORG Congo/I-ORG ( Reuters ) -')).toBe(
      'GOMA , Democratic/B-LOC Republic/I-LOC of/I-LOC Congo/I-LOC ( Reuters/B-ORG ) -',
    );
    expect(run('Hosts/B-ORG Morocco/I-ORG beat Senegal/B-LOC 2-1 .')).toBe('Hosts Morocco/B-ORG beat Senegal/B-LOC 2-1 .');
    expect(run('the Champions/B-MISC League/I-MISC final')).toBe('the Champions/B-MISC League/I-MISC final');
  });
  it('reads the title after a kind of work as the work', () => {
    expect(run('Iranian/B-MISC drama The/B-LOC Salt/I-LOC Orchard/I-LOC wins Golden Bear')).toBe(
      'Iranian/B-MISC drama The/B-MISC Salt/I-MISC Orchard/I-MISC wins Golden Bear',
    );
    expect(run('renewed the thriller Midnight in Mapo/B-LOC for a season .')).toBe(
      'renewed the thriller Midnight/B-MISC in/I-MISC Mapo/I-MISC for a season .',
    );
    expect(run('In this movie Google/B-ORG and Amazon/B-ORG create a world .')).toBe(
      'In this movie Google/B-ORG and Amazon/B-ORG create a world .',
    );
  });
  it('reads the paper before a writer, two surnames joined by "&" as a firm, and an initial and a name as a person', () => {
    expect(run('By Megan/B-PER Thorsby/I-PER , Whatcom/B-PER Ledger/I-PER staff writer')).toBe(
      'By Megan/B-PER Thorsby/I-PER , Whatcom/B-ORG Ledger/I-ORG staff writer',
    );
    expect(run('This writer has long argued otherwise .')).toBe('This writer has long argued otherwise .');
    expect(run('said a Madrid/B-LOC correspondent .')).toBe('said a Madrid/B-LOC correspondent .');
    expect(run('Marlowe/B-PER &/I-PER Finch/I-PER has acquired the rights .')).toBe(
      'Marlowe/B-ORG &/I-ORG Finch/I-ORG has acquired the rights .',
    );
    expect(run('met Tim/B-PER &/I-PER Richard/I-PER Bacon/I-PER .')).toBe('met Tim/B-PER &/I-PER Richard/I-PER Bacon/I-PER .');
    expect(run('( O./B-ORG Tranmere/I-ORG 2-71 )')).toBe('( O./B-PER Tranmere/I-PER 2-71 )');
  });
  it('reads a quoted title joined by a link word as a work, and a founder after a company', () => {
    expect(run('Kestrel studio , behind " Moss/B-PER and Mallow/B-LOC " , was sold .')).toBe(
      'Kestrel studio , behind " Moss/B-MISC and/I-MISC Mallow/I-MISC " , was sold .',
    );
    expect(run('Email : " Ryan/B-PER Reynolds/I-PER " < r@x.ca >')).toBe('Email : " Ryan/B-PER Reynolds/I-PER " < r@x.ca >');
    expect(run('toward " Porte/B-LOC de/I-LOC Vanves/I-LOC " .')).toBe('toward " Porte/B-LOC de/I-LOC Vanves/I-LOC " .');
    expect(run('Kestrel co-founder Siobhan/B-PER Garvey/I-PER will stay .')).toBe(
      'Kestrel/B-ORG co-founder Siobhan/B-PER Garvey/I-PER will stay .',
    );
  });
  it('takes a kind of business out of a name, joins a trailing head word, and drops a dateline date', () => {
    expect(run('Miner/B-ORG BHP/I-ORG said it had stopped loading coal .')).toBe('Miner BHP/B-ORG said it had stopped loading coal .');
    expect(run('elected to the House/B-ORG of/I-ORG Commons/I-ORG in 2000 .')).toBe(
      'elected to the House/B-ORG of/I-ORG Commons/I-ORG in 2000 .',
    );
    expect(run('Fjordvind is owned by Swedish/B-ORG utility/I-ORG Vestkraft/I-ORG .')).toBe(
      'Fjordvind is owned by Swedish/B-MISC utility Vestkraft/B-ORG .',
    );
    expect(run('The temple is managed by the Cochin/B-ORG Devaswom/I-ORG Board , which said so .')).toBe(
      'The temple is managed by the Cochin/B-ORG Devaswom/I-ORG Board/I-ORG , which said so .',
    );
    expect(run('a meeting of the CAEM/B-ORG Board of Directors')).toBe('a meeting of the CAEM/B-ORG Board of Directors');
    expect(run('LONDON/B-LOC , Dec/B-ORG 1/I-ORG ( Reuters/B-ORG ) - Oil rose .')).toBe(
      'LONDON/B-LOC , Dec 1 ( Reuters/B-ORG ) - Oil rose .',
    );
    expect(run('he and his wife Jan/B-PER came .')).toBe('he and his wife Jan/B-PER came .');
  });
  it('reads every firm a plural business word lists, and a ship after "ship"', () => {
    expect(run('packs from carmakers including Tesla/B-ORG , Ford/B-ORG Motor/I-ORG Co/I-ORG and Rivian/B-PER .')).toBe(
      'packs from carmakers including Tesla/B-ORG , Ford/B-ORG Motor/I-ORG Co/I-ORG and Rivian/B-ORG .',
    );
    expect(run('The container ship Maera/B-ORG Star/I-ORG was refloated .')).toBe(
      'The container ship Maera/B-MISC Star/I-MISC was refloated .',
    );
  });
  it('reads named operations as MISC, Spanish and Portuguese names across their particles, regional adjectives, streets after a name', () => {
    expect(run('an offensive code-named Operation/B-ORG Iron/I-ORG Fist/I-ORG , the military said .')).toBe(
      'an offensive code-named Operation/B-MISC Iron/I-MISC Fist/I-MISC , the military said .',
    );
    expect(run('Minister Carlos/B-PER Urioste/I-PER y Aramayo/B-PER said so .')).toBe(
      'Minister Carlos/B-PER Urioste/I-PER y/I-PER Aramayo/I-PER said so .',
    );
    expect(run('Judge Maria/B-PER do Socorro/B-LOC Albuquerque/I-LOC ruled .')).toBe(
      'Judge Maria/B-PER do/I-PER Socorro/I-PER Albuquerque/I-PER ruled .',
    );
    expect(run('Richard/B-PER de Madrid/B-LOC won .')).toBe('Richard/B-PER de Madrid/B-LOC won .');
    expect(run('the Catalan/B-ORG nationalist Convergence and Union')).toBe('the Catalan/B-MISC nationalist Convergence and Union');
    expect(run('was last seen on Jose/B-PER Domingo/I-PER Canas/I-PER street in the capital .')).toBe(
      'was last seen on Jose/B-LOC Domingo/I-LOC Canas/I-LOC street in the capital .',
    );
  });
  it('reads a firm before a titled chairman, and a firm of several words after a trader at', () => {
    expect(run('Bramwell/B-PER chairman Sir Nigel/B-PER Ashcombe/I-PER said .')).toBe(
      'Bramwell/B-ORG chairman Sir Nigel/B-PER Ashcombe/I-PER said .',
    );
    expect(run('said one trader at Hartley/B-PER Scott/I-PER .')).toBe('said one trader at Hartley/B-ORG Scott/I-ORG .');
    expect(run('said one trader at Richard/B-PER Scott/I-PER .')).toBe('said one trader at Richard/B-PER Scott/I-PER .');
  });
  it('joins a place to the university it names, and drops a title standing alone for a person', () => {
    expect(run('Bristol/B-LOC University/B-ORG will cut 300 jobs .')).toBe('Bristol/B-ORG University/I-ORG will cut 300 jobs .');
    expect(run('The Duke/B-PER toured the garden .')).toBe('The Duke toured the garden .');
    expect(run('The Duke/B-PER of Edinburgh/B-LOC came .')).toBe('The Duke/B-PER of Edinburgh/B-LOC came .');
  });
});
