/**
 * English stopwords for keyword candidates: function words (the usual IR list), reporting verbs and
 * news boilerplate ("said", "according", "reported"), vague quantities, and calendar words (dates are
 * extracted elsewhere). A candidate phrase never starts, ends or spans across one of these.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at back be became
because become becomes becoming been before beforehand behind being below beside besides between beyond both
but by can cannot could did do does doing done down during each either else elsewhere enough etc even ever
every everyone everything everywhere except few for former formerly from further had has have having he her here
hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just
latter latterly least less let lets like likely many may me meanwhile might mine more moreover most mostly much
must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off
often on once one only onto or other others otherwise our ours ourselves out over own per perhaps please put
quite rather re really same seem seemed seeming seems several she should since so some somehow someone
something sometime sometimes somewhere still such than that the their theirs them themselves then thence there
thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to
together too toward towards under until up upon us very via was we well were what whatever when whence
whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever
whole whom whose why will with within without would yet you your yours yourself yourselves
s t d ll m ve re n't 's 'd 'll 'm 've 're don doesn didn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn
said says say saying told tell tells according reported reports reportedly added adding asked noted stated
announced explained wrote claimed insisted went going get gets got make makes made making take takes took
taken come comes came give gives gave given know knew known see saw seen want wanted use used using include
includes included including told seems seemed think thought believe believed told tuesday monday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow week weeks month
months year years day days time times ago last first second third two three four five six seven eight nine ten
hundred hundreds thousand thousands million millions billion billions percent per cent lot lots way ways thing
things part also mr mrs ms dr yes oh okay ok am pm new old a.m p.m following amid despite
don't doesn't didn't isn't wasn't aren't weren't won't wouldn't couldn't shouldn't can't hasn't haven't hadn't
it's that's there's he's she's i'm we're they're you're i've we've they've i'd we'd they'd he'd she'd
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Stopwords that are ordinary nouns: written capitalised inside a sentence they belong to a name
 * ("New Year message", "The New York Times", "Second World War") and stay in the candidate.
 */
export const SOFT_STOPWORDS: ReadonlySet<string> = new Set(
  'year years day days week weeks month months time times part way ways thing things first second third lot new old'.split(' '),
);

/**
 * Words in "-ly" that are not adverbs (nouns, verbs, adjectives): every other lower-case "-ly" word
 * of 5+ letters is taken as an adverb and breaks a candidate.
 */
export const LY_NON_ADVERBS: ReadonlySet<string> = new Set(
  `family assembly supply rally monopoly anomaly reply ally belly jelly bully butterfly dragonfly firefly lily
holly folly homily melancholy apply imply comply multiply daily weekly monthly yearly quarterly hourly elderly
deadly friendly costly lonely lovely ugly holy early orderly timely lively worldly scholarly burly curly
italy july`
    .split(/\s+/)
    .filter(Boolean),
);
