/**
 * Abbreviations for the sentence splitter (src/engine/language/sentences.ts), written as they
 * appear before their final period, without it. Plain data: no logic here.
 * Hand-kept from general knowledge of English news style.
 */

/** Titles and ranks before a name: a period after them never ends a sentence ("Gen. Smith"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Profs',
  'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sgt', 'Cpl',
  'Pvt', 'Pfc', 'Spc', 'Cmdt', 'Lieut', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs',
  'Pres', 'Supt', 'Insp', 'Det', 'Atty', 'Amb', 'Asst', 'Rev', 'Revs', 'Msgr', 'Fr',
  'Hon', 'Rt', 'St', 'Ste', 'Mt', 'Ft', 'Sra', 'Srta', 'Dra', 'Hr', 'Fa', 'Ing',
];

/**
 * Other abbreviations: a period after them ends a sentence only when the next word is a
 * common sentence opener ("… bought by Acme Inc. The deal …").
 */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  // company and legal forms
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Plc', 'Bros', 'Assn', 'Assoc', 'Dept', 'Univ', 'Intl',
  'Mfg', 'Svcs', 'Natl', 'Govt', 'Cie', 'Gmbh', 'Pty', 'Esq',
  // name suffixes
  'Jr', 'Sr',
  // Latin and general
  'etc', 'vs', 'v', 'al', 'cf', 'ca', 'approx', 'incl', 'viz', 'resp', 'dept',
  'e.g', 'i.e', 'a.m', 'p.m', 'A.M', 'P.M', 'ft', 'lb', 'lbs', 'oz', 'mi', 'km', 'yr', 'yrs',
  'hr', 'hrs', 'mins', 'sec', 'secs', 'tel', 'ext',
  // streets and places
  'Ave', 'Av', 'Blvd', 'Rd', 'Hwy', 'Pkwy', 'Sq', 'Ln', 'Pl', 'Ct', 'Cres', 'Terr', 'Pt',
  // U.S. state abbreviations in AP style
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan',
  'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr',
  'Nev', 'Okla', 'Ore', 'Oreg', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis',
  'Wisc', 'Wyo',
  // Canadian provinces, others
  'Alta', 'Ont', 'Que', 'Sask',
  // months (a following number never ends the sentence: see NUMBER_ABBREVIATIONS)
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  // days
  'Tue', 'Tues', 'Thu', 'Thur', 'Thurs',
];

/** Abbreviations that are followed by a number: "No. 5", "Jan. 12", "pp. 3-7", "Rs. 500". */
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'No', 'Nos', 'no', 'nos', 'Nr', 'nr', 'Vol', 'Vols', 'vol', 'p', 'pp', 'Art', 'art',
  'Fig', 'Figs', 'fig', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para', 'Op', 'op', 'Rs', 'Ps',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'ca', 'approx', 'Tel', 'tel', 'Ext', 'ext', 'Rev', 'Ver', 'ver', 'Ed', 'ed',
];

/**
 * Words that commonly open an English sentence. After a non-title abbreviation ("U.S.",
 * "Inc.", "p.m.", an initial), a capitalized word from this list starts a new sentence.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'A', 'About', 'According', 'After', 'Also', 'Although', 'An', 'And', 'Another', 'Any',
  'As', 'At', 'Because', 'Before', 'Both', 'But', 'By', 'Despite', 'During', 'Each', 'Even',
  'Earlier', 'Every', 'For', 'From', 'He', 'Her', 'Here', 'His', 'How', 'However', 'I',
  'If', 'In', 'It', 'Its', 'Last', 'Later', 'Many', 'Meanwhile', 'More', 'Most', 'Much',
  'My', 'Neither', 'Nevertheless', 'No', 'None', 'Nor', 'Not', 'Now', 'Of', 'On', 'One',
  'Only', 'Or', 'Other', 'Our', 'Over', 'Several', 'She', 'Since', 'So', 'Some', 'Still',
  'Such', 'That', 'The', 'Their', 'Then', 'There', 'These', 'They', 'This', 'Those',
  'Though', 'Thus', 'To', 'Two', 'Under', 'Until', 'Us', 'We', 'What', 'When', 'Where',
  'Whether', 'Which', 'While', 'Who', 'Why', 'With', 'Yet', 'You', 'Your',
];
