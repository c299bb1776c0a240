/**
 * Town names that are also everyday words of a language that capitalises its nouns, so that a
 * capital letter says nothing: German "Zug" (train, and the Swiss town), "Essen" (food), "Bergen"
 * (mountains, dative plural), "Siegen" (victories, dative plural), "Sitten" (customs; Sion),
 * "Kiel" (keel), "Mitte" (middle; a Berlin district), "Leiden" (suffering), "Allen" (all, dative),
 * and loanwords written as nouns ("Corona", "Pool", "Mission", "Van"). In such a language the
 * entity scan takes one of them for the town only after a word of place
 * (src/engine/language/entities/index.ts). Keys are BCP 47 primary tags; words are lower case,
 * each a town of the gazetteer (a test checks). Written by hand. Plain data.
 */
export const NOUN_PLACE_NAMES: Readonly<Record<string, readonly string[]>> = {
  de: [
    'zug', 'essen', 'bergen', 'siegen', 'sitten', 'kiel', 'mitte', 'nord', 'leiden', 'pool', 'favoriten',
    'mission', 'corona', 'olympia', 'van', 'allen',
  ],
};

/**
 * The words after which such a name is the town: prepositions of place and direction ("in Essen",
 * "aus Siegen", "nach Bergen") and the words for a town or an area ("Kanton Zug", "Stadt Essen").
 * Lower case. "im", "am" and "zum" are left out: they come with an article ("im Zug", the train).
 */
export const PLACE_CUES: Readonly<Record<string, readonly string[]>> = {
  de: [
    'in', 'aus', 'nach', 'bei', 'von', 'bis', 'ab', 'zwischen', 'nahe', 'gen', 'richtung',
    'stadt', 'kanton', 'kreis', 'landkreis', 'gemeinde', 'region', 'raum', 'hansestadt', 'großraum',
    'bezirk', 'stadtteil', 'ortsteil', 'viertel',
  ],
};

/**
 * The countries where a language is spoken at home: a one-word club named for a place of one of
 * them ("Bayern") is, in that language, mostly the place (src/engine/language/entities/index.ts).
 * Keys are BCP 47 primary tags, values ISO 3166-1 alpha-2 codes.
 */
export const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'UY', 'PY', 'BO', 'EC', 'CU', 'DO', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA'],
  it: ['IT', 'CH', 'SM'],
  pt: ['PT', 'BR'],
  nl: ['NL', 'BE'],
};
