import { describe, expect, it } from 'vitest';
import { contentId, mayNeedNormalizing, normalizeInput, toHex } from '../../../src/engine/input/normalize';

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

describe('mayNeedNormalizing', () => {
  it('passes text that NFC leaves alone', () => {
    for (const s of ['plain ASCII', 'caf\u00e9 \u00bfqu\u00e9?', '\u201cquoted\u201d \u2014 dash\u2026', '\u4e2d\u6587\u65b0\u95fb', '\u041c\u043e\u0441\u043a\u0432\u0430 \u0419', 'news \u{1f4f0} emoji', '\uac00\ud7a3', '']) {
      expect(mayNeedNormalizing(s)).toBe(false);
      expect(s.normalize('NFC')).toBe(s);
    }
  });
  it('flags marks, singletons, jamo and lone surrogates', () => {
    const flagged = [
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
    for (const s of flagged) expect(mayNeedNormalizing(s), JSON.stringify(s)).toBe(true);
  });
  it('agrees with the runtime: no unlisted BMP character changes under NFC, alone or after a starter', () => {
    const starters = ['a', 'E', 'o', 'u', '\u0391', '\u0418', '\u0915', '\u0b47', '\u1100', '\uac00', '\u304b'];
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (mayNeedNormalizing(ch)) continue;
      if (ch.normalize('NFC') !== ch) missed.push(ch);
      for (const s of starters) if ((s + ch).normalize('NFC') !== s + ch) missed.push(s + ch);
    }
    expect(missed.map((s) => [...s].map((x) => x.codePointAt(0)?.toString(16)).join('+'))).toEqual([]);
  });
  it('normalizes exactly what a full NFC pass would', () => {
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
