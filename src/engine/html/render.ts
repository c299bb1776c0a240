/**
 * Render the chosen elements as paragraphs (plain text) and as Markdown, in one iterative walk.
 * Headings, list items and block quotes become their own paragraphs; <br><br> and, outside
 * paragraphs, a single <br> separate paragraphs. A data table becomes a GFM pipe table in the
 * Markdown (its cells stay paragraphs of the plain text); a layout table stays paragraphs.
 */
import { BLOCK } from './hints';
import { NOT_SPACE, WS_RUN_RE, type El, type Node } from './tree';
import { escapeBlockStart } from '../markdown';

export interface Rendered {
  paragraphs: string[];
  markdown: string;
}

const INLINE_MD = new Map([
  ['em', '*'],
  ['i', '*'],
  ['cite', '*'],
  ['strong', '**'],
  ['b', '**'],
  ['code', '`'],
]);
const HEADING = new Map([
  ['h1', 1],
  ['h2', 2],
  ['h3', 3],
  ['h4', 4],
  ['h5', 5],
  ['h6', 6],
]);

const UNSAFE_SCHEME = /^(?:javascript|data|vbscript|about):/i;
/**
 * URLs that the URL parser would give back unchanged: http(s), a lower-case host name (not an
 * IP address, not punycode), a path and query of plain characters, no fragment. Dot segments
 * ("/./", "/../", also percent-encoded) are checked apart.
 */
const PLAIN_ABSOLUTE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&()*+,;=:@/%]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*)?$/;
/** A root-relative path ("/news/story?id=1") of the same plain characters. */
const PLAIN_ROOT_PATH = /^\/(?!\/)[A-Za-z0-9\-._~!$&()*+,;=:@/%]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/%?]*)?$/;
/** Starts with a scheme, as the URL parser reads one (it drops C0 controls, tabs and newlines). */
const HAS_SCHEME = /^[\x00-\x20]*[a-zA-Z][a-zA-Z0-9+.\-\t\n\r]*:/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

/**
 * A resolver of links and image sources against the page's address, with a cache (pages repeat
 * their links) and a fast path for the plain URLs that make most of them.
 */
function makeResolver(base: string | null): (u: string | undefined) => string | null {
  const cache = new Map<string, string | null>();
  let origin: string | null = null;
  let protocol: string | null = null;
  if (base) {
    try {
      const b = new URL(base);
      if ((b.protocol === 'http:' || b.protocol === 'https:') && !b.username && !b.password) {
        protocol = b.protocol;
        origin = b.protocol + '//' + b.host;
      }
    } catch {
      origin = null;
    }
  }
  const slow = (u: string): string | null => {
    const s = u.trim();
    if (!s || UNSAFE_SCHEME.test(s)) return null;
    if (!base && !HAS_SCHEME.test(s)) return null; // (the URL parser would throw: a relative URL and no base)
    if (s.startsWith('#') && !base) return null;
    if (!DOT_SEGMENT.test(s) && !s.includes('xn--')) {
      if (PLAIN_ABSOLUTE.test(s)) return s;
      if (origin !== null && PLAIN_ROOT_PATH.test(s)) return origin + s;
      if (protocol !== null && s.startsWith('//') && PLAIN_ABSOLUTE.test(protocol + s)) return protocol + s;
    }
    try {
      return new URL(s, base ?? undefined).href;
    } catch {
      return /^(?:https?:|mailto:)/i.test(s) ? s : null;
    }
  };
  return (u) => {
    if (!u) return null;
    let r = cache.get(u);
    if (r === undefined) {
      r = slow(u);
      cache.set(u, r);
    }
    return r;
  };
}

function imageSrc(el: El): string | undefined {
  const a = el.attrs;
  const cands = [a['data-src'], a['data-original'], a['data-lazy-src'], a['data-url'], a.src];
  // Prefer a real src over a lazy placeholder only when src is not a data: URI or spacer.
  if (a.src && !/^data:/i.test(a.src) && !/spacer|blank|pixel|placeholder|lazy/i.test(a.src)) return a.src;
  for (const c of cands) if (c && !/^data:/i.test(c)) return c;
  const srcset = a.srcset || a['data-srcset'];
  if (srcset) {
    const firstUrl = srcset.trim().split(/\s+/)[0];
    if (firstUrl) return firstUrl.replace(/,$/, '');
  }
  return undefined;
}

const TINY = /^\s*[01](?:px)?\s*$/;
/** An inline style that sets the width or height to 0 or 1 pixel ("width: 1px", "height:0"). */
const TINY_STYLE = /(?:^|[;\s])(?:width|height)\s*:\s*[01](?:px)?\s*(?:!important\s*)?(?:;|$)/i;
function isTrackingPixel(el: El): boolean {
  const { width: w, height: h, style } = el.attrs;
  return (w != null && TINY.test(w)) || (h != null && TINY.test(h)) || (style != null && TINY_STYLE.test(style));
}

const MD_SPECIAL = /[\\`*_[\]]/;
/** Text with the characters that Markdown reads as markup escaped (`*`, `_`, `[`, …). */
export const escMdText = (s: string) => (MD_SPECIAL.test(s) ? s.replace(/([\\`*_[\]])/g, '\\$1') : s);
const escAlt = (s: string) => s.replace(/[[\]\\]/g, '').replace(WS_RUN_RE, ' ').trim();
const escUrl = (s: string) => s.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');

// ---------- tables ----------

/** Inside a cell, these make it block content (the table is then laid out as paragraphs). */
const CELL_BLOCKERS = new Set([
  'table', 'ul', 'ol', 'dl', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr',
  'figure', 'form', 'fieldset', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'details', 'menu',
  'iframe', 'video', 'audio', 'object', 'embed', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption',
]);
/** A cell with more text than this holds prose, not a value: the table is for layout. */
const MAX_CELL_TEXT = 400;
const MAX_SPAN = 50;

function span(el: El, name: 'colspan' | 'rowspan'): number {
  const v = el.attrs[name];
  if (!v) return 1;
  const n = parseInt(v, 10);
  return n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * A data table: rows of at least two columns of short inline values, no table inside it and
 * none around it, no list, heading or other block inside a cell, more than one row.
 */
function isDataTable(table: El, removed: Set<El>): boolean {
  const role = (table.attrs.role || '').toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  for (let p = table.parent; p; p = p.parent) if (p.tag === 'table') return false;
  let rows = 0;
  let maxCols = 0;
  const stack: El[] = [table];
  while (stack.length) {
    const el = stack.pop() as El;
    for (const c of el.children) {
      if (typeof c === 'string' || removed.has(c)) continue;
      const tag = c.tag;
      if (tag === 'tr') {
        rows++;
        let cols = 0;
        for (const cell of c.children) {
          if (typeof cell === 'string' || removed.has(cell)) continue;
          if (cell.tag !== 'td' && cell.tag !== 'th') {
            if (cell.tag === 'script' || cell.tag === 'template') continue;
            return false; // a row holding something else than cells
          }
          cols += span(cell, 'colspan');
          if (!isInlineCell(cell, removed)) return false;
        }
        if (cols > maxCols) maxCols = cols;
      } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') stack.push(c);
      else if (tag === 'td' || tag === 'th' || tag === 'table') return false; // a cell out of a row, a nested table
    }
  }
  return rows >= 2 && maxCols >= 2;
}

/** A cell of inline content: no block of CELL_BLOCKERS, at most one paragraph, short text. */
function isInlineCell(cell: El, removed: Set<El>): boolean {
  let text = 0;
  let ps = 0;
  let brs = 0;
  const stack: Node[] = [cell];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      text += n.length;
      if (text > MAX_CELL_TEXT * 4 && n.replace(WS_RUN_RE, ' ').length > MAX_CELL_TEXT) return false;
      continue;
    }
    if (n !== cell) {
      if (removed.has(n)) continue;
      const tag = n.tag;
      if (CELL_BLOCKERS.has(tag)) return false;
      if (tag === 'p' && ++ps > 1) return false;
      if (tag === 'br' && ++brs > 2) return false;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return text <= MAX_CELL_TEXT || collapsedLength(cell, removed) <= MAX_CELL_TEXT;
}

function collapsedLength(el: El, removed: Set<El>): number {
  const out: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') out.push(n);
    else if (n === el || !removed.has(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('').replace(WS_RUN_RE, ' ').trim().length;
}

interface TableState {
  rows: string[][];
  row: string[] | null;
  /** Rows still covered by a cell above with rowspan, per column. */
  covered: number[];
  /** The cell being written (its colspan and rowspan), or null between cells. */
  cell: { colspan: number; rowspan: number } | null;
}

/** Fill the columns of the row that cells of the rows above still cover. */
function fillCovered(t: TableState, row: string[], all: boolean): void {
  while (row.length < t.covered.length) {
    const k = row.length;
    if (!(t.covered[k] > 0)) {
      if (!all) return;
      let more = false;
      for (let j = k; j < t.covered.length; j++) if (t.covered[j] > 0) more = true;
      if (!more) return;
      row.push('');
      continue;
    }
    t.covered[k]--;
    row.push('');
  }
}

/**
 * A GFM pipe table: the first row is the header (GFM has no table without one); rows after it
 * that are all empty and columns that are empty in every row are left out.
 */
function tableMarkdown(all: string[][]): string | null {
  const rows = all.filter((r, i) => i === 0 || r.some((c) => c !== ''));
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const cols: number[] = [];
  for (let k = 0; k < width; k++) if (rows.some((r) => (r[k] ?? '') !== '')) cols.push(k);
  if (cols.length < 2 || rows.length < 2) return null;
  const line = (r: string[]) => '| ' + cols.map((k) => r[k] ?? '').join(' | ') + ' |';
  const out = [line(rows[0]), '|' + ' --- |'.repeat(cols.length)];
  for (let i = 1; i < rows.length; i++) out.push(line(rows[i]));
  return out.join('\n');
}

// ---------- the walk ----------

export function render(roots: El[], removed: Set<El>, baseUrl: string | null): Rendered {
  const paragraphs: string[] = [];
  const mdBlocks: string[] = [];
  const resolve = makeResolver(baseUrl);
  let plain: string[] = [];
  let md: string[] = [];
  let listDepth = 0;
  let quoteDepth = 0;
  let heading = 0;
  let inPre = 0;
  let inP = 0;
  let lastWasBr = false;
  const listStack: { ordered: boolean; n: number }[] = [];
  let itemPrefix: string | null = null;
  /** The data table being written (tables inside it are never data tables). */
  let table: TableState | null = null;
  let tableEl: El | null = null;

  const flush = () => {
    const isPre = inPre > 0;
    const text = isPre ? plain.join('').replace(/^\n+|\s+$/g, '') : plain.join('').replace(WS_RUN_RE, ' ').trim();
    plain = [];
    if (text) paragraphs.push(text);
    if (table !== null && table.cell !== null) {
      // Inside a cell, blocks and line breaks split the plain text only; the cell is one line.
      md.push(' ');
      return;
    }
    let mdText = isPre ? md.join('').replace(/^\n+|\s+$/g, '') : md.join('').replace(WS_RUN_RE, ' ').trim();
    md = [];
    if (!mdText) return;
    if (isPre) mdText = '```\n' + mdText + '\n```';
    else if (heading) mdText = '#'.repeat(Math.min(heading, 6)) + ' ' + mdText;
    else if (itemPrefix !== null) {
      mdText = '  '.repeat(Math.max(0, listDepth - 1)) + itemPrefix + mdText;
      itemPrefix = null;
    } else mdText = escapeBlockStart(mdText);
    if (quoteDepth > 0) mdText = mdText.split('\n').map((l) => '> '.repeat(quoteDepth) + l).join('\n');
    mdBlocks.push(mdText);
  };

  const endCell = (t: TableState) => {
    const text = plain.join('').replace(WS_RUN_RE, ' ').trim();
    plain = [];
    if (text) paragraphs.push(text);
    const cellMd = md.join('').replace(WS_RUN_RE, ' ').trim().replace(/\|/g, '\\|');
    md = [];
    const c = t.cell as { colspan: number; rowspan: number };
    t.cell = null;
    if (!t.row) {
      t.row = [];
      t.rows.push(t.row);
    }
    const row = t.row;
    fillCovered(t, row, false);
    for (let k = 0; k < c.colspan; k++) {
      const col = row.length;
      row.push(k === 0 ? cellMd : '');
      if (c.rowspan > 1) {
        while (t.covered.length <= col) t.covered.push(0);
        t.covered[col] = c.rowspan - 1;
      }
    }
  };

  // The walk: a node is entered when popped; `null` marks the exit of the innermost open element.
  const stack: (Node | null)[] = [];
  const openEls: El[] = [];
  const openMd: number[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push(roots[i]);
  while (stack.length) {
    const f = stack.pop() as Node | null;
    if (typeof f === 'string') {
      if (!inPre && !NOT_SPACE.test(f)) {
        if (plain.length) {
          plain.push(' ');
          md.push(' ');
        }
        continue;
      }
      lastWasBr = false;
      plain.push(f);
      md.push(inPre ? f : escMdText(f));
      continue;
    }
    if (f === null) {
      // ---- exit ----
      const el = openEls.pop() as El;
      const mdStart = openMd.pop() as number;
      const tag = el.tag;
      const mark = INLINE_MD.get(tag);
      if (mark !== undefined && !inPre) {
        const inner = md.slice(mdStart).join('');
        md.length = mdStart;
        const t = inner.trim();
        if (t) {
          const lead = /^\s/.test(inner) ? ' ' : '';
          const trail = /\s$/.test(inner) ? ' ' : '';
          md.push(lead + (tag === 'code' ? mark + t.replace(/\\([\\`*_[\]])/g, '$1') + mark : mark + t + mark) + trail);
        } else md.push(inner);
        continue;
      }
      if (tag === 'a') {
        const inner = md.slice(mdStart).join('');
        md.length = mdStart;
        const t = inner.replace(WS_RUN_RE, ' ').trim();
        const rawHref = el.attrs.href;
        const href = t && rawHref && !rawHref.startsWith('#') ? resolve(rawHref) : null;
        if (href) {
          const lead = /^\s/.test(inner) ? ' ' : '';
          const trail = /\s$/.test(inner) ? ' ' : '';
          md.push(`${lead}[${t}](${escUrl(href)})${trail}`);
        } else md.push(inner);
        continue;
      }
      if (tag === 'pre') {
        flush();
        inPre--;
        continue;
      }
      if (tag === 'p') inP--;
      if (table !== null) {
        if (el === tableEl) {
          if (table.cell !== null) endCell(table);
          flush();
          const t = table;
          table = null;
          tableEl = null;
          let block = tableMarkdown(t.rows.filter((r) => r.length > 0));
          if (block === null) {
            // Fewer than two rows or columns with any text: the cells as paragraphs after all.
            block = t.rows.flat().filter((c) => c !== '').join('\n\n');
            if (!block) continue;
          }
          if (quoteDepth > 0) block = block.split('\n').map((l) => '> '.repeat(quoteDepth) + l).join('\n');
          mdBlocks.push(block);
          continue;
        }
        if ((tag === 'td' || tag === 'th') && table.cell !== null) {
          endCell(table);
          continue;
        }
        if (tag === 'tr') {
          if (table.cell !== null) endCell(table);
          if (table.row) fillCovered(table, table.row, true);
          table.row = null;
          flush();
          continue;
        }
      }
      if (HEADING.has(tag)) {
        flush();
        heading = 0;
        continue;
      }
      if (tag === 'li' || tag === 'dt' || tag === 'dd') {
        flush();
        itemPrefix = null;
        continue;
      }
      if (tag === 'ul' || tag === 'ol') {
        flush();
        listDepth--;
        listStack.pop();
        continue;
      }
      if (tag === 'blockquote') {
        flush();
        quoteDepth--;
        continue;
      }
      if (BLOCK.has(tag)) flush();
      else if (tag === 'td' || tag === 'th') plain.push(' ');
      continue;
    }
    // ---- enter ----
    const el = f;
    const tag = el.tag;
    if (removed.has(el)) continue;
    switch (tag) {
      case 'br': {
        if (lastWasBr || !inP) {
          flush();
        } else {
          plain.push(' ');
          md.push(' ');
        }
        lastWasBr = true;
        continue;
      }
      case 'img': {
        if (isTrackingPixel(el)) continue;
        const src = resolve(imageSrc(el));
        if (src) md.push(`![${escAlt(el.attrs.alt || '')}](${escUrl(src)})`);
        continue;
      }
      case 'hr':
        flush();
        continue;
    }
    lastWasBr = false;
    if (BLOCK.has(tag) || tag === 'pre') flush();
    if (tag === 'pre') inPre++;
    else if (tag === 'p') inP++;
    else if (HEADING.has(tag)) heading = HEADING.get(tag) as number;
    else if (tag === 'ul' || tag === 'ol') {
      listDepth++;
      listStack.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li') {
      const top = listStack[listStack.length - 1];
      if (top) top.n++;
      itemPrefix = top && top.ordered ? `${top.n}. ` : '- ';
    } else if (tag === 'blockquote') quoteDepth++;
    else if (tag === 'table') {
      if (table === null && isDataTable(el, removed)) {
        table = { rows: [], row: null, covered: [], cell: null };
        tableEl = el;
      }
    } else if (table !== null) {
      if (tag === 'tr') {
        if (table.cell !== null) endCell(table);
        table.row = [];
        table.rows.push(table.row);
      } else if ((tag === 'td' || tag === 'th') && table.cell === null) {
        table.cell = { colspan: span(el, 'colspan'), rowspan: span(el, 'rowspan') };
      }
    }
    stack.push(null);
    openEls.push(el);
    openMd.push(md.length);
    const ch: Node[] = el.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
  flush();
  return { paragraphs, markdown: mdBlocks.join('\n\n') };
}
