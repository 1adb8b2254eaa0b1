import { chunks, type Chunk } from './conlleval.js';
import { GAZ, type Gazetteer } from './features.js';
import { CLUBS } from './clubs.js';
import { US_STATE_NAMES } from './lexicon.js';
import { phraseAt, phraseIndex } from './phrase-index.js';
import { NAME_RE, clearRange, fromSpans, gazBits, phraseKey, setSpan } from './wire-conventions.js';

/**
 * Sports copy, read the newswire way (CoNLL-2003/MUC convention): a club, county side or franchise is an
 * organisation even when it carries a place name ("Leeds beat Newcastle 3-0", "Chelsea manager Ruud Gullit"), while
 * a national side keeps its country's LOC ("England coach Glenn Hoddle") and a venue stays a place ("at Anfield",
 * "in Milan"). The tagger's training text (Wikipedia, web text, tweets) has few sports reports and tags such teams
 * as places, so this runs after it:
 *
 * - a place followed by a team role ("Leeds manager", "Inter Milan coach", "Chelsea fans") is a team anywhere;
 * - in a sentence about sport (its vocabulary, a score such as "3-0" or "245 for six"; or any sentence of a
 *   document about sport), a place that is not a country and not after a word of location ("in", "at", "near",
 *   "from" outside a transfer) is a team; "London club Chelsea" keeps London a place and makes the club a team;
 * - club names built on a place ("Real Madrid", "Aston Villa", "Glasgow Rangers", "Bayern Munich") are one
 *   organisation; "the Orioles", "the Red Sox" (a capitalised plural after "the") are teams;
 * - a score is never part of a name ("the Orioles 5-3"), and a player's role opening a sentence is not part of
 *   their name ("Striker Alan Shearer").
 *
 * Works on IOB2 tags in place, sentence by sentence.
 */
export function applySportsConventions(
  tokens: readonly string[],
  tags: string[],
  gaz: Gazetteer | null,
  /** True: the sentence is about sport (its document is, or it was tested already); undefined: test it here. */
  aboutSport?: boolean,
): void {
  const n = tokens.length;
  if (n < 2) return;
  // Cheap gate: a sentence with no entity has nothing to change.
  let any = false;
  for (let i = 0; i < n; i++) {
    if (tags[i] !== 'O') {
      any = true;
      break;
    }
  }
  if (!any) return;
  // "Packers coach Hal Sorensen", "Lions linebacker J.T. Hargrove": an untagged nickname in the plural before a team
  // role and a person is the team (nicknames are mostly ordinary plurals: the role and the person decide).
  for (let i = 0; i + 2 < n; i++) {
    if (tags[i] !== 'O' || !/^\p{Lu}\p{Ll}+s$/u.test(tokens[i]!) || (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!) && i > 1)) continue;
    if (isTeamRole(tokens, tags, i + 1) && tags[i + 2] === 'B-PER') tags[i] = 'B-ORG';
  }
  const sport = aboutSport ?? isAboutSport(tokens);
  let roleAfterName = false;
  for (let i = 1; i < n && !roleAfterName; i++) {
    const before = tags[i - 1]!;
    roleAfterName = before !== 'O' && isTeamRole(tokens, tags, i);
  }
  let leadingRole = false;
  for (let i = 0; i + 1 < n && !leadingRole; i++)
    leadingRole = tags[i] === 'B-PER' && (tags[i + 1] === 'I-PER' || tags[i + 1] === 'B-PER') && LEADING_ROLES.has(tokens[i]!);
  const tour = tokens.indexOf('Tour') >= 0 || tokens.indexOf('TOUR') >= 0;
  // Outside sports copy, only clubs whose names are nothing else ("Sampdoria", "Galatasaray") are read as clubs.
  let club = false;
  if (!sport) for (let i = 0; i < n && !club; i++) club = tags[i] !== 'O' && CLUB_STARTS.has(tokens[i]!) && isOnlyClub(tokens[i]!, gaz);
  // Spans are only built for a sentence one of the rules may change (most sentences: none).
  if (!sport && !roleAfterName && !leadingRole && !tour && !club) return;
  const spans = chunks(tags);
  let changed = leadingRole && stripLeadingRole(tokens, spans);
  if (tour) changed = markTours(tokens, spans) || changed;
  if (club) changed = markKnownClubs(tokens, spans, gaz, true) || changed;
  if (!sport && !roleAfterName) {
    if (changed) fromSpans(spans, tags);
    return;
  }
  if (sport) changed = cutScores(tokens, spans) || changed;
  if (sport) changed = markStateSides(tokens, spans) || changed;
  if (sport) changed = markKnownClubs(tokens, spans, gaz) || changed;
  if (sport) changed = mergeClubNames(tokens, spans, gaz) || changed;
  const transfer = sport && tokens.some((t) => TRANSFER_VERBS.has(t.toLowerCase()));
  let previousTeam = -1; // end of the last place made a team
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const role = s.end < n && isTeamRole(tokens, tags, s.end);
    // "Napoli coach Gigi Simoni", "Williams driver Jacques Villeneuve", "Riis 's Telekom team-mate Jan Ullrich": a name
    // before a role and a person is a team.
    if (
      (s.type === 'PER' || (s.type === 'MISC' && s.end - s.start === 1 && !/(an|ish|ese|ic|ch|sh|ss|i)$/.test(tokens[s.start]!))) &&
      role &&
      s.end - s.start <= 3 &&
      tags[roleEnd(tokens, s.end)] === 'B-PER' &&
      (gazBits(tokens, s.start, s.end, gaz) & (GAZ.DEMONYM | GAZ.E_MISC)) === 0
    ) {
      s.type = 'ORG';
      changed = true;
      continue;
    }
    if (s.type !== 'LOC') continue;
    const next = s.end < n ? tokens[s.end]! : '';
    if (!sport && !role) continue;
    if (isNationalSide(tokens, s.start, s.end, gaz) || isVenueName(tokens, s.start, s.end)) continue;
    // "London club Chelsea": the place qualifies the club that follows.
    if (CLUB_NOUNS.has(next)) {
      const j = nameEnd(tokens, s.end + 1);
      if (j > s.end + 1) {
        setSpan(spans, s.end + 1, j, 'ORG');
        changed = true;
      }
      continue;
    }
    if (!role && !isTeamPosition(tokens, s.start, s.end, transfer, previousTeam)) continue;
    s.type = 'ORG';
    previousTeam = s.end;
    changed = true;
  }
  if (sport) changed = markPluralTeams(tokens, spans, gaz) || changed;
  if (sport) changed = markEvents(tokens, spans, gaz) || changed;
  if (changed) fromSpans(spans, tags);
}

/** Lower-case words that only sports copy uses (weight 2 in isAboutSport). */
const SPORT_WORDS = new Set([
  'striker',
  'strikers',
  'goalkeeper',
  'goalkeepers',
  'midfielder',
  'midfielders',
  'winger',
  'wingers',
  'playmaker',
  'centre-forward',
  'center-forward',
  'centre-back',
  'full-back',
  'fullback',
  'equaliser',
  'equalizer',
  'hat-trick',
  'hat-tricks',
  'goalless',
  'half-time',
  'halftime',
  'stoppage-time',
  'injury-time',
  'free-kick',
  'spot-kick',
  'own-goal',
  'penalty-kick',
  'innings',
  'wicket',
  'wickets',
  'batsman',
  'batsmen',
  'bowler',
  'bowlers',
  'wicketkeeper',
  'wicket-keeper',
  'all-rounder',
  'pitcher',
  'pitchers',
  'inning',
  'homer',
  'homers',
  'touchdown',
  'touchdowns',
  'quarterback',
  'linebacker',
  'rebounds',
  'three-pointer',
  'playoff',
  'playoffs',
  'play-off',
  'play-offs',
  'semifinal',
  'semifinals',
  'semi-final',
  'semi-finals',
  'quarter-final',
  'quarter-finals',
  'quarterfinal',
  'quarterfinals',
  'relegation',
  'relegated',
  'premiership',
  'bundesliga',
  'soccer',
  'rugby',
  'cricket',
  'baseball',
  'basketball',
  'nba',
  'nfl',
  'nhl',
  'uefa',
  'fifa',
  'scrum',
  'fly-half',
  'goalscorer',
  'goalscorers',
  'scoreline',
  'goaltender',
  'defenceman',
  'netminder',
  'rebounds',
  'assists',
]);

/** Words common in sports copy and elsewhere (weight 1). */
const SPORT_HINTS = new Set([
  'match',
  'matches',
  'goal',
  'goals',
  'scored',
  'coach',
  'manager',
  'season',
  'cup',
  'league',
  'title',
  'champions',
  'championship',
  'club',
  'points',
  'unbeaten',
  'fixture',
  'fans',
  'stadium',
  'tournament',
  'squad',
  'debut',
  'referee',
  'defender',
  'defenders',
  'forward',
  'captain',
  'skipper',
  'team',
  'teams',
  'leaders',
  'striker',
  'kickoff',
  'kick-off',
  'penalty',
  'header',
  'penalties',
  'holders',
  'seeded',
  'seed',
  'levelled',
  'leveled',
  'equalised',
  'equalized',
  'attendance',
]);

/** Words of winning and losing (weight 0.5). */
const RESULT_WORDS = new Set([
  'beat',
  'beats',
  'beaten',
  'beating',
  'drew',
  'draw',
  'won',
  'win',
  'wins',
  'lost',
  'victory',
  'defeat',
  'defeated',
  'against',
  'thrashed',
  'routed',
  'edged',
  'held',
  'home',
  'away',
  'side',
  'visitors',
  'hosts',
]);

/** Each word's weight as evidence of sport, from the three lists above (one lookup per token). */
const SPORT_WEIGHTS = new Map<string, number>([
  ...[...RESULT_WORDS].map((w) => [w, 0.5] as const),
  ...[...SPORT_HINTS].map((w) => [w, 1] as const),
  ...[...SPORT_WORDS].map((w) => [w, 2] as const),
]);

const RESULT_NOUNS = new Set(['win', 'victory', 'defeat', 'draw', 'loss', 'lead', 'triumph', 'thrashing', 'rout']);
const RESULT_VERBS = new Set([
  'beat',
  'beats',
  'beating',
  'drew',
  'lost',
  'won',
  'defeated',
  'thrashed',
  'routed',
  'edged',
  'held',
  'crushed',
  'downed',
]);

/** A score: "3-0", "2-1", "104-99". */
const SCORE_RE = /^\d{1,3}-\d{1,3}$/;
const FIGURE_RE = /^\d{1,3}$/;

/** Tokens taken by a score at `i`: "3-0" is one, "3 - 0" (as newswire's tokenizer splits it) three; 0 for none. */
export function scoreLength(tokens: readonly string[], i: number): number {
  const t = tokens[i] ?? '';
  if (SCORE_RE.test(t)) return 1;
  // Not the tail of a longer chain such as a split date "1996 - 08 - 30".
  if (tokens[i - 1] === '-' || tokens[i + 3] === '-') return 0;
  return FIGURE_RE.test(t) && tokens[i + 1] === '-' && FIGURE_RE.test(tokens[i + 2] ?? '') ? 3 : 0;
}

/** Whether a score ends at token `e`. */
function scoreEndsAt(tokens: readonly string[], e: number): boolean {
  return e >= 0 && (scoreLength(tokens, e) === 1 || (e >= 2 && scoreLength(tokens, e - 2) === 3));
}
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const MATCH_MINUTE = /^\d{1,3}(?:st|nd|rd|th)(?:-minute)?$/;
const GOALS = /^\d$/;
const POINTS = /^\d{1,3}$/;

/** Whether a name from `k` (up to three capitalised words) is followed by its score: "Oskaloosa 55", "Waterloo West 60". */
function resultAfter(tokens: readonly string[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    if (POINTS.test(tokens[j]!)) return j > k;
    if (!NAME_START.test(tokens[j]!)) return false;
  }
  return false;
}
const NAME_START = /^\p{Lu}\p{Ll}/u;

/**
 * Whether a sentence is about sport: its sports vocabulary, scores and result words add up to 2 or more. A vote
 * ("ruled 5-4 against") or a single "beat" does not; "beat Leeds 3-0", "the win against Arsenal" from the
 * manager's mouth, any goalkeeper or innings does.
 */
export function isAboutSport(tokens: readonly string[]): boolean {
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const len = scoreLength(tokens, i);
      if (len > 0) {
        score += 1;
        // "beat the Orioles 5-3", "drew 1-1", "a 3-0 win": a score next to a result is a match's, not a vote's.
        for (let k = Math.max(0, i - 3); k < i; k++) if (RESULT_VERBS.has(tokens[k]!)) score += 1;
        if (RESULT_NOUNS.has(tokens[i + len] ?? '')) score += 1;
        i += len - 1;
      }
      // A match minute: "in the 34th minute", "the 90th-minute winner".
      else if (MATCH_MINUTE.test(t) && (tokens[i + 1] === 'minute' || t.endsWith('-minute'))) score += 2;
      // A result written "Leeds 2 Sunderland 1": two names, each followed by its goals.
      else if (
        GOALS.test(t) &&
        i > 0 &&
        i + 2 < tokens.length &&
        GOALS.test(tokens[i + 2]!) &&
        NAME_START.test(tokens[i - 1]!) &&
        NAME_START.test(tokens[i + 1]!)
      ) {
        score += 2;
        i += 2;
      }
      // ... or "Pella 58 , Oskaloosa 55": a name, its points, a comma, a name and its points (one cue of two: a ward and
      // its precinct are written so too).
      else if (POINTS.test(t) && i > 0 && tokens[i + 1] === ',' && NAME_START.test(tokens[i - 1]!) && resultAfter(tokens, i + 2)) {
        score += 1;
        i += 1;
      }
      // A cricket total: "245 for six", "201 for 7".
      else if (
        tokens[i + 1] === 'for' &&
        /^\d{2,3}$/.test(t) &&
        (NUMBER_WORDS.has(tokens[i + 2] ?? '') || /^\d$/.test(tokens[i + 2] ?? ''))
      )
        score += 1.5;
      continue;
    }
    // A capitalised word counts where capitals say nothing (a sentence's first word, a headline in capitals), so
    // that "Homer" the name is not a home run.
    // A league's name is sport: "the Bundesliga", "Serie A".
    if (c < 97 && phraseAt(COMPETITION_STARTS, tokens, i)) {
      score += 2;
      if (score >= 2) return true;
    }
    let lw = t;
    if (c < 97 && (i === 0 || t === t.toUpperCase())) lw = t.toLowerCase();
    score += SPORT_WEIGHTS.get(lw) ?? 0;
    // "yellow cards", "a red card"; "the second half".
    if ((lw === 'card' || lw === 'cards') && (tokens[i - 1] === 'yellow' || tokens[i - 1] === 'red')) score += 2;
    else if (lw === 'half' && (tokens[i - 1] === 'first' || tokens[i - 1] === 'second')) score += 1;
    if (score >= 2) return true;
  }
  return false;
}

/**
 * Whether each sentence of a document is to be read as sport: all of them when the document is about sport (see
 * isDocumentAboutSport), otherwise each sentence by itself.
 */
export function sportSentences(sentences: readonly (readonly string[])[]): boolean[] {
  const own = sentences.map((s) => isAboutSport(s));
  return mostlySport(own) ? own.map(() => true) : own;
}

/**
 * A document is about sport when at least two of its sentences and two in five are: a report on a match, not an
 * article that mentions a radio station's football coverage.
 */
export function isDocumentAboutSport(sentences: readonly (readonly string[])[]): boolean {
  return mostlySport(sentences.map((s) => isAboutSport(s)));
}

function mostlySport(own: readonly boolean[]): boolean {
  let n = 0;
  for (const x of own) if (x) n++;
  return n >= 2 && n * 5 >= own.length * 2;
}

/** Players' and coaches' roles, which follow a team's name ("Leeds manager") and open sentences ("Striker Alan Shearer"). */
const PLAYER_ROLES = [
  'manager',
  'coach',
  'striker',
  'goalkeeper',
  'keeper',
  'midfielder',
  'defender',
  'winger',
  'forward',
  'captain',
  'skipper',
  'substitute',
  'playmaker',
  'pitcher',
  'quarterback',
  'batsman',
  'bowler',
  'opener',
  'spinner',
];

/** Roles that follow a team's name: "Leeds manager", "Chelsea fans". */
const TEAM_ROLES = new Set([
  ...PLAYER_ROLES,
  'boss',
  'fans',
  'supporters',
  'players',
  'player',
  'squad',
  'teammate',
  'team-mate',
  'teammates',
  'team-mates',
  'wicketkeeper',
  'flanker',
  'starter',
  'reliever',
  'scrum-half',
  'fly-half',
  'defenceman',
  'goaltender',
  'chairman',
  'linebacker',
  'lineman',
  'receiver',
  'shortstop',
  'outfielder',
  'forward',
  'centre',
  'center',
]);
/** Roles that follow a team's name only when a person's name follows them: "Williams driver Jacques Villeneuve". */
const NAMED_TEAM_ROLES = new Set([
  'driver',
  'rider',
  'guard',
  'centre',
  'center',
  'prop',
  'lock',
  'hooker',
  'wing',
  'full-back',
  'fullback',
  'back',
]);

/** A team role at `i`: "manager", "fans"; "driver", "guard" and the like only before a person's name. */
function isTeamRole(tokens: readonly string[], tags: readonly string[], i: number): boolean {
  if (tags[i] !== 'O') return false;
  // One modifier may stand before the role: "Kent left-arm spinner", "Chelsea central defender".
  if (isModifier(tokens[i]!)) {
    if (tags[i + 1] !== 'O') return false;
    i++;
  }
  const w = tokens[i]!;
  return TEAM_ROLES.has(w) || (NAMED_TEAM_ROLES.has(w) && tags[i + 1] === 'B-PER');
}

function isModifier(w: string): boolean {
  return !TEAM_ROLES.has(w) && !NAMED_TEAM_ROLES.has(w) && (ROLE_MODIFIERS.has(w) || /^[a-z]+-[a-z]+$/.test(w));
}

/** Index just after the team role at `i` (and its modifier). */
function roleEnd(tokens: readonly string[], i: number): number {
  return isModifier(tokens[i]!) ? i + 2 : i + 1;
}

const ROLE_MODIFIERS = new Set([
  'new',
  'former',
  'veteran',
  'young',
  'teenage',
  'central',
  'experienced',
  'reserve',
  'first-choice',
  'star',
]);

/** "London club Chelsea", "Madrid side Atletico". */
const CLUB_NOUNS = new Set(['club', 'side', 'outfit', 'rivals']);

/** Before a team: "against Arsenal", "beat Leeds", "drew with Celtic", "points behind Juventus". */
const BEFORE_TEAM = new Set([
  'against',
  'v',
  'v.',
  'vs',
  'vs.',
  'versus',
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeating',
  'edged',
  'thrashed',
  'routed',
  'crushed',
  'downed',
  'eliminated',
  'ousted',
  'hammered',
  'tops',
  'topped',
  'behind',
  'lifted',
  'gave',
  'give',
  'host',
  'hosts',
  'hosted',
  'hosting',
  'visit',
  'visits',
  'visited',
  'visiting',
  'face',
  'faces',
  'faced',
  'facing',
  'meet',
  'meets',
  'play',
  'plays',
  'played',
  'playing',
  'between',
  'join',
  'joins',
  'joined',
  'joining',
]);
/** After a team: "Leeds beat ...", "Essex were 245 for six", "Barcelona , who ...". */
const AFTER_TEAM = new Set([
  'beat',
  'beats',
  'drew',
  'draw',
  'lost',
  'lose',
  'won',
  'win',
  'defeated',
  'thrashed',
  'edged',
  'routed',
  'crushed',
  'tops',
  'topped',
  'held',
  'were',
  'are',
  'have',
  'host',
  'hosts',
  'visit',
  'face',
  'faces',
  'meet',
  'play',
  'plays',
  'lead',
  'leads',
  'led',
  'trail',
  'trails',
  'trailed',
  'scored',
  'sacked',
  'signed',
  'climbed',
  'slipped',
  'ended',
  'extended',
  'finished',
  'moved',
  'stayed',
  'remain',
  'remained',
  'need',
  'needed',
  'v',
  'v.',
  'vs',
  'vs.',
  'versus',
]);
/** Labels that stand before a club's name: "leaders Juventus", "second division Stockport", "holders Ajax". */
const TEAM_LABELS = new Set([
  'leaders',
  'champions',
  'holders',
  'rivals',
  'neighbours',
  'neighbors',
  'strugglers',
  'newcomers',
  'division',
  'outfit',
]);
/** The word before "with", "by", "for", "to" that makes its object a team: "drew with", "beaten by", "played for". */
const WITH_TEAM = new Set(['drew', 'draw', 'draws', 'drawn', 'tied', 'level', 'held']);
const BY_TEAM = new Set(['beaten', 'defeated', 'held', 'eliminated', 'thrashed', 'edged', 'knocked', 'routed', 'crushed']);
const WIN_NOUNS = new Set(['win', 'wins', 'victory', 'triumph', 'lead', 'advantage', 'edge']);
const FOR_TEAM = new Set([
  'played',
  'plays',
  'play',
  'playing',
  'scored',
  'scores',
  'signed',
  'signs',
  'appearances',
  'debut',
  'goals',
  'starts',
]);
const LOSING = new Set(['lost', 'lose', 'loses', 'losing', 'fell', 'defeat', 'slumped', 'succumbed', 'went', 'crashed', 'home', 'away']);
const TRANSFER_VERBS = new Set([
  'signed',
  'sign',
  'signing',
  'joined',
  'join',
  'joins',
  'bought',
  'loan',
  'loaned',
  'transfer',
  'sold',
  'acquired',
  'traded',
  'trade',
]);

/**
 * Whether the place at [start, end) of a sentence about sport stands where a team does: the subject or object of
 * a result, after "against", "v" or "points behind", before a plural verb ("Essex were ..." in British copy), or
 * joined by "and" to a team. A place elsewhere ("in Milan", "Ontario giant", "the Reading train") is left alone.
 */
function isTeamPosition(tokens: readonly string[], start: number, end: number, transfer: boolean, previousTeam: number): boolean {
  let prev = start > 0 ? tokens[start - 1]!.toLowerCase() : '';
  // "Leeds and Chelsea drew", "beat Leeds , Chelsea and Arsenal": the second goes with the first.
  if ((prev === 'and' || prev === ',' || prev === 'or') && previousTeam === start - 1) return true;
  if (prev === 'the' && start > 1) prev = tokens[start - 2]!.toLowerCase(); // "beat the Reds"
  const before = start > 1 ? tokens[start - 2]!.toLowerCase() : '';
  if (BEFORE_TEAM.has(prev) || TEAM_LABELS.has(prev)) return true;
  if (prev === 'with' && WITH_TEAM.has(before)) return true;
  if (prev === 'by' && BY_TEAM.has(before)) return true;
  if (prev === 'for' && FOR_TEAM.has(before)) return true;
  if (prev === 'over' && (WIN_NOUNS.has(before) || scoreEndsAt(tokens, start - 2))) return true;
  if (prev === 'to' && (scoreEndsAt(tokens, start - 2) || LOSING.has(before))) return true;
  if (prev === 'from' && transfer) return true;
  const next = end < tokens.length ? tokens[end]!.toLowerCase() : '';
  if (AFTER_TEAM.has(next)) return true;
  if (next === ',' && tokens[end + 1] === 'who') return true;
  // "Leeds 's 2-1 win", "Chelsea 's goalkeeper"
  if (next === "'s" || next === '’s') {
    for (let i = end + 1; i < Math.min(tokens.length, end + 4); i++) {
      const w = tokens[i]!.toLowerCase();
      if (scoreLength(tokens, i) > 0 || SPORT_WORDS.has(w) || TEAM_ROLES.has(w) || w === 'win' || w === 'victory' || w === 'defeat')
        return true;
    }
  }
  // A result line: "Leeds 2 Sunderland 1", "Pella 58 , Oskaloosa 55", each side followed by its score.
  if (POINTS.test(tokens[end] ?? '')) {
    if (tokens[end + 1] === ',' ? resultAfter(tokens, end + 2) : GOALS.test(tokens[end]!) && resultAfter(tokens, end + 1)) return true;
    const link = tokens[start - 1] === ',' ? start - 2 : start - 1;
    if (link > 0 && POINTS.test(tokens[link]!) && NAME_START.test(tokens[link - 1]!)) return true;
  }
  // "14 points for Pella ( 12-4 , 7-2 )": the team's record after its name.
  if (next === '(' && scoreLength(tokens, end + 1) > 0) return true;
  // "Leeds 2-0 win": a score right after the name.
  return scoreLength(tokens, end) > 0;
}

/** Words that end the name of a venue, which stays a place: "Davis Gym", "St James ' Park", "Elland Road". */
const VENUE_WORDS = new Set([
  'stadium',
  'park',
  'arena',
  'gym',
  'pavilion',
  'field',
  'ground',
  'oval',
  'centre',
  'center',
  'dome',
  'circuit',
  'velodrome',
  'road',
  'lane',
  'bridge',
  'street',
  'square',
  'hall',
  'island',
  'islands',
  'valley',
  'cottage',
  'course',
  'gardens',
  'coliseum',
  'bowl',
  'east',
  'west',
]);

function isVenueName(tokens: readonly string[], start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (VENUE_WORDS.has(tokens[i]!.toLowerCase())) return true;
  return false;
}

/** Places that field national sides without being sovereign countries in the gazetteer. */
const NATIONAL_SIDES = new Set([
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'ireland',
  'britain',
  'great britain',
  'west indies',
  'hong kong',
  'taiwan',
  'chinese taipei',
  'puerto rico',
  'faroe islands',
  'gibraltar',
  'kosovo',
  'palestine',
  'nz',
  'uk',
  'u.k.',
  'us',
  'u.s.',
  'usa',
  'uae',
  'east germany',
  'west germany',
  'soviet union',
  'ussr',
  'yugoslavia',
  'czechoslovakia',
  'europe',
  'asia',
  'africa',
  'america',
  'americas',
  'oceania',
  'south america',
  'north america',
  'latin america',
  'rest of the world',
]);

function isNationalSide(tokens: readonly string[], start: number, end: number, gaz: Gazetteer | null): boolean {
  if ((gazBits(tokens, start, end, gaz) & GAZ.COUNTRY) !== 0) return true;
  return NATIONAL_SIDES.has(phraseKey(tokens, start, end));
}

/** End of a run of capitalised words from `i` (at most 4). */
function nameEnd(tokens: readonly string[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 4 && NAME_RE.test(tokens[j]!)) j++;
  return j;
}

/** Words that open club names before a place: "Real Madrid", "Dynamo Kiev", "Borussia Dortmund". */
const CLUB_PREFIXES = new Set([
  'Real',
  'Atletico',
  'Athletic',
  'Sporting',
  'Racing',
  'Dynamo',
  'Dinamo',
  'Spartak',
  'Lokomotiv',
  'Torpedo',
  'CSKA',
  'FC',
  'AC',
  'AS',
  'SC',
  'SV',
  'VfB',
  'VfL',
  'TSV',
  'Borussia',
  'Eintracht',
  'Olympique',
  'Inter',
  'Internazionale',
  'Deportivo',
  'Hapoel',
  'Maccabi',
  'Beitar',
  'Slavia',
  'Sparta',
  'Steaua',
  'Rapid',
  'Partizan',
  'Fortuna',
  'Werder',
  'Hertha',
  'Bayer',
  'Bayern',
  'Stade',
  'Standard',
  'Celta',
  'Ajax',
]);
/** Words that close club names after a place: "Aston Villa", "Leicester City", "Glasgow Rangers". */
const CLUB_SUFFIXES = new Set([
  'United',
  'City',
  'Town',
  'County',
  'Rovers',
  'Wanderers',
  'Albion',
  'Hotspur',
  'Athletic',
  'Rangers',
  'Celtic',
  'Villa',
  'Forest',
  'Wednesday',
  'Orient',
  'Argyle',
  'Alexandra',
  'Vale',
  'Juniors',
  'FC',
]);

/** "the Orioles 5-3": a score ends a name. */
function cutScores(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (const s of spans) {
    if (s.type === 'LOC') continue;
    for (let i = s.start + 1; i < s.end; i++) {
      if (scoreLength(tokens, i) > 0) {
        s.end = i;
        changed = true;
        break;
      }
    }
  }
  return changed;
}

const CLUB_STARTS = phraseIndex(CLUBS);

/**
 * Known clubs (clubs.ts) in a sentence about sport are organisations: with the place they are written with, before
 * ("New York Yankees") or after ("Dynamo Kiev", "Sporting Lisbon"), as one name. A name inside a longer person's
 * name is left alone.
 */
function markKnownClubs(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null, onlyClubs = false): boolean {
  // (Place-named entries still help where the tagger called them a person: "Napoli coach", "leaders Liverpool".)
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const name = phraseAt(CLUB_STARTS, tokens, i);
    if (!name || (onlyClubs && !isOnlyClub(tokens[i]!, gaz))) continue;
    let start = i;
    let end = i + name.length;
    const inside = spans.find((s) => s.start < end && s.end > i && (s.start < i || s.end > end));
    // Inside a longer name: a place span holding a club is the club ("Cleveland/LOC Indians/LOC"); a person's or
    // another name stands ("Keisuke Honda").
    if (inside) {
      // ... and a person span that opens with a club name is the club ("Borussia Dortmund", "Dynamo Kiev").
      if (inside.type === 'LOC' || (inside.type === 'PER' && inside.start === i)) {
        inside.type = 'ORG';
        changed = true;
      }
      i = Math.max(i, inside.end - 1);
      continue;
    }
    // A club named after its city ("Liverpool", "Porto") that the tagger read as a place is left to the team-position
    // test: "from Liverpool" may well be the city.
    if (!isOnlyClub(tokens[i]!, gaz) && spans.some((s) => s.start === i && s.end === end && s.type === 'LOC')) continue;
    // The place written with the club: "New York Yankees", "Dynamo Kiev".
    const before = spans.find((s) => s.end === i && s.type === 'LOC');
    if (before) start = before.start;
    const after = spans.find((s) => s.start === end && s.type === 'LOC' && s.end - s.start <= 2);
    if (after) end = after.end;
    // "PSV Eindhoven" with the city left untagged.
    else if (
      end < tokens.length &&
      !spans.some((s) => s.start <= end && end < s.end) &&
      /^\p{Lu}\p{Ll}/u.test(tokens[end]!) &&
      ((gaz?.phrases.get(tokens[end]!.toLowerCase()) ?? 0) & (GAZ.CITY | GAZ.TOWN)) !== 0
    )
      end++;
    if (spans.some((s) => s.start === start && s.end === end && s.type === 'ORG')) continue;
    setSpan(spans, start, end, 'ORG');
    changed = true;
    i = end - 1;
  }
  return changed;
}

/** A club name the gazetteer knows as nothing else: no place, person, organisation or ordinary word. */
function isOnlyClub(w: string, gaz: Gazetteer | null): boolean {
  return (gaz?.phrases.get(w.toLowerCase()) ?? 0) === 0 && w.length > 3;
}

/** "Real Madrid", "Aston Villa": a place with a club word before or after it is one club. */
function mergeClubNames(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (const s of [...spans]) {
    if (s.type !== 'LOC' && s.type !== 'ORG') continue;
    let start = s.start;
    let end = s.end;
    // The prefix may stand alone or be tagged on its own ("Bayern/LOC Munich/ORG").
    if (
      start > 0 &&
      CLUB_PREFIXES.has(tokens[start - 1]!) &&
      (!isInSpan(spans, start - 1) || spans.some((x) => x.start === start - 1 && x.end === start))
    )
      start--;
    if (end < tokens.length && CLUB_SUFFIXES.has(tokens[end]!) && !isInSpan(spans, end)) end++;
    if (start === s.start && end === s.end) continue;
    // "Mexico City", "Kansas City": a known place with its suffix stays a place.
    if ((gazBits(tokens, start, end, gaz) & (GAZ.CITY | GAZ.TOWN | GAZ.REGION | GAZ.COUNTRY)) !== 0) continue;
    setSpan(spans, start, end, 'ORG');
    changed = true;
  }
  return changed;
}

function isInSpan(spans: readonly Chunk[], i: number): boolean {
  return spans.some((s) => s.start <= i && i < s.end);
}

/** Last words of competitions and races, which are events (MISC), not organisations or places. */
const EVENT_HEADS = new Set([
  'Cup',
  'Trophy',
  'Prix',
  'Open',
  'Games',
  'Olympics',
  'Paralympics',
  'Championship',
  'Championships',
  'Masters',
  'Series',
  'Classic',
  'Marathon',
  'Rally',
  'Invitational',
  'Division',
  'Conference',
]);

/** Words that open the names of venues: "Estadio da Luz", "Stadio Olimpico", "Stade de France". */
const VENUE_FIRST = new Set(['Estadio', 'Stadio', 'Stade', 'Stadion', 'Stadium', 'Arena']);

/** "Tour de France", "Tour of Britain": the race, not the country (in any sentence). */
function markTours(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i] !== 'Tour' && tokens[i] !== 'TOUR') continue;
    const link = tokens[i + 1]!.toLowerCase();
    if (link !== 'de' && link !== 'of') continue;
    // "Tour of the Netherlands"
    const from = tokens[i + 2]!.toLowerCase() === 'the' ? i + 3 : i + 2;
    if (!/^\p{Lu}/u.test(tokens[from] ?? '')) continue;
    setSpan(spans, i, nameEnd(tokens, from), 'MISC');
    changed = true;
  }
  return changed;
}

/** League competitions, named without an event word (CoNLL tags them MISC; the tagger, ORG or LOC). */
const COMPETITIONS = [
  'Serie A',
  'Serie B',
  'La Liga',
  'Ligue 1',
  'Ligue 2',
  'Bundesliga',
  'Eredivisie',
  'Premiership',
  'Primera Division',
  'Premier League',
  'Champions League',
  'Europa League',
  'Conference League',
  'Diamond League',
  'Super League',
  'Six Nations',
  'Five Nations',
  'Tri-Nations',
  'Super Rugby',
  'Copa America',
  'Copa Libertadores',
  'Super Bowl',
  'Grand Slam',
];
const COMPETITION_STARTS = phraseIndex(COMPETITIONS);

/** "the World Cup", "the Hungarian Grand Prix", "the Tour de France": competitions are events. */
function markEvents(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    // League competitions: "Serie A", "the Champions League", "the Bundesliga".
    const name = phraseAt(COMPETITION_STARTS, tokens, i);
    if (name && !spans.some((s) => s.start < i + name.length && s.end > i && (s.start < i || s.end > i + name.length))) {
      setSpan(spans, i, i + name.length, 'MISC');
      changed = true;
    }
  }
  for (const s of spans) {
    // "the Estadio da Luz", "Stade de France": a venue is a place.
    if (VENUE_FIRST.has(tokens[s.start]!) && s.end - s.start >= 2) {
      if (s.type !== 'LOC') changed = true;
      s.type = 'LOC';
      continue;
    }
    // "Quarter-final results": a sports word opening a sentence is not a name.
    if (s.start === 0 && s.end === 1 && /\p{Ll}/u.test(tokens[0]!) && SPORT_WORDS.has(tokens[0]!.toLowerCase())) {
      s.end = s.start;
      changed = true;
      continue;
    }
    if ((s.type !== 'ORG' && s.type !== 'LOC') || s.end - s.start < 2 || !EVENT_HEADS.has(tokens[s.end - 1]!)) continue;
    // "England World Cup squad": the side and the event.
    if (s.end - s.start >= 3 && isNationalSide(tokens, s.start, s.start + 1, gaz)) {
      spans.splice(spans.indexOf(s), 0, { type: 'LOC', start: s.start, end: s.start + 1 });
      s.start++;
    }
    s.type = 'MISC';
    changed = true;
  }
  return changed;
}

/** Plurals after "the" that are events, places or peoples, not teams. */
const NOT_TEAMS = new Set([
  'olympics',
  'games',
  'championships',
  'finals',
  'playoffs',
  'masters',
  'paralympics',
  'nations',
  'islands',
  'alps',
  'andes',
  'netherlands',
  'philippines',
  'bahamas',
  'maldives',
  'seychelles',
  'falklands',
  'balkans',
  'highlands',
  'midlands',
  'americas',
  'states',
  'emirates',
  'series',
  'rules',
  'laws',
  'times',
  'news',
  'awards',
]);

/** "beat the Orioles", "the Red Sox": a capitalised plural (one or two words) after "the" names a team. */
function markPluralTeams(tokens: readonly string[], spans: Chunk[], gaz: Gazetteer | null): boolean {
  let changed = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i] !== 'the' && tokens[i] !== 'The') continue;
    const j = nameEnd(tokens, i + 1);
    if (j === i + 1 || j - i - 1 > 2) continue;
    const last = tokens[j - 1]!;
    if (last.length < 4 || !/[^siu]s$/.test(last) || last === last.toUpperCase()) continue;
    // Where a team stands ("beat the Orioles", "The Yankees won"), not "visitors to the Waterfalls".
    if (!isTeamPosition(tokens, i + 1, j, false, -1)) continue;
    if (NOT_TEAMS.has(last.toLowerCase())) continue;
    if ((gazBits(tokens, i + 1, j, gaz) & (GAZ.COUNTRY | GAZ.CITY | GAZ.REGION | GAZ.DEMONYM)) !== 0) continue;
    // Already an organisation, or part of a longer name ("the Oakland Athletics of Major League Baseball").
    if (spans.some((s) => s.start <= i + 1 && s.end >= j && (s.type === 'ORG' || s.end > j))) continue;
    // Only where the tagger saw nothing or something other than a person ("the Kennedys" stays).
    if (spans.some((s) => s.start < j && s.end > i + 1 && s.type === 'PER')) continue;
    clearRange(spans, i + 1, j);
    setSpan(spans, i + 1, j, 'ORG');
    changed = true;
  }
  return changed;
}

/** Roles that open a sentence before the name, capitalised: "Striker Alan Shearer scored ...". */
const LEADING_ROLES = new Set(
  [
    ...PLAYER_ROLES,
    'veteran',
    'rookie',
    'teenager',
    'champion',
    'holder',
    'seed',
    'driver',
    'rider',
    'jockey',
    'trainer',
    'sprinter',
    'swimmer',
    'cyclist',
    'boxer',
    'golfer',
    'actor',
    'actress',
    'singer',
    'novelist',
    'author',
    'writer',
    'director',
    'rapper',
    'comedian',
    'economist',
    'analyst',
    'businessman',
    'businesswoman',
    'tycoon',
    'billionaire',
    // Officials, positions and events that open a sentence in sports copy ("Referee Stanley Berenson halted ...").
    'referee',
    'umpire',
    'linesman',
    'seamer',
    'paceman',
    'all-rounder',
    'wicketkeeper',
    'wicket-keeper',
    'flanker',
    'left-hander',
    'right-hander',
    'debutant',
    'fullback',
    'full-back',
    'centre-back',
    'sweeper',
    'linebacker',
    'shortstop',
    'outfielder',
    'hurdler',
    'marathoner',
    'skier',
    'skater',
    'gymnast',
    'wrestler',
    'weightlifter',
    'fencer',
    'rower',
    'decathlete',
    'heptathlete',
    // Local office, which the tagger's title words do not hold ("Alderman Sanne de Jong-Verhoeven said ...").
    'alderman',
    'alderwoman',
    'councillor',
    'councilor',
    'councilman',
    'councilwoman',
    'assemblyman',
    'assemblywoman',
    // Police and military ranks the tagger's title words do not hold ("Detective Constable Imran Sheikh",
    // "Brigadier Osman al-Tayeb Hamid").
    'taoiseach',
    'tánaiste',
    'constable',
    'brigadier',
    'sergeant',
    'corporal',
    'lieutenant',
    'superintendent',
    'ruckman',
    // Hyphenated ranks, which the tagger's title words do not hold ("Major-General Bambang Sutrisno told ...").
    'major-general',
    'lieutenant-general',
    'brigadier-general',
    'lieutenant-colonel',
    'vice-admiral',
    'rear-admiral',
    'field-marshal',
    // People in local news, named by what they are there ("Rancher Glenn Haskett said ...", "Shopper Dakota Reyes").
    'rancher',
    'farmer',
    'parent',
    'resident',
    'shopper',
    'tourist',
    'homeowner',
    'neighbor',
    'neighbour',
    'witness',
    'motorist',
    'commuter',
    'volunteer',
    'survivor',
    // Written "Full-back" or, as ranks are, "Major-General".
  ].flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase())]),
);

/**
 * A person span opening with a role word ("Striker Alan Shearer") starts after it; the role word read as a person of
 * its own before one ("Alderman/B-PER Denise/B-PER Kowalski") is no name.
 */
function stripLeadingRole(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type !== 'PER' || !LEADING_ROLES.has(tokens[s.start]!)) continue;
    if (s.end - s.start >= 2) s.start++;
    else if (spans[k + 1]?.start === s.end && spans[k + 1]!.type === 'PER') spans.splice(k--, 1);
    else continue;
    changed = true;
  }
  return changed;
}

/** US states whose university sides sports copy names "<state> State". */
const US_STATES = new Set([...US_STATE_NAMES, 'penn']);

/**
 * In sports copy "Michigan State", "OHIO STATE", "Penn State" are university sides, however the tagger read them (a
 * place, or the state and an untagged "State").
 */
function markStateSides(tokens: readonly string[], spans: Chunk[]): boolean {
  let changed = false;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w !== 'State' && w !== 'STATE') continue;
    let start = i - 1;
    if (start > 0 && /^(?:North|South|West|New|NORTH|SOUTH|WEST|NEW)$/.test(tokens[start - 1]!)) start--;
    if (!US_STATES.has(tokens.slice(start, i).join(' ').toLowerCase()) && !US_STATES.has(tokens[i - 1]!.toLowerCase())) continue;
    const cur = spans.filter((x) => x.start <= i && x.end > start);
    if (cur.some((x) => x.start < start || x.end > i + 1)) continue;
    if (cur.length === 1 && cur[0]!.type === 'ORG' && cur[0]!.start === start && cur[0]!.end === i + 1) continue;
    setSpan(spans, start, i + 1, 'ORG');
    changed = true;
  }
  return changed;
}
