/**
 * A light DOM built in one streaming pass by our own scanner: elements keep their tag,
 * attributes, children (elements or decoded text strings) and a parent link. Script and style
 * content is dropped except JSON-LD, which is collected apart. No recursion anywhere: the
 * scanner keeps its own stack of open elements and every walk here uses an explicit one.
 *
 * The scanner follows htmlparser2's tokenizer and parser (version 12, HTML mode, entities not
 * decoded by the tokenizer) rule for rule — tag names, attributes, comments, raw-text elements,
 * implied end tags, void elements, a nested <form> ignored, `</p>` and `</br>` without an
 * open element — but finds text, comments and quoted values with indexOf instead of walking
 * character by character through a state machine, and builds the nodes directly.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { isWhiteSpace } from '../white-space';

/**
 * The attributes the engine reads. The tree keeps these and no others: an attribute that no
 * stage reads is not sliced, decoded or stored, and every element's attributes have one shape
 * (an object with all of these fields, unset ones undefined), so reading `attrs.class` is a
 * plain field load instead of a dictionary lookup. A stage that needs another attribute adds its
 * name here (the type makes reading an unlisted name a compile error). Every field exists on
 * every record, so presence is `attrs.x !== undefined`, never `'x' in attrs`.
 */
export const KEPT_ATTRIBUTES = [
  'class', 'id', 'href', 'src', 'itemprop', 'content', 'property', 'name', 'rel', 'type', 'role', 'style',
  'datetime', 'lang', 'xml:lang', 'http-equiv', 'value', 'title', 'alt', 'width', 'height', 'srcset',
  'data-src', 'data-srcset', 'data-original', 'data-lazy-src', 'data-url', 'hidden', 'aria-hidden',
  'colspan', 'rowspan', 'pubdate', 'itemtype',
] as const;
export type AttrName = (typeof KEPT_ATTRIBUTES)[number];
/** An element's attributes: each kept name, undefined when the element does not have it. */
export type Attrs = { readonly [K in AttrName]: string | undefined };

/** A new attribute record with every field unset (one literal: one hidden class for all). */
function newAttrs(): { [K in AttrName]: string | undefined } {
  return {
    class: undefined, id: undefined, href: undefined, src: undefined, itemprop: undefined, content: undefined,
    property: undefined, name: undefined, rel: undefined, type: undefined, role: undefined, style: undefined,
    datetime: undefined, lang: undefined, 'xml:lang': undefined, 'http-equiv': undefined, value: undefined,
    title: undefined, alt: undefined, width: undefined, height: undefined, srcset: undefined,
    'data-src': undefined, 'data-srcset': undefined, 'data-original': undefined, 'data-lazy-src': undefined,
    'data-url': undefined, hidden: undefined, 'aria-hidden': undefined, colspan: undefined, rowspan: undefined,
    pubdate: undefined, itemtype: undefined,
  };
}

/** The attributes of an element that has none of the kept ones (shared, never written). */
export const NO_ATTRS: Attrs = Object.freeze(newAttrs());

export interface El {
  tag: string;
  attrs: Attrs;
  children: Node[];
  parent: El | null;
  /** Lower-cased "class id" (see classAndId), computed once on first use. */
  ci: string | undefined;
  /**
   * Scratch slots of the main-text stage (content.ts): `pass` is the id of the last scoring
   * pass that reached the element, `st` that stage's per-element record (statistics of that
   * pass, and what does not change between passes). Other stages leave them alone.
   */
  pass: number;
  st: unknown;
  /**
   * Scratch flags of the metadata stage (meta.ts): the element's context (article, aside,
   * chrome), and above them the bits of its class and id hints (see CLASS_SHIFT there).
   */
  mf: number;
}
export type Node = El | string;

/** A new element (every element has the same shape, which keeps property access fast). */
export function newEl(tag: string, attrs: Attrs, parent: El | null): El {
  return { tag, attrs, children: [], parent, ci: undefined, pass: 0, st: null, mf: 0 };
}

export interface ParsedTree {
  root: El;
  /** Raw text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** Text of the first <title>. */
  title: string | null;
}

/** Elements whose content we never keep as text (their text goes nowhere). */
const SKIP_TEXT = new Set(['script', 'style', 'template', 'svg', 'math', 'textarea', 'noscript', 'iframe', 'object']);

/**
 * Elements whose content is raw text up to their end tag (as the tokenizer treats them):
 * script and the like; title and textarea are the same here because entities are decoded later.
 */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'iframe', 'noembed', 'noframes', 'xmp']);

const AMP = /&/;
const SOFT_HYPHEN_RE = /\u00ad/g;

/**
 * Text without soft hyphens (U+00AD, written or as `&shy;`): a hint where a word may break,
 * invisible on the page. Kept, it would split words for search, quotes and names ("Bo\u00adzen").
 * The title loses them here, the main text when it is rendered (parseHtml).
 */
export function withoutSoftHyphens(s: string): string {
  return s.indexOf('\u00ad') < 0 ? s : s.replace(SOFT_HYPHEN_RE, '');
}
/** Any character that is not white space: a text node that is more than the space between tags. */
export const NOT_SPACE = /\S/;

/**
 * Elements that belong in <head>. Any other element (or visible text) met while <head> is
 * still open closes it, as an HTML5 parser does: pages that never write </head> or <body>
 * would otherwise keep their whole content inside <head>.
 */
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template', 'basefont', 'bgsound', 'object', 'param']);

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** An open element that these start tags close first (while it is the innermost one). */
const P_TAG = new Set(['p']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT_TAGS = new Set(['dd', 'dt']);
const RTP_TAGS = new Set(['rt', 'rp']);
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P_TAG],
  ['h1', HEADING_TAGS],
  ['h2', HEADING_TAGS],
  ['h3', HEADING_TAGS],
  ['h4', HEADING_TAGS],
  ['h5', HEADING_TAGS],
  ['h6', HEADING_TAGS],
  ['select', FORM_TAGS],
  ['input', FORM_TAGS],
  ['output', FORM_TAGS],
  ['button', FORM_TAGS],
  ['datalist', FORM_TAGS],
  ['textarea', FORM_TAGS],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT_TAGS],
  ['dt', DDT_TAGS],
  ['rt', RTP_TAGS],
  ['rp', RTP_TAGS],
  ['tbody', TABLE_SECTION_TAGS],
  ['tfoot', TABLE_SECTION_TAGS],
]);
for (const t of ['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']) IMPLIES_CLOSE.set(t, P_TAG);

/**
 * At most this many elements are built: the largest real pages hold about 12,000 elements, so beyond this
 * the page is pathological (a million <br> or <div>) and the rest of it is not read, which
 * keeps every later stage linear in a bounded tree.
 */
export const MAX_ELEMENTS = 40_000;

// Character codes.
const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DASH = 45;
const SLASH = 47;
const EQ = 61;
const GT = 62;
const QMARK = 63;
const LBRACKET = 91;
const DQUOTE = 34;
const SQUOTE = 39;

/** Where HTML rules apply again inside <svg>/<math>. */
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Whether the innermost of the open svg, math and integration-point elements is an integration point. */
function inIntegrationPoint(f: string[]): boolean {
  for (let k = f.length - 1; k > 0; k--) {
    const t = f[k];
    if (t === 'svg' || t === 'math') return false;
    if (INTEGRATION.has(t)) {
      if (t !== 'foreignobject') return true;
      // <foreignObject> is one in SVG only (where its name is "foreignObject").
      for (let m = k - 1; m >= 0; m--) if (f[m] === 'svg' || f[m] === 'math') return f[m] === 'svg';
    }
  }
  return false;
}

const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR || c === FF;
/** Ends a tag or attribute name: whitespace, "/" or ">". */
const endsName = (c: number) => c === SPACE || c === LF || c === TAB || c === CR || c === FF || c === SLASH || c === GT;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The end of a comment: "-->" or "--!>". */
const COMMENT_END = /--!?>/g;

/**
 * Common tag and attribute names, looked up by length and first character: a name read from the
 * page as one of these literals skips a slice and a lower-casing, and gives property keys that
 * need no internalizing.
 */
function nameTable(names: string[]): (string[] | undefined)[] {
  const table: (string[] | undefined)[] = new Array(NAME_SLOTS).fill(undefined);
  for (const w of names) {
    const key = nameKey(w.length, w.charCodeAt(0));
    if (key < 0) throw new Error(`nameTable: "${w}" is too long or does not start with a lower-case letter`);
    (table[key] ??= []).push(w);
  }
  return table;
}
/** Slots of a name table: names of 1 to 31 characters starting with a..z. */
const NAME_SLOTS = 32 * 32;
/** The slot of a name of `len` characters starting with the code `c`, or -1. */
function nameKey(len: number, c: number): number {
  const letter = c - 97;
  return len < 32 && letter >= 0 && letter < 26 ? (len << 5) | letter : -1;
}
const TAG_NAMES = nameTable([
  'a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'body', 'br', 'button', 'caption', 'circle', 'cite', 'code',
  'dd', 'defs', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'form', 'g', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'label', 'li', 'link', 'main',
  'meta', 'nav', 'noscript', 'ol', 'option', 'p', 'path', 'picture', 'pre', 'rect', 'script', 'section', 'select',
  'small', 'source', 'span', 'strong', 'style', 'sup', 'svg', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title',
  'tr', 'u', 'ul', 'use', 'video',
]);
const ATTR_NAMES = nameTable([...KEPT_ATTRIBUTES]);
const KEPT = new Set<string>(KEPT_ATTRIBUTES);

/** The kept attribute name `lower` (already lower case), or undefined. */
function keptName(lower: string): string | undefined {
  return KEPT.has(lower) ? lower : undefined;
}

/** The literal of `table` that html[start, end) spells exactly (lower case), if any. */
function knownName(html: string, start: number, end: number, table: (string[] | undefined)[]): string | undefined {
  const key = nameKey(end - start, html.charCodeAt(start));
  if (key < 0) return undefined;
  const list = table[key];
  if (list === undefined) return undefined;
  for (let i = 0; i < list.length; i++) if (html.startsWith(list[i] as string, start)) return list[i];
  return undefined;
}

const rawEndCache = new Map<string, RegExp>();
/** The end tag of a raw-text element: `</name` then whitespace, "/" or ">", any case. */
function rawEnd(name: string): RegExp {
  let re = rawEndCache.get(name);
  if (!re) {
    re = new RegExp(`</${name}[ \\t\\n\\f\\r/>]`, 'gi');
    rawEndCache.set(name, re);
  }
  return re;
}

export function buildTree(html: string, maxElements = MAX_ELEMENTS): ParsedTree {
  const root = newEl('#root', NO_ATTRS, null);
  let cur: El = root;
  const jsonLd: string[] = [];
  let title: string | null = null;
  let skipDepth = 0; // > 0 while inside a SKIP_TEXT element
  let ldBuf: string[] | null = null;
  let titleBuf: string[] | null = null;
  let elements = 0;
  // Entities are decoded here, not by the scanner: raw text is gathered until the next tag
  // event, then decoded once.
  let pending = '';

  // The open elements as the parser sees them (innermost last), with a count per name so
  // that an end tag with no open element is found in constant time. <head> stays on this stack
  // after content has moved on to <body> (`cur`), as in htmlparser2.
  const open: string[] = [];
  const openCount: Record<string, number> = Object.create(null);
  // Inside <svg> or <math>: the foreign element is built, what it holds is not; `foreign`
  // holds the names open inside it (its own name first).
  let foreign: string[] | null = null;

  const n = html.length;
  let stopped = false;

  // ---- tree building (what the parser's events do) ----
  const flushText = () => {
    const raw = pending;
    pending = '';
    const text = AMP.test(raw) ? decodeHTML(raw) : raw;
    if (cur.tag === 'head' && NOT_SPACE.test(text)) cur = leaveHead(cur, '#text');
    const ch = cur.children;
    const last = ch.length - 1;
    if (last >= 0 && typeof ch[last] === 'string') ch[last] = (ch[last] as string) + text;
    else ch.push(text);
  };

  const onText = (text: string) => {
    if (ldBuf) ldBuf.push(text);
    else if (titleBuf) titleBuf.push(text);
    else if (skipDepth === 0) pending += text;
  };

  /** An element starts (its start tag is complete); past the cap, reading stops instead. */
  const onOpen = (name: string, attrs: Attrs): void => {
    if (++elements > maxElements) {
      stopped = true;
      return;
    }
    if (pending) flushText();
    if (cur.tag === 'head' && !HEAD_TAGS.has(name)) cur = leaveHead(cur, name);
    const el = newEl(name, attrs, cur);
    cur.children.push(el);
    cur = el;
    if (SKIP_TEXT.has(name)) {
      skipDepth++;
      if (name === 'script' && skipDepth === 1) {
        const type = attrs.type;
        if (type && type.toLowerCase().includes('ld+json')) ldBuf = [];
      }
    } else if (name === 'title' && title === null && skipDepth === 0) {
      titleBuf = [];
    }
  };

  const onClose = (): void => {
    if (pending) flushText();
    if (cur === root) return;
    const tag = cur.tag;
    if (SKIP_TEXT.has(tag)) {
      skipDepth--;
      if (tag === 'script' && ldBuf) {
        jsonLd.push(ldBuf.join(''));
        ldBuf = null;
      }
    } else if (tag === 'title' && titleBuf) {
      const raw = titleBuf.join('');
      title = withoutSoftHyphens(AMP.test(raw) ? decodeHTML(raw) : raw);
      titleBuf = null;
    }
    cur = cur.parent ?? root;
  };

  /** The parser pops its innermost open element. */
  const pop = (): void => {
    const name = open.pop() as string;
    openCount[name]--;
    if (pending) flushText(); // (text may leave <head>)
    // The parser's own stack still holds the <head> we left: its end goes nowhere.
    if (name === 'head' && cur.tag !== 'head') return;
    onClose();
  };

  /** A start tag, after htmlparser2's Parser: implied end tags, void elements, nested forms. */
  const startTag = (name: string, attrs: Attrs, selfClosing: boolean): void => {
    if (name === 'image') name = 'img';
    if (name === 'form' && openCount.form > 0) return; // a second <form> is ignored
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (open.length && closes.has(open[open.length - 1])) pop();
    const isVoid = VOID.has(name);
    if (!isVoid) {
      open.push(name);
      openCount[name] = (openCount[name] ?? 0) + 1;
    }
    onOpen(name, attrs);
    if (stopped) return;
    if (isVoid) onClose();
    else if (name === 'svg' || name === 'math') {
      if (selfClosing) {
        open.pop();
        openCount[name]--;
        onClose();
      } else foreign = [name];
    }
  };

  const endTag = (name: string): void => {
    if (name === 'image') name = 'img';
    if (VOID.has(name)) {
      if (name === 'br') {
        onOpen('br', NO_ATTRS);
        if (!stopped) onClose();
      }
      return;
    }
    if (openCount[name] > 0) {
      while (open.length) {
        const top = open[open.length - 1];
        pop();
        if (top === name) break;
      }
    } else if (name === 'p') {
      onOpen('p', NO_ATTRS);
      if (!stopped) onClose();
    }
  };

  /** A start tag inside <svg>/<math>: counted, tracked for nesting, not built. */
  const foreignStart = (f: string[], name: string, selfClosing: boolean): void => {
    if (name === 'form' && (openCount.form > 0 || f.includes('form'))) return;
    if (++elements > maxElements) {
      stopped = true;
      return;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (f.length > 1 && closes.has(f[f.length - 1])) f.pop();
    if (!selfClosing && !VOID.has(name)) f.push(name);
  };

  /** An end tag inside <svg>/<math>: may close the foreign element, and then more. */
  const foreignEnd = (f: string[], name: string): void => {
    if (VOID.has(name)) {
      if (name === 'br' && ++elements > maxElements) stopped = true;
      return;
    }
    const at = f.lastIndexOf(name);
    if (at > 0) {
      f.length = at;
      return;
    }
    if (at === 0 || openCount[name] > 0) {
      // The foreign element itself ends (at === 0), or an element around it does.
      foreign = null;
      endTag(at === 0 ? f[0] : name);
      return;
    }
    if (name === 'p' && ++elements > maxElements) stopped = true;
  };

  // ---- the scanner ----
  let i = 0;
  while (i < n && !stopped) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      if (!foreign) onText(i === 0 ? html : html.slice(i));
      break;
    }
    if (lt > i && !foreign) onText(html.slice(i, lt));
    i = lt;
    if (lt + 1 >= n) {
      if (!foreign) onText('<');
      break;
    }
    const c = html.charCodeAt(lt + 1);
    if (isAlpha(c)) {
      // ---- start tag ----
      let j = lt + 2;
      while (j < n && !endsName(html.charCodeAt(j))) j++;
      if (j >= n) break; // a tag cut off by the end of input is dropped
      const name = knownName(html, lt + 1, j, TAG_NAMES) ?? html.slice(lt + 1, j).toLowerCase();
      let attrs: { [K in AttrName]: string | undefined } | null = null;
      let selfClosing = false;
      let complete = false;
      while (j < n) {
        let ch = html.charCodeAt(j);
        if (ch === GT) {
          j++;
          complete = true;
          break;
        }
        if (ch === SLASH) {
          j++;
          while (j < n && isSpace(html.charCodeAt(j))) j++;
          if (j < n && html.charCodeAt(j) === GT) {
            j++;
            selfClosing = true;
            complete = true;
            break;
          }
          continue;
        }
        if (isSpace(ch)) {
          j++;
          continue;
        }
        // An attribute name: this character, then up to "=", whitespace, "/" or ">".
        let k = j + 1;
        let upper = ch >= 65 && ch <= 90;
        while (k < n) {
          ch = html.charCodeAt(k);
          if (ch === EQ || endsName(ch)) break;
          if (ch >= 65 && ch <= 90) upper = true;
          k++;
        }
        if (k >= n) break;
        // Only kept names are looked at further (a name in capitals is lower-cased first).
        const aname = (knownName(html, j, k, ATTR_NAMES) ?? (upper ? keptName(html.slice(j, k).toLowerCase()) : undefined)) as
          | AttrName
          | undefined;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        if (k >= n) break;
        if (html.charCodeAt(k) !== EQ) {
          if (aname !== undefined) {
            attrs ??= newAttrs();
            if (attrs[aname] === undefined) attrs[aname] = '';
          }
          j = k;
          continue;
        }
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        if (k >= n) break;
        ch = html.charCodeAt(k);
        let from: number;
        let to: number;
        if (ch === DQUOTE || ch === SQUOTE) {
          const e = html.indexOf(ch === DQUOTE ? '"' : "'", k + 1);
          if (e < 0) {
            k = n;
            break;
          }
          from = k + 1;
          to = e;
          j = e + 1;
        } else {
          let e = k;
          while (e < n) {
            const d = html.charCodeAt(e);
            if (d === GT || isSpace(d)) break;
            e++;
          }
          if (e >= n) {
            k = n;
            break;
          }
          from = k;
          to = e;
          j = e;
        }
        if (aname === undefined) continue;
        attrs ??= newAttrs();
        if (attrs[aname] !== undefined) continue; // the first of a name counts
        const value = html.slice(from, to);
        attrs[aname] = value.indexOf('&') !== -1 ? decodeHTMLAttribute(value) : value;
      }
      if (!complete) break;
      i = j;
      if (foreign) {
        // Inside an HTML integration point (an SVG <title>, <foreignObject>…) raw-text
        // elements are raw text again and "/>" closes nothing, as in HTML.
        const htmlContext = inIntegrationPoint(foreign);
        const closed = selfClosing && (name === 'svg' || name === 'math' || (!htmlContext && !INTEGRATION.has(name)));
        foreignStart(foreign, name === 'image' && htmlContext ? 'img' : name, closed);
        if (stopped || !htmlContext) continue;
      } else {
        startTag(name, attrs ?? NO_ATTRS, selfClosing);
        if (stopped) break;
      }
      if (name === 'plaintext') {
        if (!foreign) onText(html.slice(i));
        break;
      }
      if (RAW_TEXT.has(name)) {
        // Raw text up to the end tag; the end tag then closes the element as usual.
        const re = rawEnd(name);
        re.lastIndex = i;
        const m = re.exec(html);
        if (!m) {
          if (i < n && !foreign) onText(html.slice(i));
          break;
        }
        if (foreign) foreignEnd(foreign, name);
        else {
          if (m.index > i) onText(html.slice(i, m.index));
          endTag(name);
        }
        if (stopped) break;
        const gt = html.indexOf('>', m.index + 2 + name.length);
        if (gt < 0) break;
        i = gt + 1;
      }
      continue;
    }
    if (c === SLASH) {
      // ---- end tag ----
      if (lt + 2 >= n) {
        if (!foreign) onText('</');
        break;
      }
      const c2 = html.charCodeAt(lt + 2);
      if (c2 === GT) {
        i = lt + 3; // "</>" is nothing
        continue;
      }
      if (!isAlpha(c2)) {
        const gt = html.indexOf('>', lt + 2); // a bogus comment
        if (gt < 0) break;
        i = gt + 1;
        continue;
      }
      let j = lt + 3;
      while (j < n && !endsName(html.charCodeAt(j))) j++;
      if (j >= n) break;
      const name = knownName(html, lt + 2, j, TAG_NAMES) ?? html.slice(lt + 2, j).toLowerCase();
      if (foreign) foreignEnd(foreign, name === 'image' && inIntegrationPoint(foreign) ? 'img' : name);
      else endTag(name);
      if (stopped) break;
      const gt = html.charCodeAt(j) === GT ? j : html.indexOf('>', j);
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }
    if (c === BANG) {
      // ---- comment, CDATA, doctype or other declaration: skipped ----
      let end: number;
      if (html.charCodeAt(lt + 2) === DASH && html.charCodeAt(lt + 3) === DASH) {
        const s = lt + 4;
        if (html.charCodeAt(s) === GT) end = s + 1;
        else if (html.charCodeAt(s) === DASH && html.charCodeAt(s + 1) === GT) end = s + 2;
        else {
          COMMENT_END.lastIndex = s;
          const m = COMMENT_END.exec(html);
          end = m ? m.index + m[0].length : -1;
        }
      } else if (html.charCodeAt(lt + 2) === LBRACKET && html.startsWith('CDATA[', lt + 3)) {
        const a = html.indexOf(']]>', lt + 9);
        end = a < 0 ? -1 : a + 3;
      } else {
        const a = html.indexOf('>', lt + 2);
        end = a < 0 ? -1 : a + 1;
      }
      if (end < 0) break;
      i = end;
      continue;
    }
    if (c === QMARK) {
      const gt = html.indexOf('>', lt + 2); // a bogus comment
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }
    // A "<" that starts no tag is text.
    if (!foreign) onText('<');
    i = lt + 1;
  }
  // The end of input (or of what is read) closes every open element.
  while (open.length) pop();
  if (pending) flushText();
  return { root, jsonLd, title };

  /** Close an open <head>: later content goes into a <body> (made up when there is none). */
  function leaveHead(head: El, next: string): El {
    const html = head.parent ?? root;
    if (next === 'body') return html;
    const body = newEl('body', NO_ATTRS, html);
    html.children.push(body);
    return body;
  }
}

/** Pre-order walk without recursion. `visit` returns false to skip an element's children. */
export function walk(start: El, visit: (el: El) => boolean | void): void {
  const stack: El[] = [start];
  while (stack.length) {
    const el = stack.pop() as El;
    if (visit(el) === false) continue;
    const ch = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/** All text under an element, raw (not collapsed). */
export function textOf(start: El): string {
  const out: string[] = [];
  const stack: Node[] = [start];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    if (n.tag === 'br') out.push(' ');
    const ch = n.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return out.join('');
}

/**
 * `collapse(textOf(start))` when that is shorter than `max` characters, else null. The walk
 * stops once it has seen `max` characters that are not whitespace (collapsing keeps them all),
 * so a byline or date rule that meets a page-wide wrapper does not gather the whole page.
 * With `textGap`, each text is set between gaps ("Mai<span>06</span>2018" reads "Mai 06 2018").
 */
export function shortTextOf(start: El, max: number, textGap = ''): string | null {
  const out: string[] = [];
  const stack: Node[] = [start];
  let solid = 0;
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      if (textGap) out.push(textGap, n, textGap);
      else out.push(n);
      for (let i = 0; i < n.length; i++) {
        if (!isWs(n.charCodeAt(i)) && ++solid >= max) return null;
      }
      continue;
    }
    if (n.tag === 'br') out.push(' ');
    const ch = n.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  const t = collapse(out.join(''));
  return t.length < max ? t : null;
}

/** The start of an element's text, white space collapsed, up to about `max` characters (cut at a word end). */
export function textPrefixOf(start: El, max: number): string {
  const out: string[] = [];
  const stack: Node[] = [start];
  let len = 0;
  while (stack.length && len < max) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      out.push(n);
      len += n.length;
      continue;
    }
    if (n.tag === 'br') out.push(' ');
    const ch = n.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  const t = collapse(out.join(''));
  return t.length <= max ? t : t.slice(0, max).replace(/\s+\S*$/, '');
}

/** Whitespace as `\s` matches it, for one UTF-16 unit. */
export const isWs = isWhiteSpace;

/**
 * A whitespace run other than a lone space, for `.replace(WS_RUN_RE, ' ')`: the same result as
 * `/\s+/g` (every run becomes one space), but the lone spaces between words, most of a text's
 * runs, are not matches to replace, which makes the replace several times faster.
 */
export const WS_RUN_RE = / ?[^\S ]\s*| {2,}\s*/g;

/** Collapse whitespace (including NBSP) to single spaces and trim. */
export function collapse(s: string): string {
  return s.replace(WS_RUN_RE, ' ').trim();
}

/** Lower-cased class and id ("class id"), cached on the element. */
export function classAndId(el: El): string {
  let ci = el.ci;
  if (ci === undefined) {
    const c = el.attrs.class;
    const i = el.attrs.id;
    ci = c && i ? (c + ' ' + i).toLowerCase() : (c || i || '').toLowerCase();
    el.ci = ci;
  }
  return ci;
}
