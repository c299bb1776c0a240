/**
 * Render the chosen elements as paragraphs (plain text) and as Markdown, in one iterative walk.
 * Headings, list items and block quotes become their own paragraphs; <br><br> and, outside
 * paragraphs, a single <br> separate paragraphs.
 */
import { BLOCK } from './hints';
import type { El, Node } from './tree';

export interface Rendered {
  paragraphs: string[];
  markdown: string;
}

const WS = /\s+/g;
const INLINE_MD: Record<string, string> = { em: '*', i: '*', cite: '*', strong: '**', b: '**', code: '`' };

function resolve(u: string | undefined, base: string | null): string | null {
  if (!u) return null;
  const s = u.trim();
  if (!s || /^(?:javascript|data|vbscript|about):/i.test(s)) return null;
  if (s.startsWith('#') && !base) return null;
  try {
    return new URL(s, base ?? undefined).href;
  } catch {
    return /^(?:https?:|mailto:)/i.test(s) ? s : null;
  }
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

function isTrackingPixel(el: El): boolean {
  const w = el.attrs.width, h = el.attrs.height;
  const tiny = (v: string | undefined) => v != null && /^\s*[01](?:px)?\s*$/.test(v);
  return tiny(w) || tiny(h);
}

const escMdText = (s: string) => s.replace(/([\\`*_[\]])/g, '\\$1');
const escAlt = (s: string) => s.replace(/[[\]\\]/g, '').replace(WS, ' ').trim();
const escUrl = (s: string) => s.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');

type Frame =
  | { kind: 'enter'; el: El }
  | { kind: 'exit'; el: El; mdStart: number; plainStart: number };

export function render(roots: El[], removed: Set<El>, baseUrl: string | null): Rendered {
  const paragraphs: string[] = [];
  const mdBlocks: string[] = [];
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

  const flush = () => {
    const isPre = inPre > 0;
    const text = isPre ? plain.join('').replace(/^\n+|\s+$/g, '') : plain.join('').replace(WS, ' ').trim();
    let mdText = isPre ? md.join('').replace(/^\n+|\s+$/g, '') : md.join('').replace(WS, ' ').trim();
    plain = [];
    md = [];
    if (text) paragraphs.push(text);
    if (!mdText) {
      itemPrefix = itemPrefix && text ? itemPrefix : itemPrefix;
      return;
    }
    if (isPre) mdText = '```\n' + mdText + '\n```';
    else if (heading) mdText = '#'.repeat(Math.min(heading, 6)) + ' ' + mdText;
    else if (itemPrefix !== null) {
      mdText = '  '.repeat(Math.max(0, listDepth - 1)) + itemPrefix + mdText;
      itemPrefix = null;
    } else if (/^(?:[#>+-]|\d+\.)\s/.test(mdText)) mdText = '\\' + mdText;
    if (quoteDepth > 0) mdText = mdText.split('\n').map((l) => '> '.repeat(quoteDepth) + l).join('\n');
    mdBlocks.push(mdText);
  };

  const stack: (Frame | string)[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ kind: 'enter', el: roots[i] });
  while (stack.length) {
    const f = stack.pop() as Frame | string;
    if (typeof f === 'string') {
      if (!inPre && !f.trim()) {
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
    const el = f.el;
    const tag = el.tag;
    if (f.kind === 'exit') {
      if (tag in INLINE_MD && !inPre) {
        const mark = INLINE_MD[tag];
        const inner = md.slice(f.mdStart).join('');
        md.length = f.mdStart;
        const t = inner.trim();
        if (t) {
          const lead = /^\s/.test(inner) ? ' ' : '';
          const trail = /\s$/.test(inner) ? ' ' : '';
          md.push(lead + (tag === 'code' ? mark + t.replace(/\\([\\`*_[\]])/g, '$1') + mark : mark + t + mark) + trail);
        } else md.push(inner);
        continue;
      }
      if (tag === 'a') {
        const inner = md.slice(f.mdStart).join('');
        md.length = f.mdStart;
        const t = inner.replace(WS, ' ').trim();
        const href = resolve(el.attrs.href, baseUrl);
        if (t && href && !/^#/.test(el.attrs.href || '')) {
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
      if (/^h[1-6]$/.test(tag)) {
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
    // enter
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
        const src = resolve(imageSrc(el), baseUrl);
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
    else if (/^h[1-6]$/.test(tag)) heading = +tag[1];
    else if (tag === 'ul' || tag === 'ol') {
      listDepth++;
      listStack.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li') {
      const top = listStack[listStack.length - 1];
      if (top) top.n++;
      itemPrefix = top && top.ordered ? `${top.n}. ` : '- ';
    } else if (tag === 'blockquote') quoteDepth++;
    stack.push({ kind: 'exit', el, mdStart: md.length, plainStart: plain.length });
    const ch: Node[] = el.children;
    for (let i = ch.length - 1; i >= 0; i--) {
      const c = ch[i];
      stack.push(typeof c === 'string' ? c : { kind: 'enter', el: c });
    }
  }
  flush();
  return { paragraphs, markdown: mdBlocks.join('\n\n') };
}
