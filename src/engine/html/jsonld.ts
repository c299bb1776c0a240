/** JSON-LD: parse every block, find the article object(s) and read their fields. */
import { decodeLeftReferences } from './entities';
import { ARTICLE_TYPES } from '../data/html-hints';
import { isTemplatePlaceholder } from './hints';

const ARTICLE = new Set(ARTICLE_TYPES);

export interface LdArticle {
  headline: string | null;
  published: string | null;
  modified: string | null;
  authors: string[];
  /** Whether every author object is typed Person (a personal blog may carry its owner's name as site name). */
  authorsArePersons: boolean;
  publisher: string | null;
  image: string | null;
  description: string | null;
  language: string | null;
  articleBody: string | null;
  url: string | null;
}

export interface LdInfo {
  article: LdArticle | null;
  /** name of a WebSite / Organization object, when no article publisher is given. */
  siteName: string | null;
  /** datePublished of a non-article object (WebPage …), a weaker signal. */
  pageDate: string | null;
  pageModified: string | null;
  /** Authors of a WebPage object (WordPress SEO plugins put the author there, not on an article). */
  pageAuthors: string[];
  /** The ingredients of a Recipe object (`recipeIngredient`, or the older `ingredients`), as given. */
  recipeIngredients: string[];
  /** The steps of a Recipe object (`recipeInstructions`: texts, HowToStep, HowToSection), in order. */
  recipeInstructions: string[];
}

type Json = unknown;

function parseLoose(raw: string): Json | undefined {
  let s = raw.trim();
  if (!s) return undefined;
  s = s.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  try {
    return JSON.parse(s);
  } catch {
    /* try harder below */
  }
  try {
    // Raw control characters inside strings, a trailing semicolon or comma.
    const t = s.replace(/[\u0000-\u001f]+/g, ' ').replace(/;\s*$/, '').replace(/,\s*([}\]])/g, '$1');
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.toLowerCase().replace(/^.*[/:]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') {
    // Some pages write HTML character references inside JSON strings ("Redacci&oacute;n").
    const s = decodeLeftReferences(v).trim();
    return s && !isTemplatePlaceholder(s) ? s : null;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['@value'] === 'string') return str(o['@value']);
  }
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const n = str(o.name) ?? (o.givenName || o.familyName ? [str(o.givenName), str(o.familyName)].filter(Boolean).join(' ') : null);
    return n || null;
  }
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = nameOf(x);
      if (n) return n;
    }
  }
  return null;
}

function namesOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(nameOf).filter((x): x is string => !!x);
  const n = nameOf(v);
  return n ? [n] : [];
}

/** Whether the value is one or more objects all typed Person. */
function allPersons(v: unknown): boolean {
  const list = Array.isArray(v) ? v : [v];
  if (!list.length) return false;
  for (const x of list) {
    if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
    if (!typesOf(x as Record<string, unknown>).includes('person')) return false;
  }
  return true;
}

function imageOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = imageOf(x);
      if (u) return u;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.url) ?? str(o.contentUrl) ?? str(o['@id']);
  }
  return null;
}

const simplify = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Of a headline and a name that differ, the one closer to the page's own title. */
function pickHeadline(headline: string | null, name: string | null, pageTitle: string | null): string | null {
  if (!headline || !name || headline === name || !pageTitle) return headline ?? name;
  const t = simplify(pageTitle);
  const h = simplify(headline), n = simplify(name);
  const hIn = t.includes(h), nIn = t.includes(n);
  if (nIn && !hIn) return name;
  return headline;
}

/** A recipe's ingredient strings (at most 100, each at most 200 characters). */
function ingredientsOf(v: unknown): string[] {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    const t = str(x);
    if (t && t.length <= 200) out.push(t);
    if (out.length >= 100) break;
  }
  return out;
}

/** At most this many steps are read, each at most MAX_STEP characters. */
const MAX_STEPS = 100;
const MAX_STEP = 2000;
/** Sections in sections: a list, a section, its list, a step, its text (and a little more). */
const MAX_STEP_DEPTH = 8;

/**
 * A recipe's steps: a text (one step per line), texts, HowToStep objects (their `text`, else
 * `name`) and HowToSection objects (their steps, `itemListElement`), in order.
 */
function instructionsOf(v: unknown): string[] {
  const out: string[] = [];
  const visit = (x: unknown, depth: number): void => {
    if (out.length >= MAX_STEPS || depth > MAX_STEP_DEPTH || x == null) return;
    if (typeof x === 'string') {
      for (const line of x.split(/\n+/)) {
        const t = line.trim();
        if (t && t.length <= MAX_STEP && out.length < MAX_STEPS) out.push(t);
      }
      return;
    }
    if (Array.isArray(x)) {
      for (const y of x) visit(y, depth + 1);
      return;
    }
    if (typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (o.itemListElement !== undefined) visit(o.itemListElement, depth + 1);
    else visit(str(o.text) ?? str(o.name), depth + 1);
  };
  visit(v, 0);
  return out;
}

export function readJsonLd(blocks: string[], pageTitle: string | null = null): LdInfo {
  const info: LdInfo = { article: null, siteName: null, pageDate: null, pageModified: null, pageAuthors: [], recipeIngredients: [], recipeInstructions: [] };
  const byId = new Map<string, Record<string, unknown>>();
  const articles: Record<string, unknown>[] = [];
  const others: Record<string, unknown>[] = [];
  for (const raw of blocks) {
    if (raw.length > 2_000_000) continue;
    const data = parseLoose(raw);
    if (data === undefined) continue;
    const stack: { v: unknown; d: number }[] = [{ v: data, d: 0 }];
    let visited = 0;
    while (stack.length && visited < 5000) {
      const { v, d } = stack.pop() as { v: unknown; d: number };
      visited++;
      if (d > 12 || !v || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], d: d + 1 });
        continue;
      }
      const o = v as Record<string, unknown>;
      const types = typesOf(o);
      if (typeof o['@id'] === 'string' && types.length) byId.set(o['@id'], o);
      if (types.some((t) => ARTICLE.has(t))) articles.push(o);
      else if (types.length) others.push(o);
      if (o['@graph']) stack.push({ v: o['@graph'], d: d + 1 });
      if (o.mainEntity && typeof o.mainEntity === 'object') stack.push({ v: o.mainEntity, d: d + 1 });
      if (o.mainEntityOfPage && typeof o.mainEntityOfPage === 'object' && typesOf(o.mainEntityOfPage as Record<string, unknown>).length)
        stack.push({ v: o.mainEntityOfPage, d: d + 1 });
      if (Array.isArray(o.itemListElement)) stack.push({ v: o.itemListElement, d: d + 1 });
    }
  }
  const deref = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(deref);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const id = o['@id'];
      if (typeof id === 'string' && Object.keys(o).length <= 2 && byId.has(id)) return byId.get(id);
    }
    return v;
  };

  // The article with the most evidence wins (a page may list related articles too).
  let best: Record<string, unknown> | null = null;
  let bestScore = -1;
  for (const a of articles) {
    const sc = (a.headline ? 2 : 0) + (a.datePublished ? 2 : 0) + (a.articleBody ? 3 : 0) + (a.author ? 1 : 0) + (a.description ? 1 : 0);
    if (sc > bestScore) {
      best = a;
      bestScore = sc;
    }
  }
  if (best) {
    const a = best;
    const publisher = deref(a.publisher);
    info.article = {
      headline: pickHeadline(str(a.headline), str(a.name), pageTitle),
      published: str(a.datePublished) ?? str(a.dateCreated),
      modified: str(a.dateModified),
      authors: namesOf(deref(a.author)).concat(a.author ? [] : namesOf(deref(a.creator))),
      authorsArePersons: allPersons(deref(a.author ?? a.creator)),
      publisher: nameOf(publisher),
      image: imageOf(deref(a.image)) ?? imageOf(a.thumbnailUrl),
      description: str(a.description),
      language: str(a.inLanguage) ?? nameOf(a.inLanguage),
      articleBody: str(a.articleBody) ?? str(a.text),
      url: str(a.url),
    };
  }
  for (const o of others) {
    const t = typesOf(o);
    if (!info.recipeIngredients.length && t.includes('recipe')) {
      info.recipeIngredients = ingredientsOf(o.recipeIngredient ?? o.ingredients);
      info.recipeInstructions = instructionsOf(o.recipeInstructions);
    }
    if (!info.siteName && (t.includes('website') || t.includes('newsmediaorganization'))) info.siteName = str(o.name);
    if (t.some((x) => x.endsWith('page'))) {
      if (!info.pageDate) info.pageDate = str(o.datePublished);
      if (!info.pageModified) info.pageModified = str(o.dateModified);
      if (!info.pageAuthors.length && o.author) info.pageAuthors = namesOf(deref(o.author));
      if (!info.siteName) {
        const pub = nameOf(deref(o.publisher)) ?? nameOf(deref(o.isPartOf));
        if (pub) info.siteName = pub;
      }
    }
  }
  if (!info.siteName) {
    for (const o of others) {
      if (typesOf(o).includes('organization')) {
        info.siteName = str(o.name);
        if (info.siteName) break;
      }
    }
  }
  return info;
}
