/**
 * Quotations and who said them.
 *
 * Direct quotes: the words inside quotation marks (see ./marks.ts for the marks and how
 * apostrophes and unbalanced marks are told apart). A quote left open at the end of a
 * paragraph continues into the next paragraph when that one opens with a quotation mark
 * (news style for quotes over several paragraphs); otherwise it ends with its paragraph.
 * A quote interrupted by its attribution (`"We will win," he said, "and win big."`) is ONE
 * quote: the pieces joined by a space, attributed once.
 *
 * Speaker: the attribution after the closing mark, else the one before the opening mark in
 * the same sentence (./attribution.ts); else the speaker of another quote in the same
 * paragraph; else, for a quote that opens its paragraph, the person in focus (the last
 * person named as a subject or speaker in the three paragraphs before). Pronouns ("he
 * said") resolve to the person in focus; descriptions ("the Russian leader") to the person
 * whose title or role shares their words; names to full names through the entities layer's
 * people (names and aliases) or, when there are none, through full names in the text.
 *
 * Not reported as quotes: quoted fragments of one to three words without an attribution
 * (scare quotes, titles), and title-like quoted phrases (mostly capitalized words, no final
 * punctuation) without one.
 *
 * Reported speech: a sentence without quotation marks where a speaker and a reporting verb
 * introduce a clause ("Xi said China and Russia need to …", "Ushakov said that …") or follow
 * it ("…, Ushakov said.") gives a quote with `direct: false`, the clause as its text.
 *
 * Every window looked at is bounded (a few hundred characters, never past the neighbouring
 * quote or the paragraph): linear in the length of the text.
 */
import type { Person, Quote } from '../../article';
import { countWords } from '../words';
import { isWhiteSpace } from '../../white-space';
import { paragraphSentences } from '../sentences';
import { BARE_REPORTING_VERBS, REPORTING_VERBS } from '../../data/speech-verbs';
import { SPEECH, attributionAfter, attributionBefore, sentenceSubject, type Attribution, type Speaker } from './attribution';
import { doubleSpans, opensWithMark, singleSpans, type Span } from './marks';
import { NameBook, nameOfRun } from './names';
import { isStop, paragraphTokens, tokensIn, type Token } from './tokens';
import { cleanSpeakers } from './speakers';

export interface QuoteOptions {
  /** People found by the entities layer (full names, aliases, roles); may be empty. */
  people?: Person[];
  language?: string | null;
}

const WINDOW = 240;
const MAX_QUOTES = 1000;
const MAX_SENTENCE = 800;
const REPORTING = new Set(REPORTING_VERBS);
const BARE = new Set(BARE_REPORTING_VERBS);
/** The words a reported clause needs one of: a reporting or speech verb, or "according". */
const REPORTED_CUES = new Set([...REPORTING_VERBS, ...SPEECH, 'according']);

interface Found {
  p: number;
  at: number;
  quote: Quote;
}

interface Pending {
  p: number;
  span: Span;
  pieces: string[];
  /** Paragraph and span where the quote ends (after continuation). */
  endP: number;
  endSpan: Span;
  attribution: Attribution | null;
  attributionP: number;
}

export function findQuotes(paragraphs: string[], options: QuoteOptions = {}): Quote[] {
  const book = new NameBook(options.people ?? [], paragraphs);
  const spansOf: Span[][] = paragraphs.map((p) => {
    const d = doubleSpans(p);
    const s = singleSpans(p, d);
    return s.length ? [...d, ...s].sort((a, b) => a.open - b.open) : d;
  });
  const consumed = paragraphs.map(() => new Set<number>());
  const found: Found[] = [];
  const speakers: Array<{ p: number; at: number; name: string }> = [];

  for (let p = 0; p < paragraphs.length && found.length < MAX_QUOTES; p++) {
    const para = paragraphs[p];
    const spans = spansOf[p];
    const inParagraph: Array<{ pending: Pending; speaker: string | null; named: boolean }> = [];
    for (let k = 0; k < spans.length && found.length < MAX_QUOTES; k++) {
      if (consumed[p].has(k)) continue;
      const span = spans[k];
      const pending: Pending = {
        p,
        span,
        pieces: [inner(para, span)],
        endP: p,
        endSpan: span,
        attribution: null,
        attributionP: p,
      };
      // a quote over several paragraphs
      let q = p;
      let last = span;
      while (!last.closed && !last.single && q + 1 < paragraphs.length && opensWithMark(paragraphs[q + 1])) {
        const next = spansOf[q + 1][0];
        if (!next || next.single) break;
        q++;
        consumed[q].add(0);
        pending.pieces.push(inner(paragraphs[q], next));
        last = next;
      }
      pending.endP = q;
      pending.endSpan = last;
      const endPara = paragraphs[q];
      const nextOpen = q === p ? (spans[k + 1]?.open ?? endPara.length) : (spansOf[q][1]?.open ?? endPara.length);
      // attribution after the closing mark
      const afterFrom = Math.min(last.close + 1, endPara.length);
      const afterTo = Math.min(nextOpen, afterFrom + WINDOW);
      const afterToks = tokensIn(endPara, afterFrom, afterTo);
      let attribution = last.closed ? attributionAfter(afterToks) : null;
      let attributionP = q;
      // an interrupted quote: `"We will win," he said, "and win big."`
      if (attribution && q === p && k + 1 < spans.length && spans[k + 1].open === nextOpen && !spans[k + 1].single) {
        const rest = afterToks.slice(attribution.end + 1);
        if (rest.length <= 2 && rest.every((t) => !t.word)) {
          let j = k + 1;
          const nxt = spans[j];
          consumed[p].add(j);
          pending.pieces.push(inner(para, nxt));
          pending.endSpan = nxt;
          void j;
        }
      }
      let subject: Speaker | null = null;
      if (!attribution) {
        const prevClose = k > 0 ? spans[k - 1].close + 1 : 0;
        const beforeFrom = Math.max(prevClose, span.open - WINDOW);
        const toks = tokensIn(para, beforeFrom, span.open);
        attribution = attributionBefore(toks);
        attributionP = p;
        if (!attribution) subject = sentenceSubject(toks);
      }
      pending.attribution = attribution;
      pending.attributionP = attributionP;
      const text = cleanQuote(pending.pieces.map(cleanQuote).join(' '));
      if (!text) continue;
      const at = attribution ? tokenAt(attribution) : span.open;
      let speaker = attribution ? resolve(attribution.speaker, book, attributionP, at, speakers) : null;
      if (!attribution && subject) speaker = resolve(subject, book, p, span.open, speakers);
      const named = !!attribution || !!speaker;
      if (!attribution) {
        const n = countWords(text);
        if (n <= 3) continue;
        if (titleLike(text)) continue;
      }
      if (speaker) speakers.push({ p, at: span.open, name: speaker });
      const entry = { pending, speaker, named };
      inParagraph.push(entry);
      found.push({ p, at: span.open, quote: { text, speaker, direct: true } });
    }
    // quotes without an attribution: another quote's speaker in the paragraph, else the focus
    let paraSpeaker: string | null = null;
    for (const e of inParagraph) if (e.named && e.speaker) paraSpeaker = e.speaker;
    for (const e of inParagraph) {
      if (e.named) continue;
      let s = paraSpeaker;
      if (!s) s = book.focus(p, e.pending.span.open, speakers);
      if (s) {
        const f = found.find((x) => x.p === p && x.at === e.pending.span.open);
        if (f) f.quote.speaker = s;
      }
    }
    // reported speech in the sentences without quotation marks
    if (!spans.length) reported(para, p, book, speakers, found);
  }
  found.sort((a, b) => a.p - b.p || a.at - b.at);
  const quotes = found.map((f) => f.quote);
  const lang = (options.language ?? '').toLowerCase().slice(0, 2);
  if (lang && lang !== 'en') cleanSpeakers(quotes, lang, paragraphs, options.people);
  return quotes;
}

function tokenAt(a: Attribution): number {
  return a.end;
}

function inner(para: string, span: Span): string {
  return para.slice(span.open + 1, span.close);
}

/** The words of a quote: trimmed, a comma before the closing mark dropped, spaces collapsed. */
function cleanQuote(s: string): string {
  let t = (needsCollapse(s) ? s.replace(/\s+/g, ' ') : s).trim();
  while (t.endsWith(',') || t.endsWith(' ')) t = t.slice(0, -1);
  return t;
}

/** Would collapsing white space (\s+ → ' ') change the text? */
function needsCollapse(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhiteSpace(c) && (c !== 32 || isWhiteSpace(s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** A quoted title or name ("Silent Night", "The Art of the Deal"): mostly capitalized words, no final stop. */
function titleLike(text: string): boolean {
  if (/[.!?…]["'’”]?$/.test(text)) return false;
  const ws = text.split(' ');
  if (ws.length > 12) return false;
  let caps = 0;
  for (const w of ws) if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) caps++;
  return caps >= Math.ceil(ws.length * 0.6);
}

function resolve(
  s: Speaker,
  book: NameBook,
  p: number,
  at: number,
  speakers: Array<{ p: number; at: number; name: string }>,
): string | null {
  if (s.kind === 'name') {
    const name = nameOfRun(s.words).name;
    return name ? book.resolve(name) : null;
  }
  if (s.kind === 'pronoun') {
    if (s.word !== 'he' && s.word !== 'she') return null;
    return book.focus(p, at, speakers);
  }
  // the names before the description, read only when a person's roles match it (most
  // descriptions match no one, and the mentions of the text before need not be read)
  const recent = (): string[] => {
    const before: Array<{ p: number; at: number; name: string }> = book.mentionsBefore(p, at);
    for (const x of speakers) if (x.p < p || (x.p === p && x.at < at)) before.push(x);
    before.sort((a, b) => a.p - b.p || a.at - b.at);
    return before.map((r) => r.name);
  };
  return book.describe(s.words, recent);
}

/** Reported speech in a paragraph without quotation marks. */
function reported(
  para: string,
  p: number,
  book: NameBook,
  speakers: Array<{ p: number; at: number; name: string }>,
  found: Found[],
): void {
  // a reported clause needs a reporting verb or "according to": most paragraphs have none
  let verb = false;
  for (const t of paragraphTokens(para)) {
    if (t.word && REPORTED_CUES.has(t.lo)) {
      verb = true;
      break;
    }
  }
  if (!verb) return;
  let from = 0;
  for (const sentence of paragraphSentences(para)) {
    const at = para.indexOf(sentence, from);
    if (at < 0) continue;
    from = at + sentence.length;
    if (sentence.length > MAX_SENTENCE) continue;
    const toks = tokensIn(para, at, at + sentence.length);
    const r = trailingAttribution(toks) ?? leadingAttribution(toks);
    if (!r) continue;
    const text = para.slice(r.from, r.to).replace(/[\s,;:.]+$/u, '').trim();
    if (countWords(text) < 4) continue;
    const speaker = resolve(r.speaker, book, p, r.at, speakers);
    if (speaker) speakers.push({ p, at: r.at, name: speaker });
    found.push({ p, at, quote: { text, speaker, direct: false } });
  }
}

interface Reported {
  speaker: Speaker;
  from: number;
  to: number;
  at: number;
}

/** "…, Ushakov said." — the clause before the last comma, an attribution after it. */
function trailingAttribution(toks: Token[]): Reported | null {
  for (let c = toks.length - 2; c > 3 && toks.length - c <= 14; c--) {
    if (toks[c].word || toks[c].t !== ',') continue;
    const a = attributionAfter(toks.slice(c + 1));
    if (!a) return null;
    const verb = toks[c + 1 + a.end];
    if (a.speaker.kind === 'desc' && a.speaker.words.length > 5) return null;
    void verb;
    return { speaker: a.speaker, from: toks[0].start, to: toks[c].start, at: toks[c + 1].start };
  }
  return null;
}

const CLAUSE_START = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'he', 'she', 'they', 'it', 'we', 'i',
  'there', 'this', 'these', 'those', 'some', 'many', 'most', 'no', 'all', 'both', 'you',
]);

/** "Xi said China and Russia need to …" / "Ushakov said that …" — the last reporting verb with a subject. */
function leadingAttribution(toks: Token[]): Reported | null {
  for (let v = toks.length - 5; v >= 1; v--) {
    const verb = toks[v];
    if (!verb.word || !REPORTING.has(verb.lo)) continue;
    const a = attributionBefore(toks.slice(0, v + 1));
    if (!a || a.end !== v) continue;
    if (a.speaker.kind === 'desc' && a.speaker.words.length > 4) continue;
    let c = v + 1;
    if (verb.lo === 'told' || verb.lo === 'tells') {
      // the person told: a name, a pronoun or up to three words ("told reporters")
      let k = c;
      while (k < toks.length && k - c < 4 && toks[k].word && toks[k].lo !== 'that') k++;
      c = toks[k]?.lo === 'that' ? k : c + 1;
    }
    let that = -1;
    for (let k = c; k < toks.length && k - c < 8; k++) {
      if (!toks[k].word && toks[k].t !== ',') break;
      if (toks[k].lo === 'that') {
        that = k;
        break;
      }
    }
    let start: number;
    if (that >= 0) start = that + 1;
    else if (BARE.has(verb.lo) && toks[c] && toks[c].word && (toks[c].cap || CLAUSE_START.has(toks[c].lo) || /^\d/.test(toks[c].t))) start = c;
    else continue;
    if (!toks[start] || isStop(toks[start])) continue;
    const end = toks[toks.length - 1];
    return { speaker: a.speaker, from: toks[start].start, to: end.end, at: verb.start };
  }
  return null;
}
