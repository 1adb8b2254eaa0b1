/**
 * Small closed-class word lists used as tagger features and by the rule fallback. They describe English
 * news conventions in general (titles, organisation heads), not any particular document.
 */

/** Words that introduce a person name ("President Xi", "Mr. Trump"). */
export const PERSON_TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord',
  'lady', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'representative',
  'gov.', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'gen.', 'col.', 'colonel',
  'lt.', 'sgt.', 'capt.', 'captain', 'judge', 'justice', 'rev.', 'reverend', 'sheikh', 'ambassador', 'commissioner',
  'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'coach', 'inspector', 'detective', 'saint',
  'emperor', 'ceo', 'envoy', 'counterpart', 'leader', 'officer', 'director', 'chief', 'speaker', 'pastor', 'bishop',
  'archbishop', 'cardinal', 'lawmaker', 'congressman', 'congresswoman', 'diplomat', 'admiral', 'marshal', 'sultan',
  'emir', 'ayatollah', 'rabbi', 'imam', 'mrs', 'mx', 'st.', 'jr.', 'sr.',
]);

/** Head words that end (or start) organisation names. */
export const ORG_WORDS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'group',
  'company', 'bank', 'university', 'college', 'institute', 'ministry', 'department', 'agency', 'council', 'committee',
  'commission', 'party', 'organization', 'organisation', 'association', 'union', 'federation', 'foundation', 'society',
  'office', 'bureau', 'court', 'parliament', 'congress', 'senate', 'assembly', 'army', 'navy', 'forces', 'police',
  'club', 'fc', 'team', 'network', 'news', 'times', 'post', 'press', 'television', 'radio', 'airlines', 'airways',
  'holdings', 'partners', 'fund', 'board', 'authority', 'administration', 'service', 'services', 'church', 'school',
  'hospital', 'museum', 'league', 'alliance', 'front', 'movement', 'coalition', 'cooperation', 'organisation',
  'industries', 'technologies', 'systems', 'motors', 'pharmaceuticals', 'securities', 'exchange', 'reserve',
  'channel', 'daily', 'journal', 'tribune', 'herald', 'gazette', 'magazine', 'records', 'studios', 'labs',
]);

/** Words that head place names ("Lake X", "X River", "Mount Y"). */
export const LOC_WORDS = new Set([
  'river', 'lake', 'mount', 'mountain', 'mountains', 'island', 'islands', 'sea', 'ocean', 'bay', 'gulf', 'valley',
  'county', 'province', 'state', 'region', 'city', 'district', 'street', 'st', 'avenue', 'road', 'square', 'park',
  'airport', 'bridge', 'peninsula', 'desert', 'strait', 'coast', 'cape', 'canal', 'village', 'town', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
]);

/**
 * International and intergovernmental organisations that news text names by short forms the training data
 * barely contains (general world knowledge, added to the ORG gazetteer at training time).
 */
export const INTERNATIONAL_ORGS = [
  'United Nations', 'UN', 'U.N.', 'UN Security Council', 'Security Council', 'General Assembly', 'UNESCO', 'UNICEF',
  'UNHCR', 'UNDP', 'UNEP', 'World Health Organization', 'WHO', 'World Bank', 'International Monetary Fund', 'IMF',
  'World Trade Organization', 'WTO', 'European Union', 'EU', 'European Commission', 'European Parliament',
  'European Central Bank', 'ECB', 'NATO', 'North Atlantic Treaty Organization', 'G7', 'G8', 'G20', 'G-7', 'G-20',
  'BRICS', 'SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'ASEAN', 'APEC', 'OPEC',
  'OPEC+', 'OECD', 'African Union', 'AU', 'Arab League', 'Gulf Cooperation Council', 'GCC', 'Mercosur',
  'Commonwealth', 'OSCE', 'Interpol', 'Europol', 'IAEA', 'International Atomic Energy Agency', 'ICC',
  'International Criminal Court', 'International Court of Justice', 'ICJ', 'Red Cross', 'ICRC',
  'International Committee of the Red Cross', 'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'FIFA',
  'IOC', 'International Olympic Committee', 'UEFA', 'NASA', 'ESA', 'FBI', 'CIA', 'NSA', 'Pentagon', 'Kremlin',
  'Federal Reserve', 'Fed', 'SEC', 'FDA', 'CDC', 'EPA', 'Xinhua', 'Reuters', 'Associated Press', 'AP', 'AFP',
  'Agence France-Presse', 'BBC', 'CNN', 'TASS', 'RIA Novosti', 'Al Jazeera', 'Bloomberg', 'Kyodo', 'Yonhap',
  'Hamas', 'Hezbollah', 'Taliban', 'Islamic State', 'ISIS', 'Al-Qaeda', 'CPC', 'Communist Party of China', 'ANC',
  'CARICOM', 'ECOWAS', 'SADC', 'IGAD', 'World Economic Forum', 'WEF', 'Asian Development Bank', 'ADB',
  'Asian Infrastructure Investment Bank', 'AIIB', 'New Development Bank', 'WFP', 'World Food Programme', 'FAO',
  'ILO', 'UNCTAD', 'WMO', 'IPCC', 'UNFCCC', 'Eurasian Economic Union', 'CSTO', 'Quad', 'AUKUS',
];
