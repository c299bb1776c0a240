import { describe, expect, it } from 'vitest';
import { contentId, normalizeInput, toHex } from '../../../src/engine/input/normalize';

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
