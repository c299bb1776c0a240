import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTree, classAndId, collapse, KEPT_ATTRIBUTES, shortTextOf, textOf, WS_RUN_RE, type El } from '../../../src/engine/html/tree';

// Invented fixtures for the tree builder's own decoding and skipping.
const firstEl = (root: El, tag: string): El | null => {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop() as El;
    if (el.tag === tag) return el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return null;
};

describe('buildTree', () => {
  it('decodes entities in text, titles and attribute values', () => {
    const t = buildTree('<html><head><title>Fish &amp; Chips &#8211; A&nbsp;Guide</title></head><body><p>Salt &lt;and&gt; vinegar &copy 2024 &eacute;t&#xE9;</p><a href="/x?a=1&amp;b=2&copy=3" title="Q&amp;A">link</a></body></html>');
    expect(t.title).toBe('Fish & Chips \u2013 A\u00a0Guide');
    expect(textOf(firstEl(t.root, 'p') as El)).toBe('Salt <and> vinegar \u00a9 2024 \u00e9t\u00e9');
    const a = firstEl(t.root, 'a') as El;
    // In attributes a legacy entity followed by "=" stays as written.
    expect(a.attrs.href).toBe('/x?a=1&b=2&copy=3');
    expect(a.attrs.title).toBe('Q&A');
  });

  it('drops soft hyphens, written or as entities, from the title', () => {
    // a hyphenation hint, invisible on the page: kept, it splits words for search and names
    const t = buildTree('<html><head><title>Wein&shy;bau in Bo\u00adzen &#173;&#xAD;</title></head><body><p>x</p></body></html>');
    expect(t.title).toBe('Weinbau in Bozen ');
  });

  it('decodes an entity split across the parser chunk boundary', () => {
    const pad = 'x'.repeat((1 << 16) - '<p>'.length - 2);
    const t = buildTree(`<p>${pad}&amp;tail</p>`);
    expect(textOf(firstEl(t.root, 'p') as El)).toBe(`${pad}&tail`);
  });

  it('keeps script content raw and JSON-LD apart', () => {
    const t = buildTree('<script type="application/ld+json">{"headline":"A &amp; B"}</script><p>Text</p>');
    expect(t.jsonLd).toEqual(['{"headline":"A &amp; B"}']);
  });

  it('keeps an <svg> element but not its content, and goes on after it', () => {
    const t = buildTree('<div><svg class="icon"><g><path d="M0 0"/><title>Icon</title></g></svg><p>After the icon</p></div>');
    const svg = firstEl(t.root, 'svg') as El;
    expect(svg).not.toBeNull();
    expect(svg.children).toEqual([]);
    const p = firstEl(t.root, 'p') as El;
    expect(p.parent?.tag).toBe('div');
    expect(textOf(p)).toBe('After the icon');
    expect(t.title).toBeNull();
  });

  it('caches the lower-cased class and id', () => {
    const t = buildTree('<div class="Story Body" id="Main">x</div>');
    const div = firstEl(t.root, 'div') as El;
    expect(classAndId(div)).toBe('story body main');
    expect(classAndId(div)).toBe('story body main');
  });
});

// The attributes an element has (the record holds every kept name; unset ones are undefined).
const setAttrs = (el: El): Record<string, string> =>
  Object.fromEntries(Object.entries(el.attrs).filter(([, v]) => v !== undefined)) as Record<string, string>;

// The tree as a compact string: tag{attrs}(children), text as JSON.
const shape = (html: string): string => {
  const rec = (n: El | string): string => {
    if (typeof n === 'string') return JSON.stringify(n);
    const a = setAttrs(n);
    return `${n.tag}${Object.keys(a).length ? JSON.stringify(a) : ''}(${n.children.map(rec).join(',')})`;
  };
  return buildTree(html).root.children.map(rec).join(',');
};

describe('buildTree: the scanner follows an HTML parser on awkward input', () => {
  it('skips comments of every form, CDATA and processing instructions', () => {
    expect(shape('<p>a<!-- x --!>b<!-->c<!--->d</p>')).toBe('p("abcd")');
    expect(shape('<div>x</div><![CDATA[ y ]]><?php echo 1 ?>1 < 2')).toBe('div("x"),"1 < 2"');
  });

  it('reads script, title and textarea content as raw text up to their end tag', () => {
    expect(shape('<div><script>if (a < b) document.write("<p>no</p>")</script><p>yes</p></div>')).toBe('div(script(),p("yes"))');
    const t = buildTree('<title>A &amp; <b>B</b></title><textarea><b>raw</b></textarea><p>after</p>');
    expect(t.title).toBe('A & <b>B</b>');
    expect(shape('<textarea><b>raw</b></textarea><plaintext><p>all text')).toBe('textarea(),plaintext("<p>all text")');
  });

  it('reads unquoted, repeated and valueless attributes, lower-cases names, decodes values', () => {
    expect(shape(`<A HREF=/x?a=1&amp;b=2 title="T" title="dup" hidden data-src='q"q'>link</A>`)).toBe(
      'a{"href":"/x?a=1&b=2","title":"T","data-src":"q\\"q","hidden":""}("link")',
    );
  });

  it('keeps only the attributes the engine reads, whatever their case, and reads past the others', () => {
    const { root } = buildTree(`<div data-x='a>b' onclick="f('>')" CLASS="Story" Data-Y=1 ID=main>t</div><p>after</p>`);
    const div = firstEl(root, 'div') as El;
    expect(setAttrs(div)).toEqual({ class: 'Story', id: 'main' });
    expect(textOf(div)).toBe('t');
    expect(textOf(firstEl(root, 'p') as El)).toBe('after');
    // every element's record has the same fields, in the same order
    expect(Object.keys(div.attrs)).toEqual([...KEPT_ATTRIBUTES]);
    expect(Object.keys((firstEl(root, 'p') as El).attrs)).toEqual([...KEPT_ATTRIBUTES]);
  });

  it('ignores attributes named like object properties', () => {
    const { root } = buildTree('<div __proto__="a" constructor="b" hasownproperty="c" class="x">t</div>');
    const div = firstEl(root, 'div') as El;
    expect(setAttrs(div)).toEqual({ class: 'x' });
    expect(Object.getPrototypeOf(div.attrs)).toBe(Object.prototype);
  });
  it('closes elements as HTML does: implied end tags, stray </p> and </br>, a nested form, <image>', () => {
    expect(shape('<p>one<p>two<ul><li>a<li>b</ul>')).toBe('p("one"),p("two"),ul(li("a"),li("b"))');
    expect(shape('<div>x</p>y</br>z</div>')).toBe('div("x",p(),"y",br(),"z")');
    expect(shape('<form id=a><form id=b><input name=q></form>after')).toBe('form{"id":"a"}(input{"name":"q"}()),"after"');
    expect(shape('<image src=i.png><svg Class="i"/><p>after</p>')).toBe('img{"src":"i.png"}(),svg{"class":"i"}(),p("after")');
  });

  it('drops a tag cut off by the end of input', () => {
    expect(shape('<p>cut <a href="x')).toBe('p("cut ")');
  });
});

describe('collapse and WS_RUN_RE', () => {
  it('turn every whitespace run into one space, as /\\s+/g does', () => {
    const chars = fc.constantFrom(' ', ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'b', '.');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(s.replace(WS_RUN_RE, ' ')).toBe(s.replace(/\s+/g, ' '));
        expect(collapse(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
  it('leaves lone spaces alone and joins the rest', () => {
    expect(collapse('  one two\u00a0three \n\t four  ')).toBe('one two three four');
    expect('a b'.replace(WS_RUN_RE, '_')).toBe('a b');
    expect('a  b\tc \nd'.replace(WS_RUN_RE, '_')).toBe('a_b_c_d');
  });
});

describe('shortTextOf', () => {
  it('is the collapsed text when shorter than the limit, else null', () => {
    const piece = fc.constantFrom('ab', ' ', '\n\t', '\u00a0', '\u3000', '\u0001', '\ufeffx', '<br>', '<b>c d</b>', '<i> </i>', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 30 }), (parts, max) => {
        const div = firstEl(buildTree(`<div>${parts.join('')}</div>`).root, 'div') as El;
        const t = collapse(textOf(div));
        expect(shortTextOf(div, max)).toBe(t.length < max ? t : null);
      }),
      { numRuns: 2000 },
    );
  });
  it('stops early on a long text', () => {
    const div = firstEl(buildTree(`<div><p>Jane Doe</p>${'<p>words and more words</p>'.repeat(10_000)}</div>`).root, 'div') as El;
    expect(shortTextOf(div, 100)).toBeNull();
    expect(shortTextOf(firstEl(div, 'p') as El, 100)).toBe('Jane Doe');
  });
});
