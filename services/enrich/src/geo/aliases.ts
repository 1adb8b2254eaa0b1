/**
 * Hand-kept knowledge the packaged gazetteer lacks: renamed and differently spelled places, names
 * that news use for a place the gazetteer spells otherwise, places missing from the city list,
 * continents and world regions, and demonyms that the country list does not give.
 * Everything here is general world knowledge, not derived from any evaluation data.
 */

/** alias -> [canonical gazetteer name, ISO country code]. The alias becomes an extra, preferred candidate. */
export const ALIASES: ReadonlyArray<readonly [string, string, string]> = [
  // renamed / transliterated cities
  ['Kiev', 'Kyiv', 'UA'], ['Kyiv', 'Kyiv', 'UA'], ['Nur-Sultan', 'Astana', 'KZ'], ['Akmola', 'Astana', 'KZ'],
  ['Bombay', 'Mumbai', 'IN'], ['Peking', 'Beijing', 'CN'], ['Calcutta', 'Kolkata', 'IN'], ['Madras', 'Chennai', 'IN'],
  ['Bangalore', 'Bengaluru', 'IN'], ['Saigon', 'Ho Chi Minh City', 'VN'], ['Canton', 'Guangzhou', 'CN'],
  ['Rangoon', 'Yangon', 'MM'], ['Naypyidaw', 'Nay Pyi Taw', 'MM'], ['Naypyitaw', 'Nay Pyi Taw', 'MM'],
  ['Kharkov', 'Kharkiv', 'UA'], ['Odessa', 'Odesa', 'UA'], ['Lvov', 'Lviv', 'UA'], ['Dnepropetrovsk', 'Dnipro', 'UA'],
  ['Leningrad', 'Saint Petersburg', 'RU'], ['St Petersburg', 'Saint Petersburg', 'RU'], ['Petersburg', 'Saint Petersburg', 'RU'],
  ['Gurgaon', 'Gurugram', 'IN'], ['Poona', 'Pune', 'IN'], ['Benares', 'Varanasi', 'IN'], ['Allahabad', 'Prayagraj', 'IN'],
  ['Dacca', 'Dhaka', 'BD'], ['Chittagong', 'Chattogram', 'BD'], ['Tiflis', 'Tbilisi', 'GE'], ['Alma-Ata', 'Almaty', 'KZ'],
  ['Sanaa', 'Sanaa', 'YE'], ["Sana'a", 'Sanaa', 'YE'], ['Chisinau', 'Chisinau', 'MD'], ['Kishinev', 'Chisinau', 'MD'],
  ['Reykjavik', 'Reykjavík', 'IS'], ['Tel Aviv', 'Tel Aviv', 'IL'], ['Tel-Aviv', 'Tel Aviv', 'IL'],
  ['Washington', 'Washington, D.C.', 'US'], ['Washington DC', 'Washington, D.C.', 'US'], ['Washington D.C.', 'Washington, D.C.', 'US'],
  ['D.C.', 'Washington, D.C.', 'US'], ['DC', 'Washington, D.C.', 'US'], ['District of Columbia', 'Washington, D.C.', 'US'],
  ['New York', 'New York City', 'US'], ['NYC', 'New York City', 'US'], ['Manhattan', 'Manhattan', 'US'],
  ['LA', 'Los Angeles', 'US'], ['L.A.', 'Los Angeles', 'US'], ['Frisco', 'San Francisco', 'US'],
  ['Mexico City', 'Mexico City', 'MX'], ['Hong Kong', 'Hong Kong', 'HK'], ['Macao', 'Macau', 'MO'],
  ['Kuwait City', 'Kuwait City', 'KW'], ['Vatican', 'Vatican City', 'VA'], ['The Hague', 'The Hague', 'NL'],
  ['Den Haag', 'The Hague', 'NL'], ['Gaza City', 'Gaza', 'PS'], ['Gaza', 'Gaza', 'PS'],
  ['Brittany', 'Bretagne', 'FR'], ['Normandy', 'Normandie', 'FR'], ['Occitania', 'Occitanie', 'FR'], ['Al-Quds', 'Jerusalem', 'IL'],
  ['Mecca', 'Mecca', 'SA'], ['Makkah', 'Mecca', 'SA'], ['Medina', 'Medina', 'SA'],
  // countries: common short forms, old names, abbreviations
  ['Turkey', 'Türkiye', 'TR'], ['Turkiye', 'Türkiye', 'TR'], ['Burma', 'Myanmar', 'MM'], ['Czech Republic', 'Czechia', 'CZ'],
  ['Swaziland', 'Eswatini', 'SZ'], ['Macedonia', 'North Macedonia', 'MK'], ['East Timor', 'Timor-Leste', 'TL'],
  ["Cote d'Ivoire", 'Ivory Coast', 'CI'], ['Holland', 'Netherlands', 'NL'], ['the Netherlands', 'Netherlands', 'NL'],
  ['Britain', 'United Kingdom', 'GB'], ['Great Britain', 'United Kingdom', 'GB'], ['UK', 'United Kingdom', 'GB'],
  ['U.K.', 'United Kingdom', 'GB'], ['US', 'United States', 'US'], ['U.S.', 'United States', 'US'], ['USA', 'United States', 'US'],
  ['U.S.A.', 'United States', 'US'], ['America', 'United States', 'US'], ['United States of America', 'United States', 'US'],
['UAE', 'United Arab Emirates', 'AE'], ['U.A.E.', 'United Arab Emirates', 'AE'],
  ['DRC', 'DR Congo', 'CD'], ['Democratic Republic of Congo', 'DR Congo', 'CD'], ['Congo', 'Republic of the Congo', 'CG'],
  ['Korea', 'South Korea', 'KR'], ['Republic of Korea', 'South Korea', 'KR'], ['ROK', 'South Korea', 'KR'],
  ['DPRK', 'North Korea', 'KP'], ['PRC', 'China', 'CN'], ["People's Republic of China", 'China', 'CN'], ['Mainland China', 'China', 'CN'],
  ['Russian Federation', 'Russia', 'RU'], ['Soviet Union', 'Russia', 'RU'], ['USSR', 'Russia', 'RU'],
  ['Palestinian territories', 'Palestine', 'PS'], ['West Bank', 'Palestine', 'PS'], ['Gaza Strip', 'Palestine', 'PS'],
  ['KSA', 'Saudi Arabia', 'SA'], ['Persia', 'Iran', 'IR'], ['Ceylon', 'Sri Lanka', 'LK'], ['Siam', 'Thailand', 'TH'],
  ['Zaire', 'DR Congo', 'CD'], ['Kampuchea', 'Cambodia', 'KH'], ['Cabo Verde', 'Cape Verde', 'CV'],
  ['Viet Nam', 'Vietnam', 'VN'], ['Lao PDR', 'Laos', 'LA'], ['Brunei Darussalam', 'Brunei', 'BN'],
  ['Republic of Ireland', 'Ireland', 'IE'], ['Eire', 'Ireland', 'IE'], ['Bosnia', 'Bosnia and Herzegovina', 'BA'],
  ['Holy See', 'Vatican City', 'VA'], ['U.S. Virgin Islands', 'United States Virgin Islands', 'VI'], ['Trinidad', 'Trinidad and Tobago', 'TT'], ['St. Lucia', 'Saint Lucia', 'LC'], ['Saint Kitts', 'Saint Kitts and Nevis', 'KN'],
];

/** Places the city list lacks or files under a name news rarely use: [name, cc, lat, lon, population, featureCode, geonameId]. */
export const EXTRA_PLACES: ReadonlyArray<readonly [string, string, number, number, number, string, number | null]> = [
  ['Astana', 'KZ', 51.1801, 71.44598, 1_350_000, 'PPLC', 1526273],
  ['England', 'GB', 52.5, -1.5, 56_000_000, 'ADM1', 6269131],
  ['Scotland', 'GB', 56.5, -4.0, 5_400_000, 'ADM1', 2638360],
  ['Wales', 'GB', 52.5, -3.5, 3_100_000, 'ADM1', 2634895],
  ['Northern Ireland', 'GB', 54.6, -6.7, 1_900_000, 'ADM1', 2641364],
];

/** Continents, oceans and world regions: no single country. [name, lat, lon, geonameId|null, ...aliases]. */
export const REGIONS: ReadonlyArray<readonly [string, number, number, number | null, ...string[]]> = [
  ['Africa', 7.1881, 21.0938, 6255146],
  ['Asia', 29.8406, 89.2969, 6255147],
  ['Europe', 48.691, 9.1406, 6255148, 'European Union', 'EU', 'E.U.', 'Eurozone', 'Continental Europe'],
  ['North America', 46.0732, -100.5469, 6255149],
  ['South America', -14.6048, -57.6563, 6255150],
  ['Oceania', -18.3128, 138.5156, 6255151, 'Australasia'],
  ['Antarctica', -78.1586, 16.4063, 6255152],
  ['Latin America', -8.0, -62.0, null],
  ['Central America', 12.5, -86.0, null],
  ['Caribbean', 15.0, -73.0, null, 'the Caribbean', 'Caribbean Sea'],
  ['Middle East', 29.0, 42.0, null, 'Mideast', 'Near East'],
  ['Gulf', 27.0, 51.0, null, 'Persian Gulf', 'Arabian Gulf', 'Gulf region'],
  ['Balkans', 43.0, 21.0, null, 'the Balkans'],
  ['Scandinavia', 62.0, 14.0, null, 'Nordics'],
  ['Baltic', 57.0, 24.0, null, 'Baltics', 'Baltic states', 'Baltic Sea'],
  ['Caucasus', 42.0, 45.0, null],
  ['Central Asia', 45.0, 65.0, null],
  ['Southeast Asia', 5.0, 110.0, null, 'South-East Asia'],
  ['East Asia', 35.0, 115.0, null],
  ['South Asia', 22.0, 80.0, null],
  ['West Africa', 12.0, -3.0, null],
  ['East Africa', 0.0, 36.0, null],
  ['North Africa', 27.0, 10.0, null],
  ['Sub-Saharan Africa', 0.0, 20.0, null],
  ['Horn of Africa', 8.0, 45.0, null],
  ['Sahel', 15.0, 0.0, null],
  ['Mediterranean', 35.0, 18.0, null, 'Mediterranean Sea'],
  ['Atlantic', 30.0, -40.0, null, 'Atlantic Ocean'],
  ['Pacific', 0.0, -160.0, null, 'Pacific Ocean'],
  ['Indian Ocean', -10.0, 75.0, null],
  ['Arctic', 80.0, 0.0, null, 'Arctic Ocean'],
  ['South China Sea', 12.0, 113.0, null],
  ['Black Sea', 43.0, 34.0, null],
  ['Red Sea', 20.0, 38.0, null],
  ['Korean Peninsula', 38.0, 127.5, null],
  ['Kashmir', 34.0, 76.0, null],
  ['Western Europe', 48.0, 5.0, null],
  ['Eastern Europe', 50.0, 28.0, null],
  ['Asia-Pacific', 10.0, 120.0, null, 'Asia Pacific'],
];

/** Demonyms/adjectives beyond the country list's own (one per country there). */
export const EXTRA_DEMONYMS: ReadonlyArray<readonly [string, string]> = [
  ['Briton', 'GB'], ['English', 'GB'], ['Scottish', 'GB'], ['Scots', 'GB'], ['Welsh', 'GB'], ['UK', 'GB'],
  ['Dutch', 'NL'], ['Filipino', 'PH'], ['Philippine', 'PH'], ['Saudi', 'SA'], ['Emirati', 'AE'], ['Swiss', 'CH'],
  ['Turkish', 'TR'], ['Czech', 'CZ'], ['Slovak', 'SK'], ['Thai', 'TH'], ['Lao', 'LA'], ['Kiwi', 'NZ'],
  ['Soviet', 'RU'], ['Persian', 'IR'], ['Congolese', 'CD'], ['Ivorian', 'CI'], ['Bosnian', 'BA'],
  ['Kyrgyz', 'KG'], ['Tajik', 'TJ'], ['Uzbek', 'UZ'], ['Kazakh', 'KZ'], ['Azerbaijani', 'AZ'], ['Azeri', 'AZ'],
  ['Sri Lankan', 'LK'], ['Bangladeshi', 'BD'], ['Pakistani', 'PK'], ['Afghan', 'AF'], ['Iraqi', 'IQ'],
  ['Israeli', 'IL'], ['Palestinian', 'PS'], ['Lebanese', 'LB'], ['Jordanian', 'JO'], ['Yemeni', 'YE'],
  ['Omani', 'OM'], ['Qatari', 'QA'], ['Bahraini', 'BH'], ['Kuwaiti', 'KW'], ['Syrian', 'SY'], ['Iranian', 'IR'],
  ['South Korean', 'KR'], ['North Korean', 'KP'], ['Korean', 'KR'], ['Taiwanese', 'TW'], ['Vietnamese', 'VN'],
  ['Argentine', 'AR'], ['Colombian', 'CO'], ['Venezuelan', 'VE'], ['Brazilian', 'BR'], ['Mexican', 'MX'],
  ['Canadian', 'CA'], ['American', 'US'], ['Australian', 'AU'], ['Aussie', 'AU'], ['Nigerian', 'NG'],
  ['Ukrainian', 'UA'], ['Belarusian', 'BY'], ['Russian', 'RU'], ['Chinese', 'CN'], ['Japanese', 'JP'],
  ['Indian', 'IN'], ['French', 'FR'], ['German', 'DE'], ['Italian', 'IT'], ['Spanish', 'ES'], ['Portuguese', 'PT'],
  ['Greek', 'GR'], ['Polish', 'PL'], ['Swedish', 'SE'], ['Norwegian', 'NO'], ['Danish', 'DK'], ['Finnish', 'FI'],
  ['Irish', 'IE'], ['Hungarian', 'HU'], ['Romanian', 'RO'], ['Bulgarian', 'BG'], ['Serbian', 'RS'], ['Croatian', 'HR'],
  ['Egyptian', 'EG'], ['Libyan', 'LY'], ['Tunisian', 'TN'], ['Moroccan', 'MA'], ['Algerian', 'DZ'], ['Sudanese', 'SD'],
  ['Ethiopian', 'ET'], ['Kenyan', 'KE'], ['South African', 'ZA'], ['Ghanaian', 'GH'], ['Somali', 'SO'],
  ['Indonesian', 'ID'], ['Malaysian', 'MY'], ['Singaporean', 'SG'], ['Burmese', 'MM'], ['Cambodian', 'KH'],
  ['Nepali', 'NP'], ['Nepalese', 'NP'], ['Mongolian', 'MN'], ['Georgian', 'GE'], ['Armenian', 'AM'],
  ['Cuban', 'CU'], ['Chilean', 'CL'], ['Peruvian', 'PE'], ['Bolivian', 'BO'], ['Ecuadorian', 'EC'],
  ['Belgian', 'BE'], ['Austrian', 'AT'], ['Estonian', 'EE'], ['Latvian', 'LV'], ['Lithuanian', 'LT'],
  ['Icelandic', 'IS'], ['Maltese', 'MT'], ['Cypriot', 'CY'], ['Slovenian', 'SI'], ['Albanian', 'AL'],
  ['Zimbabwean', 'ZW'], ['Ugandan', 'UG'], ['Rwandan', 'RW'], ['Tanzanian', 'TZ'], ['Malian', 'ML'],
  ['Haitian', 'HT'], ['Jamaican', 'JM'], ['Puerto Rican', 'PR'], ['Hongkonger', 'HK'], ['New Zealand', 'NZ'],
];

/** Region adjectives: map to a region of REGIONS (no country). */
export const REGION_ADJECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['European', 'Europe'], ['African', 'Africa'], ['Asian', 'Asia'], ['Latin American', 'Latin America'],
  ['Central American', 'Central America'], ['North American', 'North America'], ['South American', 'South America'],
  ['Southeast Asian', 'Southeast Asia'], ['East Asian', 'East Asia'], ['South Asian', 'South Asia'],
  ['Central Asian', 'Central Asia'], ['West African', 'West Africa'], ['East African', 'East Africa'],
  ['North African', 'North Africa'], ['Sub-Saharan', 'Sub-Saharan Africa'], ['Eastern European', 'Eastern Europe'],
  ['Western European', 'Western Europe'],
  ['Middle Eastern', 'Middle East'], ['Arctic', 'Arctic'], ['Caribbean', 'Caribbean'], ['Balkan', 'Balkans'],
  ['Scandinavian', 'Scandinavia'], ['Mediterranean', 'Mediterranean'], ['Atlantic', 'Atlantic'], ['Pacific', 'Pacific'],
];

/**
 * GeoNames' own reference points (and ids) for countries whose centre differs much between sources
 * (large or oddly shaped countries), so country readings agree with the GeoNames-based rest of the
 * gazetteer: [cc, lat, lon, geonameId|null].
 */
export const COUNTRY_POINTS: ReadonlyArray<readonly [string, number, number, number | null]> = [
  ['US', 39.76, -98.5, 6252001], ['CA', 60.10867, -113.64258, 6251999], ['RU', 60, 100, 2017370],
  ['CN', 35, 105, 1814991], ['AU', -25, 135, 2077456], ['IN', 22, 79, 1269750], ['BR', -10, -55, null],
  ['GB', 54.75844, -2.69531, 2635167], ['FR', 46, 2, 3017382], ['DE', 51.5, 10.5, 2921044],
  ['JP', 35.68536, 139.75309, 1861060], ['TR', 39, 35, 298795], ['MX', 23, -102, null], ['AR', -34, -64, null],
  ['KZ', 48, 68, null], ['ID', -5, 120, null], ['IR', 32, 53, null], ['SA', 25, 45, null], ['EG', 27, 30, null],
  ['ZA', -29, 24, null], ['NG', 10, 8, null], ['ES', 40, -4, null], ['IT', 42.83333, 12.83333, null],
  ['UA', 49, 32, null], ['PL', 52, 20, null], ['SE', 62, 15, null], ['NO', 62, 10, null], ['GL', 72, -40, null],
  ['CL', -30, -71, null], ['PK', 30, 70, null], ['KR', 36.5, 127.75, null], ['KP', 40, 127, null],
  ['SY', 35, 38, null], ['IQ', 33, 44, null], ['IL', 31.5, 34.75, null], ['NZ', -42, 174, null],
  ['PH', 13, 122, null], ['VN', 16.16667, 107.83333, null], ['MN', 46, 105, null],
];

/** Common press abbreviations of first-level regions: [abbreviation, region name, cc]. */
export const REGION_ABBREVIATIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['B.C.', 'British Columbia', 'CA'], ['Ont.', 'Ontario', 'CA'], ['Que.', 'Quebec', 'CA'], ['Alta.', 'Alberta', 'CA'],
  ['Sask.', 'Saskatchewan', 'CA'], ['N.S.', 'Nova Scotia', 'CA'], ['N.B.', 'New Brunswick', 'CA'],
  ['Calif.', 'California', 'US'], ['Fla.', 'Florida', 'US'], ['Mass.', 'Massachusetts', 'US'], ['N.Y.', 'New York', 'US'],
  ['N.J.', 'New Jersey', 'US'], ['Pa.', 'Pennsylvania', 'US'], ['Mich.', 'Michigan', 'US'],
  ['Ga.', 'Georgia', 'US'], ['Va.', 'Virginia', 'US'], ['Ariz.', 'Arizona', 'US'],
  ['Colo.', 'Colorado', 'US'], ['Conn.', 'Connecticut', 'US'], ['Tenn.', 'Tennessee', 'US'], ['Ky.', 'Kentucky', 'US'],
  ['Md.', 'Maryland', 'US'], ['Minn.', 'Minnesota', 'US'], ['Mo.', 'Missouri', 'US'],
  ['N.C.', 'North Carolina', 'US'], ['S.C.', 'South Carolina', 'US'], ['Okla.', 'Oklahoma', 'US'], ['Ore.', 'Oregon', 'US'],
  ['Wis.', 'Wisconsin', 'US'], ['Ala.', 'Alabama', 'US'], ['Ark.', 'Arkansas', 'US'], 
  ['Nev.', 'Nevada', 'US'], ['N.M.', 'New Mexico', 'US'], ['Kan.', 'Kansas', 'US'],
  ['Neb.', 'Nebraska', 'US'], ['Vt.', 'Vermont', 'US'], ['N.H.', 'New Hampshire', 'US'],
  ['R.I.', 'Rhode Island', 'US'], ['W.Va.', 'West Virginia', 'US'], ['N.D.', 'North Dakota', 'US'], ['S.D.', 'South Dakota', 'US'],
];
