import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';

const para = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}, with enough words to count as prose, commas, clauses, and a full stop at the end of the sentence.</p>`).join('\n');

const shell = (main: string) => `<!doctype html><html lang="en"><head><title>Test page</title><style>p{color:red}</style></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience on our site, please accept them all.</div>
${main}
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story with a long headline here</a></li><li><a href="/b">Yet another story</a></li></ul></aside>
<footer><p>© 2024 Example Media Group, all rights reserved, every one of them.</p></footer>
<script>var x = "<p>not text</p>";</script>
</body></html>`;

describe('main text', () => {
  it('keeps the article and drops nav, header, footer, aside, banners, scripts, captions, forms, comments', () => {
    const html = shell(`<article><h1>Test page</h1>
      <div class="share-bar"><a href="https://social.example/share">Share</a> <a href="#">Tweet</a></div>
      ${para(4, 'tides')}
      <figure><img src="/t.jpg" alt="A tide"><figcaption>Caption text that should not be in the body.</figcaption></figure>
      <form><label>Email</label><input name="e"><button>Subscribe to our newsletter</button></form>
      <div class="newsletter-signup">Sign up for our daily newsletter for more stories like this one.</div>
      </article>
      <section id="comments"><div class="comment"><p>First comment by a reader who disagrees, strongly, with the article.</p></div></section>`);
    const d = parseHtml(html, 'https://site.example/story');
    expect(d.paragraphs).toHaveLength(4);
    expect(d.paragraphs[0]).toMatch(/^Paragraph 1 about tides/);
    const all = d.paragraphs.join(' ');
    for (const bad of ['Home', 'cookies', 'Most read', '©', 'not text', 'Caption text', 'Subscribe', 'newsletter', 'First comment', 'Share']) expect(all).not.toContain(bad);
  });

  it('prefers [itemprop=articleBody] and includes a story split over sibling containers', () => {
    const html = shell(`<div class="layout"><div class="story-part">${para(3, 'bridges')}</div>
      <div class="ad-slot"><a href="/ad">Buy now</a></div>
      <div class="story-part">${para(3, 'rivers')}</div></div>`);
    const d = parseHtml(html, null);
    expect(d.paragraphs.some((p) => p.includes('bridges'))).toBe(true);
    expect(d.paragraphs.some((p) => p.includes('rivers'))).toBe(true);
    expect(d.paragraphs.join(' ')).not.toContain('Buy now');

    const ip = shell(`<div class="promo-grid"><p>${'Unrelated teaser text, repeated. '.repeat(5)}</p></div><div itemprop="articleBody">${para(3, 'owls')}</div>`);
    const e = parseHtml(ip, null);
    expect(e.paragraphs.every((p) => p.includes('owls'))).toBe(true);
  });

  it('turns <div> text and <br>-separated text into paragraphs', () => {
    const long = 'This line of the story is long enough, with commas, to be scored as a paragraph of text';
    const html = shell(`<div class="post-content">${long} one.<br><br>${long} two.<br><br>${long} three.<div>${long} four, in a div.</div></div>`);
    const d = parseHtml(html, null);
    expect(d.paragraphs).toEqual([`${long} one.`, `${long} two.`, `${long} three.`, `${long} four, in a div.`]);
  });

  it('gives headings, list items and block quotes their own paragraphs, entities decoded, whitespace collapsed', () => {
    const html = shell(`<article>${para(2, 'maps')}<h2>A  subheading &amp; more</h2>
      <ul><li>First   point, a short one</li><li>Second point</li></ul>
      <blockquote><p>&ldquo;We will rebuild,&rdquo; she said.</p></blockquote>${para(1, 'roads')}</article>`);
    const d = parseHtml(html, null);
    expect(d.paragraphs).toContain('A subheading & more');
    expect(d.paragraphs).toContain('First point, a short one');
    expect(d.paragraphs).toContain('Second point');
    expect(d.paragraphs).toContain('“We will rebuild,” she said.');
  });

  it('never throws and survives deep nesting and large input', () => {
    const deep = '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(100_000);
    expect(() => parseHtml(deep, null)).not.toThrow();
    const big = '<html><body>' + para(20000, 'sand') + '</body></html>';
    expect(big.length).toBeGreaterThan(2_000_000);
    const d = parseHtml(big, null);
    expect(d.paragraphs.length).toBeGreaterThan(100);
    for (const junk of ['', '<<<>>>', '<html', '\u0000\uffff', '<p>unclosed <b>bold <i>x', 'plain text only']) expect(() => parseHtml(junk, 'not a url')).not.toThrow();
  });
});

describe('markdown', () => {
  it('writes headings, lists, quotes, emphasis, links and images', () => {
    const html = shell(`<article>
      <p>Intro with <em>emphasis</em>, <strong>strength</strong> and a <a href="/more">relative link</a>, plus commas, many, of them, to score.</p>
      <h2>Section</h2>
      <h3>Smaller</h3>
      <ul><li>One</li><li>Two with <a href="javascript:void(0)">script link</a></li></ul>
      <blockquote><p>Quoted words, spoken aloud at the meeting on Tuesday evening.</p></blockquote>
      <p><img src="/photo.jpg" alt="Harbor at dusk"><img src="https://track.example/p.gif" width="1" height="1"><a href="/x"></a>Closing paragraph, with a final thought, long enough to count as prose.</p>
      </article>`);
    const d = parseHtml(html, 'https://site.example/news/story');
    const md = d.markdown;
    expect(md).toContain('Intro with *emphasis*, **strength** and a [relative link](https://site.example/more), plus');
    expect(md).toContain('\n\n## Section\n\n### Smaller\n\n');
    expect(md).toContain('- One\n\n- Two with script link');
    expect(md).toContain('> Quoted words, spoken aloud');
    expect(md).toContain('![Harbor at dusk](https://site.example/photo.jpg)');
    expect(md).not.toContain('track.example');
    expect(md).not.toContain('[](');
    expect(md).not.toContain('javascript:');
    expect(d.paragraphs).toContain('Intro with emphasis, strength and a relative link, plus commas, many, of them, to score.');
  });
});
