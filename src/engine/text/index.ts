/**
 * The plain-text stage: reads a wire story (header lines, headline, byline, dateline, agency,
 * paragraphs) from decoded text.
 *
 * Layout understood, from the top:
 *   key value / key: value header lines   ("date 2021-12-15", "Title: …", "source: Reuters");
 *                                          a date header may share its line with the body
 *   a headline                             only when clearly one (see isHeadline)
 *   bylines                                ("By Jane Doe, Reuters"; a bare name line just
 *                                          before a dateline paragraph)
 *   the first paragraph with its dateline  ("MOSCOW (AP) — …", kept in the paragraph)
 *   more paragraphs                        blank-line separated, or indented (old wire copy);
 *                                          hard-wrapped lines joined with a space
 *   a sign-off                             ("Reuter", "MORE", a copyright line) — removed
 *
 * Linear in the input; headers, headline, bylines and the dateline are looked for only in the
 * first few lines and blocks.
 */
import type { Agency, Dateline } from '../article';
import type { WireText } from '../types';
import { agencyIn, findAgency } from './agency';
import { looksLikeByline, parseByline } from './byline';
import { readDateline as readDatelineAt } from './dateline';
import { parseDateValue, type RefDate } from './dates';
import { splitSentences } from '../language/sentences';

export { titleCasePlace } from './dateline';
export { parseByline } from './byline';

/**
 * Read a dateline at the start of a paragraph (e.g. a page's first paragraph).
 * `year` fills in a month-day dateline's year; without it the date is "--MM-DD".
 */
export function readDateline(
  paragraph: string,
  year?: number | null,
): ReturnType<typeof readDatelineAt> {
  return readDatelineAt(paragraph, year);
}

/** Header keys recognized at the top of the text (lower case). */
const HEADER_KEYS = new Set([
  'date', 'published', 'pubdate', 'datetime', 'updated', 'modified', 'title', 'headline',
  'subject', 'author', 'authors', 'byline', 'source', 'agency', 'credit', 'url', 'link',
  'canonical', 'id', 'language', 'lang', 'section', 'category', 'categories', 'keywords',
  'tags', 'dateline', 'description', 'summary', 'slug', 'location', 'place', 'copyright',
  'type', 'edition', 'publisher', 'site',
]);
/** Header keys whose value must be (and is read as) a date. */
const DATE_KEYS = ['date', 'published', 'pubdate', 'datetime', 'updated', 'modified'];
const PUBLISHED_KEYS = ['date', 'published', 'pubdate', 'datetime'];
const MAX_HEADER_LINES = 20;
const HEADER_RE = /^\s*([A-Za-z][A-Za-z_-]{1,24})(\s*:\s*|\s+)/;

interface Block {
  lines: string[];
  /** Followed by a blank line (or the end of the text). */
  blankAfter: boolean;
}

const isBlank = (line: string): boolean => !/\S/.test(line);
/** Leading spaces and tabs (a tab counts as 4; no-break spaces as 1). */
function indentOf(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 0xa0) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}
/** Lines joined with a space, whitespace collapsed (the replace only runs when needed). */
function join(lines: string[]): string {
  const t = lines.length === 1 ? lines[0] : lines.join(' ');
  return (/\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ') : t).trim();
}
/** Total characters of a block's lines (cheap length test before joining). */
const sizeOf = (lines: string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);
/** The joined start of a block (at most `max` characters): enough for dateline and shape tests. */
function headOf(lines: string[], max = HEAD_CHARS): string {
  const parts: string[] = [];
  let n = 0;
  for (const l of lines) {
    parts.push(l.length > max ? l.slice(0, max) : l);
    n += l.length + 1;
    if (n >= max) break;
  }
  const t = join(parts);
  return t.length > max ? t.slice(0, max) : t;
}
const HEAD_CHARS = 600;
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).length;

interface Headers {
  headers: Record<string, string>;
  /** Index of the first body line. */
  start: number;
  /** The body part of a header line that also carries the body ("date 2021-12-15 MOSCOW …"). */
  firstLine: string | null;
}

function readHeaders(lines: string[]): Headers {
  const headers: Record<string, string> = {};
  let i = 0;
  let lastHeader = -1;
  for (; i < lines.length && i < MAX_HEADER_LINES; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const m = HEADER_RE.exec(line.length > 200 ? line.slice(0, 200) : line);
    if (!m) break;
    const key = m[1].toLowerCase();
    const colon = m[2].includes(':');
    // "key value" without a colon only with the key in lower case as written.
    if (!HEADER_KEYS.has(key) || (!colon && m[1] !== key) || key in headers) break;
    const value = line.slice(m[0].length);
    if (DATE_KEYS.includes(key)) {
      const d = parseDateValue(value);
      if (!d) break;
      const rest = d.rest;
      // A long remainder is the body that shares the header's line.
      if (wordCount(rest.slice(0, 200)) >= 5) {
        const v = value.trim();
        headers[key] = v.slice(0, v.length - rest.length).trim() || d.iso;
        return { headers, start: i + 1, firstLine: rest };
      }
      headers[key] = value.trim();
    } else {
      const v = value.trim();
      if (!v || v.length > 500) break;
      headers[key] = v;
    }
    lastHeader = i;
  }
  if (lastHeader < 0) return { headers, start: 0, firstLine: null };
  return { headers, start: lastHeader + 1, firstLine: null };
}

function splitBlocks(lines: string[], start: number, firstLine: string | null): Block[] {
  const body = firstLine != null ? [firstLine, ...lines.slice(start)] : lines.slice(start);
  // A line indented deeper than the text's usual margin starts a paragraph (old wire copy
  // indents each paragraph's first line). The first line is left out of the margin: it may
  // carry a stray space.
  let margin = Infinity;
  let seenFirst = false;
  for (const l of body) {
    if (isBlank(l)) continue;
    if (!seenFirst) {
      seenFirst = true;
      continue;
    }
    const ind = indentOf(l);
    if (ind < margin) margin = ind;
    if (margin === 0) break;
  }
  const blocks: Block[] = [];
  let cur: string[] = [];
  const flush = (blankAfter: boolean): void => {
    if (cur.length) blocks.push({ lines: cur, blankAfter });
    cur = [];
  };
  for (const l of body) {
    if (isBlank(l)) {
      flush(true);
      continue;
    }
    if (cur.length && indentOf(l) > margin) flush(false);
    cur.push(l.trim());
  }
  flush(true);
  return blocks;
}

/** Sign-offs and trailers at the end of wire copy: "Reuter", "REUTER...", "MORE", "Copyright …". */
function readTrailer(text: string): { drop: boolean; agency: Agency | null } {
  if (text.length <= 60) {
    // Caret notation of control characters ("^M") left in old copy is not text.
    const core = text.replace(/\^[A-Z@[\]^_]/g, '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (/^more$/i.test(core)) return { drop: true, agency: null };
    const a = findAgency(core);
    if (a) return { drop: true, agency: a };
  }
  if (text.length <= 300 && /^(?:copyright\b|©|\(c\)\s)/i.test(text)) return { drop: true, agency: agencyIn(text) };
  return { drop: false, agency: null };
}

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with',
  'as', 'from', 'vs', 'v', 'is', 'are', 'be', 'into', 'over', 'after', 'up', 'off', 'out', 'not',
  'nor', 'so', 'yet', 'via', 'per', 'than', 'its', 'his', 'her', 'their',
]);

/** Most significant words capitalized: "St. Paul Votes To Condemn Muslim Ban." */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  let sig = 0;
  let upper = 0;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.toLowerCase())) continue;
    sig++;
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) upper++;
  }
  return sig >= 2 && upper >= sig * 0.85;
}

function isAllCaps(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of line) {
    if (/\p{Lu}/u.test(ch)) upper++;
    else if (/\p{Ll}/u.test(ch)) lower++;
  }
  return upper >= 4 && lower <= upper * 0.1;
}

/** Starts with a dateline (with body after it, or alone). */
function startsWithDateline(text: string): boolean {
  return readDatelineAt(text).dateline != null;
}

/**
 * Could this single line be a headline (shape only: short, no list/label ending, no dateline —
 * unless the body after it opens with a dateline of its own)?
 */
function headlineShape(line: string, bodyDateline = false): boolean {
  if (line.length > 200 || line.length < 3) return false;
  const words = wordCount(line);
  if (words < 1 || words > 25) return false;
  if (/[,:;]$/.test(line)) return false;
  if (looksLikeByline(line)) return false;
  if (!bodyDateline && startsWithDateline(line)) return false;
  return true;
}

/** "Clinton camp: Trump's plan …": a short label, a colon, then the headline proper. */
function isColonHeadline(line: string): boolean {
  const c = line.indexOf(': ');
  if (c <= 0 || c > 40) return false;
  const label = line.slice(0, c).split(/\s+/);
  return label.length <= 4 && /^[\p{Lu}\p{N}'‘"“]/u.test(line) && wordCount(line) <= 20;
}

/**
 * A headline: a first block of one line, short, followed by body text, and clearly a heading:
 * ALL CAPS; or set off by a blank line and either with no final period (and shorter than the
 * body after it) or, with a final period, in Title Case, in "Label: headline" form, followed
 * by a dateline paragraph, or one short sentence (≤ 14 words) before a paragraph at least
 * twice as long.
 */
function isHeadline(block: Block, body: string[]): boolean {
  if (block.lines.length !== 1 || block.lines[0].length > 300 || !body.length) return false;
  const line = join(block.lines);
  const bodyDateline = startsWithDateline(body[0]);
  if (!headlineShape(line, bodyDateline)) return false;
  if (isAllCaps(line)) return true;
  if (!block.blankAfter) return false;
  if (bodyDateline) return true;
  if (!/\.$/.test(line)) {
    const words = wordCount(line);
    return body.some((b) => wordCount(b) > words) || isTitleCase(line);
  }
  if (isTitleCase(line) || isColonHeadline(line)) return true;
  // A short single sentence standing alone before a much longer paragraph.
  const words = wordCount(line);
  const next = wordCount(body[0]);
  return words <= 14 && next >= 15 && next >= 2 * words && splitSentences(line).length === 1;
}

/** A headline's text: whitespace collapsed, a final period dropped (not after "U.S."). */
function cleanTitle(line: string): string {
  const t = join([line]);
  if (/[\p{L}\p{N}'’"”)]\.$/u.test(t) && !/(?:^|\s)(?:\p{L}\.)+$/u.test(t)) return t.slice(0, -1);
  return t;
}

/** A name alone on a line ("Jane Doe"): a byline when a dateline paragraph follows. */
function bareName(line: string): string | null {
  if (line.length > 60) return null;
  const b = parseByline('By ' + line);
  if (!b || b.agency || b.authors.length !== 1) return null;
  // The whole line must be the name: nothing dropped or added.
  return b.authors[0].toLowerCase() === line.replace(/\s+/g, ' ').trim().toLowerCase() ? b.authors[0] : null;
}

/** Parse a wire story from plain text. */
export function parseWireText(text: string): WireText {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = src.split(/\r\n|\r|\n|\u2028|\u2029/);
  const { headers, start, firstLine } = readHeaders(lines);
  const blocks = splitBlocks(lines, start, firstLine);

  let title: string | null = headers.title ?? headers.headline ?? null;
  const authors: string[] = [];
  let bylineAgency: Agency | null = null;
  let trailerAgency: Agency | null = null;
  const addAuthors = (names: string[]): void => {
    for (const n of names) if (!authors.includes(n)) authors.push(n);
  };

  for (const key of ['author', 'authors', 'byline']) {
    const v = headers[key];
    if (!v) continue;
    const b = parseByline(looksLikeByline(v) ? v : 'By ' + v);
    if (b) {
      addAuthors(b.authors);
      bylineAgency ??= b.agency;
    }
  }
  let headerAgency: Agency | null = null;
  for (const key of ['agency', 'source', 'credit']) {
    const v = headers[key];
    if (v && !headerAgency) headerAgency = findAgency(v) ?? agencyIn(v);
  }

  // Trailers: sign-offs and copyright lines at the end.
  for (let guard = 0; blocks.length && guard < 6; guard++) {
    const last = blocks[blocks.length - 1];
    const t = blocks.length > 1 && sizeOf(last.lines) <= 320 ? readTrailer(join(last.lines)) : null;
    if (t?.drop) {
      trailerAgency ??= t.agency;
      blocks.pop();
      continue;
    }
    // A sign-off on the last line of the last paragraph ("…securities.\nREUTER...").
    const lastLine = last.lines[last.lines.length - 1];
    const tl = last.lines.length > 1 ? readTrailer(lastLine) : null;
    if (!tl?.drop) break;
    trailerAgency ??= tl.agency;
    blocks[blocks.length - 1] = { lines: last.lines.slice(0, -1), blankAfter: last.blankAfter };
  }

  // Headline.
  let idx = 0;
  if (blocks.length) {
    const firstText = headOf(blocks[0].lines);
    const md = /^#{1,3}[ \t]+(\S.*)$/.exec(blocks[0].lines.length === 1 ? firstText : '');
    if (title != null && firstText === join([title])) idx = 1;
    else if (title == null && md && blocks.length > 1) {
      // A Markdown heading line: "# Harbor reopens after storm".
      title = cleanTitle(md[1].replace(/[ \t]+#+$/, ''));
      idx = 1;
    } else if (title == null && blocks.length > 1) {
      // The body to compare with: the first block after any bylines.
      let b = 1;
      while (b < blocks.length - 1 && b <= 2 && looksLikeByline(blocks[b].lines[0]) && blocks[b].lines.length <= 2) b++;
      if (isHeadline(blocks[0], blocks.slice(b, b + 2).map((x) => headOf(x.lines)))) {
        title = cleanTitle(firstText);
        idx = 1;
      }
    }
    if (title == null && idx === 0 && blocks[0].lines.length >= 2) {
      // "HEADLINE\nBy Jane Doe\nMOSCOW (AP) — …" with no blank lines between.
      const ls = blocks[0].lines;
      let j = 1;
      while (j < ls.length && j <= 2 && looksLikeByline(ls[j])) j++;
      if (j < ls.length && headlineShape(ls[0]) && !/\.$/.test(ls[0]) && startsWithDateline(ls[j])) {
        title = cleanTitle(ls[0]);
        blocks[0] = { lines: ls.slice(1), blankAfter: blocks[0].blankAfter };
      }
    }
  }

  // Bylines (whole blocks, or leading lines of the first body block).
  for (let guard = 0; idx < blocks.length && guard < 4; guard++) {
    const block = blocks[idx];
    const line = block.lines[0];
    const b = looksLikeByline(line) ? parseByline(line) : null;
    if (!b) break;
    addAuthors(b.authors);
    bylineAgency ??= b.agency;
    let used = 1;
    // An affiliation line under the name: "Associated Press Writer".
    const next = block.lines[1];
    if (next != null && next.length <= 80 && wordCount(next) <= 6 && !/[.!?]$/.test(next) && !startsWithDateline(next)) {
      const a = agencyIn(next);
      if (a || /\b(?:writer|correspondent|reporter|editor|staff)\b/i.test(next)) {
        bylineAgency ??= a;
        used = 2;
      }
    }
    if (used >= block.lines.length) idx++;
    else blocks[idx] = { lines: block.lines.slice(used), blankAfter: block.blankAfter };
  }

  // A bare name line just before a dateline paragraph is a byline ("Jane Doe\n\nLONDON 1996-…").
  if (idx + 1 < blocks.length && blocks[idx].lines.length === 1 && blocks[idx].lines[0].length <= 60) {
    const name = startsWithDateline(blocks[idx].lines[0]) ? null : bareName(join(blocks[idx].lines));
    if (name && startsWithDateline(headOf(blocks[idx + 1].lines))) {
      addAuthors([name]);
      idx++;
    }
  }

  const paragraphs = blocks.slice(idx).map((b) => join(b.lines)).filter(Boolean);

  // Published date: a date header, else a dateline date that carries its own year.
  let published: string | null = null;
  let ref: RefDate | null = null;
  for (const key of PUBLISHED_KEYS) {
    const v = headers[key];
    const d = v ? parseDateValue(v) : null;
    if (d) {
      published = d.iso;
      ref = { year: d.year, month: d.month };
      break;
    }
  }

  let dateline: Dateline | null = null;
  let datelineAgency: Agency | null = null;
  if (paragraphs.length) {
    const r = readDatelineAt(paragraphs[0], ref);
    dateline = r.dateline;
    datelineAgency = r.agency;
  }
  if (!published && dateline?.date && /^\d{4}-\d{2}-\d{2}$/.test(dateline.date)) published = dateline.date;

  return {
    headers,
    title: title && title.trim() ? title.trim() : null,
    authors,
    dateline,
    agency: datelineAgency ?? bylineAgency ?? headerAgency ?? trailerAgency,
    published,
    paragraphs,
  };
}
