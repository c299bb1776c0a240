/**
 * A light DOM built in one streaming pass with htmlparser2's Parser: elements keep their tag,
 * attributes, children (elements or decoded text strings) and a parent link. Script and style
 * content is dropped except JSON-LD, which is collected apart. No recursion anywhere: the
 * parser keeps its own stack and every walk here uses an explicit one.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
  /** Lower-cased "class id" (see classAndId), computed once on first use. */
  ci?: string;
}
export type Node = El | string;

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
 * Foreign content (icons, formulas): only the element itself is kept; what it holds (paths,
 * groups, MathML) carries no text and no metadata, so it is not built (it still counts toward
 * the element cap).
 */
const SKIP_SUBTREE = new Set(['svg', 'math']);

const AMP = /&/;

/**
 * Elements that belong in <head>. Any other element (or visible text) met while <head> is
 * still open closes it, as an HTML5 parser does: pages that never write </head> or <body>
 * would otherwise keep their whole content inside <head>.
 */
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template', 'basefont', 'bgsound', 'object', 'param']);

/**
 * At most this many elements are built: the largest real pages hold about 12,000 elements, so beyond this
 * the page is pathological (a million <br> or <div>) and the rest of it is not read, which
 * keeps every later stage linear in a bounded tree.
 */
export const MAX_ELEMENTS = 40_000;
const CHUNK = 1 << 16;

export function buildTree(html: string, maxElements = MAX_ELEMENTS): ParsedTree {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null, ci: undefined };
  let cur: El = root;
  const jsonLd: string[] = [];
  let title: string | null = null;
  let skipDepth = 0; // > 0 while inside a SKIP_TEXT element
  let ldBuf: string[] | null = null;
  let titleBuf: string[] | null = null;
  let depth = 0;
  let fastStack = false;
  let elements = 0;
  let ignored = 0; // elements opened past the cap, or inside svg/math, and not closed yet (always the innermost)
  let ignoredCapped = false; // whether `ignored` counts elements past the cap (else inside svg/math)
  // Entities are decoded here, not by the tokenizer (whose entity-aware scan goes character by
  // character): raw text is gathered until the next tag event, then decoded once.
  let pending = '';

  const flushText = () => {
    const raw = pending;
    pending = '';
    const text = AMP.test(raw) ? decodeHTML(raw) : raw;
    if (cur.tag === 'head' && /\S/.test(text)) cur = leaveHead(cur, '#text');
    const ch = cur.children;
    const last = ch.length - 1;
    if (last >= 0 && typeof ch[last] === 'string') ch[last] = (ch[last] as string) + text;
    else ch.push(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > 256 && !fastStack) fastStack = installFastStack(parser);
        if (ignored > 0) {
          ignored++;
          if (ignoredCapped || ++elements > maxElements) ignoredCapped = true;
          return;
        }
        if (++elements > maxElements) {
          ignored++;
          ignoredCapped = true;
          return;
        }
        if (pending) flushText();
        if (cur.tag === 'head' && !HEAD_TAGS.has(name)) cur = leaveHead(cur, name);
        for (const k in attribs) {
          const v = attribs[k];
          if (AMP.test(v)) attribs[k] = decodeHTMLAttribute(v);
        }
        const el: El = { tag: name, attrs: attribs, children: [], parent: cur, ci: undefined };
        cur.children.push(el);
        cur = el;
        if (SKIP_TEXT.has(name)) {
          skipDepth++;
          if (name === 'script' && skipDepth === 1) {
            const type = (attribs.type || '').toLowerCase();
            if (type.includes('ld+json')) ldBuf = [];
          }
          if (SKIP_SUBTREE.has(name)) ignored = 1; // the element itself is built; its content is not
        } else if (name === 'title' && title === null && skipDepth === 0) {
          titleBuf = [];
        }
      },
      ontext(text) {
        if (elements > maxElements) return;
        if (ldBuf) {
          ldBuf.push(text);
          return;
        }
        if (titleBuf) {
          titleBuf.push(text);
          return;
        }
        if (skipDepth > 0) return;
        pending += text;
      },
      onclosetag(name, implied) {
        depth--;
        if (ignored > 1 || (ignored === 1 && ignoredCapped)) {
          ignored--;
          return;
        }
        if (ignored === 1) ignored = 0; // the svg/math element itself closes below
        if (pending) flushText();
        if (cur === root) return;
        // The parser's own stack still holds the <head> we left: ignore its end tag here.
        if (name === 'head' && cur.tag !== 'head') return;
        void implied;
        if (SKIP_TEXT.has(cur.tag)) {
          skipDepth--;
          if (cur.tag === 'script' && ldBuf) {
            jsonLd.push(ldBuf.join(''));
            ldBuf = null;
          }
        } else if (cur.tag === 'title' && titleBuf) {
          const raw = titleBuf.join('');
          title = AMP.test(raw) ? decodeHTML(raw) : raw;
          titleBuf = null;
        }
        void name;
        cur = cur.parent ?? root;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  for (let i = 0; i < html.length && elements <= maxElements; i += CHUNK) parser.write(html.slice(i, i + CHUNK));
  parser.end();
  if (pending && elements <= maxElements) flushText();
  return { root, jsonLd, title };

  /** Close an open <head>: later content goes into a <body> (made up when there is none). */
  function leaveHead(head: El, next: string): El {
    const html = head.parent ?? root;
    if (next === 'body') return html;
    const body: El = { tag: 'body', attrs: {}, children: [], parent: html, ci: undefined };
    html.children.push(body);
    return body;
  }
}

/**
 * htmlparser2 keeps its open-element stack innermost-first with Array#unshift/shift, which is
 * quadratic on deeply nested input (100,000 nested elements take seconds). Swap in a stack with
 * the same array-like interface (index 0 = innermost) backed by push/pop, plus a count per tag
 * name so that a stray end tag does not scan the whole stack. Installed once the nesting gets
 * deep (a Proxy costs a little on ordinary pages), and only when the parser has the array
 * field this relies on (htmlparser2 12); otherwise the parser is left as it is.
 */
function installFastStack(parser: Parser): boolean {
  const holder = parser as unknown as { stack?: unknown };
  if (!Array.isArray(holder.stack)) return true;
  const old = holder.stack as unknown[];
  if (!old.every((x) => typeof x === 'string')) return true;
  // The parser's array is innermost-first; ours is innermost-last.
  const a: string[] = (old as string[]).slice().reverse();
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  const api = {
    unshift(x: string): number {
      a.push(x);
      counts.set(x, (counts.get(x) ?? 0) + 1);
      return a.length;
    },
    shift(): string | undefined {
      const x = a.pop();
      if (x !== undefined) counts.set(x, (counts.get(x) ?? 1) - 1);
      return x;
    },
    includes(x: string): boolean {
      return (counts.get(x) ?? 0) > 0;
    },
    indexOf(x: string): number {
      if (!((counts.get(x) ?? 0) > 0)) return -1;
      const i = a.lastIndexOf(x);
      return i < 0 ? -1 : a.length - 1 - i;
    },
  };
  holder.stack = new Proxy(api, {
    get(target, prop) {
      if (prop === 'length') return a.length;
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if (c >= 48 && c <= 57) return a[a.length - 1 - Number(prop)];
      }
      return (target as Record<string | symbol, unknown>)[prop];
    },
    set(_target, prop, value) {
      if (prop === 'length' && typeof value === 'number') {
        if (value === 0) {
          a.length = 0;
          counts.clear();
        } else {
          while (a.length > value) api.shift();
        }
        return true;
      }
      return false;
    },
  });
  return true;
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

const WS_RE = /\s+/g;
/** Collapse whitespace (including NBSP) to single spaces and trim. */
export function collapse(s: string): string {
  return s.replace(WS_RE, ' ').trim();
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
