/**
 * Main-text selection by candidate scoring (in the spirit of Readability): paragraphs give
 * points to their ancestors, link-heavy candidates lose them, the best candidate is taken with
 * the siblings that look like more of the story. Three passes, each less strict, when the
 * first finds too little. All walks are iterative.
 */
import {
  AD_LABEL, BLOCK, DROP, MAYBE_RE, NEGATIVE_RE, POSITIVE_RE, CREDIT_LEAD_RE, CREDIT_START_RE, RELATED_LABEL, RELATED_LEAD_RE, ROLES, SHARE_RE, SKIP_LINK_RE, STRONG_SHARE_RE, SUMMARY_LABEL,
  UNLIKELY_RE, CTA_VERB_RE, CTA_OBJECT_RE, ABOUT_PERSON_RE, COMMENTS_HEADING_RE,
} from './hints';
import { classAndId, isWs, WS_RUN_RE, type El, type Node } from './tree';
import { isGivenNameAlone, isPersonalName } from './authors';
import { isLeadLine, LEAD_LINE_TAGS, LEAD_ZONE, MAX_LEAD_LINE, MIN_STORY_AFTER_LEAD, normTitle } from './lead-lines';

/**
 * What this stage keeps on each element (El.st): the statistics and score of the current pass
 * (valid while El.pass equals that pass's id), and what does not change between passes.
 */
interface Stats {
  /** Collapsed text length. */
  text: number;
  /** Text length inside links (hash links weigh 0.3). */
  link: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  /** Has a block-level descendant. */
  block: boolean;
  score: number;
  /** The pass whose score `score` is (an element has a score only once credited). */
  scored: number;
  // Independent of the pass:
  /** Collapsed length and commas of the element's own text children (-1: not yet counted). */
  own: number;
  ownCommas: number;
  /** See runTexts (null: not yet computed). */
  textLens: number[] | null;
  textCommas: number[] | null;
  /** Class weight (NaN: not yet computed). */
  cw: number;
  /** HINT_* bits (0: not yet computed). */
  hint: number;
}

export interface Selection {
  /** Elements to render, in document order. */
  roots: El[];
  /** Elements removed on this pass (never rendered). */
  removed: Set<El>;
  textLength: number;
}

const FLAG_STRIP_UNLIKELY = 1;
const FLAG_WEIGHT_CLASSES = 2;
const FLAG_CLEAN_CONDITIONALLY = 4;

const HINT_DONE = 1;
/** Dropped on every pass (a dropped tag, hidden, a boilerplate role). */
const HINT_DROP = 2;
/** Dropped on the strict pass (an unlikely class or id, a <header>). */
const HINT_UNLIKELY = 4;
/** The class or id is an unlikely candidate's (not rescued by a "maybe" word). */
const HINT_UNLIKELY_CI = 8;

/** The id of the current pass: statistics on an element belong to it when El.pass equals it. */
let pass = 0;

const NOT_BLANK = /\S/;

function rec(el: El): Stats {
  let s = el.st as Stats | null;
  if (!s) {
    s = { text: 0, link: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, block: false, score: 0, scored: 0, own: -1, ownCommas: 0, textLens: null, textCommas: null, cw: NaN, hint: 0 };
    el.st = s;
  }
  return s;
}

/** The element's statistics on this pass (undefined when the pass did not reach it: removed). */
function statsOf(el: El): Stats | undefined {
  return el.pass === pass ? (el.st as Stats) : undefined;
}

/** The element's score on this pass, if it has one. */
function scoreOf(el: El): number | undefined {
  const s = el.st as Stats | null;
  return s && s.scored === pass ? s.score : undefined;
}

function isComma(c: number): boolean {
  return c === 44 || (c >= 0x60c && (c === 0x060c || c === 0xfe50 || c === 0xfe10 || c === 0xfe11 || c === 0x2e41 || c === 0x2e34 || c === 0x2e32 || c === 0xff0c || c === 0x3001));
}

/** Set by measure(): collapsed length (each whitespace run counts once) and commas of a text. */
let mLen = 0;
let mCommas = 0;
function measure(s: string): void {
  if (s.length > 4 && isWs(s.charCodeAt(0)) && !NOT_BLANK.test(s)) {
    // Blank text (indentation between tags, the most common text of all): one space.
    mLen = 1;
    mCommas = 0;
    return;
  }
  let n = 0;
  let commas = 0;
  let inWs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0x80) {
      n++;
      inWs = false;
      if (c === 44) commas++;
    } else if (isWs(c)) {
      if (!inWs) n++;
      inWs = true;
    } else {
      n++;
      inWs = false;
      if (isComma(c)) commas++;
    }
  }
  mLen = n;
  mCommas = commas;
}

function textLen(s: string): number {
  measure(s);
  return mLen;
}

const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: El): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a.class || '')) return true;
  if (a.style && HIDDEN_STYLE_RE.test(a.style)) return true;
  return false;
}

/** A skip link: an in-page link ("#content") whose class or id names it one (SKIP_LINK_HINTS). */
function isSkipLink(el: El): boolean {
  if (el.tag !== 'a' || el.attrs.href?.charCodeAt(0) !== 35) return false;
  const ci = classAndId(el);
  return !!ci && SKIP_LINK_RE.test(ci);
}

function classWeight(el: El): number {
  const st = rec(el);
  if (st.cw === st.cw) return st.cw;
  let w = 0;
  const c = (el.attrs.class || '').toLowerCase();
  const id = (el.attrs.id || '').toLowerCase();
  if (c) {
    if (NEGATIVE_RE.test(c)) w -= 25;
    if (POSITIVE_RE.test(c)) w += 25;
  }
  if (id) {
    if (NEGATIVE_RE.test(id)) w -= 25;
    if (POSITIVE_RE.test(id)) w += 25;
  }
  st.cw = w;
  return w;
}

function baseScore(el: El): number {
  switch (el.tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'article':
      return 8;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

function hasAncestor(el: El, tags: Set<string>, maxDepth = 30): boolean {
  let p = el.parent;
  let d = 0;
  while (p && d < maxDepth) {
    if (tags.has(p.tag)) return true;
    p = p.parent;
    d++;
  }
  return false;
}
const TABLE_CODE = new Set(['table', 'code', 'pre']);

const FORM_FIELDS = new Set(['input', 'textarea', 'select', 'button']);
/**
 * A <form> that wraps the page (ASP.NET and similar frameworks put the whole body in one) is
 * a layout wrapper, not a form: it holds paragraphs of prose and few fields for its text.
 * Stops walking as soon as the answer is known.
 */
function isWrapperForm(form: El): boolean {
  // A page wrapper sits at the top of the body, not deep inside a sidebar.
  let depth = 0;
  for (let p = form.parent; p && p.tag !== 'body' && p.tag !== 'html' && p.tag !== '#root'; p = p.parent) {
    if (++depth > 3) return false;
  }
  let text = 0;
  let ps = 0;
  let fields = 0;
  const stack: Node[] = [form];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      text += textLen(n);
      if (text >= 1500 && ps >= 2 && text > fields * 100) return true;
      continue;
    }
    if (n.tag === 'p') ps++;
    else if (FORM_FIELDS.has(n.tag) && (n.attrs.type || '').toLowerCase() !== 'hidden') fields++;
    else if (n.tag === 'script' || n.tag === 'style') continue;
    const ch = n.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  return text >= 500 && (ps >= 1 || text >= 1000) && text > fields * 100;
}

function findBody(root: El): El {
  const stack: El[] = [root];
  let steps = 0;
  while (stack.length && steps < 50) {
    const el = stack.shift() as El;
    steps++;
    if (el.tag === 'body') return el;
    for (const c of el.children) if (typeof c !== 'string' && (c.tag === 'html' || c.tag === 'body')) stack.push(c);
  }
  return root;
}

/** What the element's own tag, attributes and place say, once per page (HINT_* bits). */
function hints(el: El, st: Stats): number {
  let h = st.hint;
  if (h) return h;
  h = HINT_DONE;
  const tag = el.tag;
  let drop = (DROP.has(tag) && !(tag === 'form' && isWrapperForm(el)) && !(tag === 'aside' && holdsHeadline(el))) || isHidden(el) || isSkipLink(el);
  const role = el.attrs.role;
  const boilerplateRole = !drop && !!role && ROLES.has(role.toLowerCase());
  // a header or banner never closed wraps the whole page ("<header role=banner> … <main>"): then
  // it is no header (asked once, of the elements that would go for their role or tag)
  const wrapsPage = (boilerplateRole || (!drop && tag === 'header')) && holdsMainContent(el);
  if (boilerplateRole && !wrapsPage) drop = true;
  if (drop) h |= HINT_DROP;
  else {
    const ci = classAndId(el);
    const unlikely = !!ci && UNLIKELY_RE.test(ci) && !MAYBE_RE.test(ci);
    if (unlikely) h |= HINT_UNLIKELY_CI;
    if (tag === 'header') {
      if (!wrapsPage) h |= HINT_UNLIKELY;
    } else if (unlikely && tag !== 'a' && tag !== 'article' && tag !== 'main' && tag !== 'body' && tag !== 'html' && el.attrs.itemprop !== 'articleBody' && !hasAncestor(el, TABLE_CODE) && !holdsStory(el)) h |= HINT_UNLIKELY;
  }
  st.hint = h;
  return h;
}

/** The page's headline, normalized (normTitle), while its main text is selected ('' when none). */
let headline = '';

/** The page's headline <h1> (the first whose text is the headline), found once per page (undefined: not yet looked for). */
let headlineEl: El | null | undefined;

/** The headline <h1> of the page that `el` is in, or null. */
function headlineElement(el: El): El | null {
  if (headlineEl === undefined) {
    let root: El = el;
    while (root.parent) root = root.parent;
    headlineEl = headline ? firstDescendant(root, (d) => d.tag === 'h1' && normTitle(plainText(d)) === headline) : null;
  }
  return headlineEl;
}

/**
 * Does the element hold the page's headline <h1>? An <aside> that does is the story's own
 * wrapper (some pages set the whole story in one), not a sidebar.
 */
function holdsHeadline(el: El): boolean {
  const h1 = headlineElement(el);
  return !!h1 && contains(el, h1);
}

/** Prose paragraphs under an element that make it the story's wrapper, and their least length. */
const STORY_PARAGRAPHS = 3;
const STORY_PARAGRAPH_CHARS = 80;

/**
 * Does the element hold the story: the headline <h1> and, under it, paragraphs of prose? Then a
 * class named for where it sits ("above-footer", "sidebar-right-layout") does not make it an
 * unlikely candidate. A page header holds the headline and a standfirst, not the story.
 */
function holdsStory(el: El): boolean {
  if (!holdsHeadline(el)) return false;
  let n = 0;
  return !!firstDescendant(el, (d) => d.tag === 'p' && plainText(d).length >= STORY_PARAGRAPH_CHARS && ++n >= STORY_PARAGRAPHS);
}

/** Does the element hold the page's main content (a <main>, an <article>, role="main" or the articleBody)? */
function holdsMainContent(el: El): boolean {
  return !!firstDescendant(el, (d) => d.tag === 'main' || d.tag === 'article' || d.attrs.role === 'main' || d.attrs.itemprop === 'articleBody');
}

/** The first element under `el` (in document order) that `test` accepts, or null. */
function firstDescendant(el: El, test: (d: El) => boolean): El | null {
  const stack: El[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (typeof c !== 'string') stack.push(c);
  }
  while (stack.length) {
    const d = stack.pop() as El;
    if (test(d)) return d;
    for (let i = d.children.length - 1; i >= 0; i--) {
      const c = d.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return null;
}

/** Measure the element's text children, once per page. */
function countOwnText(el: El, s: Stats): void {
  const ch = el.children;
  let own = 0;
  let ownCommas = 0;
  for (let k = 0; k < ch.length; k++) {
    const c = ch[k];
    if (typeof c !== 'string') continue;
    measure(c);
    own += mLen;
    ownCommas += mCommas;
  }
  s.own = own;
  s.ownCommas = ownCommas;
}

/**
 * Per child index, the collapsed length and commas of a text child that counts in a run of
 * inline text (-1: a child that does not, blank text or an element), once per page.
 */
function runTexts(el: El, s: Stats): void {
  const ch = el.children;
  const lens = new Array<number>(ch.length).fill(-1);
  const commas = new Array<number>(ch.length).fill(0);
  for (let k = 0; k < ch.length; k++) {
    const c = ch[k];
    if (typeof c !== 'string') continue;
    measure(c);
    if (mLen > 1 || (mLen === 1 && NOT_BLANK.test(c))) {
      lens[k] = mLen;
      commas[k] = mCommas;
    }
  }
  s.textLens = lens;
  s.textCommas = commas;
}

/**
 * Decide which elements this pass removes, and compute per-element stats (post-order). Marks
 * every element the pass reaches with its id.
 */
function prepare(body: El, flags: number): { order: El[]; removed: Set<El> } {
  const P = pass;
  const removed = new Set<El>();
  const order: El[] = [];
  const stack: El[] = [body];
  const strip = (flags & FLAG_STRIP_UNLIKELY) !== 0;
  while (stack.length) {
    const el = stack.pop() as El;
    if (el !== body) {
      const h = hints(el, rec(el));
      if (h & HINT_DROP || (strip && h & HINT_UNLIKELY)) {
        removed.add(el);
        continue;
      }
    }
    order.push(el);
    el.pass = P;
    const ch = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  // Post-order: children come after parents in `order`, so walk it backwards.
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const s = rec(el);
    const ch = el.children;
    if (s.own < 0) countOwnText(el, s);
    let text = s.own;
    let commas = s.ownCommas;
    let link = 0;
    let p = 0;
    let img = 0;
    let li = 0;
    let input = 0;
    let embed = 0;
    let block = false;
    for (let k = 0; k < ch.length; k++) {
      const c = ch[k];
      if (typeof c === 'string' || c.pass !== P) continue; // text counted above; removed
      const cs = c.st as Stats;
      text += cs.text;
      link += cs.link;
      commas += cs.commas;
      p += cs.p;
      img += cs.img;
      li += cs.li;
      input += cs.input;
      embed += cs.embed;
      if (cs.block || BLOCK.has(c.tag)) block = true;
    }
    switch (el.tag) {
      case 'a': {
        const href = el.attrs.href;
        if (href != null) link = text * (href.trim().startsWith('#') ? 0.3 : 1);
        break;
      }
      case 'p':
        p++;
        break;
      case 'img':
        img++;
        break;
      case 'li':
        li++;
        break;
      case 'input':
        if ((el.attrs.type || '').toLowerCase() !== 'hidden') input++;
        break;
      case 'iframe':
      case 'embed':
      case 'object':
      case 'video':
        embed++;
        break;
    }
    s.text = text;
    s.link = link;
    s.commas = commas;
    s.p = p;
    s.img = img;
    s.li = li;
    s.input = input;
    s.embed = embed;
    s.block = block;
  }
  return { order, removed };
}

const PARA_TAGS = new Set(['p', 'pre', 'td']);
const DIVLIKE = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'blockquote']);

function linkDensity(s: Stats | undefined): number {
  if (!s || s.text === 0) return 0;
  return Math.min(1, s.link / s.text);
}

function selectOnce(body: El, flags: number, title: string | null): Selection {
  pass++;
  const P = pass;
  const { order, removed } = prepare(body, flags);
  /** The elements given a score, in the order they got it. */
  const scored: El[] = [];
  const weight = (el: El) => (flags & FLAG_WEIGHT_CLASSES ? classWeight(el) : 0);
  const init = (el: El) => {
    let sc = baseScore(el) + weight(el);
    if (el.attrs.itemprop === 'articleBody') sc += 30;
    else if (el.tag === 'main' || el.attrs.role === 'main') sc += 5;
    const st = rec(el);
    st.score = sc;
    if (st.scored !== P) {
      st.scored = P;
      scored.push(el);
    }
    return sc;
  };
  const credit = (start: El | null, len: number, commas: number) => {
    if (len < 25) return;
    const contentScore = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let a = start;
    let level = 0;
    while (a && level < 5 && a !== body.parent) {
      if (a.tag === '#root' || a.tag === 'html') break;
      const st = rec(a);
      const cur = st.scored === P ? st.score : init(a);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      st.score = cur + contentScore / div;
      a = a.parent;
      level++;
    }
  };

  for (const el of order) {
    if (el === body) continue;
    const s = el.st as Stats;
    if (PARA_TAGS.has(el.tag) || (DIVLIKE.has(el.tag) && !s.block && el.tag !== 'span' && el.tag !== 'font')) {
      credit(el.parent, s.text, s.commas);
      continue;
    }
    if (!DIVLIKE.has(el.tag) || !s.block) continue;
    // Inline runs among block children act as paragraphs of this element.
    let runLen = 0;
    let runCommas = 0;
    let brs = 0;
    const ch = el.children;
    if (s.textLens === null) runTexts(el, s);
    const lens = s.textLens as number[];
    const commas = s.textCommas as number[];
    for (let k = 0; k < ch.length; k++) {
      const c = ch[k];
      if (typeof c === 'string') {
        const l = lens[k];
        if (l >= 0) {
          runLen += l;
          runCommas += commas[k];
          brs = 0;
        }
        continue;
      }
      if (c.pass !== P) continue;
      const cs = c.st as Stats;
      if (c.tag === 'br') {
        brs++;
        if (brs >= 2) {
          credit(el, runLen, runCommas);
          runLen = 0;
          runCommas = 0;
        }
        continue;
      }
      if (BLOCK.has(c.tag) || cs.block) {
        credit(el, runLen, runCommas);
        runLen = 0;
        runCommas = 0;
        brs = 0;
        continue;
      }
      runLen += cs.text;
      runCommas += cs.commas;
      brs = 0;
    }
    credit(el, runLen, runCommas);
  }

  // Scale by link density and pick the best.
  const ranked: { el: El; score: number }[] = [];
  for (const el of scored) {
    const st = el.st as Stats;
    const f = st.score * (1 - linkDensity(statsOf(el)));
    st.score = f;
    ranked.push({ el, score: f });
  }
  ranked.sort((a, b) => b.score - a.score);
  let top: El | null = ranked.length ? ranked[0].el : null;
  const best = top;
  if (!top || top === body) {
    return finish([body], removed, flags, title);
  }
  const topScore = scoreOf(top) as number;

  // Several close candidates under one ancestor: take the ancestor.
  const alternatives = ranked.slice(1, 5).filter((r) => r.score / topScore >= 0.75).map((r) => r.el);
  if (alternatives.length >= 3) {
    const ancestorsOf = alternatives.map((a) => {
      const set = new Set<El>();
      let p = a.parent;
      while (p) {
        set.add(p);
        p = p.parent;
      }
      return set;
    });
    let p = top.parent;
    while (p && p !== body) {
      let n = 0;
      for (const s of ancestorsOf) if (s.has(p)) n++;
      if (n >= 3) {
        top = p;
        break;
      }
      p = p.parent;
    }
  }
  if (scoreOf(top) === undefined) init(top);

  // Climb while the parent scores better.
  {
    let parent = top.parent;
    let lastScore = scoreOf(top) as number;
    const threshold = lastScore / 3;
    while (parent && parent !== body && parent.tag !== '#root') {
      const ps = scoreOf(parent);
      if (ps === undefined) {
        parent = parent.parent;
        continue;
      }
      if (ps < threshold) break;
      if (ps > lastScore) {
        top = parent;
        break;
      }
      lastScore = ps;
      parent = parent.parent;
    }
  }
  // A list is part of a story, not the story: its container is (a post of bullet points, whose
  // list items credit no paragraph container within reach, had a sub-list for its best candidate).
  while (LIST_PARTS.has(top.tag) && top.parent && top.parent !== body && top.parent.tag !== '#root') top = top.parent;
  // So is a table set among the story's paragraphs (a letter's two columns of signers): a row or
  // cell whose container scores at least a third of it gives way to that container. The cell of
  // a layout table, in a container of no score, stays.
  if (TABLE_PARTS.has(top.tag)) {
    let table: El | null = top;
    while (table && table.tag !== 'table') table = table.parent;
    const box = table?.parent;
    const bs = box && box !== body && box.tag !== '#root' ? scoreOf(box) : undefined;
    if (box && bs !== undefined && bs >= (scoreOf(top) ?? 0) / 3) top = box;
  }
  // An only child: take its parent.
  while (top.parent && top.parent !== body && top.parent.tag !== '#root') {
    let elems = 0;
    for (const c of top.parent.children) if (typeof c !== 'string' && !removed.has(c)) elems++;
    if (elems !== 1) break;
    top = top.parent;
  }
  if (scoreOf(top) === undefined) init(top);

  // Siblings.
  const roots: El[] = [];
  const parent = top.parent;
  const ts = scoreOf(top) as number;
  if (!parent) roots.push(top);
  else {
    const threshold = Math.max(10, ts * 0.2);
    const topClass = top.attrs.class || '';
    for (const sib of parent.children) {
      if (typeof sib === 'string') continue;
      if (removed.has(sib)) continue;
      if (sib === top) {
        roots.push(sib);
        continue;
      }
      if (hints(sib, rec(sib)) & HINT_UNLIKELY_CI) continue;
      let bonus = 0;
      if (topClass && sib.attrs.class === topClass) bonus += ts * 0.2;
      const ss = scoreOf(sib);
      if (ss !== undefined && ss + bonus >= threshold) {
        roots.push(sib);
        continue;
      }
      if (sib.tag === 'p' || (sib.tag === 'div' && !(statsOf(sib)?.block ?? true))) {
        const st = statsOf(sib);
        if (!st) continue;
        const ld = linkDensity(st);
        if (st.text > 80 && ld < 0.25) roots.push(sib);
        else if (st.text > 0 && st.text <= 80 && ld === 0 && /\.( |$)/.test(plainText(sib))) roots.push(sib);
      }
    }
  }
  if (best) addSplitParts(best, roots, order);
  return finish(roots, removed, flags, title);
}

/**
 * More elements of the chosen one's tag and class that hold prose than this: a listing, not one
 * story. Page builders (WPBakery, Elementor) set a story in a text column per row, a dozen of
 * them at times, and wrap many empty boxes in the same class (those do not count); a listing's
 * posts are told apart by their own linked titles (hasOwnHeadline).
 */
const MAX_SPLIT_PARTS = 12;

/**
 * A story split over several containers that are not siblings (a lead section, then the rest
 * after a full-width image or an aside): other elements of the same tag and class as the chosen
 * one, holding prose with few links, are more of the story. Added in document order.
 */
function addSplitParts(best: El, roots: El[], order: El[]): void {
  const top = best;
  const cls = (top.attrs.class || '').trim();
  if (!cls) return;
  const extra: El[] = [];
  let same = 0;
  for (const el of order) {
    if (el.tag !== top.tag || (el.attrs.class || '').trim() !== cls) continue;
    const st = statsOf(el);
    // only elements that hold prose count towards a listing: page builders wrap many empty boxes in one class
    if (!st || st.text < 140 || st.p < 1 || linkDensity(st) > 0.25) continue;
    if (++same > MAX_SPLIT_PARTS) return; // a list of posts
    if (el === top) continue;
    const sc = scoreOf(el);
    if (sc === undefined || sc < 10) continue;
    if (roots.some((r) => r === el || contains(r, el) || contains(el, r))) continue;
    if (hasOwnHeadline(el)) continue;
    extra.push(el);
  }
  if (!extra.length) return;
  const index = new Map<El, number>();
  order.forEach((el, i) => index.set(el, i));
  roots.push(...extra);
  roots.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
}

/** Link text of a teaser's headline: a title of a few words, not a "more" link. */
const MIN_TEASER_HEADLINE = 20;

/**
 * A headline that links elsewhere just before the element (or before its parent or
 * grandparent): a linked h1–h3, or a block that is mostly one link of a title's length
 * ("<p class=title><a>…</a></p>", a teaser's kicker and title). The part is another post.
 */
function hasOwnHeadline(el: El): boolean {
  let cur: El | null = el;
  for (let level = 0; level < 3 && cur && cur.parent; level++, cur = cur.parent) {
    for (const sib of cur.parent.children) {
      if (sib === cur) break;
      if (typeof sib === 'string') continue;
      if ((sib.tag === 'h1' || sib.tag === 'h2' || sib.tag === 'h3') && sib.children.some((c) => typeof c !== 'string' && c.tag === 'a')) return true;
      if (isLinkedTitle(sib)) return true;
    }
  }
  return false;
}

/** A block that is mostly link text, of a title's length (read from the tree: a header's stats may not be kept). */
function isLinkedTitle(el: El): boolean {
  let link = 0;
  walkLinks(el, (a) => {
    link += plainText(a).length;
  });
  if (link < MIN_TEASER_HEADLINE) return false;
  return link >= 0.6 * plainText(el).length;
}

function contains(outer: El, inner: El): boolean {
  let p: El | null = inner.parent;
  while (p) {
    if (p === outer) return true;
    p = p.parent;
  }
  return false;
}

/** The text of an element, white space collapsed; a line break is a space. */
function plainText(el: El): string {
  const out: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') out.push(n);
    else if (n.tag === 'br') out.push(' ');
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('').replace(WS_RUN_RE, ' ').trim();
}

const CONDITIONAL = new Set(['table', 'ul', 'ol', 'div', 'section', 'form', 'fieldset', 'aside', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const FIGURE = new Set(['figure', 'picture']);
const LIST_PARTS = new Set(['ul', 'ol', 'li', 'dl', 'dd', 'dt']);
const TABLE_PARTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);


/** Clean inside the chosen roots: share bars, link lists, headings that repeat the title. */
function finish(
  roots: El[],
  removed: Set<El>,
  flags: number,
  title: string | null,
): Selection {
  const titleN = title ? normTitle(title) : '';
  const stack: El[] = [...roots].reverse();
  /** Text of the blocks kept so far: the lines before the story are those within LEAD_ZONE. */
  let lead = 0;
  let textLength = 0;
  for (const r of roots) textLength += statsOf(r)?.text ?? 0;
  const rootSet = new Set(roots);
  /** Set at a closing section about the author ("About Jane Roe") or the comments: everything after it goes. */
  let closed = false;
  while (stack.length) {
    const el = stack.pop() as El;
    if (removed.has(el)) continue;
    const s = statsOf(el);
    if (!s) continue;
    let drop = false;
    const tag = el.tag;
    const isRoot = rootSet.has(el);
    if (closed && !isRoot) drop = true;
    else if (!isRoot) {
      const ci = classAndId(el);
      // A heading that closes the story (the author's portrait, the comments) ends it.
      if (HEADINGS.has(tag) && s.text < 120 && inClosingZone(lead, textLength - lead - s.text) && isClosingSection(plainText(el))) drop = closed = true;
      else if (ci && s.text < 500 && SHARE_RE.test(ci) && !MAYBE_RE.test(ci) && tag !== 'a') drop = true;
      else if (ci && s.text < 300 && BLOCK.has(tag) && !HEADINGS.has(tag) && STRONG_SHARE_RE.test(ci)) drop = true;
      else if (s.text > 0 && s.text < 60 && !s.block && isAdLabel(el)) drop = true;
      else if (s.text > 0 && s.text < MAX_RELATED_LINE && !s.block && BLOCK.has(tag) && isRelatedLine(el, s)) drop = true;
      else if (s.text > 0 && s.text <= MAX_CREDIT_LINE && !s.block && BLOCK.has(tag) && isCreditLine(el)) drop = true;
      else if (tag === 'p' && !s.block && isLinkLine(el, s)) drop = true;
      else if (tag !== 'a' && !s.block && !BLOCK.has(tag) && isLinkCard(el, s)) drop = true;
      else if (s.text > 0 && s.text <= MAX_CALL_TO_ACTION && !s.block && BLOCK.has(tag) && textLength - lead - s.text <= TAIL_ZONE && isCallToAction(plainText(el))) drop = true;
      else if (lead < LEAD_ZONE && s.text > 0 && s.text <= MAX_LEAD_LINE && textLength - s.text >= MIN_STORY_AFTER_LEAD && !s.block && LEAD_LINE_TAGS.has(tag) && isLeadLine(plainText(el), titleN)) drop = true;
      else if (s.li >= 2 && s.p === 0 && s.text < 800 && (tag === 'div' || tag === 'section' || tag === 'aside') && isSummaryBox(el)) drop = true;
      else if (HEADINGS.has(tag)) {
        if (flags & FLAG_WEIGHT_CLASSES && classWeight(el) < 0) drop = true;
        else if (titleN && (tag === 'h1' || tag === 'h2') && normTitle(plainText(el)) === titleN) drop = true;
        else if (tag === 'h1' && s.text === 0) drop = true;
      } else if (flags & FLAG_CLEAN_CONDITIONALLY && CONDITIONAL.has(tag)) {
        drop = cleanConditionally(el, s, flags);
      } else if (CONDITIONAL.has(tag) && s.p === 0 && s.text < 200 && linkDensity(s) > 0.7) {
        // Even the most lenient pass drops a short box of links (previous/next story, tags).
        drop = true;
      }
    }
    if (drop) {
      removed.add(el);
      textLength -= s.text;
      continue;
    }
    if (!s.block && BLOCK.has(tag)) lead += s.text;
    const ch = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return { roots, removed, textLength };
}

const AD_TRIM = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** A related-reading line is short: a label, or a label and one story's linked title. */
const MAX_RELATED_LINE = 250;
/**
 * A block with no block inside that is a related-reading label alone ("Mehr zum Thema", "You
 * might also like:"), or a line that starts with one and is mostly a link ("Read also: <a>…</a>").
 * Prose that starts with such words stays ("Read more: the survey counted <a>eleven</a> …").
 */
function isRelatedLine(el: El, s: Stats): boolean {
  const linked = linkDensity(s) >= 0.5;
  const alone = s.text >= MIN_LABEL && s.text <= MAX_LABEL;
  if (!linked && !alone) return false;
  const t = plainText(el);
  if (alone && RELATED_LABEL.has(t.replace(AD_TRIM, '').toLowerCase())) return true;
  return linked && RELATED_LEAD_RE.test(t);
}

/** A link line is a title's length: longer text with a link in it is a paragraph that cites. */
const MIN_LINK_LINE = 15;
const MAX_LINK_LINE = 300;
/** An address written out ("https://…", "www.…", "example.org/report"): a source the story cites. */
const ADDRESS_RE = /^\(?(?:https?:\/\/|www\.)\S+$|^\S+\.[a-z]{2,}\/\S*$/i;

/**
 * A paragraph that is one link and nothing else: another story's headline, an app or a video
 * channel ("CLICK HERE TO GET THE APP"). A link that spells out its address is a cited source,
 * and stays.
 */
function isLinkLine(el: El, s: Stats): boolean {
  if (s.text < MIN_LINK_LINE || s.text >= MAX_LINK_LINE || s.link < 0.9 * s.text) return false;
  return !ADDRESS_RE.test(plainText(el));
}

/** A hover card's links: a name, and headlines of other stories. */
const MIN_CARD = 60;
const MIN_CARD_LINKS = 3;

/**
 * An inline element in a sentence that holds only links, several of them: a hover card about a
 * person or a term ("<span class=rollover><img><a>Name</a><a>Headline</a><a>Headline</a>…</span>"),
 * shown by script and no part of the text. The innermost such element goes, so that a wrapper
 * that also holds the name the card hangs on keeps the name.
 */
function isLinkCard(el: El, s: Stats): boolean {
  if (!looksLikeCard(el, s)) return false;
  let block = el.parent;
  while (block && !BLOCK.has(block.tag)) block = block.parent;
  const around = block ? statsOf(block) : undefined;
  if (!around || around.text < s.text + MIN_LINK_LINE) return false;
  for (const c of el.children) if (typeof c !== 'string' && c.tag !== 'a' && looksLikeCard(c, statsOf(c))) return false;
  return true;
}

function looksLikeCard(el: El, s: Stats | undefined): boolean {
  if (!s || s.text < MIN_CARD || s.link < 0.95 * s.text) return false;
  let links = 0;
  walkLinks(el, () => {
    links++;
  });
  return links >= MIN_CARD_LINKS;
}

/**
 * A closing section (about the author, the comments) closes the story: its heading comes within
 * CLOSING_ZONE characters of the end, after at least as much text as follows it and
 * MIN_STORY_BEFORE_TAIL at least (a portrait that opens with "About Jane Roe" is the story).
 */
const CLOSING_ZONE = 1000;
const MIN_STORY_BEFORE_TAIL = 300;
function inClosingZone(before: number, after: number): boolean {
  return after <= CLOSING_ZONE && before >= MIN_STORY_BEFORE_TAIL && before >= after;
}
/** A heading that closes the story: about a person ("About Jane Roe"), or the comments ("Comments (3)"). */
function isClosingSection(t: string): boolean {
  const h = t.trim();
  return (h.length < 40 && COMMENTS_HEADING_RE.test(h)) || isAboutPerson(h);
}
/** "About Jane Roe", "Über Jane": a heading about a person (a name as authors read it, or a given name alone). */
function isAboutPerson(t: string): boolean {
  const m = ABOUT_PERSON_RE.exec(t);
  return !!m && (isPersonalName(m[1] as string) || isGivenNameAlone(m[1] as string));
}

/** A call to action closes the story: a short block within the last characters of kept text. */
const MAX_CALL_TO_ACTION = 250;
const TAIL_ZONE = 300;
const QUOTE_START_RE = /^\s*["“”„«»‘’‚']/;
/**
 * A call to subscribe, sign up, get an app, follow, support or donate that speaks to the reader
 * ("Subscribe now to our …", "Sign up here", "… on your phone with the … app"). "Riders can
 * subscribe to the alerts" is news, and stays.
 */
function isCallToAction(t: string): boolean {
  if (QUOTE_START_RE.test(t)) return false; // someone's words, quoted
  const m = CTA_VERB_RE.exec(t);
  return !!m && CTA_OBJECT_RE.test(t.slice(m.index));
}

/** A credit line is short: a label and a name or two. */
const MAX_CREDIT_LINE = 120;
const MAX_CREDIT = 80;
/** Words in lower case that a credit may hold ("for the Harbour Review", "der FAZ vom …"). */
const MAX_CREDIT_LOWER_WORDS = 3;
const LOWER_START_RE = /(?:^|\s)\p{Ll}/gu;

/**
 * A block with no block inside that is a photo credit ("Photo: Jane Roe / Agency", "Photograph
 * by Jane Roe"): a credit label, then at most MAX_CREDIT characters in which at most three words
 * start in lower case. "Photo: the nests were counted from the air, …" is a sentence, and stays.
 */
function isCreditLine(el: El): boolean {
  if (!CREDIT_START_RE.test(firstText(el))) return false;
  const m = CREDIT_LEAD_RE.exec(plainText(el));
  if (!m) return false;
  const credit = m[1] as string;
  return credit.length <= MAX_CREDIT && (credit.match(LOWER_START_RE)?.length ?? 0) <= MAX_CREDIT_LOWER_WORDS;
}

/** The first text of an element (its first descendant that is text), or "". */
function firstText(el: El): string {
  let n: Node | undefined = el;
  while (n !== undefined && typeof n !== 'string') n = n.children[0];
  return n ?? '';
}

/** The lengths of the labels of RELATED_LABEL, with room for punctuation around them. */
const MIN_LABEL = Math.min(...[...RELATED_LABEL].map((w) => w.length));
const MAX_LABEL = Math.max(...[...RELATED_LABEL].map((w) => w.length)) + 6;
/** A block whose whole text is an advertisement label ("Advertisement", "Anzeige"). */
function isAdLabel(el: El): boolean {
  const ch = el.children;
  if (ch.length === 1 && typeof ch[0] === 'string' && !mayBeLabel(ch[0])) return false;
  return AD_LABEL.has(plainText(el).replace(AD_TRIM, '').toLowerCase());
}

/** The lower-cased ASCII letters that start and end the labels of AD_LABEL (other characters: any). */
const LABEL_FIRST = new Set<number>();
const LABEL_LAST = new Set<number>();
for (const w of AD_LABEL) {
  LABEL_FIRST.add(w.charCodeAt(0));
  LABEL_LAST.add(w.charCodeAt(w.length - 1));
}
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * A quick test that rules out most texts before the exact one: the first and last ASCII
 * letter or digit (past spaces and ASCII punctuation) must be able to start and end a label.
 */
function mayBeLabel(t: string): boolean {
  let i = 0;
  let j = t.length - 1;
  while (i <= j) {
    const c = t.charCodeAt(i);
    if (c >= 128 || isAsciiAlnum(c)) break;
    i++;
  }
  while (j >= i) {
    const c = t.charCodeAt(j);
    if (c >= 128 || isAsciiAlnum(c)) break;
    j--;
  }
  if (i > j) return true;
  const a = t.charCodeAt(i);
  const b = t.charCodeAt(j);
  if (a < 128 && !LABEL_FIRST.has(a | 0x20)) return false;
  if (b < 128 && !LABEL_LAST.has(b | 0x20)) return false;
  return true;
}

/** A key-points box: its first text is a label such as "Highlights", then a list. */
function isSummaryBox(el: El): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      const t = n.replace(AD_TRIM, '').toLowerCase();
      if (t) return SUMMARY_LABEL.has(t.replace(WS_RUN_RE, ' '));
      continue;
    }
    if (n.tag === 'li') return false;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return false;
}

function cleanConditionally(el: El, s: Stats, flags: number): boolean {
  if (el.attrs.itemprop === 'articleBody') return false;
  const w = flags & FLAG_WEIGHT_CLASSES ? classWeight(el) : 0;
  const cs = scoreOf(el) ?? 0;
  if (w + cs < 0) return true;
  if (s.commas >= 10) return false;
  const isList = el.tag === 'ul' || el.tag === 'ol' || el.tag === 'dl';
  const ld = linkDensity(s);
  if (isList) {
    // A list of links (related stories, tags) goes; a list of sentences stays.
    if (ld > 0.5 && s.text < 1000) return true;
    return false;
  }
  if (hasAncestor(el, FIGURE, 3)) return false;
  const p = s.p;
  const img = s.img;
  const li = s.li - 100;
  if (img > 1 && p / img < 0.5) return true;
  if (li > p) return true;
  if (s.input > Math.floor(p / 3)) return true;
  if (s.text < 25 && (img === 0 || img > 2) && ld > 0) return true;
  if (w < 25 && ld > 0.2 && s.text < 2000) return true;
  if (w >= 25 && ld > 0.5) return true;
  if ((s.embed === 1 && s.text < 75) || s.embed > 1) return true;
  return false;
}

function inSemanticArticle(el: El): boolean {
  let p: El | null = el;
  let d = 0;
  while (p && d < 40) {
    if (p.tag === 'article' || p.attrs.itemprop === 'articleBody') return true;
    p = p.parent;
    d++;
  }
  return false;
}

/** Choose the main text. Retries with fewer rules when a pass finds too little. */
export function selectContent(root: El, title: string | null): Selection {
  const body = findBody(root);
  headline = title ? normTitle(title) : '';
  headlineEl = undefined;
  const passes = [
    FLAG_STRIP_UNLIKELY | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_CLEAN_CONDITIONALLY,
    0,
  ];
  let best: Selection | null = null;
  for (const flags of passes) {
    const sel = selectOnce(body, flags, title);
    if (!best || sel.textLength > best.textLength) best = sel;
    if (sel.textLength >= 500) return withLead(sel);
    // A short story inside the page's own article container is still the story.
    if (best === sel && sel.textLength >= 200 && sel.roots.some(inSemanticArticle)) return withLead(sel);
  }
  return withLead(best as Selection);
}

/** Class/id words of a story's lead paragraph (a standfirst) set above its body. */
const LEAD_RE = /(?:^|[^a-z])(?:intro|teaser|lead|lede|standfirst|dek|excerpt|summary|abstract|subline)/;
const NOT_LEAD_RE = /leaderboard|leadgen|lead-gen|caption|credit|related|promo|newsletter|author|byline|comment/;
const SENTENCE_END = /[.!?\u3002\uff01\uff1f]/;
const LEAD_STOP = new Set(['figure', 'figcaption', 'aside', 'nav', 'footer', 'form', 'ul', 'ol', 'table', 'blockquote']);

/**
 * The lead paragraph of a story (a standfirst, "intro" or "teaser" block) often sits above
 * the body in the same <article> or <main>, apart from the container the scoring chose (in a
 * story header that the strict pass drops, for one): prose paragraphs there, before the chosen
 * container, in an element whose class names a lead, come first. (Inside the chosen container,
 * what the passes removed stays removed.)
 */
function withLead(sel: Selection): Selection {
  const first = sel.roots[0];
  if (!first) return sel;
  let scope: El | null = null;
  let a = first.parent;
  for (let d = 0; a && d < 6; a = a.parent, d++) {
    if (a.tag === 'article' || a.tag === 'main') {
      scope = a;
      break;
    }
    if (a.tag === 'body') break;
  }
  if (!scope) return sel;
  const leads: El[] = [];
  let added = 0;
  // Pre-order walk of the scope up to the chosen container.
  const stack: El[] = [scope];
  while (stack.length && leads.length < 2) {
    const el = stack.pop() as El;
    if (el === first) break;
    if (el !== scope && (LEAD_STOP.has(el.tag) || hints(el, rec(el)) & HINT_DROP)) continue;
    if (el.tag === 'p') {
      const len = leadLength(el, scope);
      if (len > 0) {
        leads.push(el);
        added += len;
      }
      continue;
    }
    const ch = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  if (!leads.length) return sel;
  return { roots: [...leads, ...sel.roots], removed: sel.removed, textLength: sel.textLength + added };
}

/** The length of a lead paragraph's text, or 0 when it is not one. */
function leadLength(p: El, scope: El): number {
  let named = false;
  for (let a: El | null = p; a && a !== scope; a = a.parent) {
    const ci = classAndId(a);
    if (!ci) continue;
    if (NOT_LEAD_RE.test(ci)) return 0;
    if (LEAD_RE.test(ci)) named = true;
  }
  if (!named) return 0;
  const text = plainText(p);
  if (text.length < 80 || !SENTENCE_END.test(text)) return 0;
  let link = 0;
  walkLinks(p, (a) => (link += plainText(a).length));
  return link <= text.length * 0.1 ? text.length : 0;
}

function walkLinks(el: El, visit: (a: El) => void): void {
  const stack: El[] = [el];
  while (stack.length) {
    const n = stack.pop() as El;
    if (n.tag === 'a') {
      visit(n);
      continue;
    }
    for (const c of n.children) if (typeof c !== 'string') stack.push(c);
  }
}
