import { describe, expect, it } from 'vitest';
import { contentId, normalizeInput, toHex, toNfc } from '../../../src/engine/input/normalize';

describe('normalizeInput', () => {
  it('leaves ASCII and Latin-1 input as it is', () => {
    const html = '<p>caf\u00e9 na\u00efve</p>';
    expect(normalizeInput({ kind: 'html', html, url: null }).content).toBe(html);
  });
  it('composes decomposed text and drops a BOM and carriage returns', () => {
    const n = normalizeInput({ kind: 'text', text: '\uFEFFcafe\u0301  \r\nnext\rline', url: null });
    expect(n.content).toBe('caf\u00e9\nnext\nline');
  });
  it('replaces a lone surrogate, so the content can be encoded', () => {
    expect(normalizeInput({ kind: 'text', text: 'a\ud800b', url: null }).content).toBe('a\ufffdb');
  });
});

describe('the table of characters NFC may change (data/nfc-unstable.ts)', () => {
  const full = (s: string) => s.toWellFormed().normalize('NFC');
  it('treats marks, singletons, jamo and lone surrogates as a full pass does', () => {
    const listed = [
      'cafe\u0301', // combining acute
      '\u212b', // ANGSTROM SIGN → U+00C5
      '\uf900', // CJK compatibility ideograph
      '\u1100\u1161', // Hangul leading + vowel jamo compose
      '\u3099', // combining kana voiced mark
      'a\ud800b', // lone high surrogate
      'a\udc00', // lone low surrogate
      'end \ud83d', // high surrogate at the end
      '\u{1d15e}', // MUSICAL SYMBOL HALF NOTE (an astral singleton)
      '\u{2f800}', // CJK compatibility ideograph supplement
      'x\u{1d167}', // astral combining mark
    ];
    for (const s of listed) {
      expect(toNfc(s), JSON.stringify(s)).toBe(full(s));
    }
  });
  it('agrees with the runtime: every BMP character, alone or after a starter, comes out as a full pass gives it', () => {
    const starters = ['a', 'E', 'o', 'u', '\u0391', '\u0418', '\u0915', '\u0b47', '\u1100', '\uac00', '\u304b'];
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (toNfc(ch) !== full(ch)) missed.push(ch);
      for (const s of starters) if (toNfc(s + ch) !== full(s + ch)) missed.push(s + ch);
    }
    expect(missed.map((s) => [...s].map((x) => x.codePointAt(0)?.toString(16)).join('+'))).toEqual([]);
  });
  it('normalizes input exactly as a full NFC pass would', () => {
    const parts = ['a', 'e\u0301', ' ', '\u212b', '\u201c', '\u4e2d', '\u{1f4f0}', '\u1100\u1161', 'o\u0308', '\u00f6', '\r\n'];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      let s = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += parts[seed % parts.length];
      }
      const want = s.replace(/\r\n?/g, '\n').normalize('NFC').trim();
      expect(normalizeInput({ kind: 'html', html: s, url: null }).content).toBe(want);
    }
  });
});

describe('toNfc', () => {
  /** What it must equal: the whole string made well-formed and normalized in one pass. */
  const full = (s: string) => s.toWellFormed().normalize('NFC');
  it('returns a string NFC leaves alone as it is', () => {
    for (const s of ['plain', 'caf\u00e9 \u201cq\u201d', '\u4e2d\u6587', 'news \u{1f4f0}', '']) expect(toNfc(s)).toBe(s);
  });
  it('composes a mark with the character before it, at the start, middle and end', () => {
    expect(toNfc('e\u0301tude cafe\u0301 re\u0301sume\u0301')).toBe('\u00e9tude caf\u00e9 r\u00e9sum\u00e9');
    expect(toNfc('\u0301 alone')).toBe(full('\u0301 alone'));
  });
  it('reorders a run of marks and composes Hangul jamo with the syllable before', () => {
    expect(toNfc('a\u0323\u0302b')).toBe(full('a\u0323\u0302b')); // ccc 220 before 230, then composes
    expect(toNfc('a\u0302\u0323b')).toBe(full('a\u0302\u0323b'));
    expect(toNfc('\u1100\u1161\u11a8 \uac00\u11a8')).toBe('\uac01 \uac01');
  });
  it('replaces lone surrogates and keeps pairs', () => {
    for (const s of ['a\ud800b', 'a\udc00', 'end \ud83d', '\ud83d\udcf0\ud800', 'x\u{1d15e}y', '\u{2f800}']) expect(toNfc(s), JSON.stringify(s)).toBe(full(s));
  });
  it('agrees with a full pass on many marks (past its piece limit) and on random strings', () => {
    const hindi = '\u0915\u093f\u0924\u093e\u092c \u0939\u093f\u0902\u0926\u0940 '.repeat(400) + 'cafe\u0301';
    expect(toNfc(hindi)).toBe(full(hindi));
    const parts = ['a', 'e\u0301', ' ', '\u212b', '\u0323', '\u0302', '\u4e2d', '\u{1f4f0}', '\u1100', '\u1161', '\u11a8', '\uac00', 'o\u0308', '\u00f6', '\ud800', '\udc00', '\u0915\u093f', '\u{1d15e}', '\u3099', '\u304b'];
    let seed = 11;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = 0; k < 16; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += parts[(seed >> 8) % parts.length];
      }
      expect(toNfc(s), JSON.stringify(s)).toBe(full(s));
    }
  });
});

/** The id as its definition reads: SHA-256 of "<kind>\n<content>" in UTF-8. */
async function expectedId(kind: string, content: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${kind}\n${content}`));
  return `sha256:${toHex(new Uint8Array(digest))}`;
}

describe('contentId', () => {
  it('is the SHA-256 of the kind, a line feed and the content', async () => {
    // sha256("text\nhello"), computed outside the project
    expect(await contentId({ kind: 'text', content: 'hello', url: null })).toBe(
      'sha256:ad3337ceb6f66348ab0d0553950fcf3ef9edb929aca91efbd1eb84f9a014cfbe',
    );
  });
  it('hashes the UTF-8 bytes of any script, astral characters included', async () => {
    const long = ['\u4e2d'.repeat(5000), 'a'.repeat(4000) + '\u4e2d'.repeat(2000), '\u{1f4f0}'.repeat(3000), 'x'.repeat(10_000)];
    for (const content of ['caf\u00e9', '\u4e2d\u6587\u65b0\u95fb', '\u041c\u043e\u0441\u043a\u0432\u0430', 'emoji \u{1f4f0} end', '', ...long]) {
      expect(await contentId({ kind: 'html', content, url: null })).toBe(await expectedId('html', content));
    }
  });
  it('tells text from HTML and ignores the URL', async () => {
    const text = await contentId({ kind: 'text', content: '<p>x</p>', url: null });
    expect(text).not.toBe(await contentId({ kind: 'html', content: '<p>x</p>', url: null }));
    expect(text).toBe(await contentId({ kind: 'text', content: '<p>x</p>', url: 'https://example.com/a' }));
  });
  it('gives each of many ids computed at once its own content', async () => {
    const contents = Array.from({ length: 20 }, (_, i) => `story ${i} `.repeat(1000 * (i + 1)));
    const ids = await Promise.all(contents.map((content) => contentId({ kind: 'text', content, url: null })));
    expect(ids).toEqual(await Promise.all(contents.map((c) => expectedId('text', c))));
  });
});
