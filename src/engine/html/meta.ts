/** Page metadata: one walk collects the evidence, then each field is read in order of evidence. */
import { CJK_SITE_NAME_ENDINGS, GENERIC_TITLE_SEGMENTS, PLACEHOLDER_DESCRIPTION_TEXTS } from '../data/html-hints';
import { isTemplatePlaceholder, NON_WRITING_CREDIT_RE } from './hints';
import type { HtmlDoc } from '../types';
import { decodeLeftReferences } from './entities';
import { cleanAuthors, copyrightHolder, givenFirst, isOrganizationName, isPersonalName } from './authors';
import { LANGUAGE_ZONES, MONTH_FIRST_REGIONS, REGION_ZONES, type ZoneRule } from '../data/time-zones';
import { dateFromUrl, normalizeDate, zoneOffsetAt } from './dates';
import { readJsonLd, type LdInfo } from './jsonld';
import { classAndId, collapse, newEl, NO_ATTRS, NOT_SPACE, shortTextOf, textOf, textPrefixOf, walk, WS_RUN_RE, type El, type ParsedTree } from './tree';
import { keepShape } from '../shape-keeper';

/** HtmlDoc's metadata fields, plus what the body stage needs from the metadata walk. */
export interface Meta extends Omit<HtmlDoc, 'paragraphs' | 'markdown'> {
  /** JSON-LD articleBody, the fallback body. */
  articleBody: string | null;
  /** A JSON-LD recipe's ingredients, which the body may lack (they sit in a box of their own). */
  recipeIngredients: string[];
  /** A recipe's steps from its JSON-LD, in order (see withInstructions in html/index.ts). */
  recipeInstructions: string[];
  /** The page's h1 texts (collapsed). */
  h1s: string[];
}

/** A text block of an h1 and its element's class ("" for a bare text node). */
interface H1Part {
  text: string;
  cls: string;
  /** The block's tag ("" for a text node). */
  tag: string;
}

interface Evidence {
  metas: Map<string, string[]>;
  canonical: string | null;
  imageSrc: string | null;
  lang: string | null;
  h1s: string[];
  /** For an h1 made of several blocks (a kicker span and a headline span), the blocks' texts. */
  h1Parts: Map<string, H1Part[]>;
  /** The lead paragraph: the first <p> of the article, else of the page (description fallback). */
  leadP: string | null;
  pageP: string | null;
  /** The first h1 inside the article or marked as the headline by its class. */
  mainH1: string | null;
  itemprops: Map<string, string[]>;
  times: { value: string; weight: number }[];
  /** Elements whose class marks a byline, in page order: their texts (bylineOf) are read only when asked for. */
  bylineEls: El[];
  bylines: string[];
  bylinesRead: number;
  relAuthors: string[];
  /** The link targets of relAuthors, index for index. */
  relAuthorHrefs: string[];
  /** Keys whose values come from both `property` and `name`: how many came from `property` (listed first). */
  propertyCounts: Map<string, number>;
  /** Texts of small elements whose class names the author itself ("author vcard", "fn", "author-name"). */
  authorEls: string[];
  /** Openings of author biographies ("author-bio": "Jane Doe is a …"), to complete a first name. */
  authorBios: string[];
  /**
   * Date-like elements (class "date", "published", <time> without datetime), in page order: their
   * short texts (dateTextsOf) are read only when a rule asks for them.
   */
  dateEls: DateEl[];
  dateTexts: DateText[] | null;
}

interface DateEl {
  el: El;
  /** A <time> (else an element with a date-like class, or the value after a "Published" label). */
  time: boolean;
  inArticle: boolean;
  /** The value of a publication label in the element before it ("<dt>Published</dt><dd>…</dd>"). */
  labelled?: boolean;
}
interface DateText {
  value: string;
  weight: number;
}

/** How many short texts of date-like elements are kept. */
const DATE_TEXTS = 20;

/** The short texts of the date-like elements (the first twenty that hold a date-like text), read once. */
function dateTextsOf(ev: Evidence): DateText[] {
  if (ev.dateTexts) return ev.dateTexts;
  const out: DateText[] = [];
  let read = 0;
  for (const { el, time, inArticle, labelled } of ev.dateEls) {
    if (read >= DATE_TEXTS) break;
    const max = time ? 100 : 120;
    // A long date line ("This post was published on Saturday, 3 December 2011 in Hacking, Security,
    // … | 4 comments") is read from its start.
    const t = shortTextOf(el, max) ?? (time ? null : textPrefixOf(el, max));
    if (!t || (!time && (!/\d/.test(t) || NOT_DATE_LABEL_RE.test(t)))) continue;
    read++;
    const weight = time
      ? inArticle ? 3 : 2
      : (inArticle ? 1 : 0) + (/publish|posted|pubdate/.test(classAndId(el)) ? 1 : 0) + (labelled || PUBLISHED_LABEL_RE.test(t) ? 2 : 0);
    out.push({ value: t, weight });
    // a date whose parts sit in elements of their own ("Mai<span>06</span>2018", "<span
    // class=day>06</span><span class=month>May</span>…") reads as one word: the parts apart come next
    if (el.children.some((c) => typeof c !== 'string')) {
      const spaced = shortTextOf(el, max, ' ');
      if (spaced && spaced !== t) out.push({ value: spaced, weight });
    }
  }
  return (ev.dateTexts = out);
}

/** An ISO 8601 date, with or without a time and zone, as a whole attribute value. */
const ISO_DATE_ATTR_RE = /^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;
/** Fewer than `max` children, not counting the white space between them (a line of spans written one per source line). */
function fewChildren(el: El, max: number): boolean {
  const ch = el.children;
  if (ch.length < max) return true;
  let n = 0;
  for (const c of ch) if ((typeof c !== 'string' || NOT_SPACE.test(c)) && ++n >= max) return false;
  return true;
}

const DATE_CLASS_RE = /date|datum|time|publish|posted|pubdate|dateline|byline|(?:entry|post|article|listing|story|blog|asset)[-_]?meta|meta-info|postinfo|info|release|created|submitted/;
const NOT_DATE_CLASS_RE = /updat|modif|comment|related|sidebar|footer|widget|copyright|archive|calendar|event/;

/** Class of an element holding just the author's name (hCard "author vcard", "fn", "author-name"). */
/** `rel="author"` among a link's space-separated rel tokens. */
const REL_AUTHOR_RE = /(?:^|\s)author(?:\s|$)/i;
const AUTHOR_EL_RE = / (?:author vcard|vcard author|fn|author-name|authorname|author_name|username|post-author-name|byline-name|autor-name) /;
/** Labels of Twitter's label/data pairs that introduce the author. */
const AUTHOR_LABEL_RE = /^(?:written by|author|verfasst von|geschrieben von|autor|auteur|écrit par|escrito por|scritto da)\b/i;

/** Words that make a "date – name" line a place or a section, not a person. */
const NOT_A_NAME_WORD_RE = /\b(?:Uhr|Update|Aktualisiert|Updated|Kommentare?|Comments?|Minuten|Minutes|Lesezeit|News|News?letter)\b/;

const ASIDE_CLASS_RE = /comment|respond|sidebar/;
/** Layout state tokens ("has-sidebar", "with-comments", "no-sidebar"): they say what sits beside the element, not what it is. */
const LAYOUT_TOKEN_RE = /(?:^|\s)(?:has|with|without|no|show|hide|is)-\S*/g;
/** Class and id without layout state tokens. */
function ownClass(ci: string): string {
  return ci.includes('-') ? ci.replace(LAYOUT_TOKEN_RE, ' ') : ci;
}
/** A date text introduced as the publication date ("Published: …", "Veröffentlicht am …"). */
const PUBLISHED_LABELS = 'published|posted|erstellt|veröffentlicht|publiziert|publié|publicado|pubblicato|gepubliceerd|mise en ligne';
const PUBLISHED_LABEL_RE = new RegExp(`^(?:${PUBLISHED_LABELS}|written)\\b`, 'i');
/** A publication label and nothing else ("Published:", "Veröffentlicht am", "Mise en ligne"). */
const PUBLISHED_LABEL_ALONE_RE = new RegExp(`^\\s*(?:${PUBLISHED_LABELS}|first published|publication date|date published)(?: (?:on|am|le|el|il|op))?\\s*:?\\s*$`, 'i');
/** How many date-like elements a page may list (the labelled values stop there). */
const DATE_ELS_MAX = 200;
/** The element after `el` among its parent's children, past white space; null when text or nothing follows. */
function nextElement(el: El): El | null {
  const sib = el.parent?.children;
  if (!sib) return null;
  let k = sib.indexOf(el) + 1;
  while (k < sib.length) {
    const n = sib[k++] as El | string;
    if (typeof n !== 'string') return n;
    if (NOT_SPACE.test(n)) return null;
  }
  return null;
}
/** A date text that is not the publication date: the current time, an update, a reading time. */
const NOT_DATE_LABEL_RE = /^(?:aktuelle zeit|current time|heute|today|aktualisiert|updated|last updated|zuletzt aktualisiert|mis à jour|actualizado)\b/i;

const BYLINE_RE = /(?:^|[^a-z])(?:byline|by-line|author|autor|auteur|writtenby|written-by|p-author|contributor|article-by|verfasser)(?:[^a-z]|$)|byline|authorname|author-name|authors|autorenzeile|autorzeile/;
const PUBLISHED_CLASS_RE = /publish|pubdate|posted|dateline|article-date|post-date|entry-date|timestamp|created|date/;

/** What a machine-readable date's class says of it: published (3), modified (-5), a date class (1), nothing (0). */
function classDateWeight(ci: string, modified: boolean): number {
  if (/publish|posted|pubdate|created/.test(ci)) return 3;
  if (modified || /updat|modif|edited/.test(ci)) return -5;
  return PUBLISHED_CLASS_RE.test(ci) ? 1 : 0;
}

function add(map: Map<string, string[]>, key: string, value: string): void {
  const v = value.trim();
  if (!v || isTemplatePlaceholder(v)) return;
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** Lower-cased meta key, with "dc:title" / "dcterm:title" written as "dc.title" / "dcterms.title". */
function metaKey(k: string): string {
  const key = k.toLowerCase().trim();
  return key.startsWith('dc') ? key.replace(/^(dc|dcterms?)[:.]/, (_, p: string) => (p === 'dc' ? 'dc.' : 'dcterms.')) : key;
}

const IN_ARTICLE = 1;
const IN_ASIDE = 2;
const IN_CHROME = 4;
/** Inside a person's or organization's microdata scope (the author, the publisher): a description or image there is theirs. */
const IN_AGENT = 8;
/** Microdata properties whose value is a person or an organization. */
const AGENT_PROPS = new Set(['author', 'creator', 'contributor', 'editor', 'publisher', 'sourceorganization', 'provider', 'copyrightholder', 'accountableperson', 'reviewedby', 'funder', 'sponsor']);
const AGENT_TYPE_RE = /schema\.org\/(?:Person|Organization|Corporation|NewsMediaOrganization)\b/i;
/**
 * A property that a person or organization has of its own (a bio, a portrait or logo). Dates and
 * headlines found in an author's scope are the article's: pages put the byline's time there.
 */
const isAgentOwn = (prop: string | undefined) => !!prop && /^(?:description|image)$/i.test(prop);

/** What an element's "class id" string says (CLASS_* bits), read once per distinct string. */
const CLASS_KNOWN = 1;
const CLASS_ASIDE = 2;
const CLASS_DATE = 4;
const CLASS_BYLINE = 8;
/** The class may name an author or a bio (ownClassBits, of the class alone, then decides). */
const CLASS_OWN_AUTHOR = 16;
/** The visible-text scan skips the element (a comment thread, a sidebar, a footer: scanText). */
const CLASS_SCAN_SKIP = 32;
/** Where an element's class bits sit in its El.mf flags, above the context flags. */
const CLASS_SHIFT = 4;
const SCAN_SKIP_CLASS_RE = /comment|related|sidebar|footer|widget|copyright|cookie|newsletter/;
/** Class tokens of the post itself (WordPress "hentry", "type-post"): layout words beside them ("sidebar-right") describe the page. */
const POST_CLASS_RE = /(?:^|\s)(?:hentry|h-entry|type-post|post-\d+|article|main|main-content)(?:\s|$)/;
/**
 * Every word that one of the class patterns needs (ASIDE, DATE, BYLINE, SCAN_SKIP, and the author
 * words of ownClassBits): most class strings hold none ("container", "nav-item"), and one scan
 * then settles them instead of six. The words are grouped by their first letters, which the
 * regexp engine then tries once per position (a fifth faster than the plain list): comment,
 * contributor, copyright, cookie, created; respond, release, related; sidebar, submitted;
 * date, datum; time; publish, posted, post(-/_)meta; byline, by-line; entry(-/_)meta; article(-/_)meta,
 * article-by, author, autor, auteur; listing/story/blog/asset(-/_)meta; info; written(-)by, widget; verfasser; fn, footer;
 * username; newsletter.
 */
const ANY_CLASS_HINT_RE =
  /c(?:o(?:mment|ntributor|pyright|okie)|reated)|re(?:spond|lease|lated)|s(?:idebar|ubmitted)|dat(?:e|um)|time|p(?:ublish|ost(?:ed|[-_]?meta))|by-?line|entry[-_]?meta|a(?:rticle(?:[-_]?meta|-by)|ut(?:hor|or|eur))|listing[-_]?meta|story[-_]?meta|blog[-_]?meta|asset[-_]?meta|info|w(?:ritten-?by|idget)|verfasser|f(?:n|ooter)|username|newsletter/;
/** What ownClassBits needs: "author"/"autor", or a name class without it ("fn", "username", "byline-name"). */
const OWN_AUTHOR_HINT_RE = /aut(?:hor|or)|fn|username|byline-name/;
export function classBits(ci: string): number {
  if (!ANY_CLASS_HINT_RE.test(ci)) return CLASS_KNOWN;
  return (
    CLASS_KNOWN |
    // Dropping layout tokens only takes words away: without a match in the whole string there is none in the rest.
    (ASIDE_CLASS_RE.test(ci) && ASIDE_CLASS_RE.test(ownClass(ci)) ? CLASS_ASIDE : 0) |
    (DATE_CLASS_RE.test(ci) && !NOT_DATE_CLASS_RE.test(ci) ? CLASS_DATE : 0) |
    (BYLINE_RE.test(ci) && !NOT_BYLINE_CLASS_RE.test(ci) ? CLASS_BYLINE : 0) |
    (OWN_AUTHOR_HINT_RE.test(ci) ? CLASS_OWN_AUTHOR : 0) |
    (SCAN_SKIP_CLASS_RE.test(ci) && SCAN_SKIP_CLASS_RE.test(ownClass(ci)) && !POST_CLASS_RE.test(ci) ? CLASS_SCAN_SKIP : 0)
  );
}
const NOT_BYLINE_CLASS_RE = /comment|avatar|image|img|photo|bio/;

/**
 * What the class attribute alone (not the id) says: an author's name, an author's bio. Never
 * set without CLASS_OWN_AUTHOR in the bits of the element's "class id", which hold the class.
 */
const OWN_AUTHOR_NAME = 1;
const OWN_AUTHOR_BIO = 2;
export function ownClassBits(cls: string): number {
  const lower = cls.toLowerCase();
  if (/comment/.test(lower)) return 0;
  return (
    (AUTHOR_EL_RE.test(` ${lower} `) ? OWN_AUTHOR_NAME : 0) |
    (/author|autor/.test(lower) && /bio|description/.test(lower) ? OWN_AUTHOR_BIO : 0)
  );
}

export function collect(tree: ParsedTree): Evidence {
  const ev: Evidence = {
    metas: new Map(),
    canonical: null,
    imageSrc: null,
    lang: null,
    h1s: [],
    h1Parts: new Map(),
    mainH1: null,
    leadP: null,
    pageP: null,
    itemprops: new Map(),
    times: [],
    bylineEls: [],
    bylines: [],
    bylinesRead: 0,
    relAuthors: [],
    relAuthorHrefs: [],
    propertyCounts: new Map(),
    authorEls: [],
    authorBios: [],
    dateEls: [],
    dateTexts: null,
  };
  const nameMetas = new Map<string, string[]>();
  // Each element's context, inherited from its parent as flags on the element (El.mf): inside
  // an article/main (IN_ARTICLE); in comment threads and sidebars, which carry other people's
  // names and dates (IN_ASIDE); in navigation, headers and forms, where no lead paragraph is
  // (IN_CHROME). The walk visits parents first, so a parent's flags are always set.
  // Pages repeat a few class strings over thousands of elements: their regexes run once each.
  const bitsOf = new Map<string, number>();
  const ownBitsOf = new Map<string, number>();
  const ownClassOf = (cls: string): number => {
    let b = ownBitsOf.get(cls);
    if (b === undefined) ownBitsOf.set(cls, (b = ownClassBits(cls)));
    return b;
  };
  const classOf = (el: El): number => {
    const ci = classAndId(el);
    if (!ci) return 0;
    let b = bitsOf.get(ci);
    if (b === undefined) bitsOf.set(ci, (b = classBits(ci)));
    return b;
  };
  walk(tree.root, (el) => {
    const tag = el.tag;
    const a = el.attrs;
    const parent = el.parent;
    const up = parent ? parent.mf : 0;
    // Attributes are dictionary lookups: each is read once here (classAndId reads class and id).
    const cb = classOf(el);
    const ip = a.itemprop;
    const articleCtx = (up & IN_ARTICLE) !== 0;
    // <body>'s class describes the page's layout ("layout-sidebar-right"), never an aside.
    const asideCtx = (up & IN_ASIDE) !== 0 || tag === 'aside' || tag === 'footer' || ((cb & CLASS_ASIDE) !== 0 && tag !== 'body');
    const chromeCtx = (up & IN_CHROME) !== 0 || tag === 'nav' || tag === 'header' || tag === 'form';
    const agentCtx = (up & IN_AGENT) !== 0;
    el.mf =
      (articleCtx || tag === 'article' || tag === 'main' || ip === 'articleBody' ? IN_ARTICLE : 0) |
      (asideCtx ? IN_ASIDE : 0) |
      (chromeCtx ? IN_CHROME : 0) |
      (agentCtx || (ip && AGENT_PROPS.has(ip.toLowerCase())) || (a.itemtype && AGENT_TYPE_RE.test(a.itemtype)) ? IN_AGENT : 0) |
      // Kept for the visible-text scan, which reads the same class strings.
      (cb << CLASS_SHIFT);
    switch (tag) {
      case 'meta': {
        const raw = a.content ?? a.value;
        if (raw == null) break;
        const content = decodeLeftReferences(raw);
        // RDFa `property` (OpenGraph, Dublin Core) outranks the same key given as `name`.
        if (a.property) for (const k of a.property.split(/\s+/)) if (k) add(ev.metas, metaKey(k), content);
        for (const k of [a.name, agentCtx && isAgentOwn(a.itemprop) ? undefined : a.itemprop, a['http-equiv']]) if (k) add(nameMetas, metaKey(k), content);
        return false;
      }
      case 'link': {
        const rel = (a.rel || '').toLowerCase();
        if (!ev.canonical && rel.includes('canonical') && rel.split(/\s+/).includes('canonical') && a.href) ev.canonical = a.href.trim();
        if (rel === 'image_src' && !ev.imageSrc && a.href) ev.imageSrc = a.href.trim();
        if (a.itemprop && a.href) add(ev.itemprops, a.itemprop.toLowerCase(), a.href);
        return false;
      }
      case 'html':
        if (!ev.lang) ev.lang = a.lang || a['xml:lang'] || null;
        break;
      case 'h1':
        if (ev.h1s.length < 5) {
          const t = collapse(textOf(el));
          if (t) {
            ev.h1s.push(t);
            // The blocks of an h1 wrapped in one link or span ("<h1><a><span>Kicker</span><span>Headline</span></a></h1>").
            let box: El = el;
            for (let i = 0; i < 3 && box.children.length === 1 && typeof box.children[0] !== 'string'; i++) box = box.children[0] as El;
            if (box.children.length > 1) {
              const parts: H1Part[] = [];
              for (const c of box.children) {
                const ct = collapse(typeof c === 'string' ? c : textOf(c));
                if (ct && /\p{L}/u.test(ct)) parts.push(typeof c === 'string' ? { text: ct, cls: '', tag: '' } : { text: ct, cls: classAndId(c), tag: c.tag });
              }
              if (parts.length > 1) ev.h1Parts.set(t, parts);
            }
            const strong = articleCtx || /title|headline/.test(classAndId(el)) || (a.itemprop || '').toLowerCase() === 'headline';
            if (strong && !ev.mainH1 && !asideCtx) ev.mainH1 = t;
          }
        }
        break;
      case 'time': {
        if (!a.datetime && !a.content) ev.dateEls.push({ el, time: true, inArticle: articleCtx });
        const v = a.datetime || a.content;
        if (v) {
          const ci = classAndId(el) + ' ' + (parent ? classAndId(parent) : '');
          const w = a.pubdate !== undefined || a.itemprop === 'datePublished' ? 3 : classDateWeight(ci, a.itemprop === 'dateModified');
          ev.times.push({ value: v, weight: (articleCtx ? 2 : 0) + w });
        }
        break;
      }
      case 'p':
        // Outside the article only the first long paragraph counts: later ones are not read.
        if (!asideCtx && !chromeCtx && !agentCtx && !ev.leadP && (articleCtx || !ev.pageP)) {
          const t = collapse(textOf(el));
          if (articleCtx && t.length >= 20) ev.leadP = t;
          else if (!ev.pageP && t.length >= 40) ev.pageP = t;
        }
        break;
      case 'a':
        if (a.rel && REL_AUTHOR_RE.test(a.rel)) {
          const t = shortTextOf(el, 80);
          if (t) {
            ev.relAuthors.push(t);
            ev.relAuthorHrefs.push(a.href || '');
          }
        }
        break;
    }
    if (ip && tag !== 'meta' && !(agentCtx && isAgentOwn(ip))) {
      const key = ip.toLowerCase();
      if (key === 'author' || key === 'creator') {
        // The names inside the author scope (a scope may name several people; a nested property's
        // own name, "worksFor" or "affiliation", is not one), else the element text.
        const names: string[] = [];
        if (a.content) names.push(a.content);
        else {
          walk(el, (c) => {
            if (c === el) return;
            const cp = (c.attrs.itemprop || '').toLowerCase();
            if (cp === 'name') {
              const n = c.attrs.content ?? collapse(textOf(c));
              if (n) names.push(n);
              return false;
            }
            if (cp) return false;
          });
        }
        if (!names.length) {
          const t = shortTextOf(el, 120);
          if (t) names.push(t);
        }
        for (const name of names) if (name.length < 120) add(ev.itemprops, key, name);
      } else if (key === 'datepublished' || key === 'datemodified' || key === 'datecreated' || key === 'headline' || key === 'description') {
        const v = a.datetime ?? a.content ?? shortTextOf(el, 500);
        if (v && v.length < 500) add(ev.itemprops, key, v);
      } else if (key === 'uploaddate') {
        const v = a.content ?? a.datetime;
        if (v) add(ev.itemprops, key, v);
      } else if (key === 'image' && !ev.itemprops.has('image')) {
        const v = a.src ?? a.content ?? a.href;
        if (v) add(ev.itemprops, key, v);
      }
    }
    // A publication label alone ("Mise en ligne", "Published:"): its value is the next element.
    if (el.children.length === 1 && ev.dateEls.length < DATE_ELS_MAX) {
      const only = el.children[0];
      if (typeof only === 'string' && only.length < 40 && only.length > 5 && PUBLISHED_LABEL_ALONE_RE.test(only)) {
        const next = nextElement(el);
        if (next) ev.dateEls.push({ el: next, time: false, inArticle: articleCtx, labelled: true });
      }
    }
    if (cb & CLASS_DATE && tag !== 'html' && tag !== 'body' && tag !== 'time') {
      if (fewChildren(el, 12)) ev.dateEls.push({ el, time: false, inArticle: articleCtx });
      // The instant in the title attribute (hAtom's <abbr class="published" title="2008-03-04T10:00">,
      // "2 hours ago" with the time on hover): read as a <time datetime> is.
      if (a.title && ISO_DATE_ATTR_RE.test(a.title)) {
        ev.times.push({ value: a.title, weight: (articleCtx ? 2 : 0) + classDateWeight(classAndId(el), false) });
      }
    }
    if (cb & CLASS_OWN_AUTHOR && a.class && !asideCtx && ev.authorEls.length < 3 && el.children.length <= 3 && (tag === 'span' || tag === 'a' || tag === 'div' || tag === 'p' || tag === 'strong' || tag === 'b' || tag === 'cite')) {
      if (ownClassOf(a.class) & OWN_AUTHOR_NAME) {
        const t = shortTextOf(el, 60);
        if (t) ev.authorEls.push(t);
      }
    }
    if (cb & CLASS_OWN_AUTHOR && a.class && ev.authorBios.length < 3 && (tag === 'div' || tag === 'p' || tag === 'span')) {
      if (ownClassOf(a.class) & OWN_AUTHOR_BIO) {
        const t = collapse(textOf(el)).slice(0, 80);
        if (t) ev.authorBios.push(t);
      }
    }
    if (cb & CLASS_BYLINE && tag !== 'html' && tag !== 'body' && tag !== 'meta') ev.bylineEls.push(el);
  });
  for (const [k, v] of nameMetas) {
    const list = ev.metas.get(k);
    if (list) {
      ev.propertyCounts.set(k, list.length);
      list.push(...v);
    }
    else ev.metas.set(k, v);
  }
  return ev;
}

const BY_ALONE_RE = /^(?:by|written by|posted by|von|par|por|door|di|autor|autorin|author|auteur|auteur\(s\)|verfasst von|geschrieben von|erstellt von|text|interview|redaktion)\s*:?$/i;
/** A byline label: "By", "Von", "Eine Kolumne von", "Ein Gastbeitrag von", "A guest post by". */
const BY_LABEL =
  '(?:[Bb]y|[Ww]ritten by|[Pp]osted by|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|Autor(?:in|en|innen)?|Author:|Auteur ?:|(?:Text|Interview|Redaktion)(?: (?:und|&) (?:Text|Interview|Fotos?|Bilder))?:|[Vv]erfasst von|[Gg]eschrieben von|[Ee]rstellt von|[Vv]eröffentlicht von|' +
  '[Ee]ine? (?:Kolumne|Beitrag|Gastbeitrag|Kommentar|Glosse|Analyse|Reportage|Rezension|Interview) von|[Aa] (?:column|guest post|commentary|review) by)';
const BY_NAME_RE = new RegExp(`^${BY_LABEL}\\s*:?\\s+(\\p{Lu}[^|•·]{2,60})(?:\\s*[|•·].*)?$`, 'u');
/** Punctuation a byline label may carry before it ("| By"). */
const LEAD_PUNCT_RE = /^[|•·,;/\-–—\s]+/;
/** Name-like: every word capitalised, or a particle (von, de, van der …). */
const NAME_WORDS_RE = /^(?:(?:\p{Lu}[\p{L}'’.-]*|von|van|der|den|de|da|del|della|di|du|la|le|dos|das|bin|al|zu|und|and|et|y)(?:\s+|$)){1,8}$/u;
/** Where the names of a byline end: a separator, a date, "on"/"am"/"le" before a date. */
const BYLINE_END_RE = /\s*(?:[|•·/]|\s[–—-]\s|\b(?:am|on|le|el|il|em)\s+\S*\d|\d).*$/;
const NAME_SPLIT_RE = /\s*(?:,|;|&|\s(?:and|und|y|et|e)\s)\s*/;

/**
 * The names part of a byline is a list of names ("Jane Doe, John Roe und Ann Poe"), each part
 * capitalised words or a lower-case role ("staff writer"); a sentence or a quoted phrase is not.
 */
function namesLike(s: string): boolean {
  const head = s.replace(BYLINE_END_RE, '').replace(/\s*\([^)]*\)?/g, ' ').trim();
  if (!head) return false;
  const parts = head.split(NAME_SPLIT_RE).filter(Boolean);
  if (!parts.length || !NAME_WORDS_RE.test(parts[0].trim())) return false;
  // Later parts may be a role ("Staff Writer", "Projektleiterin der Stiftung"), never a quotation.
  return parts.length <= 6 && parts.every((p) => !/["«»„“”‹›]/.test(p) && p.split(' ').length <= 8);
}

/** A date then a name, or a name then a date, on one line under the headline ("12.03.2021 - Jane Doe"). */
const DATE_PART = '(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s\\p{L}{3,10}\\.?\\s\\d{4}|\\p{L}{3,10}\\.?\\s\\d{1,2},\\s\\d{4})';
const NAME_PART = '(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){1,3})';
const DATE_NAME_RE = new RegExp(`^${DATE_PART}\\s*[-–—|·•,]\\s*${NAME_PART}$`, 'u');
const NAME_DATE_RE = new RegExp(`^${NAME_PART}\\s*[-–—|·•,]\\s*${DATE_PART}$`, 'u');
/** A date opening a paragraph, before a dash or a colon ("12.03.2021 – The council …", "(3 March 2021) The …"). */
const LEAD_DATE_RE = new RegExp(`^\\(?(${DATE_PART})\\)?\\s*(?:[–—-]\\s|:\\s|(?<=\\))\\s)`, 'u');

interface TextScan {
  /** Names written after a "By" in the page text: "By <a>Jane Doe</a>", "By Jane Doe". */
  bylines: string[];
  /** Short text nodes that are dates, those after the first h1 first. */
  dates: string[];
}

/** A four-digit year, or a dotted short date ("30.10.23"). */
const SCAN_DATE_RE = /\d{4}|\b\d{1,2}\.\d{1,2}\.\d{2}\b/;

const SKIP_SCAN = new Set(['head', 'nav', 'footer', 'aside', 'script', 'style', 'form', 'select', 'noscript', 'template', 'svg', 'button']);
/** Elements that end a byline line. */
const LINE_BREAK = new Set(['br', 'p', 'div', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'section', 'time']);

/** The text of an element's children up to the first line break or block ("By <a>A</a> and <a>B</a><br>…"). */
function lineText(el: El): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (LINE_BREAK.has(c.tag)) {
      if (out.trim()) break;
    } else out += textOf(c);
    if (out.length > 160) break;
  }
  return collapse(out);
}

/** An element's class bits: those collect kept in El.mf, else read now. */
function scanClassBits(el: El): number {
  const kept = el.mf >> CLASS_SHIFT;
  if (kept) return kept;
  const ci = classAndId(el);
  return ci ? classBits(ci) : 0;
}

/** The sides of the first h1 (TextScanner). */
const BEFORE = 0;
const AFTER = 1;
/** Nodes the text scan reads at most. */
const SCAN_NODES = 300_000;

/**
 * The visible-text scan for bylines and dates, run only as far as a question needs: the first
 * byline (or date) under the h1 settles "the first byline" without reading the rest of the page.
 * Asked in any order, it gives what one scan of the whole page would.
 */
export class TextScanner {
  // Bylines under the first h1 come first: one above it is mostly a menu or a teaser ("Von Kraut und Rüben").
  private readonly bylinesBefore: string[] = [];
  private readonly bylinesAfter: string[] = [];
  /** The list filled now: bylinesBefore, then from the first h1 on bylinesAfter. */
  private bylines = this.bylinesBefore;
  /**
   * Texts that may be dates (a year or a dotted date; in a longer text, a date opening it), above
   * and under the h1 (BEFORE, AFTER): normalized only when dates are asked for, up to three a side.
   */
  private readonly dateTexts: [string[], string[]] = [[], []];
  private readonly dates: [string[], string[]] = [[], []];
  private readonly datesRead = [0, 0];
  private readonly stack: (El | string)[];
  private pending = false;
  private steps = 0;
  private seenH1 = false;
  /** Text nodes seen since the first h1 (a date-and-name line counts only just under the headline). */
  private sinceH1 = 0;
  private done = false;

  constructor(
    root: El,
    private readonly dayFirst: boolean,
  ) {
    this.stack = [root];
  }

  /** The first byline: under the h1 if any, else above it. */
  firstByline(): string | undefined {
    while (!this.done && !this.bylinesAfter.length) this.step();
    return this.bylinesAfter[0] ?? this.bylinesBefore[0];
  }

  allBylines(): string[] {
    while (!this.done) this.step();
    return this.bylinesAfter.concat(this.bylinesBefore);
  }

  /** The first date: under the h1 if any, else above it. */
  firstDate(): string | undefined {
    while (!this.done && !this.datesOn(AFTER, 1).length) this.step();
    return this.datesOn(AFTER, 1)[0] ?? this.datesOn(BEFORE, 1)[0];
  }

  allDates(): string[] {
    while (!this.done) this.step();
    return this.datesOn(AFTER, 3).concat(this.datesOn(BEFORE, 3));
  }

  /** The dates of one side, up to `want` (at most three), from the texts met so far. */
  private datesOn(side: number, want: number): string[] {
    const found = this.dates[side];
    const texts = this.dateTexts[side];
    while (found.length < want && this.datesRead[side] < texts.length) {
      const d = normalizeDate(texts[this.datesRead[side]++], true, this.dayFirst);
      if (d) found.push(d);
    }
    return found;
  }

  /** Reads the next node; the scan is done at the end of the page, or with three of each found. */
  private step(): void {
    if (!this.stack.length || this.steps++ >= SCAN_NODES) {
      this.done = true;
      return;
    }
    const n = this.stack.pop() as El | string;
    if (typeof n === 'string') this.readText(n);
    else this.enter(n);
  }

  private readText(n: string): void {
    const t = n.trim();
    if (!t) return;
    if (this.seenH1) this.sinceH1++;
    const bylines = this.bylines;
    if (bylines.length < 3) {
      if (this.pending) {
        this.pending = false;
        if (t.length < 80 && (namesLike(t) || /^[\p{L}\d_.-]{2,30}$/u.test(t))) bylines.push(t);
      } else if (t.length < 20 && BY_ALONE_RE.test(t.replace(LEAD_PUNCT_RE, ''))) this.pending = true;
      else if (t.length < 90) {
        const c = t.replace(WS_RUN_RE, ' ').replace(LEAD_PUNCT_RE, '');
        const m = BY_NAME_RE.exec(c);
        // A capitalised name up to a date or separator ("Von Jane Doe | 3. März 2021").
        if (m && namesLike(m[1])) bylines.push(m[1]);
        // (Both patterns hold a date, hence a digit.)
        else if (this.seenH1 && this.sinceH1 <= 12 && c.length < 70 && DIGIT_RE.test(c)) {
          const d = DATE_NAME_RE.exec(c) ?? NAME_DATE_RE.exec(c);
          if (d && !NOT_A_NAME_WORD_RE.test(d[1])) bylines.push(d[1]);
        }
      }
    }
    const dateTexts = this.dateTexts[this.seenH1 ? AFTER : BEFORE];
    if (t.length < 60) {
      if (SCAN_DATE_RE.test(t)) dateTexts.push(t);
    } else {
      // A longer text counts only by a date opening it: that (anchored) test first.
      const lead = LEAD_DATE_RE.exec(t.slice(0, 40));
      if (lead && SCAN_DATE_RE.test(t)) dateTexts.push(lead[1]);
    }
    if (bylines.length >= 3 && this.datesOn(AFTER, 3).length >= 3) this.done = true;
  }

  private enter(n: El): void {
    const tag = n.tag;
    if (SKIP_SCAN.has(tag)) return;
    if (tag === 'h1' && !this.seenH1) {
      this.seenH1 = true;
      this.bylines = this.bylinesAfter;
    }
    if (tag !== 'body' && tag !== 'html' && tag !== 'main' && tag !== 'article' && scanClassBits(n) & CLASS_SCAN_SKIP) return;
    if (tag === 'a' && isBrandAttribution(n)) return;
    const ch = n.children;
    // "By <a>Jane Doe</a> and <a>John Roe</a>": the label's line holds all the names.
    if (this.bylines.length < 3 && ch.length > 2 && typeof ch[0] === 'string' && ch[0].length < 30) {
      const label = ch[0].trim().replace(LEAD_PUNCT_RE, '');
      if (label && BY_ALONE_RE.test(label)) {
        const line = lineText(n);
        const names = line.replace(LEAD_PUNCT_RE, '').slice(label.length).replace(/^\s*:?\s*/, '');
        if (line.length < 140 && names && namesLike(names)) this.bylines.push(names);
      }
    }
    const stack = this.stack;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
}
keepShape(new TextScanner(newEl('#root', NO_ATTRS, null), false));

const BY_BRAND_RE = /^by\s+([\p{L}\p{N}&.'-]{2,40})$/iu;
const HREF_HOST_RE = /^(?:https?:)?\/\/([^/?#:]+)/i;

/**
 * A partner widget's attribution: a link whose own text is "By" and one word that its address's
 * host holds, marked nofollow or sponsored ("By PubExchange" to pubexchange.com). A person's
 * byline puts the label outside the link, or names more than one word.
 */
function isBrandAttribution(a: El): boolean {
  const rel = a.attrs.rel;
  if (!rel || !/nofollow|sponsored/i.test(rel)) return false;
  const host = HREF_HOST_RE.exec(a.attrs.href ?? '')?.[1];
  if (!host) return false;
  const m = BY_BRAND_RE.exec(collapse(textOf(a)));
  if (!m) return false;
  const brand = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return brand.length >= 3 && host.toLowerCase().replace(/[^a-z0-9.]/g, '').includes(brand);
}
const DIGIT_RE = /\d/;

export function scanText(root: El, dayFirst = false): TextScan {
  const scan = new TextScanner(root, dayFirst);
  return { bylines: scan.allBylines(), dates: scan.allDates() };
}

/** How many byline elements' texts are kept. */
const BYLINES = 6;
const BYLINE_SLOTS = Array.from({ length: BYLINES }, (_, k) => k);

/** The k-th non-empty text of the byline elements (of the first six), read on first use. */
function bylineOf(ev: Evidence, k: number): string | undefined {
  while (ev.bylines.length <= k && ev.bylines.length < BYLINES && ev.bylinesRead < ev.bylineEls.length) {
    const t = shortTextOf(ev.bylineEls[ev.bylinesRead++], 100);
    if (t) ev.bylines.push(t);
  }
  return ev.bylines[k];
}

/** The longest byline element text read for credits (a line of several credits), and how many elements are read. */
const MAX_CREDITS_TEXT = 600;
const CREDIT_BYLINES = 12;

/** Lower-cased names that the first byline elements credit for work other than the writing. */
function nonWritingCredits(ev: Evidence): Set<string> {
  const out = new Set<string>();
  for (const el of ev.bylineEls.slice(0, CREDIT_BYLINES)) {
    const t = shortTextOf(el, MAX_CREDITS_TEXT);
    if (!t) continue;
    for (const m of t.matchAll(NON_WRITING_CREDIT_RE)) for (const n of cleanAuthors([m[1] as string])) out.add(n.toLowerCase());
  }
  return out;
}

/** A value that may be missing, as a list of none or one. */
function optional<T>(v: T | undefined): T[] {
  return v === undefined ? [] : [v];
}

function first(ev: Evidence, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = ev.metas.get(k);
    if (v && v[0]) return v[0];
  }
  return null;
}

function absolute(u: string | null, base: string | null): string | null {
  if (!u) return null;
  const s = u.trim();
  if (!s || s.startsWith('data:') || /^javascript:/i.test(s)) return null;
  try {
    return new URL(s, base ?? undefined).href;
  } catch {
    try {
      if (s.startsWith('//')) return new URL('https:' + s).href;
    } catch {
      /* fall through */
    }
    return /^https?:\/\//i.test(s) ? s : null;
  }
}

/**
 * A pure string function with its last results kept: the title rules compare the same few
 * strings (title, site names, h1s, descriptions) many times over. The store is emptied when full.
 */
function remembered(fn: (s: string) => string, size = 256): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      if (known.size >= size) known.clear();
      known.set(s, (v = fn(s)));
    }
    return v;
  };
}
const normT = remembered((s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
/** A site name compared without a leading article ("The Daily Planet" = "Daily Planet"). */
const normSite = remembered((s) => normT(s).replace(/^(?:the|die|der|das|le|la|les|el|il) /, ''));
/** normSite without its spaces ("Harbour News" = "HarbourNews"). */
const flatSite = remembered((s) => normSite(s).replace(/ /g, ''));
const GENERIC_SEGMENTS = new Set(GENERIC_TITLE_SEGMENTS);
const PLACEHOLDER_DESCRIPTIONS = new Set(PLACEHOLDER_DESCRIPTION_TEXTS.map(normT));
/** A byline label and what follows it ("Written by …", "By: …", "Von …", "Par …"). */
const BYLINE_DESCRIPTION_RE = /^(?:(?:written|posted|reported|geschrieben|verfasst)\s+)?(?:by|von|par|por|di|door|av|af)\s*:?\s+(\S.{0,80})$/i;
/** A word of a name list: capitalized, or a conjunction between names. */
const NAME_LIST_WORD_RE = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|und|&|et|e|y|en|och|og)$/u;
/**
 * A description that is only a byline ("Written by Harbour Staff Report", "Von Jana Muster"):
 * the label, then one to six capitalized words or conjunctions. A sentence that opens with the
 * same word ("By the end of the year, …", "Von Montag an …") has lower-case words.
 */
function isBylineOnly(d: string): boolean {
  const m = BYLINE_DESCRIPTION_RE.exec(d.trim());
  if (!m) return false;
  const ws = (m[1] as string).replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  return ws.length <= 6 && ws.every((w) => NAME_LIST_WORD_RE.test(w));
}
/**
 * A tag written into a description ("<p>…</p>", "<em>", '<a class="more" href="…">'): an inline
 * or block tag name, then only attributes with values. Titles in angle brackets ("<The Palace>",
 * as Korean pages write them) and "a < b" are text.
 */
const TAG_IN_TEXT_RE =
  /<\/?(?:p|br|em|strong|b|i|u|s|a|span|div|img|h[1-6]|ul|ol|li|blockquote|sup|sub|small|mark|font|hr|code|strike|del|ins|cite|q|abbr)(?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))*\s*\/?>/gi;
/** "\n", "\r", "\t" written out as two characters (a JSON string pasted into HTML), before a space, a capital or the end. */
const ESCAPED_BREAK_RE = /\\[nrt](?=\s|\p{Lu}|$)/gu;
/** A straight quotation mark and a space opening a text that holds no other such mark. */
const STRAY_QUOTE_RE = /^(["'])\s+/;
/**
 * A description without markup or escapes written into it, white space collapsed, a stray opening
 * quotation mark dropped, a text given twice given once.
 */
function cleanDescription(d: string | null | undefined): string | null {
  if (!d) return null;
  if (d.includes('<')) d = d.replace(TAG_IN_TEXT_RE, ' ');
  if (d.includes('\\')) d = d.replace(ESCAPED_BREAK_RE, ' ');
  let t = collapse(d);
  const q = STRAY_QUOTE_RE.exec(t);
  if (q && !t.includes(q[1] as string, 1)) t = t.slice(q[0].length);
  const n = t.length;
  const h = (n - 1) / 2;
  return n > 40 && n % 2 === 1 && t.charCodeAt(h) === 32 && t.slice(0, h) === t.slice(h + 1) ? t.slice(0, h) : t;
}
/**
 * The site's name and its motto ("harbourpost.example - das unabhängige Hafenportal"): two parts,
 * one naming the site, the other a few words with no sentence end.
 */
function isSiteMotto(d: string, siteNames: string[], host: string | null): boolean {
  const parts = d.split(SEP_RE);
  if (parts.length !== 2) return false;
  const [a, b] = parts as [string, string];
  const motto = isSiteLike(a, siteNames, host) ? b : isSiteLike(b, siteNames, host) ? a : null;
  return motto !== null && words(motto) <= 6 && !SENTENCE_END_RE.test(motto.trim());
}
/**
 * A title's first or last segment that is a date and nothing else ("08.11.2021 | Headline",
 * "Headline - March 3, 2021"): the day the page was posted, as its CMS writes it there.
 */
function titleDate(title: string | null, dayFirst: boolean): string | null {
  if (!title || !SEP_RE.test(title)) return null;
  const parts = title.split(SEP_RE);
  for (const part of [parts[0], parts[parts.length - 1]]) {
    const p = (part as string).trim();
    if (p.length > 24 || !/\d/.test(p) || words(p) > 4) continue;
    const d = normalizeDate(p, true, dayFirst);
    if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) return d;
  }
  return null;
}
/** Meta keys of a description, in order of evidence. */
const DESCRIPTION_KEYS = ['dc.description', 'dcterms.description', 'og:description', 'description', 'twitter:description', 'sailthru.description'];

/** Host labels long enough to name a site ("www.harbour-news.example.co.uk" → "harbournews", "example"). */
function hostLabels(host: string | null): string[] {
  if (!host) return [];
  const labels = host.toLowerCase().replace(/^www\d*\./, '').split('.');
  // Drop the public suffix (one label, two for "co.uk"-like endings).
  labels.pop();
  if (labels.length > 1 && labels[labels.length - 1].length <= 3) labels.pop();
  return labels.map((l) => l.replace(/[^a-z0-9]/g, '')).filter((l) => l.length >= 4 && !GENERIC_SEGMENTS.has(l));
}

function isSiteLike(part: string, siteNames: string[], host: string | null): boolean {
  const n = normT(part);
  if (!n) return true;
  const ns = normSite(part);
  for (const s of siteNames) {
    const sn = normSite(s);
    if (sn && (ns === sn || (spacedMayFlatten(ns, flatSite(s)) && flatSite(part) === flatSite(s)))) return true;
  }
  if (host) {
    const hf = hostFlat(host);
    const core = hostCore(host);
    if (spacedMayFlatten(n, hf) || spacedMayFlatten(n, core)) {
      const flat = flatT(part);
      if (flat === hf || (core.length >= 3 && flat === core)) return true;
    }
  }
  return false;
}
/**
 * Whether a normT string (single spaces between words) may equal `flat` once its spaces are
 * dropped: it then keeps at least half of its length (a long description never equals a site
 * name, and is not flattened to find out).
 */
function spacedMayFlatten(spaced: string, flat: string): boolean {
  return spaced.length >= flat.length && (spaced.length + 1) / 2 <= flat.length;
}
/** normT without its spaces. */
const flatT = remembered((s) => normT(s).replace(/ /g, ''));
/** A host's letters and digits, without "www." ("www.harbour-news.example" → "harbournewsexample"). */
const hostFlat = remembered((host) => host.replace(/^www\./, '').toLowerCase().replace(/[^a-z0-9]/g, ''));
/** The same without the last label ("harbournews"). */
const hostCore = remembered((host) => host.replace(/^www\./, '').toLowerCase().split('.').slice(0, -1).join('').replace(/[^a-z0-9]/g, ''));

/** A host label this long may name the site from inside a first segment ("The Kestrelwatch Review"); a shorter one only at its start or end. */
const MIN_INNER_HOST = 8;

/**
 * A title's first segment of a few words that holds the host's name among others ("EFC Harbour
 * Rowing Regensburg - …" on harbourrowing.example): the site, when more words follow it. (A last
 * segment that names the host, "… on Gipfelbuch.ch", is often the headline itself.)
 */
function isSitePrefix(part: string, rest: string, host: string | null): boolean {
  const ws = normT(part).split(' ');
  if (ws.length > 5 || words(rest) < ws.length + 2) return false;
  const flat = ws.join('');
  if (/\d/.test(flat)) return false;
  for (const l of hostLabels(host)) if (l.length >= MIN_INNER_HOST && flat.includes(l)) return true;
  return false;
}

/**
 * A title segment at either end that names the site: a known site name, the host, a segment of
 * at most five words holding a host label ("Harbour News Online" on harbournews.example), or a
 * generic section word ("Blog Archive", "Startseite").
 */
function isSiteSegment(part: string, siteNames: string[], host: string | null): boolean {
  if (isSiteLike(part, siteNames, host)) return true;
  const n = normT(part);
  if (GENERIC_SEGMENTS.has(n)) return true;
  const words = n.split(' ');
  // An organization's full name ("Harbour Rowing Club e.V.").
  if (words.length <= 8 && isOrganizationName(part)) return true;
  if (words.length <= 5) {
    const flat = words.join('');
    for (const l of hostLabels(host)) if ((flat.startsWith(l) || flat.endsWith(l)) && (/\d/.test(l) || !/\d/.test(flat))) return true;
  }
  return false;
}

const H1_OVERLAP = 0.85;
/** Separators between a headline and a site name or section ("Headline | Site", "Site » Section » Headline"). */
const SEP_RE = / (?:\||-|–|—|::|\/|»|«|·|•|~|›|‹|‒|―|│) /;
const SEP_SPLIT_RE = / (\||-|–|—|::|\/|»|«|·|•|~|›|‹|‒|―|│) /;
const DASH_SEPS = new Set(['-', '–', '—', '/', '‒', '―']);
const words = (s: string) => normT(s).split(' ').filter(Boolean).length;

/**
 * h1s that name the site, not the story: an h1 equal to the first or last segment of the page
 * title while another segment is longer ("Recipe for plum cake | Grandma's Kitchen" with a logo
 * h1 "Grandma's Kitchen").
 */
function siteH1s(title: string | null, h1s: string[], siteNames: string[], host: string | null): string[] {
  if (!title || !SEP_RE.test(title)) return [];
  const parts = collapse(title).split(SEP_SPLIT_RE).filter((_, i) => i % 2 === 0);
  if (parts.length < 2) return [];
  const out: string[] = [];
  const first = parts[0], last = parts[parts.length - 1];
  // A site name comes first only in hierarchical titles ("Site » Section » Headline").
  const hierarchical = / (?:»|›|::) /.test(title);
  for (const h of h1s) {
    const nh = normT(h);
    if (!nh) continue;
    const wh = words(h);
    if (normT(last) === nh && !isSiteSegment(first, siteNames, host) && parts.some((p) => p !== last && words(p) >= Math.max(2, wh))) out.push(h);
    else if (hierarchical && normT(first) === nh && parts.some((p) => p !== first && words(p) > wh)) out.push(h);
  }
  return out;
}

/** Strip site names, hosts and section words at either end of a title. */
/** A Chinese site or section name at the end of a title ("标题-新华网", "标题 | 凤凰网"): 1 the rest, 2 the name. */
const CJK_GLUED_TAIL_RE = new RegExp(`^(.*\\S) ?[-_|｜] ?(\\p{Script=Han}{0,8}(?:${CJK_SITE_NAME_ENDINGS.join('|')}))$`, 'u');

/** A channel name of two to four Han characters glued by "_" to the end of a title: 1 the rest. */
const CJK_SECTION_TAIL_RE = /^(.*\S)_\p{Script=Han}{2,4}$/u;

/** Words of a title's rest, not counting the separators left between them. */
const wordsWithLetters = (s: string) => s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The longest description that may be a title segment (see readMeta). */
const MAX_ANCHOR_DESCRIPTION = 160;

export function cleanTitle(raw: string, siteNames: string[], host: string | null, h1s: string[]): string | null {
  let t = collapse(raw);
  if (!t) return null;
  for (let i = 0, m; i < 3 && (m = CJK_GLUED_TAIL_RE.exec(t)) && m[1]!.length >= 2 * m[2]!.length; i++) {
    t = m[1]!.trim();
    // then a short channel name before it, as Chinese sites write "标题_栏目_站点"
    const section = CJK_SECTION_TAIL_RE.exec(t);
    if (section && section[1]!.length >= 8) t = section[1]!;
  }
  // Site name glued without spaces ("Headline:Site", "Headline_Site").
  for (const sn of siteNames) {
    const c = collapse(sn);
    if (c.length < 3 || c.length >= t.length - 3) continue;
    if (t.endsWith(c)) {
      const head = t.slice(0, t.length - c.length);
      if (/[\s:|_\-–—·•»]$/.test(head)) t = head.replace(/[\s:|_\-–—·•»]+$/, '').trim();
    }
  }
  // The longest h1 that the title contains (a longer variant of the headline) wins.
  let best: string | null = null;
  const nt = normT(t);
  for (const h of h1s) {
    if (h.length >= 10 && h.length < t.length && (!best || h.length > best.length) && nt.includes(normT(h)) && !isSiteSegment(h, siteNames, host)) {
      const rest = nt.replace(normT(h), ' ').trim();
      if (wordsWithLetters(rest) <= 8) best = h;
    }
  }
  if (best) return best;
  if (SEP_RE.test(t)) {
    const bits = t.split(SEP_SPLIT_RE);
    const parts: string[] = [];
    const seps: string[] = [];
    for (let i = 0; i < bits.length; i++) (i % 2 === 0 ? parts : seps).push(bits[i]);
    // Drop site-like segments at either end.
    for (;;) {
      if (parts.length > 1 && isSiteSegment(parts[parts.length - 1], siteNames, host)) {
        parts.pop();
        seps.pop();
      } else if (parts.length > 1 && (isSiteSegment(parts[0], siteNames, host) || isSitePrefix(parts[0], parts.slice(1).join(' '), host))) {
        parts.shift();
        seps.shift();
      } else break;
    }
    // Unknown site: a short last segment after a pipe-like separator is likely the site name (a
    // dash or slash more often joins two halves of the headline itself).
    if (parts.length >= 2 && !DASH_SEPS.has(seps[seps.length - 1])) {
      const last = parts[parts.length - 1];
      const head = parts.slice(0, -1).join(' ');
      const lw = last.split(' ').length;
      const hw = head.split(' ').length;
      if (((lw <= 4 && hw >= 3) || (lw <= 3 && hw >= 4)) && last.length < head.length) {
        parts.pop();
        seps.pop();
      }
    }
    let joined = parts[0];
    for (let i = 1; i < parts.length; i++) joined += ` ${seps[i - 1]} ${parts[i]}`;
    t = joined;
  }
  // "Site: Headline"
  const colon = t.indexOf(': ');
  if (colon > 0 && isSiteLike(t.slice(0, colon), siteNames, host) && t.slice(colon + 2).split(' ').length >= 3) t = t.slice(colon + 2);
  t = t.trim();
  if (!t || isSiteLike(t, siteNames, host)) return null;
  return t;
}

/** CJK scripts, where a sentence holds fewer characters than in alphabetic ones. */
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** Prose ends a sentence or opens a list (a heading, a label or a link line does not)… */
const SENTENCE_END_RE = /[.!?:\u3002\uff01\uff1f\u2026]["'\u201d\u2019\u00bb)]*$/;
/** …or, cut short, holds a sentence end followed by another sentence. */
const INNER_SENTENCE_END_RE = /[.!?\u3002\uff01\uff1f]["'\u201d\u2019\u00bb)]*\s+["'\u201c\u2018\u00ab]?\p{Lu}/u;

/**
 * A paragraph as a description, when the page gives none (as readers' excerpts do): prose only
 * (a sentence of some length; not a heading, label or link line), whitespace collapsed, cut to
 * 500 characters at a sentence or word end.
 */
export function leadDescription(raw: string | null): string | null {
  if (!raw) return null;
  const p = collapse(raw);
  if (p.length < (CJK_RE.test(p) ? 15 : 20)) return null;
  if (!SENTENCE_END_RE.test(p) && !(p.length >= 80 && INNER_SENTENCE_END_RE.test(p))) return null;
  if (p.length <= 500) return p;
  const cut = p.slice(0, 500);
  const dot = cut.lastIndexOf('. ');
  return dot > 200 ? cut.slice(0, dot + 1) : cut.replace(/\s+\S*$/, '') + '…';
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** A link's path without scheme, host, query and trailing slash, lower case: "https://x.example/Profile/jd/" → "/profile/jd". */
function urlPath(u: string): string {
  return u.trim().toLowerCase().replace(/^(?:https?:)?\/\/[^/]*/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
}

/** An e-mail address (a byline may give one after the name: "Jane Roe | jroe@example.com"). */
// (Matched from the start of a run only: tried at each character of a long run, it was quadratic.)
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** A web address, or a string holding a domain name (an e-mail address does not count). */
function isUrlish(s: string): boolean {
  if (/^(?:https?:)?\/\//i.test(s) || /^www\./i.test(s)) return true;
  return /\.(?:com|org|net)\b/i.test(s.includes('@') ? s.replace(EMAIL_RE, '') : s);
}

/** An instant written in local time at an offset of `minutes` from UTC ("2020-02-24T21:25:54-05:00"). */
function withOffset(at: number, minutes: number): string {
  const local = new Date(at + minutes * 60000).toISOString().slice(0, 19);
  const a = Math.abs(minutes);
  const hh = String(Math.floor(a / 60)).padStart(2, '0'), mm = String(a % 60).padStart(2, '0');
  return `${local}${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

const UTC_RE = /(?:Z|[+-]00:?00)$/i;
const DAY = 86_400_000;
/** Index in the publication date sources of the generic metas ("pubdate", "date" …). */
const GENERIC_DATE_META = 5;

/** Offsets (minutes) tried, most common first, when a local date a day before or after the UTC date is known but not the zone. */
const WEST_OFFSETS = [-300, -240, -360, -420, -480, -180, -600];
const EAST_OFFSETS = [60, 120, 180, 330, 480, 540, 600, 720];

/**
 * A UTC timestamp written in the publisher's local time (same instant, local calendar date):
 * - a date in the address or under the headline that is the UTC date's day before or after
 *   (within what an offset of -12 h … +14 h allows) is the local date; the locale's zone, else
 *   the most common offset giving that date, is the offset;
 * - else the locale's zone (a German page: Central European time) gives the local time;
 * - else a time of exactly 22:00 or 23:00 UTC is a local midnight east of Greenwich (a date a
 *   CMS stored as midnight in Central Europe).
 * A time of exactly 00:00 UTC is a date stored without time and stays as it is.
 */
function localDate(iso: string, visible: (string | null | undefined)[], zone: ZoneRule | undefined): string | null {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  const tod = ((at % DAY) + DAY) % DAY;
  if (tod === 0) return null;
  const day = new Date(at - tod).toISOString().slice(0, 10);
  const next = new Date(at - tod + DAY).toISOString().slice(0, 10);
  const prev = new Date(at - tod - DAY).toISOString().slice(0, 10);
  const localDay = (off: number) => new Date(at + off * 60000).toISOString().slice(0, 10);
  for (const v of visible) {
    if (!v) continue;
    const d = v.slice(0, 10);
    if (d === day) return null;
    if ((d === next && tod >= 10 * 3600_000) || (d === prev && tod < 12 * 3600_000)) {
      const zoned = zone ? zoneOffsetAt(at, zone) : null;
      const off = zoned != null && localDay(zoned) === d ? zoned : (d === next ? EAST_OFFSETS : WEST_OFFSETS).find((o) => localDay(o) === d);
      if (off != null) return withOffset(at, off);
    }
  }
  if (zone) return withOffset(at, zoneOffsetAt(at, zone));
  if (tod % 3600_000 === 0 && tod >= 22 * 3600_000) return withOffset(at, (DAY - tod) / 60000);
  return null;
}

/** Words of `a` found in `b` (multiset), and both word counts. */
function overlap(a: string, b: string): { common: number; na: number; nb: number } {
  // Apostrophes join a word ("Dropbox’s" is one word).
  const ws = (x: string) => normT(x.replace(/(\p{L})['’](\p{L})/gu, '$1$2')).split(' ').filter(Boolean);
  const aw = ws(a), bw = ws(b);
  const bag = new Map<string, number>();
  for (const w of bw) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of aw) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      common++;
      bag.set(w, n - 1);
    }
  }
  return { common, na: aw.length, nb: bw.length };
}

/**
 * The visible headline beats a metadata title that rewords it:
 * - an h1 that repeats the page's own <title> (cleaned) confirms it against a differing og:title;
 * - an h1 whose words the metadata title (nearly) all holds is the headline without the kicker
 *   or tail the metadata added. An h1 longer than the metadata title is not taken: it usually
 *   carries a kicker, a date or a subtitle glued on, unless the metadata title was cut ("…").
 */
function preferVisibleHeadline(
  title: string,
  pageTitle: string | null,
  mainH1: string | null,
  h1s: string[],
  h1Parts: Map<string, H1Part[]>,
  siteNames: string[],
  host: string | null,
): string {
  const usable = (h: string) => h.length <= 250 && /\p{L}{2}/u.test(h) && !isSiteSegment(h, siteNames, host);
  if (pageTitle && normT(pageTitle) !== normT(title)) {
    const np = normT(pageTitle);
    const confirmed = h1s.find((h) => normT(h) === np && usable(h));
    if (confirmed) {
      // Unless one word of the same wording is replaced (or only punctuation differs).
      const { common, na, nb } = overlap(confirmed, title);
      if (!(na === nb && common >= na - 1)) return confirmed;
    }
  }
  const h = mainH1 ?? (h1s.length === 1 ? h1s[0] : null);
  if (!h || h === title || !usable(h)) return title;
  const { common, na: hn, nb: tn } = overlap(h, title);
  if (hn < 2) return title;
  // Near-identical wordings (a punctuation or one-word difference): keep the metadata title.
  if (Math.abs(hn - tn) <= 1 && common >= Math.min(hn, tn) - 1) return title;
  // The metadata title adds a kicker or a tail to the h1.
  if (common / hn >= H1_OVERLAP && hn <= tn) return h;
  if (common / tn >= H1_OVERLAP) {
    // The h1 is the metadata title with something glued before or after it (a kicker, a date,
    // a subtitle, a site name): keep the metadata title. Otherwise the h1 is a fuller wording.
    // The h1 is the metadata title with a block glued before or after it (a kicker span, a date
    // line, a subtitle), or with a tail after a pipe or bullet: keep the metadata title.
    // Otherwise the h1 is a fuller wording of it.
    const nt = normT(title);
    if (h1Parts.get(h)?.some((p) => normT(p.text) === nt)) return title;
    const at = h.toLowerCase().indexOf(title.toLowerCase());
    if (at === 0 && /^\s*[|•·]/.test(h.slice(title.length))) return title;
    return h;
  }
  return title;
}

/** Class words of an h1 block that carries the headline itself, or a subtitle after it. */
const HEADLINE_PART_RE = /headline|title|heading/;
const KICKER_PART_RE = /kicker|dachzeile|topline|overline|eyebrow|roofline|label|topic|rubric|flag|pre-?title|super-?title|spitzmarke|titleheader|category|subline|fake-h/;
const INLINE_EMPHASIS = new Set(['em', 'i', 'b', 'q', 'cite', 'abbr', 'code', 'mark', 'u', 'sup', 'sub', 'small']);
const SUBTITLE_PART_RE = /sub|dek|standfirst|teaser|lead|intro|summary/;

/**
 * An h1 made of a kicker block and a headline block ("<span class=kicker>Storm season</span>
 * <span class=headline>Ferries stay in port</span>"), whose two blocks the metadata title also
 * carries ("Storm season: Ferries stay in port"): the headline block alone is the headline.
 */
function headlineWithoutKicker(title: string, h1s: string[], h1Parts: Map<string, H1Part[]>): string | null {
  const nt = normT(title);
  for (const h of h1s) {
    const parts = h1Parts.get(h);
    if (!parts || parts.length !== 2) continue;
    const [k, hd] = parts;
    // A kicker is an element of its own, not emphasis inside the headline ("<em>Title</em>: tail").
    if (!k.tag || INLINE_EMPHASIS.has(k.tag) || !/^[\p{L}\p{N}"„“‘'«]/u.test(hd.text)) continue;
    const kw = words(k.text), hw = words(hd.text);
    if (kw > 6 || hw < 3 || kw > hw + 1) continue;
    // A headline block followed by a subtitle block is not a kicker and a headline.
    if (SUBTITLE_PART_RE.test(hd.cls) && !HEADLINE_PART_RE.test(hd.cls)) continue;
    if (HEADLINE_PART_RE.test(k.cls) && !KICKER_PART_RE.test(k.cls)) continue;
    const nh = normT(hd.text);
    if (!nh || nt === nh || !nt.includes(nh)) continue;
    // The rest of the metadata title is the kicker (or most of its words).
    const rest = nt.replace(nh, ' ').split(' ').filter(Boolean);
    const kwords = new Set(normT(k.text).split(' '));
    const shared = rest.filter((w) => kwords.has(w)).length;
    if (rest.length && shared * 2 >= rest.length) return hd.text;
  }
  return null;
}

/** The page's language (BCP 47 primary tag) and region ("de-AT" → de, AT), from the first source naming a language. */
function pageLocale(raws: (string | null | undefined)[]): { language: string | null; region: string | null } {
  let language: string | null = null;
  let region: string | null = null;
  for (const raw of raws) {
    if (!raw) continue;
    const m = /^\s*([a-zA-Z]{2,3})((?:[-_][a-zA-Z0-9]+)*)\s*(?:,|$)/.exec(raw);
    if (!m) continue;
    const lang = m[1].toLowerCase();
    const r = /[-_]([a-zA-Z]{2})(?:[-_]|$)/.exec(m[2]);
    if (!language) language = lang;
    if (lang === language && r) {
      region = r[1].toUpperCase();
      break;
    }
  }
  return { language, region };
}

export function readMeta(tree: ParsedTree, url: string | null): Meta & { ld: LdInfo } {
  const ev = collect(tree);
  const ld = readJsonLd(tree.jsonLd, tree.title ?? first(ev, 'og:title'));
  const locale = pageLocale([ev.lang, first(ev, 'content-language', 'language', 'dc.language', 'dcterms.language'), ld.article?.language, first(ev, 'og:locale')]);
  // Slashed numeric dates are month-first only in US English (and when the language is unknown).
  const dayFirst = !!locale.language && !(locale.language === 'en' && (!locale.region || MONTH_FIRST_REGIONS.includes(locale.region)));
  // The visible text is scanned for bylines and dates only when a rule asks for them, and only as
  // far as it needs: most pages say who and when in their metadata, and the scan walks the page.
  const scan = new TextScanner(tree.root, dayFirst);
  const art = ld.article;
  const base = url;

  // application-name often repeats the page title on pages that misuse it: then it names no site.
  const appName = first(ev, 'application-name');
  const appIsTitle = !!appName && !!tree.title && normT(appName) === normT(tree.title);
  const siteName =
    first(ev, 'og:site_name') ??
    art?.publisher ??
    ld.siteName ??
    (appIsTitle ? null : appName) ??
    first(ev, 'twitter:app:name:iphone', 'publisher', 'dc.publisher', 'dcterms.publisher') ??
    null;

  const host = hostOf(url) ?? hostOf(ev.canonical) ?? hostOf(first(ev, 'og:url'));
  // A logo h1 that is also the first or last segment of <title> names the site.
  const logoH1s = siteH1s(tree.title, ev.h1s, [siteName, appIsTitle ? null : appName].filter((x): x is string => !!x), host);
  const siteNames = [siteName, appIsTitle ? null : appName, art?.publisher, ld.siteName, ...logoH1s].filter((x): x is string => !!x);
  const h1s = logoH1s.length ? ev.h1s.filter((h) => !logoH1s.includes(h)) : ev.h1s;

  // Title: metadata in order of evidence, then <title>; each cleaned of the site name.
  const titleCandidates = [
    art?.headline,
    first(ev, 'dc.title', 'dcterms.title'),
    first(ev, 'og:title'),
    first(ev, 'twitter:title'),
    first(ev, 'parsely-title', 'sailthru.title', 'headline'),
    ev.itemprops.get('headline')?.[0],
    tree.title,
  ].filter((x): x is string => !!x && !!x.trim());
  let title: string | null = null;
  // A description that repeats one segment of <title> whole names the headline among them, as
  // an <h1> does (older CMSs write "Site - Headline - Section - Module" and the headline again as
  // the description).
  const metaDescription = first(ev, 'description');
  // (Of four words or more: a site's tagline, "脆弱性対策情報データベース", may be a segment too.)
  const titleAnchors =
    metaDescription && metaDescription.length <= MAX_ANCHOR_DESCRIPTION && wordsWithLetters(collapse(metaDescription)) >= 4 ? [...h1s, collapse(metaDescription)] : h1s;
  const pageTitle = tree.title ? cleanTitle(tree.title, siteNames, host, titleAnchors) : null;
  for (const c of titleCandidates) {
    // og:title often repeats <title>, already cleaned above.
    const t = c === tree.title ? pageTitle : cleanTitle(c, siteNames, host, h1s);
    // A one-word metadata title that the page's own longer <title> does not hold names a section
    // ("Press releases"), not the story.
    if (t && pageTitle && c !== tree.title && words(t) === 1 && words(pageTitle) >= 4 && !normT(pageTitle).includes(normT(t))) continue;
    if (t) {
      title = t;
      break;
    }
  }
  if (!title && h1s.length) title = h1s.find((h) => !isSiteSegment(h, siteNames, host)) ?? null;
  if (title) title = preferVisibleHeadline(title, tree.title ? cleanTitle(tree.title, siteNames, host, []) : null, ev.mainH1, h1s, ev.h1Parts, siteNames, host);
  if (title && ev.h1Parts.size) title = headlineWithoutKicker(title, h1s, ev.h1Parts) ?? title;

  // The first description that says something: not the site's name or motto, a CMS placeholder or a byline.
  const describes = (d: string | null): d is string =>
    !!d && !PLACEHOLDER_DESCRIPTIONS.has(normT(d)) && !isSiteLike(d, siteNames, host) && !isBylineOnly(d) && !isSiteMotto(d, siteNames, host);
  const description =
    [
      art?.description,
      ...DESCRIPTION_KEYS.map((k) => first(ev, k)),
      ev.itemprops.get('description')?.[0],
    ]
      .map(cleanDescription)
      .find(describes) ??
    // No description given: the lead paragraph, as readers' excerpts do.
    leadDescription(ev.leadP) ??
    leadDescription(ev.pageP);

  // Authors: first source giving clean names.
  // A key given both as RDFa `property` and as `name` ("dc:creator" and "DC.creator") is one field
  // written twice: its `property` values, listed first, alone.
  const metaValues = (k: string) => {
    const v = ev.metas.get(k) ?? [];
    const n = ev.propertyCounts.get(k);
    return n ? v.slice(0, n) : v;
  };
  const metaAuthor = (k: string) => metaValues(k).filter((v) => !isUrlish(v));
  // Library catalogue fields write a person "Surname, Given" (one name, not two).
  const catalogueAuthor = (k: string) => metaAuthor(k).map(givenFirst);
  // article:author given as profile addresses: the names of the page's author links to them.
  const profileNames: string[] = [];
  const profiles = new Set<string>();
  for (const k of ['article:author', 'og:article:author']) {
    for (const v of metaValues(k)) for (const u of v.split(',')) if (isUrlish(u.trim())) profiles.add(urlPath(u));
  }
  if (profiles.size) {
    ev.relAuthors.forEach((name, i) => {
      if (profiles.has(urlPath(ev.relAuthorHrefs[i])) && !profileNames.includes(name)) profileNames.push(name);
    });
  }
  // Twitter's "Written by" label pair (twitter:label1 / twitter:data1).
  const labelled: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = first(ev, `twitter:label${i}`);
    const data = first(ev, `twitter:data${i}`);
    if (label && data && AUTHOR_LABEL_RE.test(label)) labelled.push(data);
  }
  // [strings, lenient, person]: structured author fields may give user names ("jdoe"); an author
  // typed Person is kept even when it is also the site's name (a personal blog).
  const ldPersons = !!art?.authorsArePersons;
  const authorSources: [string[] | (() => string[]), boolean, boolean][] = [
    [art?.authors ?? [], true, ldPersons],
    [catalogueAuthor('dc.creator'), false, false],
    [catalogueAuthor('dcterms.creator'), false, false],
    // OpenGraph's article:author names the article's author; `author` is often the publisher.
    [metaAuthor('article:author'), false, false],
    [metaAuthor('og:article:author'), false, false],
    [profileNames, true, false],
    [metaAuthor('author'), false, false],
    [metaAuthor('parsely-author'), false, false],
    [metaAuthor('sailthru.author'), false, false],
    [metaAuthor('byl'), false, false],
    [metaAuthor('byline'), false, false],
    [catalogueAuthor('citation_author'), false, false],
    [labelled, false, false],
    [ld.pageAuthors, true, false],
    [ev.itemprops.get('author') ?? [], true, false],
    [ev.itemprops.get('creator') ?? [], true, false],
    [metaAuthor('shareaholic:article_author_name'), false, false],
    [() => optional(scan.firstByline()), false, false],
    [ev.relAuthors.slice(0, 1), true, false],
    ...ev.authorEls.slice(0, 1).map((b): [string[], boolean, boolean] => [[b], true, false]),
    // Each of the (at most six) byline elements' texts, one source each, read when reached.
    ...BYLINE_SLOTS.map((k): [() => string[], boolean, boolean] => [() => optional(bylineOf(ev, k)), false, false]),
  ];
  /** Sources 1 to 12 above are <meta> fields (a page-wide JSON-LD or microdata list may name other articles' authors). */
  const META_AUTHOR_SOURCES = 13;
  let authors: string[] = [];
  // A name that is the host's name ("Harbourpost" on harbourpost.example) names the site.
  const hostWord = host ? host.toLowerCase().replace(/^www\d*\./, '').split('.').slice(0, -1).join('').replace(/[^a-z0-9]/g, '') : '';
  const hostFlat = host ? host.toLowerCase().replace(/^www\d*\./, '').replace(/[^a-z0-9]/g, '') : '';
  const isHostName = (n: string) => {
    const w = normSite(n);
    const flat = w.replace(/[^a-z0-9]/g, '');
    // written with spaces ("IT Finanzmagazin" on it-finanzmagazin.de) unless it is a person's name
    return !!hostWord && (flat === hostWord || flat === hostFlat) && (!w.includes(' ') || !isPersonalName(n));
  };
  /** Names that are only short capitals ("LN", "PP"): initials or a desk's code, kept only when nothing better comes. */
  let initialsOnly: string[] | null = null;
  // The site's name is no author, unless it is a person's name (a personal site: "Jane Doe").
  const isSiteName = (n: string) => (siteNames.some((s) => normSite(s) === normSite(n)) && !isPersonalName(n)) || isHostName(n);
  let chosen: string[] | null = null;
  for (const [source, lenient, person] of authorSources) {
    const src = typeof source === 'function' ? source() : source;
    if (!src.length) continue;
    const names = cleanAuthors(src.filter((s) => !isUrlish(s)), lenient);
    const filtered = person ? names : names.filter((n) => !isSiteName(n));
    if (filtered.length) {
      if (filtered.every((n) => /^\p{Lu}{2,4}$/u.test(n))) {
        initialsOnly ??= filtered;
        continue;
      }
      authors = filtered.slice(0, 10);
      chosen = src;
      break;
    }
  }
  // A page-wide list (JSON-LD graph, microdata) names the authors of teasers too: when the visible
  // byline names some of them only, those are the article's.
  if (authors.length > 1 && (chosen === ld.pageAuthors || chosen === ev.itemprops.get('author') || chosen === ev.itemprops.get('creator'))) {
    const inList = new Set(authors.map((n) => n.toLowerCase()));
    for (const raw of [scan.firstByline(), ev.authorEls[0]]) {
      const names = raw ? cleanAuthors([raw]) : [];
      if (names.length && names.length < authors.length && names.every((n) => inList.has(n.toLowerCase()))) {
        authors = names;
        break;
      }
    }
  }
  if (!authors.length && initialsOnly) authors = initialsOnly;
  // A <meta> field naming every chosen author and more people ("author": "Jane Doe, John Roe"
  // beside a JSON-LD author giving Jane Doe alone): the fuller list.
  if (authors.length) {
    const chosen = new Set(authors.map((n) => n.toLowerCase()));
    for (const [source, lenient] of authorSources.slice(1, META_AUTHOR_SOURCES)) {
      const src = typeof source === 'function' ? source() : source;
      if (!src.length) continue;
      const names = cleanAuthors(src.filter((s) => !isUrlish(s)), lenient).filter((n) => !siteNames.some((s) => normSite(s) === normSite(n)) && !isHostName(n));
      const lower = new Set(names.map((n) => n.toLowerCase()));
      if (names.length > authors.length && names.length <= 6 && [...chosen].every((n) => lower.has(n))) {
        authors = names;
        break;
      }
    }
  }
  // A meta list naming everyone who worked on the page ("Jane Roe, Ana Lima, …" beside a byline
  // "Photographed by Ana Lima; Makeup by …"): those credited only for other work go.
  if (authors.length > 1) {
    const credited = nonWritingCredits(ev);
    if (credited.size) {
      const kept = authors.filter((n) => !credited.has(n.toLowerCase()));
      if (kept.length) authors = kept;
    }
  }
  // A first name alone ("Jane") that a visible byline gives in full ("Jane Doe").
  if (authors.length === 1 && !authors[0].includes(' ')) {
    const firstName = authors[0] + ' ';
    for (const raw of [...scan.allBylines(), ...ev.authorEls, ...ev.relAuthors]) {
      const full = cleanAuthors([raw]).find((n) => n.startsWith(firstName) && n.split(' ').length <= 4);
      if (full) {
        authors = [full];
        break;
      }
    }
    // An author biography opening with the full name ("Jane Doe - engineer and …", "Jane Doe is …").
    // (The pattern is built, a costly step, only when there is a biography to read.)
    if (!authors[0].includes(' ') && ev.authorBios.length) {
      const esc = authors[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const bioRe = new RegExp(`^${esc}\\s+(\\p{Lu}[\\p{L}'’-]+)(?=\\s*[-–—,:(]|\\s+(?:ist|war|is|was|lebt|lives|schreibt|writes)\\b)`, 'u');
      for (const bio of ev.authorBios) {
        const m = bioRe.exec(bio);
        if (m) {
          authors = [`${authors[0]} ${m[1]}`];
          break;
        }
      }
    }
  }
  // No author named anywhere: a copyright line naming a person ("© 2012 Jane Doe") on a personal site.
  if (!authors.length) {
    const holder = copyrightHolder(tree.root);
    if (holder) authors = [holder];
  }

  // Dates. The same values are read several times (a meta date, then again among the page's
  // other dates for its offset): each is normalized once.
  const strictDates = new Map<string, string | null>();
  const dateOf = (raw: string | null | undefined): string | null => {
    if (raw == null) return null;
    let d = strictDates.get(raw);
    if (d === undefined) strictDates.set(raw, (d = normalizeDate(raw)));
    return d;
  };
  const pubRaw: (string | null | undefined)[] = [
    art?.published,
    first(ev, 'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time'),
    ev.itemprops.get('datepublished')?.[0],
    first(ev, 'datepublished'),
    first(ev, 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created'),
    first(ev, 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'pub_date', 'date', 'article.published', 'article_date_original', 'original-publish-date', 'originalpublicationdate', 'cxenseparse:recs:publishtime', 'og:pubdate', 'release_date', 'displaydate', 'datecreated'),
    ld.pageDate,
  ];
  let published: string | null = null;
  let fromGenericMeta = false;
  for (let i = 0; i < pubRaw.length; i++) {
    const d = dateOf(pubRaw[i]);
    if (d) {
      published = d;
      fromGenericMeta = i === GENERIC_DATE_META && pubRaw[i] === first(ev, 'date');
      break;
    }
  }
  // A generic "date" meta is often the last edit: a visible date under the headline up to a month
  // earlier is the publication date.
  if (published && fromGenericMeta) {
    const shown = scan.firstDate();
    const gap = shown ? (Date.parse(published.slice(0, 10)) - Date.parse(shown)) / DAY : 0;
    if (shown && gap >= 1 && gap <= 31) published = shown;
  }
  // The same instant written with the page's own offset elsewhere (a <time datetime>, another
  // meta) is kept in that form: its calendar date is the publisher's.
  if (published && /(?:Z|[+-]00:?00)$/i.test(published)) {
    const at = Date.parse(published);
    if (!Number.isNaN(at)) {
      const others = [...pubRaw, ...ev.times.map((t) => t.value), ...(ev.metas.get('date') ?? [])];
      for (const r of others) {
        const d = dateOf(r);
        if (d && /[+-]\d{2}:\d{2}$/.test(d) && !/[+-]00:00$/.test(d) && Date.parse(d) === at) {
          published = d;
          break;
        }
      }
      // A local time without zone for the same instant (a visible "9:25 pm", a sailthru.date)
      // gives the offset.
      if (UTC_RE.test(published)) {
        const locals = [...others, ...dateTextsOf(ev).slice(0, 6).map((t) => t.value)];
        for (const r of locals) {
          if (!r || r.length > 80) continue;
          const d = dateOf(r);
          if (!d || !/T\d{2}:\d{2}(?::\d{2})?$/.test(d)) continue;
          const diff = Math.round((Date.parse(d + 'Z') - Math.floor(at / 60000) * 60000) / 60000);
          if (diff !== 0 && diff % 15 === 0 && Math.abs(diff) <= 14 * 60) {
            published = withOffset(at, diff);
            break;
          }
        }
      }
    }
  }
  // Still a UTC time: the publisher's calendar date may be the day before or after.
  if (published && UTC_RE.test(published) && /T\d/.test(published)) {
    const visible = [dateFromUrl(url) ?? dateFromUrl(ev.canonical), scan.firstDate(), ...[...dateTextsOf(ev)].sort((x, y) => y.weight - x.weight).slice(0, 2).map((t) => normalizeDate(t.value, true, dayFirst))];
    published = localDate(published, visible, locale.region ? REGION_ZONES[locale.region] : LANGUAGE_ZONES[locale.language ?? '']) ?? published;
  }
  if (!published && ev.times.length) {
    const times = [...ev.times].sort((x, y) => y.weight - x.weight);
    for (const t of times) {
      if (t.weight < 0) break;
      const d = dateOf(t.value);
      if (d) {
        published = d;
        break;
      }
    }
  }
  if (!published) published = dateFromUrl(url) ?? dateFromUrl(ev.canonical);
  if (!published && dateTextsOf(ev).length) {
    const texts = [...dateTextsOf(ev)].sort((x, y) => y.weight - x.weight);
    for (const t of texts) {
      const d = normalizeDate(t.value, true, dayFirst);
      if (d) {
        published = d;
        break;
      }
    }
  }
  if (!published) {
    const d = normalizeDate(ev.itemprops.get('datecreated')?.[0] ?? ev.itemprops.get('uploaddate')?.[0] ?? first(ev, 'uploaddate'));
    if (d) published = d;
  }
  if (!published) published = titleDate(tree.title, dayFirst) ?? titleDate(first(ev, 'og:title'), dayFirst);
  if (!published) {
    const shown = scan.firstDate();
    if (shown !== undefined) published = shown;
  }

  const modRaw = [
    art?.modified,
    first(ev, 'article:modified_time', 'og:updated_time', 'article:modified', 'modified_time'),
    ev.itemprops.get('datemodified')?.[0],
    first(ev, 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'sailthru.lastmodified'),
    ld.pageModified,
  ];
  let modified: string | null = null;
  for (const r of modRaw) {
    const d = dateOf(r);
    if (d) {
      modified = d;
      break;
    }
  }
  if (!modified) {
    for (const t of ev.times) {
      if (t.weight < 0) {
        const d = dateOf(t.value);
        if (d) {
          modified = d;
          break;
        }
      }
    }
  }

  const image = absolute(
    first(ev, 'og:image', 'og:image:url', 'og:image:secure_url') ??
      art?.image ??
      first(ev, 'twitter:image', 'twitter:image:src') ??
      ev.itemprops.get('image')?.[0] ??
      ev.imageSrc,
    base,
  );

  const canonicalUrl = absolute(ev.canonical ?? first(ev, 'og:url') ?? art?.url ?? null, base);

  const language = locale.language;

  return {
    title,
    description: description ? collapse(description) : null,
    authors,
    published,
    modified,
    siteName: siteName ? collapse(siteName) : null,
    image,
    canonicalUrl,
    language,
    articleBody: art?.articleBody ?? null,
    recipeIngredients: ld.recipeIngredients,
    recipeInstructions: ld.recipeInstructions,
    h1s: ev.h1s,
    ld,
  };
}
