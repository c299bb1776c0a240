import { describe, expect, it } from 'vitest';
import { classBits, ownClassBits } from '../../../src/engine/html/meta';

// The class reading as first written: each pattern run on every class string. The fast path
// (one scan for any hint word first) must give the same bits for every string.
const DATE_CLASS_RE = /date|datum|time|publish|posted|pubdate|dateline|byline|(?:entry|post|article|listing|story|blog|asset)[-_]?meta|meta-info|postinfo|info|release|created|submitted/;
const NOT_DATE_CLASS_RE = /updat|modif|comment|related|sidebar|footer|widget|copyright|archive|calendar|event/;
const ASIDE_CLASS_RE = /comment|respond|sidebar/;
const LAYOUT_TOKEN_RE = /(?:^|\s)(?:has|with|without|no|show|hide|is)-\S*/g;
const BYLINE_RE = /(?:^|[^a-z])(?:byline|by-line|author|autor|auteur|writtenby|written-by|p-author|contributor|article-by|verfasser)(?:[^a-z]|$)|byline|authorname|author-name|authors|autorenzeile|autorzeile/;
const NOT_BYLINE_CLASS_RE = /comment|avatar|image|img|photo|bio/;
const SCAN_SKIP_CLASS_RE = /comment|related|sidebar|footer|widget|copyright|cookie|newsletter/;
const POST_CLASS_RE = /(?:^|\s)(?:hentry|h-entry|type-post|post-\d+|article|main|main-content)(?:\s|$)/;
const ownClass = (ci: string) => (ci.includes('-') ? ci.replace(LAYOUT_TOKEN_RE, ' ') : ci);
function referenceBits(ci: string): number {
  return (
    1 |
    (ASIDE_CLASS_RE.test(ownClass(ci)) ? 2 : 0) |
    (DATE_CLASS_RE.test(ci) && !NOT_DATE_CLASS_RE.test(ci) ? 4 : 0) |
    (BYLINE_RE.test(ci) && !NOT_BYLINE_CLASS_RE.test(ci) ? 8 : 0) |
    (SCAN_SKIP_CLASS_RE.test(ci) && SCAN_SKIP_CLASS_RE.test(ownClass(ci)) && !POST_CLASS_RE.test(ci) ? 32 : 0)
  );
}

/** Class words: the hint words, their near misses and neighbours, layout tokens, plain words. */
const WORDS = [
  'date', 'datum', 'dat', 'time', 'timestamp', 'publish', 'published', 'posted', 'pubdate', 'dateline', 'byline', 'by-line', 'by', 'line',
  'entry-meta', 'post-meta', 'article-meta', 'meta-info', 'meta', 'postinfo', 'info', 'release', 'created', 'submitted',
  'postmetadata', 'entry_meta', 'listing_meta', 'listing', 'story-meta', 'blogmeta', 'asset-meta', 'asset',
  'author', 'autor', 'auteur', 'aut', 'authors', 'authorname', 'author-name', 'p-author', 'writtenby', 'written-by', 'written', 'contributor',
  'article-by', 'verfasser', 'autorenzeile', 'autorzeile', 'coauthor', 'author_box',
  'comment', 'comments', 'respond', 'sidebar', 'has-sidebar', 'with-comments', 'no-sidebar', 'is-comment', 'show-respond', 'hide-x',
  'updated', 'modified', 'related', 'footer', 'widget', 'copyright', 'archive', 'calendar', 'event', 'avatar', 'image', 'img', 'photo', 'bio',
  'author vcard', 'vcard', 'fn', 'username', 'byline-name', 'post-author-name', 'autor-name', 'author_name', 'author-bio', 'description',
  'cookie', 'newsletter', 'has-footer', 'with-widget', 'hentry', 'h-entry', 'type-post', 'post-12', 'main-content', 'footer-widget',
  'container', 'nav-item', 'col-md-6', 'post', 'entry', 'article', 'main', 'x', '',
];

describe('class bits', () => {
  it('equal the reading by each pattern alone for single words, pairs and triples of class words', () => {
    const seen: string[] = [];
    for (const a of WORDS) {
      for (const b of WORDS) {
        seen.push(`${a} ${b}`.trim(), `${a}${b}`, `${a}-${b}`);
        for (const c of ['sidebar', 'date', 'has-date', 'author', 'x']) seen.push(`${a} ${b} ${c}`);
      }
    }
    const differing = seen.filter((ci) => (classBits(ci) & (15 | 32)) !== referenceBits(ci));
    expect(differing).toEqual([]);
  });
  it('mark every class that names an author or a bio, whatever the case and the id', () => {
    const missed: string[] = [];
    for (const a of WORDS) {
      for (const b of WORDS) {
        for (const cls of [`${a} ${b}`, `${a}${b}`, `${a} ${b}`.toUpperCase(), `${a[0]?.toUpperCase() ?? ''}${a.slice(1)} ${b}`]) {
          if (!ownClassBits(cls)) continue;
          for (const id of ['', 'x', 'main']) {
            const ci = (id ? `${cls} ${id}` : cls).toLowerCase();
            if (!(classBits(ci) & 16)) missed.push(ci);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(ownClassBits('author vcard')).toBe(1);
    expect(ownClassBits('Author-Bio')).toBe(2);
  });
  it('read a sidebar, a date and a byline', () => {
    expect(classBits('sidebar') & 2).toBe(2);
    expect(classBits('has-sidebar main') & 2).toBe(0);
    expect(classBits('entry-date') & 4).toBe(4);
    expect(classBits('byline') & 8).toBe(8);
    expect(classBits('container')).toBe(1);
  });
});
