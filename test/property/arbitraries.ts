/** fast-check generators of hostile text and HTML: random, structured, and mutated fixtures. */
import fc from 'fast-check';
import { STORY_PAGE, WIRE_STORY } from '../fixtures/stories';

const TAGS = ['p', 'div', 'span', 'article', 'main', 'section', 'h1', 'h2', 'a', 'b', 'i', 'em', 'li', 'ul', 'table', 'td', 'tr', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'title', 'meta', 'br', 'img', 'time', 'header', 'footer', 'nav', 'blockquote', 'q', 'pre', 'code', 'textarea', 'select', 'option', 'form'];
const ATTRS = ['class', 'id', 'href', 'src', 'content', 'name', 'property', 'itemprop', 'datetime', 'lang', 'dir', 'rel', 'type', 'charset', 'onerror', 'style'];
const NASTY = ['<', '>', '"', "'", '&', '&#', '&#x', '&amp;', '&#0;', '&#xD800;', '<!--', '-->', '<![CDATA[', ']]>', '</', '/>', '=', '\u0000', '\ufeff', '\u202e', '\u200f', '\r', '\n', '“', '”', '«', '»', '—', 'By ', ' (AP) — ', 'MOSCOW (Reuters) -', '<script>', '</script>', 'javascript:', '\ud800', '\udfff'];

/** Words and separators that engine heuristics look at (wire headers, datelines, bylines, quotes). */
const word = fc.oneof(
  fc.constantFrom('the', 'said', 'By', 'AP', 'Reuters', 'MOSCOW', 'Lisbon', '(AP)', '—', '-', '"', '“', '”', 'Jane', 'Doe', 'on', 'Monday', '2024-03-05', 'March', '5,', 'Mr.', 'U.S.', '...', 'and', '|', ':', 'de', 'von', '\u05e9\u05dc\u05d5\u05dd', 'القاهرة', '東京', 'Ω'),
  fc.string({ maxLength: 12 }),
);

export const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 500 }),
  fc.array(word, { maxLength: 400 }).map((ws) => ws.join(' ')),
  fc.array(fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' ')), { maxLength: 30 }).map((ps) => ps.join('\n\n')),
);

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY)), fc.constantFrom('"', "'", ''))
  .map(([k, v, q]) => ` ${k}=${q}${v}${q}`);

type Node = string;
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(word, fc.constantFrom(...NASTY)),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attrs, kids, close]) => `<${tag}${attrs.join('')}>${kids.join(' ')}${close ? `</${tag}>` : ''}`),
  ),
}));

export const htmlArb = fc.oneof(
  node,
  fc.array(node, { maxLength: 20 }).map((ns) => `<!doctype html><html><head><title>${ns[0] ?? ''}</title></head><body>${ns.join('')}</body></html>`),
  fc.string({ unit: 'binary', maxLength: 2000 }),
);

/** A fixture with random edits: cuts, duplications, and nasty tokens inserted at random places. */
function mutated(base: string) {
  const edit = fc.oneof(
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(...NASTY)),
    fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 200 })),
    fc.tuple(fc.constant('dup' as const), fc.nat(), fc.integer({ min: 1, max: 400 })),
  );
  return fc.array(edit, { minLength: 1, maxLength: 25 }).map((edits) => {
    let s = base;
    for (const [op, at, arg] of edits) {
      const i = at % (s.length + 1);
      if (op === 'insert') s = s.slice(0, i) + arg + s.slice(i);
      else if (op === 'delete') s = s.slice(0, i) + s.slice(i + (arg as number));
      else s = s.slice(0, i) + s.slice(i, i + (arg as number)).repeat(3) + s.slice(i);
    }
    return s;
  });
}

export const mutatedHtmlArb = mutated(STORY_PAGE);
export const mutatedTextArb = mutated(WIRE_STORY);
