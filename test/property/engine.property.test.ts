// The engine (`extract` from src/engine/index.ts) on random, structured and mutated input, and
// on the named hostile cases: it returns an Article or throws NoArticleError (nothing else),
// never loops, and finishes within a generous budget proportional to the input's size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, NoArticleError, type Article, type EngineInput } from '../../src/engine/index';
import { articleErrors } from '../helpers/validate';
import { htmlArb, mutatedHtmlArb, mutatedTextArb, textArb } from './arbitraries';

/** Budget: 1 s plus 3 ms per KB — an order of magnitude above what the engine needs today. */
export const budgetMs = (chars: number) => 1_000 + (3 * chars) / 1024;

async function run(input: EngineInput): Promise<{ article: Article | null; ms: number }> {
  const size = input.kind === 'html' ? input.html.length : input.text.length;
  const t0 = Date.now();
  let article: Article | null = null;
  try {
    article = await extract(input);
  } catch (err) {
    if (!(err instanceof NoArticleError)) throw err;
  }
  const ms = Date.now() - t0;
  expect(ms, `${size} chars took ${ms} ms`).toBeLessThan(budgetMs(size));
  if (article) {
    expect(articleErrors(article)).toEqual([]);
    expect(article.wordCount).toBeGreaterThanOrEqual(0);
    expect(article.text.length).toBeLessThanOrEqual(size * 2 + 1000);
  }
  return { article, ms };
}

describe('extract: properties over generated input', () => {
  it('random and structured text', async () => {
    await fc.assert(fc.asyncProperty(textArb, async (text) => void (await run({ kind: 'text', text }))), { numRuns: 200 });
  }, 120_000);
  it('random and structured HTML', async () => {
    await fc.assert(fc.asyncProperty(htmlArb, async (html) => void (await run({ kind: 'html', html }))), { numRuns: 200 });
  }, 120_000);
  it('mutated fixture page and wire story', async () => {
    await fc.assert(fc.asyncProperty(mutatedHtmlArb, async (html) => void (await run({ kind: 'html', html }))), { numRuns: 150 });
    await fc.assert(fc.asyncProperty(mutatedTextArb, async (text) => void (await run({ kind: 'text', text }))), { numRuns: 150 });
  }, 120_000);
  it('the same input gives the same Article (deterministic)', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedTextArb, async (text) => {
        const a = await run({ kind: 'text', text });
        const b = await run({ kind: 'text', text });
        expect(b.article).toEqual(a.article);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

const MB = 1024 * 1024;
const named: Array<[string, () => EngineInput]> = [
  ['empty text', () => ({ kind: 'text', text: '' })],
  ['empty HTML', () => ({ kind: 'html', html: '' })],
  ['whitespace only', () => ({ kind: 'text', text: ' \t\r\n\u00a0\u2003\u3000'.repeat(10_000) })],
  ['NUL bytes', () => ({ kind: 'text', text: 'MOSCOW (AP) — \u0000The\u0000 city\u0000 said.\u0000'.repeat(2_000) })],
  ['NUL bytes in HTML', () => ({ kind: 'html', html: '<title>\u0000</title><p>a\u0000b\u0000 said on Monday.</p>'.repeat(2_000) })],
  ['lone surrogates and noncharacters', () => ({ kind: 'text', text: 'word \ud800 \udfff \ufffe \uffff said. '.repeat(5_000) })],
  ['5 MB of text with no punctuation', () => ({ kind: 'text', text: 'word '.repeat(MB) })],
  ['5 MB of HTML text with no punctuation', () => ({ kind: 'html', html: '<p>' + 'word '.repeat(MB) + '</p>' })],
  ['5 MB of one word', () => ({ kind: 'text', text: 'a'.repeat(5 * MB) })],
  ['100,000 nested elements', () => ({ kind: 'html', html: '<div>'.repeat(100_000) + '<p>The ferry sailed on Monday.</p>' + '</div>'.repeat(100_000) })],
  ['100,000 unclosed nested elements', () => ({ kind: 'html', html: '<title>T</title>' + '<div><span>'.repeat(50_000) + 'The ferry sailed.' })],
  ['100,000 nested inline elements', () => ({ kind: 'html', html: '<p>' + '<b><i>'.repeat(50_000) + 'deep text here' })],
  ['a 1 MB attribute', () => ({ kind: 'html', html: `<p title="${'x'.repeat(MB)}">The ferry sailed on Monday.</p><meta name="description" content="${'y'.repeat(MB)}">` })],
  ['a 1 MB unterminated attribute', () => ({ kind: 'html', html: `<p title="${'x '.repeat(MB / 2)}` })],
  ['100,000 unclosed quote marks (text)', () => ({ kind: 'text', text: 'He said "'.repeat(100_000) })],
  ['100,000 unclosed curly quotes', () => ({ kind: 'text', text: 'Officials said “we will '.repeat(100_000) })],
  ['100,000 unclosed quote marks (HTML)', () => ({ kind: 'html', html: '<p>' + '"'.repeat(100_000) + ' “ « „'.repeat(25_000) + '</p>' })],
  ['mixed right-to-left text', () => ({ kind: 'text', text: 'القاهرة (رويترز) - قال مسؤولون "hello" שלום \u202eevil\u202c עולם 123 said. '.repeat(3_000) })],
  ['RTL HTML with dir attributes', () => ({ kind: 'html', html: '<html dir="rtl" lang="ar"><title>عنوان</title><p dir="rtl">قال \u200f"مرحبا"\u200e المسؤول. שלום</p>'.repeat(500) })],
  ['100,000 comment openers', () => ({ kind: 'html', html: '<!--'.repeat(100_000) })],
  ['1 MB of "<"', () => ({ kind: 'html', html: '<'.repeat(MB) })],
  ['100,000 entities', () => ({ kind: 'html', html: '<p>' + '&amp;&#x1F600;&#0;&#xD800;&nbsp;&bogus;'.repeat(20_000) + '</p>' })],
  ['deep JSON-LD', () => ({ kind: 'html', html: '<script type="application/ld+json">' + '['.repeat(100_000) + '</script><p>The ferry sailed.</p>' })],
  ['100,000 meta tags', () => ({ kind: 'html', html: '<meta name="author" content="Jane Doe">'.repeat(100_000) })],
  ['200,000 short lines', () => ({ kind: 'text', text: 'By A\n'.repeat(200_000) })],
  ['a long dateline-like run', () => ({ kind: 'text', text: 'MOSCOW '.repeat(500_000) + '(AP) —' })],
];

describe('extract: named hostile cases', () => {
  it.each(named)('%s', async (_name, make) => {
    await run(make());
  }, 60_000);
});
