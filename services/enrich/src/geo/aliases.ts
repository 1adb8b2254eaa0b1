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
  ['Den Haag', 'The Hague', 'NL'], ['Gaza City', 'Gaza', 'PS'], ['Al-Quds', 'Jerusalem', 'IL'],
  ['Mecca', 'Mecca', 'SA'], ['Makkah', 'Mecca', 'SA'], ['Medina', 'Medina', 'SA'],
  // countries: common short forms, old names, abbreviations
  ['Turkey', 'Türkiye', 'TR'], ['Turkiye', 'Türkiye', 'TR'], ['Burma', 'Myanmar', 'MM'], ['Czech Republic', 'Czechia', 'CZ'],
  ['Swaziland', 'Eswatini', 'SZ'], ['Macedonia', 'North Macedonia', 'MK'], ['East Timor', 'Timor-Leste', 'TL'],
  ["Cote d'Ivoire", 'Ivory Coast', 'CI'], ['Holland', 'Netherlands', 'NL'], ['the Netherlands', 'Netherlands', 'NL'],
  ['Britain', 'United Kingdom', 'GB'], ['Great Britain', 'United Kingdom', 'GB'], ['UK', 'United Kingdom', 'GB'],
  ['U.K.', 'United Kingdom', 'GB'], ['US', 'United States', 'US'], ['U.S.', 'United States', 'US'], ['USA', 'United States', 'US'],
  ['U.S.A.', 'United States', 'US'], ['America', 'United States', 'US'], ['United States of America', 'United States', 'US'],
  ['the States', 'United States', 'US'], ['UAE', 'United Arab Emirates', 'AE'], ['U.A.E.', 'United Arab Emirates', 'AE'],
  ['DRC', 'DR Congo', 'CD'], ['Democratic Republic of Congo', 'DR Congo', 'CD'], ['Congo', 'Republic of the Congo', 'CG'],
  ['Korea', 'South Korea', 'KR'], ['Republic of Korea', 'South Korea', 'KR'], ['ROK', 'South Korea', 'KR'],
  ['DPRK', 'North Korea', 'KP'], ['PRC', 'China', 'CN'], ["People's Republic of China", 'China', 'CN'], ['Mainland China', 'China', 'CN'],
  ['Russian Federation', 'Russia', 'RU'], ['Soviet Union', 'Russia', 'RU'], ['USSR', 'Russia', 'RU'],
  ['Palestinian territories', 'Palestine', 'PS'], ['West Bank', 'Palestine', 'PS'], ['Gaza Strip', 'Palestine', 'PS'],
  ['KSA', 'Saudi Arabia', 'SA'], ['Persia', 'Iran', 'IR'], ['Ceylon', 'Sri Lanka', 'LK'], ['Siam', 'Thailand', 'TH'],
  ['Zaire', 'DR Congo', 'CD'], ['Kampuchea', 'Cambodia', 'KH'], ['Cabo Verde', 'Cape Verde', 'CV'],
  ['Viet Nam', 'Vietnam', 'VN'], ['Lao PDR', 'Laos', 'LA'], ['Brunei Darussalam', 'Brunei', 'BN'],
  ['Republic of Ireland', 'Ireland', 'IE'], ['Eire', 'Ireland', 'IE'], ['Bosnia', 'Bosnia and Herzegovina', 'BA'],
  ['Trinidad', 'Trinidad and Tobago', 'TT'], ['St. Lucia', 'Saint Lucia', 'LC'], ['Saint Kitts', 'Saint Kitts and Nevis', 'KN'],
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
  ['Middle Eastern', 'Middle East'], ['Arctic', 'Arctic'], ['Caribbean', 'Caribbean'], ['Balkan', 'Balkans'],
  ['Scandinavian', 'Scandinavia'], ['Mediterranean', 'Mediterranean'], ['Atlantic', 'Atlantic'], ['Pacific', 'Pacific'],
];
