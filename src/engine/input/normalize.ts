/**
 * Input normalization and the content id. Equal content gets one id whatever request or URL
 * brought it: line endings, a byte-order mark, Unicode composition and trailing spaces do not
 * change the id; the kind (text or HTML) does, since the same string reads differently as each.
 */
import type { EngineInput } from '../types';

export interface NormalizedInput {
  kind: 'text' | 'html';
  content: string;
  url: string | null;
}

/** Any character at or above U+0300 (lone surrogates included). */
const NON_LATIN_RE = /[\u0300-\uffff]/;

export function normalizeInput(input: EngineInput): NormalizedInput {
  const raw = input.kind === 'text' ? input.text : input.html;
  let content = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (content.includes('\r')) content = content.replace(/\r\n?/g, '\n');
  // NFC only when needed. A string with no character from U+0300 up (combining marks start
  // there) is already NFC and well-formed: most pages are, and then nothing is copied.
  if (NON_LATIN_RE.test(content) && (!content.isWellFormed?.() || content.normalize('NFC') !== content)) {
    content = (content.toWellFormed?.() ?? content).normalize('NFC');
  }
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
