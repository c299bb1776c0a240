/**
 * Attribution patterns around a quotation, over the tokens of a bounded window:
 *
 *   after the closing mark:  "…," Ushakov said / "…," said Ushakov / "…," he added /
 *                            "…," said the minister, Jane Doe / "…," Smith, a Democrat, said /
 *                            "…," Smith told reporters / "…," according to Smith
 *   before the opening mark: Smith said: "…" / Smith said in a statement that "…" /
 *                            the Russian leader saying "…" / Smith called it "…" /
 *                            according to Smith, "…"
 *
 * A speaker is a name (a run of capitalized words), a pronoun, or a description ("the
 * Russian leader"); the caller resolves it to a full name.
 */
import {
  PRE_QUOTE_VERBS,
  SPEAKER_NOUNS,
  SPEAKER_PRONOUNS,
  SPEECH_ADVERBS,
  SPEECH_VERBS,
} from '../../data/speech-verbs';
import { runAfter, runBefore } from './names';
import { isStop, type Token } from './tokens';

export const SPEECH = new Set(SPEECH_VERBS);
const PRE = new Set(PRE_QUOTE_VERBS);
const ADVERBS = new Set(SPEECH_ADVERBS);
const PRONOUNS = new Set(SPEAKER_PRONOUNS);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another']);
const MAX_DESC = 7;
const PERSON_NOUNS = new Set(SPEAKER_NOUNS);
const PERSONISH = /(?:er|or|ist|ian|man|woman|person|ent|ant|ee)$/;

/** A description that can stand for a speaker: its head noun names a person or a source. */
function speakerLike(words: string[]): boolean {
  const head = words[words.length - 1]?.toLowerCase().replace(/['’]s?$/u, '') ?? '';
  if (PERSON_NOUNS.has(head)) return true;
  const plain = head.endsWith('s') ? head.slice(0, -1) : head;
  return PERSON_NOUNS.has(plain) || PERSONISH.test(plain);
}

export type Speaker =
  | { kind: 'name'; words: string[] }
  | { kind: 'pronoun'; word: string }
  | { kind: 'desc'; words: string[] };

export interface Attribution {
  speaker: Speaker;
  /** Index of the last token of the attribution. */
  end: number;
}

function isPunct(tok: Token | undefined, ...chars: string[]): boolean {
  return !!tok && !tok.word && chars.includes(tok.t);
}

function words(toks: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k++) if (toks[k].word) out.push(toks[k].t);
  return out;
}

/** Speaker after a speech verb or "according to": `said Smith`, `said the minister, Jane Doe`. */
function speakerForward(toks: Token[], i: number): Attribution | null {
  const tok = toks[i];
  if (!tok || !tok.word) return null;
  if (PRONOUNS.has(tok.lo) && !tok.cap) return { speaker: { kind: 'pronoun', word: tok.lo }, end: i };
  if (tok.cap && !DETERMINERS.has(tok.lo)) {
    const run = runAfter(toks, i);
    if (run) {
      // "said Smith, the minister" / "said Jane Doe"
      return { speaker: { kind: 'name', words: words(toks, run.from, run.to) }, end: run.to };
    }
  }
  if (DETERMINERS.has(tok.lo)) {
    let k = i + 1;
    while (k < toks.length && toks[k].word && k - i <= MAX_DESC && !SPEECH.has(toks[k].lo)) k++;
    const last = k - 1;
    // a name closing the description: "said the group's leader John Smith"
    if (toks[last].cap) {
      const run = runBefore(toks, last);
      if (run && run.from > i + 1) {
        return { speaker: { kind: 'name', words: words(toks, run.from, run.to) }, end: run.to };
      }
    }
    // "said the minister, Jane Doe"
    if (isPunct(toks[k], ',') && toks[k + 1]?.cap) {
      const run = runAfter(toks, k + 1);
      if (run) return { speaker: { kind: 'name', words: words(toks, run.from, run.to) }, end: run.to };
    }
    return { speaker: { kind: 'desc', words: words(toks, i, last) }, end: last };
  }
  return null;
}

/** Subject reading forwards from `i`, then optional adverbs and a speech verb. */
function subjectThenVerb(toks: Token[], i: number): Attribution | null {
  const tok = toks[i];
  if (!tok || !tok.word) return null;
  let speaker: Speaker | null = null;
  let j = i;
  if (PRONOUNS.has(tok.lo)) {
    speaker = { kind: 'pronoun', word: tok.lo };
    j = i + 1;
  } else if (tok.cap && !DETERMINERS.has(tok.lo)) {
    const run = runAfter(toks, i);
    if (!run) return null;
    speaker = { kind: 'name', words: words(toks, run.from, run.to) };
    j = run.to + 1;
    // "Smith, a Democrat from Ohio, said"
    if (isPunct(toks[j], ',')) {
      let k = j + 1;
      while (k < toks.length && k - j <= 14 && !isPunct(toks[k], ',') && !isStop(toks[k])) k++;
      if (isPunct(toks[k], ',')) j = k + 1;
    }
  } else if (DETERMINERS.has(tok.lo)) {
    let k = i + 1;
    while (k < toks.length && toks[k].word && k - i <= MAX_DESC && !SPEECH.has(toks[k].lo)) k++;
    speaker = { kind: 'desc', words: words(toks, i, k - 1) };
    j = k;
  } else return null;
  let skipped = 0;
  while (j < toks.length && skipped < 3 && toks[j].word && ADVERBS.has(toks[j].lo) && !SPEECH.has(toks[j].lo)) {
    j++;
    skipped++;
  }
  // "has told", "had said"
  if (speaker.kind === 'desc' && !speakerLike(speaker.words)) return null;
  if (toks[j]?.word && SPEECH.has(toks[j].lo)) return { speaker, end: j };
  if (toks[j]?.lo === 'told' || (skipped && toks[j - 1]?.lo === 'told')) return { speaker, end: j };
  return null;
}

/** Attribution right after a closing quotation mark. */
export function attributionAfter(toks: Token[]): Attribution | null {
  let i = 0;
  while (i < toks.length && i < 2 && isPunct(toks[i], ',', '—', '–', '-', '--')) i++;
  const tok = toks[i];
  if (!tok || !tok.word) return null;
  if (SPEECH.has(tok.lo)) {
    const a = speakerForward(toks, i + 1);
    if (a) return a;
    return null;
  }
  if (tok.lo === 'according' && toks[i + 1]?.lo === 'to') return speakerForward(toks, i + 2);
  return subjectThenVerb(toks, i);
}

/** Subject read backwards from index `j` (the token before a speech verb). */
function subjectBefore(toks: Token[], j: number, floor: number): Speaker | null {
  let k = j;
  let skipped = 0;
  while (k >= floor && skipped < 3 && toks[k].word && ADVERBS.has(toks[k].lo) && !toks[k].cap) {
    k--;
    skipped++;
  }
  if (k < floor) return null;
  let tok = toks[k];
  // "Smith, a Democrat, said" / "Smith, who …, said"
  if (isPunct(tok, ',')) {
    let c = k - 1;
    while (c >= floor && k - c <= 14 && !isPunct(toks[c], ',') && !isStop(toks[c])) c--;
    if (c >= floor && isPunct(toks[c], ',')) {
      let allCaps = k - c > 1;
      for (let q = c + 1; q < k; q++) if (!toks[q].cap) allCaps = false;
      if (allCaps) return { kind: 'name', words: words(toks, c + 1, k - 1) };
      k = c - 1;
      tok = toks[k];
    } else return null;
  }
  if (!tok || k < floor || !tok.word) return null;
  if (tok.lo === 'who' && isPunct(toks[k - 1], ',')) {
    k -= 2;
    tok = toks[k];
    if (!tok || k < floor || !tok.word) return null;
  }
  if (PRONOUNS.has(tok.lo)) return { kind: 'pronoun', word: tok.lo };
  if (tok.cap) {
    const run = runBefore(toks, k);
    if (run) return { kind: 'name', words: words(toks, Math.max(run.from, floor), run.to) };
  }
  // a description: back to its determiner ("the Russian leader")
  let d = k;
  while (d >= floor && k - d < MAX_DESC && toks[d].word && !DETERMINERS.has(toks[d].lo)) d--;
  if (d >= floor && toks[d].word && DETERMINERS.has(toks[d].lo)) return { kind: 'desc', words: words(toks, d, k) };
  return null;
}

/** Attribution in the sentence before an opening quotation mark (tokens end at the mark). */
export function attributionBefore(toks: Token[]): Attribution | null {
  let floor = 0;
  for (let k = toks.length - 2; k >= 0; k--) {
    if (isStop(toks[k])) {
      floor = k + 1;
      break;
    }
  }
  for (let v = toks.length - 1; v >= floor; v--) {
    const tok = toks[v];
    if (!tok.word) continue;
    if (tok.lo === 'according' && toks[v + 1]?.lo === 'to') {
      const a = speakerForward(toks, v + 2);
      if (a) return a;
      continue;
    }
    if (!SPEECH.has(tok.lo) && !PRE.has(tok.lo)) continue;
    if (tok.cap && v === floor && SPEECH.has(tok.lo)) {
      // "Said Smith: …"
      const a = speakerForward(toks, v + 1);
      if (a) return a;
      continue;
    }
    const s = v > floor ? subjectBefore(toks, v - 1, floor) : null;
    if (s && (s.kind !== 'desc' || speakerLike(s.words))) return { speaker: s, end: v };
    // "…, said Smith: “…”"
    if (SPEECH.has(tok.lo)) {
      const a = speakerForward(toks, v + 1);
      if (a && a.speaker.kind !== 'desc') return a;
    }
  }
  return null;
}

/** The subject opening the sentence that holds a quote: a name or a pronoun at its start. */
export function sentenceSubject(toks: Token[]): Speaker | null {
  let floor = 0;
  for (let k = toks.length - 2; k >= 0; k--) {
    if (isStop(toks[k])) {
      floor = k + 1;
      break;
    }
  }
  let i = floor;
  // an opening phrase ("In a statement, …", "On Monday, …"): after its comma
  if (toks[i] && !toks[i].cap) return null;
  const tok = toks[i];
  if (!tok || !tok.word) return null;
  if (PRONOUNS.has(tok.lo)) return { kind: 'pronoun', word: tok.lo };
  const run = runAfter(toks, i);
  if (run) {
    const ws = words(toks, run.from, run.to);
    if (ws.length === 1 && DETERMINERS.has(tok.lo)) return null;
    return { kind: 'name', words: ws };
  }
  return null;
}
