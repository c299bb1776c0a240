/**
 * Main-text selection by candidate scoring (in the spirit of Readability): paragraphs give
 * points to their ancestors, link-heavy candidates lose them, the best candidate is taken with
 * the siblings that look like more of the story. Three passes, each less strict, when the
 * first finds too little. All walks are iterative.
 */
import { AD_LABEL, BLOCK, DROP, MAYBE_RE, NEGATIVE_RE, POSITIVE_RE, ROLES, SHARE_RE, STRONG_SHARE_RE, SUMMARY_LABEL, UNLIKELY_RE } from './hints';
import { classAndId, type El, type Node } from './tree';

export interface Stats {
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
}

export interface Selection {
  /** Elements to render, in document order. */
  roots: El[];
  /** Elements removed on this pass (never rendered). */
  removed: Set<El>;
  stats: Map<El, Stats>;
  textLength: number;
}

const FLAG_STRIP_UNLIKELY = 1;
const FLAG_WEIGHT_CLASSES = 2;
const FLAG_CLEAN_CONDITIONALLY = 4;

const COMMA_RE = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;
const WS_RUN = /\s+/g;

function textLen(s: string): number {
  // Length once whitespace is collapsed (a leading/trailing space counts once).
  let n = s.length;
  if (n === 0) return 0;
  WS_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WS_RUN.exec(s)) !== null) n -= m[0].length - 1;
  return n;
}

function countCommas(s: string): number {
  COMMA_RE.lastIndex = 0;
  let n = 0;
  while (COMMA_RE.exec(s) !== null) n++;
  return n;
}

const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: El): boolean {
  const a = el.attrs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a.class || '')) return true;
  if (a.style && HIDDEN_STYLE_RE.test(a.style)) return true;
  return false;
}

function classWeight(el: El): number {
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

/** Decide which elements this pass removes, and compute per-element stats (post-order). */
function prepare(body: El, flags: number): { order: El[]; removed: Set<El>; stats: Map<El, Stats> } {
  const removed = new Set<El>();
  const order: El[] = [];
  const stack: El[] = [body];
  while (stack.length) {
    const el = stack.pop() as El;
    if (el !== body) {
      const tag = el.tag;
      let drop = (DROP.has(tag) && !(tag === 'form' && isWrapperForm(el))) || isHidden(el);
      if (!drop) {
        const role = el.attrs.role;
        if (role && ROLES.has(role.toLowerCase())) drop = true;
      }
      if (!drop && flags & FLAG_STRIP_UNLIKELY) {
        if (tag === 'header') drop = true;
        else if (tag !== 'a' && tag !== 'article' && tag !== 'main' && tag !== 'body' && tag !== 'html' && el.attrs.itemprop !== 'articleBody') {
          const ci = classAndId(el);
          if (ci && UNLIKELY_RE.test(ci) && !MAYBE_RE.test(ci) && !hasAncestor(el, TABLE_CODE)) drop = true;
        }
      }
      if (drop) {
        removed.add(el);
        continue;
      }
    }
    order.push(el);
    const ch = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  // Post-order: children come after parents in `order`, so walk it backwards.
  const stats = new Map<El, Stats>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const s: Stats = { text: 0, link: 0, commas: 0, p: 0, img: 0, li: 0, input: 0, embed: 0, block: false };
    for (const c of el.children) {
      if (typeof c === 'string') {
        s.text += textLen(c);
        s.commas += countCommas(c);
        continue;
      }
      const cs = stats.get(c);
      if (!cs) continue; // removed
      s.text += cs.text;
      s.link += cs.link;
      s.commas += cs.commas;
      s.p += cs.p;
      s.img += cs.img;
      s.li += cs.li;
      s.input += cs.input;
      s.embed += cs.embed;
      if (cs.block || BLOCK.has(c.tag)) s.block = true;
    }
    switch (el.tag) {
      case 'a': {
        const href = el.attrs.href;
        if (href != null) s.link = s.text * (href.trim().startsWith('#') ? 0.3 : 1);
        break;
      }
      case 'p':
        s.p++;
        break;
      case 'img':
        s.img++;
        break;
      case 'li':
        s.li++;
        break;
      case 'input':
        if ((el.attrs.type || '').toLowerCase() !== 'hidden') s.input++;
        break;
      case 'iframe':
      case 'embed':
      case 'object':
      case 'video':
        s.embed++;
        break;
    }
    stats.set(el, s);
  }
  return { order, removed, stats };
}

const PARA_TAGS = new Set(['p', 'pre', 'td']);
const DIVLIKE = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center', 'blockquote']);

function linkDensity(s: Stats | undefined): number {
  if (!s || s.text === 0) return 0;
  return Math.min(1, s.link / s.text);
}

function selectOnce(body: El, flags: number, title: string | null): Selection {
  const { order, removed, stats } = prepare(body, flags);
  const scores = new Map<El, number>();
  const weight = (el: El) => (flags & FLAG_WEIGHT_CLASSES ? classWeight(el) : 0);
  const init = (el: El) => {
    let sc = baseScore(el) + weight(el);
    if (el.attrs.itemprop === 'articleBody') sc += 30;
    else if (el.tag === 'main' || el.attrs.role === 'main') sc += 5;
    scores.set(el, sc);
    return sc;
  };
  const credit = (start: El | null, len: number, commas: number) => {
    if (len < 25) return;
    const contentScore = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let a = start;
    let level = 0;
    while (a && level < 5 && a !== body.parent) {
      if (a.tag === '#root' || a.tag === 'html') break;
      const cur = scores.has(a) ? (scores.get(a) as number) : init(a);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, cur + contentScore / div);
      a = a.parent;
      level++;
    }
  };

  for (const el of order) {
    if (el === body) continue;
    const s = stats.get(el) as Stats;
    if (PARA_TAGS.has(el.tag) || (DIVLIKE.has(el.tag) && !s.block && el.tag !== 'span' && el.tag !== 'font')) {
      credit(el.parent, s.text, s.commas);
      continue;
    }
    if (!DIVLIKE.has(el.tag) || !s.block) continue;
    // Inline runs among block children act as paragraphs of this element.
    let runLen = 0;
    let runCommas = 0;
    let brs = 0;
    for (const c of el.children) {
      if (typeof c === 'string') {
        const l = textLen(c);
        if (l > 1 || c.trim()) {
          runLen += l;
          runCommas += countCommas(c);
          brs = 0;
        }
        continue;
      }
      const cs = stats.get(c);
      if (!cs) continue;
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
  for (const [el, sc] of scores) {
    const f = sc * (1 - linkDensity(stats.get(el)));
    scores.set(el, f);
    ranked.push({ el, score: f });
  }
  ranked.sort((a, b) => b.score - a.score);
  let top: El | null = ranked.length ? ranked[0].el : null;
  const best = top;
  if (!top || top === body) {
    return finish([body], removed, stats, scores, flags, title);
  }
  const topScore = scores.get(top) as number;

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
  if (!scores.has(top)) scores.set(top, init(top));

  // Climb while the parent scores better.
  {
    let parent = top.parent;
    let lastScore = scores.get(top) as number;
    const threshold = lastScore / 3;
    while (parent && parent !== body && parent.tag !== '#root') {
      if (!scores.has(parent)) {
        parent = parent.parent;
        continue;
      }
      const ps = scores.get(parent) as number;
      if (ps < threshold) break;
      if (ps > lastScore) {
        top = parent;
        break;
      }
      lastScore = ps;
      parent = parent.parent;
    }
  }
  // An only child: take its parent.
  while (top.parent && top.parent !== body && top.parent.tag !== '#root') {
    let elems = 0;
    for (const c of top.parent.children) if (typeof c !== 'string' && !removed.has(c)) elems++;
    if (elems !== 1) break;
    top = top.parent;
  }
  if (!scores.has(top)) scores.set(top, init(top));

  // Siblings.
  const roots: El[] = [];
  const parent = top.parent;
  const ts = scores.get(top) as number;
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
      const sci = classAndId(sib);
      if (sci && UNLIKELY_RE.test(sci) && !MAYBE_RE.test(sci)) continue;
      let bonus = 0;
      if (topClass && sib.attrs.class === topClass) bonus += ts * 0.2;
      const ss = scores.get(sib);
      if (ss !== undefined && ss + bonus >= threshold) {
        roots.push(sib);
        continue;
      }
      if (sib.tag === 'p' || (sib.tag === 'div' && !(stats.get(sib)?.block ?? true))) {
        const st = stats.get(sib);
        if (!st) continue;
        const ld = linkDensity(st);
        if (st.text > 80 && ld < 0.25) roots.push(sib);
        else if (st.text > 0 && st.text <= 80 && ld === 0 && /\.( |$)/.test(plainText(sib))) roots.push(sib);
      }
    }
  }
  if (best) addSplitParts(best, roots, order, stats, scores);
  return finish(roots, removed, stats, scores, flags, title);
}

/**
 * A story split over several containers that are not siblings (a lead section, then the rest
 * after a full-width image or an aside): other elements of the same tag and class as the chosen
 * one, holding prose with few links, are more of the story. Added in document order.
 */
function addSplitParts(best: El, roots: El[], order: El[], stats: Map<El, Stats>, scores: Map<El, number>): void {
  const top = best;
  const cls = (top.attrs.class || '').trim();
  if (!cls) return;
  const extra: El[] = [];
  let same = 0;
  for (const el of order) {
    if (el.tag === top.tag && (el.attrs.class || '').trim() === cls && ++same > 3) return; // a list of posts
    if (el === top || el.tag !== top.tag || (el.attrs.class || '').trim() !== cls) continue;
    const st = stats.get(el);
    if (!st || st.text < 140 || st.p < 1 || linkDensity(st) > 0.25) continue;
    const sc = scores.get(el);
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

/** A linked h1–h3 just before the element (or before its parent): the part is another post. */
function hasOwnHeadline(el: El): boolean {
  let cur: El | null = el;
  for (let level = 0; level < 2 && cur && cur.parent; level++, cur = cur.parent) {
    for (const sib of cur.parent.children) {
      if (sib === cur) break;
      if (typeof sib === 'string') continue;
      if ((sib.tag === 'h1' || sib.tag === 'h2' || sib.tag === 'h3') && sib.children.some((c) => typeof c !== 'string' && c.tag === 'a')) return true;
    }
  }
  return false;
}

function contains(outer: El, inner: El): boolean {
  let p: El | null = inner.parent;
  while (p) {
    if (p === outer) return true;
    p = p.parent;
  }
  return false;
}

function plainText(el: El): string {
  const out: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') out.push(n);
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('').replace(WS_RUN, ' ').trim();
}

const CONDITIONAL = new Set(['table', 'ul', 'ol', 'div', 'section', 'form', 'fieldset', 'aside', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const FIGURE = new Set(['figure', 'picture']);

const normTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Clean inside the chosen roots: share bars, link lists, headings that repeat the title. */
function finish(
  roots: El[],
  removed: Set<El>,
  stats: Map<El, Stats>,
  scores: Map<El, number>,
  flags: number,
  title: string | null,
): Selection {
  const titleN = title ? normTitle(title) : '';
  const stack: El[] = [...roots].reverse();
  let textLength = 0;
  for (const r of roots) textLength += stats.get(r)?.text ?? 0;
  const rootSet = new Set(roots);
  while (stack.length) {
    const el = stack.pop() as El;
    if (removed.has(el)) continue;
    const s = stats.get(el);
    if (!s) continue;
    let drop = false;
    const tag = el.tag;
    const isRoot = rootSet.has(el);
    if (!isRoot) {
      const ci = classAndId(el);
      if (ci && s.text < 500 && SHARE_RE.test(ci) && !MAYBE_RE.test(ci) && tag !== 'a') drop = true;
      else if (ci && s.text < 300 && BLOCK.has(tag) && !HEADINGS.has(tag) && STRONG_SHARE_RE.test(ci)) drop = true;
      else if (s.text > 0 && s.text < 60 && !s.block && isAdLabel(el)) drop = true;
      else if (s.li >= 2 && s.p === 0 && s.text < 800 && (tag === 'div' || tag === 'section' || tag === 'aside') && isSummaryBox(el)) drop = true;
      else if (HEADINGS.has(tag)) {
        if (flags & FLAG_WEIGHT_CLASSES && classWeight(el) < 0) drop = true;
        else if (titleN && (tag === 'h1' || tag === 'h2') && normTitle(plainText(el)) === titleN) drop = true;
        else if (tag === 'h1' && s.text === 0) drop = true;
      } else if (flags & FLAG_CLEAN_CONDITIONALLY && CONDITIONAL.has(tag)) {
        drop = cleanConditionally(el, s, scores, flags);
      }
    }
    if (drop) {
      removed.add(el);
      textLength -= s.text;
      continue;
    }
    const ch = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return { roots, removed, stats, textLength };
}

const AD_TRIM = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** A block whose whole text is an advertisement label ("Advertisement", "Anzeige"). */
function isAdLabel(el: El): boolean {
  return AD_LABEL.has(plainText(el).replace(AD_TRIM, '').toLowerCase());
}

/** A key-points box: its first text is a label such as "Highlights", then a list. */
function isSummaryBox(el: El): boolean {
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      const t = n.replace(AD_TRIM, '').toLowerCase();
      if (t) return SUMMARY_LABEL.has(t.replace(WS_RUN, ' '));
      continue;
    }
    if (n.tag === 'li') return false;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return false;
}

function cleanConditionally(el: El, s: Stats, scores: Map<El, number>, flags: number): boolean {
  if (el.attrs.itemprop === 'articleBody') return false;
  const w = flags & FLAG_WEIGHT_CLASSES ? classWeight(el) : 0;
  const cs = scores.get(el) ?? 0;
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
    if (sel.textLength >= 500) return sel;
    // A short story inside the page's own article container is still the story.
    if (best === sel && sel.textLength >= 200 && sel.roots.some(inSemanticArticle)) return sel;
  }
  return best as Selection;
}
