/**
 * Words that introduce a person's name in languages other than English (the English ones live in
 * the gazetteer's title and role words): a role written right before the name ("FDP-Chef
 * Christian Lindner", "le président Emmanuel Macron") and courtesy titles ("Frau Dr. Anna Roth").
 * Plain data, read by src/engine/language/entities/people-other-languages.ts and
 * src/engine/language/quotes/speakers.ts. Lower case, written from general knowledge for this project.
 */

/**
 * Endings of German role nouns, matched on the whole word or the end of a compound: "Sprecher",
 * "Pressesprecher", "FDP-Chef", "Bundeskanzlerin", "Ministerpräsident", "Landrätin".
 */
export const GERMAN_ROLE_ENDINGS: readonly string[] = [
  'chef', 'chefin', 'sprecher', 'sprecherin', 'präsident', 'präsidentin', 'minister', 'ministerin',
  'kanzler', 'kanzlerin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'vorsitzende', 'vorsitzender',
  'trainer', 'trainerin', 'bürgermeister', 'bürgermeisterin', 'geschäftsführer', 'geschäftsführerin',
  'sekretär', 'sekretärin', 'professor', 'professorin', 'abgeordnete', 'abgeordneter', 'botschafter',
  'botschafterin', 'richter', 'richterin', 'anwalt', 'anwältin', 'autor', 'autorin', 'sänger', 'sängerin',
  'schauspieler', 'schauspielerin', 'gründer', 'gründerin', 'kommissar', 'kommissarin', 'kapitän',
  'experte', 'expertin', 'pfarrer', 'pfarrerin', 'bischof', 'landrat', 'landrätin', 'stadtrat', 'stadträtin',
  'senator', 'senatorin', 'ökonom', 'ökonomin', 'forscher', 'forscherin', 'wissenschaftler',
  'wissenschaftlerin', 'arzt', 'ärztin', 'virologe', 'virologin', 'intendant', 'intendantin', 'moderator',
  'moderatorin', 'manager', 'managerin', 'regisseur', 'regisseurin', 'journalist', 'journalistin',
  'stürmer', 'stürmerin', 'torhüter', 'torhüterin', 'torwart', 'verteidiger', 'verteidigerin', 'coach',
  'inhaber', 'inhaberin', 'vorstand', 'vorständin', 'bundestrainer', 'chefredakteur', 'chefredakteurin',
  'historiker', 'historikerin', 'politologe', 'politologin', 'soziologe', 'soziologin', 'künstler',
  'künstlerin', 'musiker', 'musikerin', 'unternehmer', 'unternehmerin', 'ceo', 'papst', 'könig', 'königin',
  'prinz', 'prinzessin', 'herzog', 'herzogin', 'fürst', 'fürstin', 'kandidat', 'kandidatin',
  'staatsanwalt', 'staatsanwältin', 'polizeisprecher', 'pressesprecherin', 'referent', 'referentin',
  'beauftragte', 'beauftragter', 'obmann', 'obfrau', 'bundesrat', 'bundesrätin', 'stadtpräsident',
  'stadtpräsidentin', 'gemeindepräsident', 'gemeindepräsidentin', 'oberbürgermeister',
  'oberbürgermeisterin', 'generalsekretär', 'generalsekretärin', 'fraktionschef', 'fraktionschefin',
];

/**
 * Role words of French, Spanish, Italian, Portuguese and Dutch, written in lower case before a
 * name: "la ministre Agnès Roux", "el presidente Pedro Ruiz", "il sindaco Marco Neri",
 * "o prefeito João Lima", "burgemeester Femke Smit".
 */
export const ROLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  fr: [
    'président', 'présidente', 'ministre', 'premier', 'première', 'porte-parole', 'maire', 'directeur',
    'directrice', 'secrétaire', 'député', 'députée', 'sénateur', 'sénatrice', 'juge', 'procureur',
    'procureure', 'entraîneur', 'entraîneuse', 'chef', 'patron', 'patronne', 'pdg', 'fondateur', 'fondatrice',
    'professeur', 'professeure', 'chercheur', 'chercheuse', 'avocat', 'avocate', 'ambassadeur',
    'ambassadrice', 'commissaire', 'chancelier', 'chancelière', 'roi', 'reine', 'prince', 'princesse',
    'pape', 'capitaine', 'attaquant', 'gardien', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'écrivain',
    'écrivaine', 'journaliste', 'auteur', 'autrice', 'réalisateur', 'réalisatrice', 'économiste',
    'sociologue', 'historien', 'historienne', 'politologue', 'médecin', 'épidémiologiste', 'virologue',
    'dirigeant', 'dirigeante', 'responsable', 'délégué', 'déléguée', 'candidat', 'candidate',
    'sélectionneur', 'gouverneur', 'préfet', 'préfète', 'eurodéputé', 'eurodéputée', 'conseiller',
    'conseillère', 'adjoint', 'adjointe', 'vice-président', 'vice-présidente', 'ex-président', 'ceo',
  ],
  es: [
    'presidente', 'presidenta', 'ministro', 'ministra', 'portavoz', 'alcalde', 'alcaldesa', 'director',
    'directora', 'secretario', 'secretaria', 'diputado', 'diputada', 'senador', 'senadora', 'juez', 'jueza',
    'fiscal', 'entrenador', 'entrenadora', 'técnico', 'jefe', 'jefa', 'líder', 'fundador', 'fundadora',
    'profesor', 'profesora', 'investigador', 'investigadora', 'abogado', 'abogada', 'embajador',
    'embajadora', 'canciller', 'rey', 'reina', 'príncipe', 'princesa', 'papa', 'capitán', 'delantero',
    'portero', 'actor', 'actriz', 'cantante', 'escritor', 'escritora', 'periodista', 'autor', 'autora',
    'economista', 'sociólogo', 'socióloga', 'historiador', 'historiadora', 'politólogo', 'politóloga',
    'médico', 'médica', 'epidemiólogo', 'epidemióloga', 'dirigente', 'candidato', 'candidata',
    'gobernador', 'gobernadora', 'vicepresidente', 'vicepresidenta', 'mandatario', 'mandataria',
    'expresidente', 'expresidenta', 'seleccionador', 'consejero', 'consejera', 'concejal', 'concejala',
    'delegado', 'delegada', 'comisario', 'comisaria', 'coordinador', 'coordinadora', 'gerente', 'vocero',
    'vocera', 'ceo',
  ],
  it: [
    'presidente', 'presidentessa', 'ministro', 'ministra', 'premier', 'sindaco', 'sindaca', 'portavoce',
    'direttore', 'direttrice', 'segretario', 'segretaria', 'deputato', 'deputata', 'senatore', 'senatrice',
    'giudice', 'procuratore', 'procuratrice', 'allenatore', 'allenatrice', 'tecnico', 'capo', 'leader',
    'fondatore', 'fondatrice', 'professore', 'professoressa', 'ricercatore', 'ricercatrice', 'avvocato',
    'avvocata', 'ambasciatore', 'ambasciatrice', 'cancelliere', 're', 'regina', 'principe', 'principessa',
    'papa', 'capitano', 'attaccante', 'portiere', 'attore', 'attrice', 'cantante', 'scrittore', 'scrittrice',
    'giornalista', 'autore', 'autrice', 'regista', 'economista', 'sociologo', 'sociologa', 'storico',
    'storica', 'politologo', 'politologa', 'medico', 'virologo', 'virologa', 'dirigente', 'candidato',
    'candidata', 'governatore', 'governatrice', 'assessore', 'assessora', 'consigliere', 'consigliera',
    'commissario', 'commissaria', 'vicepresidente', 'amministratore', 'amministratrice', 'ct', 'ceo',
  ],
  pt: [
    'presidente', 'presidenta', 'ministro', 'ministra', 'porta-voz', 'prefeito', 'prefeita', 'diretor',
    'diretora', 'secretário', 'secretária', 'deputado', 'deputada', 'senador', 'senadora', 'juiz', 'juíza',
    'procurador', 'procuradora', 'treinador', 'treinadora', 'técnico', 'chefe', 'líder', 'fundador',
    'fundadora', 'professor', 'professora', 'pesquisador', 'pesquisadora', 'advogado', 'advogada',
    'embaixador', 'embaixadora', 'chanceler', 'rei', 'rainha', 'príncipe', 'princesa', 'papa', 'capitão',
    'atacante', 'goleiro', 'guarda-redes', 'ator', 'atriz', 'cantor', 'cantora', 'escritor', 'escritora',
    'jornalista', 'autor', 'autora', 'economista', 'sociólogo', 'socióloga', 'historiador',
    'historiadora', 'cientista', 'médico', 'médica', 'dirigente', 'candidato', 'candidata', 'governador',
    'governadora', 'vice-presidente', 'ex-presidente', 'vereador', 'vereadora', 'comissário',
    'comissária', 'gerente', 'autarca', 'ceo',
  ],
  nl: [
    'premier', 'minister', 'burgemeester', 'woordvoerder', 'woordvoerster', 'directeur', 'voorzitter',
    'president', 'staatssecretaris', 'kamerlid', 'rechter', 'trainer', 'coach', 'aanvoerder', 'oprichter',
    'hoogleraar', 'onderzoeker', 'onderzoekster', 'advocaat', 'ambassadeur', 'koning', 'koningin', 'prins',
    'prinses', 'paus', 'kapitein', 'spits', 'keeper', 'acteur', 'actrice', 'zanger', 'zangeres', 'schrijver',
    'schrijfster', 'journalist', 'auteur', 'regisseur', 'econoom', 'historicus', 'politicoloog', 'arts',
    'viroloog', 'leider', 'fractievoorzitter', 'partijleider', 'wethouder', 'gedeputeerde', 'commissaris',
    'topman', 'topvrouw', 'bestuurder', 'bondscoach', 'lijsttrekker', 'ceo',
  ],
};

/**
 * Courtesy and academic titles before a name, per language (the period of an abbreviation is
 * not part of the word): "Frau Dr. Anna Roth", "Mme Claire Petit", "el señor Luis Vega".
 */
export const HONORIFICS: Readonly<Record<string, readonly string[]>> = {
  de: ['herr', 'herrn', 'frau', 'dr', 'prof', 'professor', 'professorin'],
  fr: ['m', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'pr', 'maître'],
  es: ['señor', 'señora', 'sr', 'sra', 'srta', 'don', 'doña', 'dr', 'dra', 'doctor', 'doctora'],
  it: ['signor', 'signore', 'signora', 'sig', 'sig.ra', 'dott', 'dottor', 'dottore', 'dottoressa', 'prof', 'avv', 'ing'],
  pt: ['senhor', 'senhora', 'sr', 'sra', 'dr', 'dra', 'doutor', 'doutora', 'dom', 'dona'],
  nl: ['meneer', 'mevrouw', 'dhr', 'mevr', 'dr', 'prof', 'mr', 'ir', 'drs'],
};

/**
 * Articles, per language: a capitalised word after one is a noun ("die Art", "le Pont"), not a
 * given name; in German and Dutch, where nouns are capitalised, not a family name either.
 */
export const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner'],
  nl: ['de', 'het', 'een'],
  fr: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'al', 'del'],
  it: ['il', 'lo', 'gli', 'un', 'uno', 'una'],
  pt: ['os', 'as', 'um', 'uma', 'uns', 'umas', 'ao', 'aos', 'num', 'numa'],
};

/**
 * Words of the given-name lists that, in text of other languages, are far more often a word or a
 * brand's first word than a person's first name: "Art" and "Tod" (German nouns), "West Ham",
 * "Star Trek", "Happy Hour".
 */
export const NOT_GIVEN_NAMES: readonly string[] = [
  'art', 'tod', 'land', 'fan', 'dies', 'gib', 'west', 'east', 'north', 'south', 'star', 'happy', 'fine',
  'royal', 'palm', 'server', 'viva', 'lux', 'alp', 'nabi', 'hope', 'joy', 'summer', 'winter', 'sunny',
  'may', 'june', 'april', 'rain', 'sky', 'king', 'prince', 'queen', 'duke', 'lord', 'saint', 'page',
  'mode', 'team', 'power', 'gold', 'silver', 'diamond', 'crystal', 'ocean', 'river', 'forest', 'stone',
  'angel', 'baby', 'love', 'lucky', 'major', 'general', 'chief', 'pastor', 'judge', 'mayor',
  'buck', 'cash', 'price', 'hall', 'wood', 'field', 'ford', 'young',
  'long', 'little', 'small', 'best', 'early', 'light', 'rich', 'sharp', 'free', 'wild', 'green', 'brown',
  'black', 'white', 'gray', 'grey', 'red', 'blue', 'golden', 'ever', 'else', 'sieg', 'held', 'heil',
  'boot', 'win',
];

/**
 * German words that start a capitalised phrase, never a name (determiners, quantifiers and
 * particles the function-word list lacks): "Kein Wunder", "Meine Mutter", "Laut Polizei".
 */
export const GERMAN_PHRASE_STARTS: readonly string[] = [
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'mein', 'meine', 'meinen', 'meinem', 'meiner',
  'dein', 'deine', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer',
  'unser', 'unsere', 'unseren', 'unserem', 'euer', 'eure', 'jede', 'jeder', 'jedes', 'jeden', 'viele',
  'vielen', 'alle', 'allen', 'einige', 'manche', 'beide', 'laut', 'via', 'indem', 'doch', 'neben', 'dank',
  'trotz', 'wegen', 'seit', 'ohne', 'gegen', 'unter', 'über', 'nach', 'vor', 'bei', 'mit', 'zum', 'zur',
  'am', 'im', 'vom', 'beim', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'jene', 'solche', 'welche',
  'erster', 'erste', 'zweiter', 'zweite', 'dritter', 'dritte', 'letzter', 'letzte', 'nächster', 'nächste',
];
