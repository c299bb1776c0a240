/** Small formatting helpers of the view: links, dates, flags, languages and the JSON-LD. */
import type { Article } from '../engine/article';

/** Only http(s) links are ever rendered as links. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A date in words, in UTC (the server does not know the reader's zone; /assets/view.js
 * rewrites date-times into the reader's locale and zone). Date-only values stay dates.
 */
export function formatDate(iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  if (/^--\d{2}-\d{2}$/.test(iso) || /^\d{4}(-\d{2})?$/.test(iso)) return iso;
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return (
      new Intl.DateTimeFormat('en', {
        dateStyle: 'long',
        ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'UTC' }),
      }).format(d) + (dateOnly ? '' : ' UTC')
    );
  } catch {
    return iso;
  }
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  ru: 'Russian', uk: 'Ukrainian', pl: 'Polish', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', ar: 'Arabic',
  tr: 'Turkish', sv: 'Swedish', da: 'Danish', no: 'Norwegian', nb: 'Norwegian Bokmål', fi: 'Finnish', cs: 'Czech',
  el: 'Greek', he: 'Hebrew', hi: 'Hindi', id: 'Indonesian', vi: 'Vietnamese', th: 'Thai', ro: 'Romanian', hu: 'Hungarian',
};

export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag.toLowerCase()] ?? tag;
}

/** The flag emoji of an ISO 3166-1 alpha-2 code (two regional-indicator symbols), or null. */
export function flagEmoji(code: string | null | undefined): string | null {
  if (!code || !/^[A-Z]{2}$/.test(code)) return null;
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The English name of a country code when the runtime knows it ("NO" → "Norway"). */
export function countryName(code: string): string | null {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** JSON that is safe inside <script type="application/ld+json">: no <, >, & or line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The schema.org NewsArticle for the article, as an object (serialize with scriptSafeJson). */
export function newsArticleLd(a: Article, pageUrl: string | null): Record<string, unknown> {
  const source = safeHref(a.url);
  const headline = a.title ?? a.summary[0] ?? null;
  const mentions = [
    ...a.entities.people.map((p) => ({ '@type': 'Person', name: p.name, ...(p.roles.length ? { jobTitle: p.roles[0] } : {}) })),
    ...a.entities.organizations.map((o) => ({ '@type': 'Organization', name: o.name })),
    ...a.entities.places.map((p) => ({ '@type': 'Place', name: p.name })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: a.id,
    headline: headline ? (headline.length > 110 ? headline.slice(0, 109) + '…' : headline) : undefined,
    description: a.description ?? undefined,
    abstract: a.summary.length ? a.summary.join(' ') : undefined,
    datePublished: a.published ?? undefined,
    dateModified: a.modified ?? undefined,
    inLanguage: a.language ?? undefined,
    wordCount: a.wordCount,
    timeRequired: a.readingTimeMinutes ? `PT${Math.max(1, Math.round(a.readingTimeMinutes))}M` : undefined,
    keywords: a.keywords.length ? a.keywords : undefined,
    author: a.authors.length ? a.authors.map((name) => ({ '@type': 'Person', name })) : undefined,
    publisher: a.siteName ? { '@type': 'Organization', name: a.siteName } : undefined,
    sourceOrganization: a.agency ? { '@type': 'NewsMediaOrganization', name: a.agency.name, alternateName: a.agency.code } : undefined,
    contentLocation: a.dateline ? { '@type': 'Place', name: a.dateline.place } : undefined,
    image: safeHref(a.image) ?? undefined,
    isBasedOn: source ?? undefined,
    url: pageUrl ?? undefined,
    mentions: mentions.length ? mentions : undefined,
  };
}
