/**
 * Bytes → string, choosing the character encoding the way a browser would (simplified):
 *
 *   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. the `charset` parameter of the Content-Type header;
 *   3. `<meta charset>`, `<meta http-equiv="content-type" content="…charset=…">` or an XML
 *      declaration's `encoding` in the first 1024 bytes (the WHATWG "prescan", read as ASCII);
 *   4. UTF-8 when the bytes are valid UTF-8;
 *   5. windows-1252.
 *
 * Labels are WHATWG encoding labels resolved by `TextDecoder` (so "latin1" and "iso-8859-1" mean
 * windows-1252, "utf8" means utf-8, …). A label the runtime does not know, or one that maps to
 * the "replacement" encoding, is ignored and the next rule applies: this never throws.
 *
 * Pure: web-standard APIs only, runs in workerd and Node alike.
 */

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1251", "shift_jis". */
  charset: string;
}

/** How many bytes the meta/XML prescan looks at. */
const PRESCAN_BYTES = 1024;

export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  // 1. Byte-order mark. TextDecoder (ignoreBOM: false) strips the mark itself.
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(new TextDecoder(bom), bytes);

  // 2. The transport's charset parameter.
  const headerLabel = typeof contentType === 'string' ? charsetFromContentType(contentType) : null;
  const fromHeader = headerLabel != null ? decoderFor(headerLabel) : null;
  if (fromHeader) return decodeWith(fromHeader, bytes);

  // 3. In-document declarations.
  const fromDocument = prescanDecoder(bytes);
  if (fromDocument) return decodeWith(fromDocument, bytes);

  // 4. Valid UTF-8.
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, charset: 'utf-8' };
  } catch {
    // not UTF-8: fall through
  }

  // 5. The web's default for legacy content.
  return decodeWith(new TextDecoder('windows-1252'), bytes);
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): Decoded {
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A (non-fatal) decoder for a WHATWG label, or null when the label is unknown or unusable. */
function decoderFor(label: string): TextDecoder | null {
  const trimmed = label.trim();
  // No WHATWG label is longer than ~20 characters; refuse absurd input cheaply.
  if (!trimmed || trimmed.length > 64) return null;
  try {
    const decoder = new TextDecoder(trimmed);
    // "replacement" (iso-2022-kr, hz-gb-2312, …) would turn the whole page into U+FFFD.
    if (decoder.encoding === 'replacement') return null;
    return decoder;
  } catch {
    return null;
  }
}

/** The `charset` parameter of a Content-Type value, unquoted, or null. */
export function charsetFromContentType(contentType: string): string | null {
  // Header values are short; a hostile giant value is cut rather than scanned in full.
  const value = contentType.length > 4096 ? contentType.slice(0, 4096) : contentType;
  const params = value.split(';');
  for (let i = 1; i < params.length; i++) {
    const param = params[i];
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    let v = param.slice(eq + 1).trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1).trim();
    else if (v[0] === '"' || v[0] === "'") v = v.slice(1).trim();
    return v || null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Prescan (after the WHATWG HTML "prescan a byte stream to determine its encoding" algorithm),
// run on the first 1024 bytes read as one character per byte. Every loop only moves forward.

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isAsciiAlpha = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const asciiLower = (c: string) => (c >= 'A' && c <= 'Z' ? String.fromCharCode(c.charCodeAt(0) + 32) : c);

function prescanDecoder(bytes: Uint8Array): TextDecoder | null {
  const head = bytes.subarray(0, PRESCAN_BYTES);
  let s = '';
  for (let i = 0; i < head.length; i++) s += String.fromCharCode(head[i]);
  return xmlDeclarationDecoder(s) ?? metaDecoder(s);
}

/** `<?xml version="1.0" encoding="…"?>` at the very start of the document. */
function xmlDeclarationDecoder(s: string): TextDecoder | null {
  if (!s.startsWith('<?xml')) return null;
  const end = s.indexOf('?>');
  if (end < 0) return null;
  const decl = s.slice(5, end);
  const at = decl.indexOf('encoding');
  if (at < 0) return null;
  let i = at + 8;
  while (isSpace(decl[i])) i++;
  if (decl[i] !== '=') return null;
  i++;
  while (isSpace(decl[i])) i++;
  const quote = decl[i];
  if (quote !== '"' && quote !== "'") return null;
  const close = decl.indexOf(quote, i + 1);
  if (close < 0) return null;
  const decoder = decoderFor(decl.slice(i + 1, close));
  // A document read as ASCII bytes cannot be UTF-16: the declaration is wrong, UTF-8 is meant.
  if (decoder && decoder.encoding.startsWith('utf-16')) return new TextDecoder('utf-8');
  return decoder;
}

function metaDecoder(s: string): TextDecoder | null {
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (s.startsWith('<!--', i)) {
      // "<!-->" closes at once: the "--" of the opener may be reused.
      const end = s.indexOf('-->', i + 2);
      if (end < 0) return null;
      i = end + 3;
      continue;
    }
    if (s[i] === '<' && s.slice(i + 1, i + 5).toLowerCase() === 'meta' && (isSpace(s[i + 5]) || s[i + 5] === '/')) {
      const result = readMeta(s, i + 6);
      if (result.decoder) return result.decoder;
      i = result.next;
      continue;
    }
    if (s[i] === '<' && (isAsciiAlpha(s[i + 1]) || (s[i + 1] === '/' && isAsciiAlpha(s[i + 2])))) {
      // Any other tag: skip its name, then its attributes (so a ">" inside a quoted value is not
      // taken for the end of the tag).
      i += s[i + 1] === '/' ? 2 : 1;
      while (i < n && !isSpace(s[i]) && s[i] !== '>') i++;
      for (;;) {
        const attr = getAttribute(s, i);
        i = attr.next;
        if (!attr.name) break;
      }
      i++;
      continue;
    }
    if (s.startsWith('<!', i) || s.startsWith('</', i) || s.startsWith('<?', i)) {
      const end = s.indexOf('>', i + 2);
      if (end < 0) return null;
      i = end + 1;
      continue;
    }
    i++;
  }
  return null;
}

function readMeta(s: string, start: number): { decoder: TextDecoder | null; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let i = start;
  for (;;) {
    const attr = getAttribute(s, i);
    i = attr.next;
    if (!attr.name) break;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv') {
      if (attr.value === 'content-type') gotPragma = true;
    } else if (attr.name === 'content') {
      if (charset == null) {
        const found = extractCharsetFromContent(attr.value);
        if (found != null) {
          charset = found;
          needPragma = true;
        }
      }
    } else if (attr.name === 'charset') {
      charset = attr.value;
      needPragma = false;
    }
  }
  const next = i + 1;
  if (needPragma == null || (needPragma && !gotPragma) || charset == null) return { decoder: null, next };
  let decoder = decoderFor(charset);
  if (!decoder) return { decoder: null, next };
  // As the HTML standard says: a meta naming UTF-16 means UTF-8, x-user-defined means windows-1252.
  if (decoder.encoding.startsWith('utf-16')) decoder = new TextDecoder('utf-8');
  else if (decoder.encoding === 'x-user-defined') decoder = new TextDecoder('windows-1252');
  return { decoder, next };
}

/**
 * One attribute at `pos` (the WHATWG "get an attribute" steps). `name` is empty when there is
 * none; `next` is where scanning goes on (at the ">" that ended the tag, or past the end).
 */
function getAttribute(s: string, pos: number): { name: string; value: string; next: number } {
  const n = s.length;
  let i = pos;
  while (i < n && (isSpace(s[i]) || s[i] === '/')) i++;
  if (i >= n || s[i] === '>') return { name: '', value: '', next: i };
  let name = '';
  let value = '';
  // The name.
  for (;;) {
    if (i >= n) return { name: '', value: '', next: n };
    const c = s[i];
    if (c === '=' && name !== '') {
      i++;
      break;
    }
    if (isSpace(c)) {
      while (i < n && isSpace(s[i])) i++;
      if (s[i] !== '=') return { name, value: '', next: i };
      i++;
      break;
    }
    if (c === '/' || c === '>') return { name, value: '', next: i };
    name += asciiLower(c);
    i++;
  }
  // The value.
  while (i < n && isSpace(s[i])) i++;
  if (i >= n) return { name: '', value: '', next: n };
  const q = s[i];
  if (q === '"' || q === "'") {
    i++;
    for (;;) {
      if (i >= n) return { name: '', value: '', next: n };
      if (s[i] === q) return { name, value, next: i + 1 };
      value += asciiLower(s[i]);
      i++;
    }
  }
  if (q === '>') return { name, value: '', next: i };
  for (;;) {
    if (i >= n) return { name: '', value: '', next: n };
    const c = s[i];
    if (isSpace(c) || c === '>') return { name, value, next: i };
    value += asciiLower(c);
    i++;
  }
}

/** The WHATWG "extract a character encoding from a meta element" steps, on a content value. */
function extractCharsetFromContent(content: string): string | null {
  const lower = content.toLowerCase();
  let pos = 0;
  for (;;) {
    const at = lower.indexOf('charset', pos);
    if (at < 0) return null;
    let i = at + 7;
    while (isSpace(lower[i])) i++;
    if (lower[i] !== '=') {
      pos = i;
      continue;
    }
    i++;
    while (isSpace(lower[i])) i++;
    const c = lower[i];
    if (c === undefined) return null;
    if (c === '"' || c === "'") {
      const close = lower.indexOf(c, i + 1);
      return close < 0 ? null : lower.slice(i + 1, close);
    }
    let end = i;
    while (end < lower.length && !isSpace(lower[end]) && lower[end] !== ';') end++;
    return lower.slice(i, end);
  }
}
