/**
 * Input normalization and the content id. Equal content gets one id whatever request or URL
 * brought it: line endings, a byte-order mark, Unicode composition and trailing spaces do not
 * change the id; the kind (text or HTML) does, since the same string reads differently as each.
 */
import type { EngineInput } from '../types';
import { NFC_UNSTABLE_RANGES } from '../data/nfc-unstable';

export interface NormalizedInput {
  kind: 'text' | 'html';
  content: string;
  url: string | null;
}

/** Runs of UTF-16 units at or above U+0300: everything below is Latin-1 or ASCII, and NFC. */
const HIGH_RUN_RE = /[\u0300-\uffff]+/g;

/**
 * 1 for a BMP code point listed in data/nfc-unstable.ts and for every surrogate (a pair is
 * looked up as its code point in `astral`); 0 for the rest. Filled on first use.
 */
let unstable: Uint8Array | null = null;
/** The listed code points above U+FFFF, as [from, to] pairs in order. */
let astral: number[] = [];

function loadUnstable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0xd800, 0xe000);
  const high: number[] = [];
  for (const r of NFC_UNSTABLE_RANGES.split(',')) {
    const dash = r.indexOf('-');
    const from = parseInt(dash < 0 ? r : r.slice(0, dash), 16);
    const to = dash < 0 ? from : parseInt(r.slice(dash + 1), 16);
    if (to > 0xffff) high.push(Math.max(from, 0x10000), to);
    if (from <= 0xffff) table.fill(1, from, Math.min(to, 0xffff) + 1);
  }
  astral = high;
  return (unstable = table);
}

function astralUnstable(cp: number): boolean {
  for (let k = 0; k < astral.length && astral[k] <= cp; k += 2) if (cp <= (astral[k + 1] as number)) return true;
  return false;
}

/** Past this many pieces (text in a script written with marks, as Hindi is), the rest is normalized whole. */
const MAX_PIECES = 256;

const wellFormed = (s: string) => s.toWellFormed?.() ?? s;

/**
 * `s` made well-formed (lone surrogates → U+FFFD) and in NFC, touching only the pieces NFC could
 * change. A character not listed in data/nfc-unstable.ts has combining class 0 and composes with
 * nothing before it, so NFC never crosses it: each listed character is normalized in the piece
 * from the unlisted character before it (a base it may compose with) to the next unlisted one.
 * One decomposed accent in a 200 KB page then costs a few characters' work, not two passes
 * over the page (a check and a copy). Equal to `wellFormed(s).normalize('NFC')` (a test says so).
 */
export function toNfc(s: string): string {
  const table = unstable ?? loadUnstable();
  const re = HIGH_RUN_RE;
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let pieces = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const end = re.lastIndex;
    for (let i = m.index; i < end; i++) {
      const c = s.charCodeAt(i);
      if (table[c] === 0) continue;
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = i + 1 < end ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff && !astralUnstable(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)) {
          i++;
          continue;
        }
      }
      if (++pieces > MAX_PIECES) return out + wellFormed(s.slice(last)).normalize('NFC');
      let a = i;
      while (a > last && table[s.charCodeAt(a - 1)] !== 0) a--;
      if (a > last) a--;
      let b = i + 1;
      while (b < end && table[s.charCodeAt(b)] !== 0) b++;
      const piece = s.slice(a, b);
      const nfc = wellFormed(piece).normalize('NFC');
      if (nfc !== piece) {
        out += s.slice(last, a) + nfc;
        last = b;
      }
      i = b; // s[b] is unlisted (or the run's end): the next piece starts after it at the earliest
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

export function normalizeInput(input: EngineInput): NormalizedInput {
  const raw = input.kind === 'text' ? input.text : input.html;
  let content = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (content.includes('\r')) content = content.replace(/\r\n?/g, '\n');
  // NFC piece by piece (see toNfc): a page with no character NFC could change is not copied.
  content = toNfc(content);
  // Per line, not a /[ \t]+$/m regex: that one is quadratic on long runs of spaces.
  if (input.kind === 'text') content = content.split('\n').map((line) => line.trimEnd()).join('\n');
  return { kind: input.kind, content: content.trim(), url: input.url?.trim() || null };
}

const UTF8 = new TextEncoder();

/** `sha256:<hex>` of the kind, a line feed and the normalized content in UTF-8 (Web Crypto: workerd, Node 20 and browsers). */
export async function contentId(input: NormalizedInput): Promise<string> {
  // Encoded into one buffer, the kind first: joining the two strings first would copy the whole
  // page into a flat string before encoding it (that copy cost more than the hashing).
  // The buffer is sized for mostly one-byte text first (a 5 MB page would otherwise take 15 MB);
  // text that does not fit is encoded again into room for three bytes per UTF-16 unit.
  const head = UTF8.encode(`${input.kind}\n`);
  const content = input.content;
  let bytes = new Uint8Array(head.length + content.length + (content.length >> 2) + 16);
  bytes.set(head);
  let done = UTF8.encodeInto(content, bytes.subarray(head.length));
  if (done.read < content.length) {
    bytes = new Uint8Array(head.length + content.length * 3);
    bytes.set(head);
    done = UTF8.encodeInto(content, bytes.subarray(head.length));
  }
  const digest = await crypto.subtle.digest('SHA-256', bytes.subarray(0, head.length + done.written));
  return `sha256:${toHex(new Uint8Array(digest))}`;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Guess whether a string is an HTML page (for files and bodies whose type is unknown). */
export function looksLikeHtml(s: string): boolean {
  const head = s.slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') ||
    (head.startsWith('<') && /<(head|body|p|div|article|title|meta)[\s>]/.test(head));
}
