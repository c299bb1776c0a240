/**
 * The extraction engine: decoded text or HTML in, a finished Article out.
 * Pure TypeScript with no HTTP, KV or network inside: the Worker, the command line and the
 * tests all drive this one function.
 */
import type { Article } from './article';
import type { EngineInput, ExtractOptions, HtmlDoc } from './types';
import { NoArticleError } from './types';
import { EXTRACTOR } from './version';
import { contentId, normalizeInput, type NormalizedInput } from './input/normalize';
import { repairMojibake } from './input/mojibake';
import { parseWireText, readDateline } from './text/index';
import { parseHtml } from './html/index';
import { analyzeLanguage } from './language/index';
import { splitSentences } from './language/sentences';
import { countWords, readingTime } from './language/words';
import { escapeBlockStart } from './markdown';

export { EXTRACTOR } from './version';
export { NoArticleError } from './types';
export type { EngineInput, ExtractOptions } from './types';
export type { Article } from './article';
export { normalizeInput, contentId, looksLikeHtml } from './input/normalize';

/** Extract an Article from text or HTML. Throws NoArticleError when there is no article. */
export async function extract(input: EngineInput, options: ExtractOptions = {}): Promise<Article> {
  const normalized = normalizeInput(input);
  // The digest is started first and awaited last: where Web Crypto hashes off the thread (Node
  // hands it to its thread pool), the hashing overlaps the extraction instead of adding to it.
  const pendingId = contentId(normalized);
  let article: Article;
  try {
    article = extractNormalized(normalized, '', options);
  } catch (e) {
    pendingId.catch(() => {});
    throw e;
  }
  article.id = await pendingId;
  return article;
}

/** The synchronous core, for callers that already hold the normalized input and its id. */
export function extractNormalized(input: NormalizedInput, id: string, options: ExtractOptions = {}): Article {
  if (!input.content) throw new NoArticleError('The input is empty.');
  // Mojibake is read again here (a page's in its tree), not in normalizeInput: the id stays that
  // of the content as given.
  const fields = input.kind === 'text' ? fromText(repairMojibake(input.content), input.url) : fromHtml(input.content, input.url);
  const paragraphs = fields.paragraphs.map((p) => p.trim()).filter(Boolean);
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  // A page whose body could not be found still has an article when the page gave any metadata
  // (a headline, description, author, date, site name, image or canonical URL) or the caller
  // gave its address (a page fetched or named by URL always gets a record: a bot check or a
  // script shell is then an Article with its URL and an empty text, wordCount 0). Markup with
  // nothing at all and no address (a lang attribute alone does not count) → no article.
  if (wordCount === 0 && (input.kind === 'text' || !fields.pageMeta)) {
    throw new NoArticleError(
      input.kind === 'html' ? 'The page has no article text and no metadata.' : 'The text has no words.',
    );
  }
  const wpm = options.wordsPerMinute ?? 230;
  const lang = analyzeLanguage(paragraphs, {
    language: fields.language,
    title: fields.title,
    dateline: fields.dateline,
    reference: fields.published ?? fields.dateline?.date ?? null,
    summarySentences: options.summarySentences,
  });
  return {
    id,
    extractor: { name: EXTRACTOR.name, version: EXTRACTOR.version },
    url: fields.url,
    title: fields.title,
    description: fields.description,
    authors: fields.authors,
    agency: fields.agency,
    dateline: fields.dateline,
    published: fields.published,
    modified: fields.modified,
    language: lang.language,
    siteName: fields.siteName,
    image: fields.image,
    text,
    markdown: fields.markdown ?? paragraphs.map(escapeBlockStart).join('\n\n'),
    wordCount,
    readingTimeMinutes: readingTime(wordCount, wpm),
    summary: lang.summary,
    keywords: lang.keywords,
    entities: lang.entities,
    quotes: lang.quotes,
    dates: lang.dates,
  };
}

type Fields = Pick<
  Article,
  'url' | 'title' | 'description' | 'authors' | 'agency' | 'dateline' | 'published' | 'modified' | 'language' | 'siteName' | 'image'
> & {
  paragraphs: string[];
  markdown: string | null;
  /** Whether the page gave any article metadata or the caller its address (HTML only). */
  pageMeta: boolean;
};

function fromText(text: string, url: string | null): Fields {
  const wire = parseWireText(text);
  return {
    url: url ?? wire.headers.url ?? null,
    title: wire.title,
    description: null,
    authors: wire.authors,
    agency: wire.agency,
    dateline: wire.dateline,
    published: wire.published,
    modified: null,
    language: normalizeLanguage(wire.headers.language ?? wire.headers.lang ?? null),
    siteName: wire.headers.source ?? null,
    image: null,
    paragraphs: wire.paragraphs,
    markdown: null,
    pageMeta: false,
  };
}

function fromHtml(html: string, url: string | null): Fields {
  const doc: HtmlDoc = parseHtml(html, url);
  const year = doc.published ? Number(doc.published.slice(0, 4)) || null : null;
  // Wire pages (AP, Reuters, AFP, syndicated) carry a dateline at the start of the body.
  const lead = doc.paragraphs[0] ? readDateline(doc.paragraphs[0], year) : null;
  return {
    url: doc.canonicalUrl ?? url,
    title: doc.title,
    description: doc.description,
    authors: doc.authors,
    agency: lead?.agency ?? null,
    dateline: lead?.dateline ?? null,
    published: doc.published ?? (lead?.dateline?.date && /^\d{4}/.test(lead.dateline.date) ? lead.dateline.date : null),
    modified: doc.modified,
    language: doc.language,
    siteName: doc.siteName,
    image: doc.image,
    paragraphs: doc.paragraphs,
    markdown: doc.markdown || null,
    pageMeta: !!(
      doc.title ||
      doc.description ||
      doc.authors.length ||
      doc.published ||
      doc.modified ||
      doc.siteName ||
      doc.image ||
      doc.canonicalUrl ||
      url
    ),
  };
}

function normalizeLanguage(tag: string | null): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}


export { splitSentences };
