/**
 * Words for temporal expressions (src/engine/language/dates/). Plain data: no logic here.
 * English, lower case, written from general knowledge.
 */

/** Month names and abbreviations → month number. */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names and abbreviations → day of week (0 = Sunday). */
export const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Words before a bare month or year that make it a date ("in February", "since 2014"). */
export const DATE_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'through',
  'throughout', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'between', 'and', 'to',
  'around', 'until', 'on', 'as',
];

/** Words in a clause that put it in the future ("will", "plans to"). */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", 'shall', 'plans', 'plan', 'planned', 'planning', 'scheduled', 'expected',
  'upcoming', 'going', 'next', 'intends', 'hopes', 'aims', 'due', 'set', 'would', 'later',
];

/** Words in a clause that put it in the past ("was", "reported"). */
export const PAST_MARKERS: readonly string[] = [
  'was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'previously', 'reported', 'said',
  'announced', 'began', 'started', 'ended', 'took', 'held', 'saw', 'came', 'went', 'made',
];

/** Units of relative expressions ("last year", "two months ago"). */
export const RELATIVE_UNITS: readonly string[] = ['year', 'month', 'week', 'day'];

/** Number words for "two years ago". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, several: 0, few: 0,
};
