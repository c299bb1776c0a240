/**
 * Inline markup of the article text, computed in the view from the Article alone: which spans
 * of each paragraph are mentions of a person, organization or place (by name or alias), and
 * which are the quotes. Pure functions over strings — the components render the result, so
 * every piece of text stays escaped by hono/jsx.
 */
import type { Article } from '../engine/article';

export type EntityKind = 'person' | 'organization' | 'place';

export interface ViewEntity {
  /** Stable key within the page: p0…, o0…, l0… (people, organizations, places). */
  key: string;
  kind: EntityKind;
  name: string;
  /** The strings looked for in the text, longest first. */
  terms: string[];
}

/** A mention of an entity inside a paragraph; `first` is the entity's first mark on the page. */
export interface MarkNode {
  ent: string;
  kind: EntityKind;
  text: string;
  first: boolean;
}

/** A quote found verbatim in a paragraph, with the marks inside it. */
export interface QuoteNode {
  quote: number;
  direct: boolean;
  children: Array<string | MarkNode>;
}

export type InlineNode = string | MarkNode | QuoteNode;

export interface ParagraphView {
  /** 1-based number: the paragraph's id is `p-${n}`. */
  n: number;
  /** The wire dateline ("TROMSO, Norway (AP) —") when the first paragraph opens with it. */
  dateline: string | null;
  nodes: InlineNode[];
}

export interface TextView {
  paragraphs: ParagraphView[];
  /** Entities in panel order, with how many marks each got. */
  entities: ViewEntity[];
  marks: Map<string, number>;
  /** For each quote (by index): the 1-based paragraph it is in, or null when not found. */
  quoteParagraph: Array<number | null>;
}

const MAX_TERMS = 400;
const MIN_TERM = 2;

/** The entities of the Article in panel order, with the terms to look for. */
export function viewEntities(article: Article): ViewEntity[] {
  const { people, organizations, places } = article.entities;
  const out: ViewEntity[] = [];
  const add = (kind: EntityKind, prefix: string, list: Array<{ name: string; aliases: string[] }>) =>
    list.forEach((e, i) => out.push({ key: `${prefix}${i}`, kind, name: e.name, terms: uniq([e.name, ...e.aliases]) }));
  add('person', 'p', people);
  add('organization', 'o', organizations);
  add('place', 'l', places);
  // A person given without aliases is also found by the last word of the name ("Lunde" for
  // "Kari Lunde"), the way wire stories refer to people after the first mention — unless
  // another entity already uses that word.
  const taken = new Set(out.flatMap((e) => e.terms));
  for (const e of out) {
    if (e.kind !== 'person' || e.terms.length > 1) continue;
    const words = e.name.trim().split(/\s+/);
    const last = words[words.length - 1];
    if (words.length >= 2 && last.length >= 3 && /^\p{Lu}/u.test(last) && !taken.has(last)) {
      e.terms.push(last);
      taken.add(last);
    }
  }
  return out;
}

function uniq(values: string[]): string[] {
  const seen = new Set<string>();
  return values.map((v) => v.trim()).filter((v) => v.length >= MIN_TERM && !seen.has(v) && seen.add(v));
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Scripts written without spaces between words: no word boundary is required there. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

function boundaryOk(text: string, start: number, end: number, term: string): boolean {
  const first = term[0];
  const last = term[term.length - 1];
  if (start > 0 && !UNSPACED.test(first) && WORD_CHAR.test(text[start - 1]) && WORD_CHAR.test(first)) return false;
  if (end < text.length && !UNSPACED.test(last) && WORD_CHAR.test(text[end]) && WORD_CHAR.test(last)) return false;
  return true;
}

interface Range {
  start: number;
  end: number;
}
interface EntRange extends Range {
  ent: ViewEntity;
}

/** Non-overlapping mentions in `text`: at each place the longest term wins, earlier entities first. */
export function findMentions(text: string, entities: ViewEntity[]): EntRange[] {
  const terms: Array<{ term: string; ent: ViewEntity }> = [];
  const claimed = new Set<string>();
  for (const ent of entities) {
    for (const term of ent.terms) {
      if (claimed.has(term) || terms.length >= MAX_TERMS) continue;
      claimed.add(term);
      terms.push({ term, ent });
    }
  }
  const found: EntRange[] = [];
  for (const { term, ent } of terms) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      if (boundaryOk(text, i, i + term.length, term)) found.push({ start: i, end: i + term.length, ent });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntRange[] = [];
  let at = 0;
  for (const r of found) {
    if (r.start < at) continue;
    out.push(r);
    at = r.end;
  }
  return out;
}

const OPENING = '"“„«‘\'';
const CLOSING = '"”»’\'';
const norm = (s: string) => s.replace(/[“”„«»"]/g, '"').replace(/[‘’‚']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The paragraphs of the text with mentions and quotes marked, and where each quote is. */
export function buildTextView(article: Article): TextView {
  const entities = viewEntities(article);
  const paragraphs = article.text ? article.text.split(/\n\n+/) : [];
  const quoteParagraph: Array<number | null> = article.quotes.map(() => null);
  // Quote ranges per paragraph: verbatim matches are marked inline; a quote found only after
  // normalizing quotes and spaces still gets its paragraph (for the jump link).
  const quoteRanges: Array<Array<Range & { quote: number }>> = paragraphs.map(() => []);
  article.quotes.forEach((q, qi) => {
    const text = q.text.trim();
    if (text.length < 2) return;
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      const at = p.indexOf(text);
      if (at >= 0) {
        // The quotation marks around a direct quote belong to its span.
        let start = at;
        let end = at + text.length;
        if (q.direct && OPENING.includes(p[start - 1] ?? '')) {
          const close = /^[,.!?;:]?/.exec(p.slice(end))![0].length;
          if (CLOSING.includes(p[end + close] ?? '')) {
            start--;
            end += close + 1;
          }
        }
        const ranges = quoteRanges[pi];
        if (!ranges.some((r) => start < r.end && r.start < end)) ranges.push({ start, end, quote: qi });
        quoteParagraph[qi] = pi + 1;
        return;
      }
    }
    const wanted = norm(text);
    const pi = paragraphs.findIndex((p) => norm(p).includes(wanted));
    if (pi >= 0) quoteParagraph[qi] = pi + 1;
  });

  const marks = new Map<string, number>();
  const out: ParagraphView[] = paragraphs.map((p, pi) => {
    let dateline: string | null = null;
    let offset = 0;
    const raw = article.dateline?.raw;
    if (pi === 0 && raw && p.startsWith(raw)) {
      // The dateline with the dash that follows it: "TROMSO, Norway (AP) — ".
      const m = /^\s*(?:[-–—]+|:)?\s*/.exec(p.slice(raw.length))!;
      offset = raw.length + m[0].length;
      dateline = p.slice(0, offset);
    }
    const body = p.slice(offset);
    const quotes = quoteRanges[pi]
      .map((r) => ({ ...r, start: r.start - offset, end: r.end - offset }))
      .filter((r) => r.start >= 0)
      .sort((a, b) => a.start - b.start);
    const mentions = findMentions(body, entities).filter(
      (m) => !quotes.some((q) => m.start < q.end && q.start < m.end && !(q.start <= m.start && m.end <= q.end)),
    );
    const mark = (m: EntRange): MarkNode => {
      const count = marks.get(m.ent.key) ?? 0;
      marks.set(m.ent.key, count + 1);
      return { ent: m.ent.key, kind: m.ent.kind, text: body.slice(m.start, m.end), first: count === 0 };
    };
    const nodes: InlineNode[] = [];
    let at = 0;
    let mi = 0;
    const pushPlain = (end: number, into: Array<string | MarkNode>) => {
      while (mi < mentions.length && mentions[mi].end <= end) {
        const m = mentions[mi++];
        if (m.start > at) into.push(body.slice(at, m.start));
        into.push(mark(m));
        at = m.end;
      }
      if (end > at) into.push(body.slice(at, end));
      at = end;
    };
    for (const q of quotes) {
      pushPlain(q.start, nodes as Array<string | MarkNode>);
      const children: Array<string | MarkNode> = [];
      pushPlain(q.end, children);
      nodes.push({ quote: q.quote, direct: article.quotes[q.quote].direct, children });
    }
    pushPlain(body.length, nodes as Array<string | MarkNode>);
    return { n: pi + 1, dateline, nodes };
  });
  return { paragraphs: out, entities, marks, quoteParagraph };
}
