/**
 * Words for temporal expressions in German, French, Spanish, Italian, Portuguese and Dutch
 * (src/engine/language/dates/other-languages.ts). Plain data, lower case (apostrophes as "'"),
 * written from general knowledge for this project.
 */
export interface TemporalWords {
  /** Month names and abbreviations → month number. */
  months: Readonly<Record<string, number>>;
  /** Weekday names → day of week (0 = Sunday). */
  weekdays: Readonly<Record<string, number>>;
  today: readonly string[];
  yesterday: readonly string[];
  /** "Tomorrow"; read only in lower case and not after an article ("am Morgen", "la mañana"). */
  tomorrow: readonly string[];
  /** The nouns for a year, a month and a day, every form. */
  years: readonly string[];
  months_: readonly string[];
  days: readonly string[];
  /** Modifiers: last, next, this (every form). */
  last: readonly string[];
  next: readonly string[];
  this: readonly string[];
  /** One word that is "this year" ("quest'anno"). */
  thisYear: readonly string[];
  /** Word sequences before "N years" that make it "N years ago" ("vor", "hace", "il y a"). */
  agoBefore: readonly (readonly string[])[];
  /** Words after "N years" that make it "N years ago" ("fa", "geleden"). */
  agoAfter: readonly string[];
  numbers: Readonly<Record<string, number>>;
  /** Words before a month alone that make it a date ("im März", "en mars", "Anfang Mai"). */
  monthPreps: readonly string[];
  /** Words between a day and its month, and a month and its year ("3 de marzo de 2021"). */
  joins: readonly string[];
  /** Words before a weekday that make it the habit, not a date ("los lunes", "montags" is its own word). */
  habitual: readonly string[];
  /** Month and weekday names are capitalised (German): a lower-case one is another word. */
  capitalized: boolean;
  /** Words in a clause that put it in the past or the future (for a month or weekday alone). */
  past: readonly string[];
  future: readonly string[];
}

const DE: TemporalWords = {
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, april: 4, apr: 4, mai: 5, juni: 6, juli: 7,
    august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  today: ['heute'],
  yesterday: ['gestern'],
  tomorrow: ['morgen'],
  years: ['jahr', 'jahres', 'jahre', 'jahren'],
  months_: ['monat', 'monats', 'monate', 'monaten'],
  days: ['tag', 'tage', 'tagen'],
  last: ['letzten', 'letztes', 'letzte', 'letzter', 'vergangenen', 'vergangenes', 'vergangene', 'vergangener', 'vorigen', 'voriges', 'vorige'],
  next: ['nächsten', 'nächstes', 'nächste', 'nächster', 'kommenden', 'kommendes', 'kommende', 'kommender'],
  this: ['diesen', 'dieses', 'diese', 'dieser'],
  thisYear: [],
  agoBefore: [['vor']],
  agoAfter: [],
  numbers: { einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12 },
  monthPreps: ['im', 'in', 'seit', 'bis', 'ab', 'anfang', 'ende', 'mitte', 'von', 'zum', 'vom'],
  joins: [],
  habitual: [],
  capitalized: true,
  past: ['war', 'waren', 'hatte', 'hatten', 'wurde', 'wurden', 'gewesen', 'sagte', 'sagten', 'erklärte', 'berichtete', 'kam', 'ging', 'gab', 'begann', 'endete', 'fand', 'zuvor', 'bereits', 'damals', 'hat', 'haben'],
  future: ['wird', 'werden', 'werde', 'würde', 'soll', 'sollen', 'will', 'wollen', 'plant', 'planen', 'künftig', 'bald', 'geplant'],
};

const FR: TemporalWords = {
  months: {
    janvier: 1, janv: 1, février: 2, févr: 2, fevrier: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
    août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, déc: 12, decembre: 12,
  },
  weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
  today: ["aujourd'hui"],
  yesterday: ['hier'],
  tomorrow: ['demain'],
  years: ['année', "l'année", 'an', "l'an", 'années', 'ans'],
  months_: ['mois'],
  days: ['jour', 'jours'],
  last: ['dernier', 'dernière', 'passé', 'passée'],
  next: ['prochain', 'prochaine'],
  this: ['cette', 'ce'],
  thisYear: [],
  agoBefore: [['il', 'y', 'a']],
  agoAfter: [],
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
  monthPreps: ['en', 'début', 'fin', 'mi', 'depuis', "jusqu'en", "d'ici", 'dès'],
  joins: [],
  habitual: ['les', 'chaque', 'tous'],
  capitalized: false,
  past: ['était', 'étaient', 'avait', 'avaient', 'fut', 'a', 'ont', 'été', 'déjà', 'auparavant'],
  future: ['sera', 'seront', 'va', 'vont', 'aura', 'auront', 'prévu', 'prévue', 'devrait', 'devraient'],
};

const ES: TemporalWords = {
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
    octubre: 10, noviembre: 11, diciembre: 12,
  },
  weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6 },
  today: ['hoy'],
  yesterday: ['ayer'],
  tomorrow: ['mañana'],
  years: ['año', 'años'],
  months_: ['mes', 'meses'],
  days: ['día', 'días', 'dia', 'dias'],
  last: ['pasado', 'pasada'],
  next: ['próximo', 'próxima', 'proximo', 'proxima', 'entrante'],
  this: ['este', 'esta'],
  thisYear: [],
  agoBefore: [['hace']],
  agoAfter: [],
  numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
  monthPreps: ['en', 'desde', 'hasta', 'principios', 'finales', 'mediados', 'inicios'],
  joins: ['de', 'del'],
  habitual: ['los', 'cada', 'todos'],
  capitalized: false,
  past: ['fue', 'fueron', 'era', 'eran', 'había', 'habían', 'dijo', 'ya', 'ha', 'han'],
  future: ['será', 'serán', 'va', 'van', 'habrá', 'prevé', 'previsto', 'prevista'],
};

const IT: TemporalWords = {
  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10,
    novembre: 11, dicembre: 12,
  },
  weekdays: { domenica: 0, lunedì: 1, lunedi: 1, martedì: 2, martedi: 2, mercoledì: 3, mercoledi: 3, giovedì: 4, giovedi: 4, venerdì: 5, venerdi: 5, sabato: 6 },
  today: ['oggi'],
  yesterday: ['ieri'],
  tomorrow: ['domani'],
  years: ['anno', "l'anno", 'anni'],
  months_: ['mese', 'mesi'],
  days: ['giorno', 'giorni'],
  last: ['scorso', 'scorsa', 'passato', 'passata'],
  next: ['prossimo', 'prossima'],
  this: ['questo', 'questa'],
  thisYear: ["quest'anno"],
  agoBefore: [],
  agoAfter: ['fa'],
  numbers: { un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12 },
  monthPreps: ['a', 'ad', 'in', 'da', 'dal', 'entro', 'inizio', 'fine', 'metà'],
  joins: [],
  habitual: ['ogni', 'tutti', 'tutte'],
  capitalized: false,
  past: ['era', 'erano', 'fu', 'aveva', 'avevano', 'stato', 'stata', 'ha', 'hanno', 'già'],
  future: ['sarà', 'saranno', 'avrà', 'previsto', 'prevista', 'dovrebbe'],
};

const PT: TemporalWords = {
  months: {
    janeiro: 1, fevereiro: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10,
    novembro: 11, dezembro: 12,
  },
  weekdays: {
    domingo: 0, 'segunda-feira': 1, 'terça-feira': 2, 'terca-feira': 2, 'quarta-feira': 3, 'quinta-feira': 4, 'sexta-feira': 5, sábado: 6, sabado: 6,
  },
  today: ['hoje'],
  yesterday: ['ontem'],
  tomorrow: ['amanhã'],
  years: ['ano', 'anos'],
  months_: ['mês', 'meses', 'mes'],
  days: ['dia', 'dias'],
  last: ['passado', 'passada'],
  next: ['próximo', 'próxima', 'proximo', 'proxima'],
  this: ['este', 'esta', 'neste', 'nesta'],
  thisYear: [],
  agoBefore: [['há']],
  agoAfter: ['atrás'],
  numbers: { um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12 },
  monthPreps: ['em', 'desde', 'até', 'início', 'final', 'meados', 'fim'],
  joins: ['de', 'do'],
  habitual: ['aos', 'todas', 'todos', 'cada'],
  capitalized: false,
  past: ['foi', 'foram', 'era', 'eram', 'havia', 'tinha', 'já', 'disse'],
  future: ['será', 'serão', 'vai', 'vão', 'terá', 'previsto', 'prevista'],
};

const NL: TemporalWords = {
  months: {
    januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, april: 4, apr: 4, mei: 5, juni: 6, juli: 7, augustus: 8, aug: 8,
    september: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  today: ['vandaag'],
  yesterday: ['gisteren'],
  tomorrow: ['morgen'],
  years: ['jaar', 'jaren'],
  months_: ['maand', 'maanden'],
  days: ['dag', 'dagen'],
  last: ['vorig', 'vorige', 'afgelopen'],
  next: ['volgend', 'volgende', 'komend', 'komende'],
  this: ['dit', 'deze'],
  thisYear: [],
  agoBefore: [],
  agoAfter: ['geleden'],
  numbers: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12 },
  monthPreps: ['in', 'sinds', 'tot', 'begin', 'eind', 'half', 'medio', 'vanaf'],
  joins: [],
  habitual: ['elke', 'iedere'],
  capitalized: false,
  past: ['was', 'waren', 'had', 'hadden', 'werd', 'werden', 'al', 'zei'],
  future: ['zal', 'zullen', 'gaat', 'gaan', 'wordt', 'gepland'],
};

/** By BCP 47 primary tag. */
export const TEMPORAL_WORDS: Readonly<Record<string, TemporalWords>> = { de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL };
