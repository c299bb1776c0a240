/**
 * The HTML stage: one parse, then metadata (in order of evidence) and the main text as
 * paragraphs and Markdown. Never throws: any failure yields an empty result for that part.
 */
import type { HtmlDoc } from '../types';
import { selectContent } from './content';
import { leadDescription, readMeta, type Meta } from './meta';
import { escMdText, render, type Rendered } from './render';
import { repairTree } from './repair';
import { buildTree, newEl, NO_ATTRS, withoutSoftHyphens, WS_RUN_RE, type ParsedTree } from './tree';

export { normalizeDate, dateFromUrl } from './dates';
export { cleanAuthors, splitAuthors } from './authors';
export { cleanTitle } from './meta';

const EMPTY_META: Meta = {
  title: null,
  description: null,
  authors: [],
  published: null,
  modified: null,
  siteName: null,
  image: null,
  canonicalUrl: null,
  language: null,
  articleBody: null,
  recipeIngredients: [],
  recipeInstructions: [],
  h1s: [],
};

function bodyFromText(text: string): Rendered {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.replace(WS_RUN_RE, ' ').trim())
    .filter(Boolean);
  return { paragraphs, markdown: paragraphs.map(escMdText).join('\n\n') };
}

function textLength(ps: string[]): number {
  let n = 0;
  for (const p of ps) n += p.length;
  return n;
}

export function parseHtml(html: string, url: string | null): HtmlDoc {
  const base = validBase(url);
  let tree: ParsedTree;
  try {
    const source = typeof html === 'string' ? html : String(html ?? '');
    tree = buildTree(source);
    repairTree(tree, source);
  } catch {
    tree = { root: newEl('#root', NO_ATTRS, null), jsonLd: [], title: null };
  }
  let meta: Meta = EMPTY_META;
  try {
    meta = readMeta(tree, base);
  } catch {
    meta = EMPTY_META;
  }
  let body: Rendered = { paragraphs: [], markdown: '' };
  try {
    const sel = selectContent(tree.root, meta.title);
    body = render(sel.roots, sel.removed, meta.canonicalUrl ?? base);
  } catch {
    body = { paragraphs: [], markdown: '' };
  }
  try {
    if (meta.articleBody) {
      const ld = bodyFromText(decodeLd(meta.articleBody));
      const have = textLength(body.paragraphs);
      const ldLen = textLength(ld.paragraphs);
      if (ldLen > 0 && (have < 200 || ldLen > have * 2.5)) body = ld;
    }
  } catch {
    /* keep what we have */
  }
  try {
    body = withIngredients(body, meta.recipeIngredients);
    body = withInstructions(body, meta.recipeInstructions);
  } catch {
    /* keep what we have */
  }
  // soft hyphens go from the main text here (once, instead of from every text node of the page)
  body = { paragraphs: body.paragraphs.map(withoutSoftHyphens), markdown: withoutSoftHyphens(body.markdown) };
  return {
    title: meta.title,
    description: meta.description ?? leadOfBody(body.paragraphs, meta.title),
    authors: meta.authors,
    published: meta.published,
    modified: meta.modified,
    siteName: meta.siteName,
    image: meta.image,
    canonicalUrl: meta.canonicalUrl,
    language: meta.language,
    paragraphs: body.paragraphs,
    markdown: body.markdown,
  };
}

/**
 * A recipe's ingredients (from its JSON-LD) before the body, as a list, when the body holds
 * fewer than half of them: recipe pages set them in a box of their own beside the steps, which
 * the main text leaves out.
 */
function withIngredients(body: Rendered, ingredients: string[]): Rendered {
  const items = missingItems(body, ingredients);
  if (!items) return body;
  const list = items.map((i) => `- ${escMdText(i)}`).join('\n');
  return { paragraphs: [...items, ...body.paragraphs], markdown: body.markdown ? `${list}\n\n${body.markdown}` : list };
}

/**
 * A recipe's steps (from its JSON-LD) after the body, as a numbered list, when the body holds
 * fewer than half of them: recipe pages often show the steps one by one in a carousel of slides,
 * which the main text leaves out.
 */
function withInstructions(body: Rendered, steps: string[]): Rendered {
  const items = missingItems(body, steps.map(decodeLd));
  if (!items) return body;
  const list = items.map((i, k) => `${k + 1}. ${escMdText(i)}`).join('\n');
  return { paragraphs: [...body.paragraphs, ...items], markdown: body.markdown ? `${body.markdown}\n\n${list}` : list };
}

/**
 * A recipe list (two items or more) with its white space collapsed, when the body holds fewer
 * than half of its items; else null (the page shows the list, which the body then has).
 */
function missingItems(body: Rendered, list: string[]): string[] | null {
  if (list.length < 2) return null;
  const items = list.map((i) => i.replace(WS_RUN_RE, ' ').trim()).filter(Boolean);
  const text = body.paragraphs.join('\n').replace(WS_RUN_RE, ' ').toLowerCase();
  let present = 0;
  for (const i of items) if (text.includes(i.toLowerCase())) present++;
  return present * 2 >= items.length ? null : items;
}

/**
 * No description in the page: the first prose paragraph among the body's first few that is not
 * the headline again.
 */
function leadOfBody(paragraphs: string[], title: string | null): string | null {
  const t = title?.trim().toLowerCase();
  for (let i = 0; i < paragraphs.length && i < 4; i++) {
    if (t && paragraphs[i].trim().toLowerCase() === t) continue;
    const d = leadDescription(paragraphs[i]);
    if (d) return d;
  }
  return null;
}

function validBase(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function decodeLd(s: string): string {
  // articleBody is sometimes HTML: keep its text.
  if (!/[<&]/.test(s)) return s;
  try {
    const t = buildTree(s.replace(/<\/(?:p|div|h[1-6]|li|blockquote)>|<br\s*\/?>/gi, '$&\n'));
    const out: string[] = [];
    const stack = [...t.root.children].reverse();
    while (stack.length) {
      const n = stack.pop();
      if (n === undefined) break;
      if (typeof n === 'string') out.push(n);
      else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
    return out.join('');
  } catch {
    return s;
  }
}
