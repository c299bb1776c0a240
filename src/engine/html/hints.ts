/** Compiled matchers for the class/id word lists of src/engine/data/html-hints.ts. */
import {
  BLOCK_TAGS, BOILERPLATE_ROLES, DROP_TAGS, MAYBE_CANDIDATE, NEGATIVE_HINTS, POSITIVE_HINTS, SHARE_HINTS,
  UNLIKELY_CANDIDATES, STRONG_SHARE_HINTS, AD_LABELS, SUMMARY_BOX_LABELS, RELATED_LABELS,
  SEE_ALSO_LABELS, CREDIT_LABELS, CREDIT_BY_LABELS, CREDIT_SIGN, CALL_TO_ACTION_VERBS, CALL_TO_ACTION_OBJECTS, ABOUT_PERSON_LABELS, NON_WRITING_CREDITS,
  COMMENTS_HEADINGS, SKIP_LINK_HINTS,
} from '../data/html-hints';

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word list as one regex: words of 3 letters or fewer match a whole class/id token
 * ("ad", "nav"), unless they end with "-" (a prefix, "ad-"); 4-letter words match at a
 * token start ("tags", "menu…"); longer words match anywhere ("comments", "sidebar-left").
 */
export function hintRegex(words: string[]): RegExp {
  const whole: string[] = [];
  const start: string[] = [];
  const any: string[] = [];
  for (const w of words) {
    const stem = w.replace(/^-|-$/g, '');
    if (w.startsWith('-') || w.endsWith('-')) {
      if (w.startsWith('-') && w.endsWith('-')) any.push(esc(w));
      else if (w.endsWith('-')) start.push(esc(w));
      else any.push(esc(w));
    } else if (stem.length <= 3) whole.push(esc(w));
    else if (stem.length === 4) start.push(esc(w));
    else any.push(esc(w));
  }
  const alts: string[] = [];
  if (whole.length) alts.push(`(?:^|[^a-z0-9])(?:${whole.join('|')})(?:$|[^a-z0-9])`);
  if (start.length) alts.push(`(?:^|[^a-z0-9])(?:${start.join('|')})`);
  if (any.length) alts.push(`(?:${any.join('|')})`);
  return new RegExp(alts.join('|') || '(?!)');
}

export const POSITIVE_RE = hintRegex(POSITIVE_HINTS);
export const NEGATIVE_RE = hintRegex(NEGATIVE_HINTS);
export const UNLIKELY_RE = hintRegex(UNLIKELY_CANDIDATES);
export const MAYBE_RE = hintRegex(MAYBE_CANDIDATE);
export const SHARE_RE = hintRegex(SHARE_HINTS);
export const SKIP_LINK_RE = hintRegex(SKIP_LINK_HINTS);
export const STRONG_SHARE_RE = hintRegex(STRONG_SHARE_HINTS);
export const AD_LABEL = new Set(AD_LABELS);
export const SUMMARY_LABEL = new Set(SUMMARY_BOX_LABELS);
export const RELATED_LABEL = new Set(RELATED_LABELS);
/** A line that starts with a related-reading or see-also label, then a separator or a space, then more. */
export const RELATED_LEAD_RE = new RegExp(`^(?:${[...RELATED_LABELS, ...SEE_ALSO_LABELS].map(esc).join('|')})(?:\\s*(?:[:–—|»>…]|\\.{3})\\s*|\\s+)\\S`, 'iu');
/** The start of a credit line (asked of a block's first text before the whole of it is read). */
export const CREDIT_START_RE = new RegExp(`^\\s*(?:${[...CREDIT_LABELS, ...CREDIT_BY_LABELS].map(esc).join('|')}|${esc(CREDIT_SIGN)})`, 'iu');
/**
 * A photo credit line: a credit label and a colon, one that takes "by", or the copyright sign
 * ("© Jane Roe / Agency"); then the credit (group 1).
 */
export const CREDIT_LEAD_RE = new RegExp(
  `^(?:(?:${CREDIT_LABELS.map(esc).join('|')})\\s*:|(?:${CREDIT_BY_LABELS.map(esc).join('|')})\\s|${esc(CREDIT_SIGN)})\\s*(\\S.*)$`,
  'iu',
);

export const DROP = new Set(DROP_TAGS);
export const BLOCK = new Set(BLOCK_TAGS);
export const ROLES = new Set(BOILERPLATE_ROLES);
/** A call to action's verb at a word start, and then a word that speaks to the reader (see CALL_TO_ACTION_VERBS). */
export const CTA_VERB_RE = new RegExp(`(?:^|[^\\p{L}])(?:${CALL_TO_ACTION_VERBS.map(esc).join('|')})`, 'iu');
export const CTA_OBJECT_RE = new RegExp(`(?:^|[^\\p{L}])(?:${CALL_TO_ACTION_OBJECTS.map(esc).join('|')})(?![\\p{L}])`, 'iu');
/** A heading "About <name>" (group 1: what it is about). */
export const ABOUT_PERSON_RE = new RegExp(`^(?:${ABOUT_PERSON_LABELS.map(esc).join('|')})\\s+(.+?)[\\s:.]*$`, 'iu');
/** A credit for work other than the writing, in a byline ("Photographed by Jane Roe;"): group 1 is who. */
export const NON_WRITING_CREDIT_RE = new RegExp(`(?:^|[\\s;,|•(])(?:${NON_WRITING_CREDITS.map(esc).join('|')})\\s+([^;|•)]+)`, 'giu');

/**
 * A template variable a CMS left unfilled, the whole value: "{{ page.title }}", "{$site_name}",
 * "${title}", "%%excerpt%%", "[[author]]", "<%= title %>", "{% block title %}".
 */
const TEMPLATE_PLACEHOLDER_RE = /^(?:\{\{[^{}]*\}\}|\{\$[^{}]*\}|\$\{[^{}]*\}|%%?[\w.-]+%%?|\[\[[\w .-]+\]\]|<%=?[^%]*%>|\{%[^%]*%\})$/;
export const isTemplatePlaceholder = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c === 123 || c === 36 || c === 37 || c === 91 || c === 60) && TEMPLATE_PLACEHOLDER_RE.test(v);
};

/** A comments section's heading alone: "Comments", "12 Comments", "Kommentare (3)", "Comentarios:", "Have your say!". */
export const COMMENTS_HEADING_RE = new RegExp(`^(?:\\d+\\s+)?(?:${COMMENTS_HEADINGS.map(esc).join('|')})(?:\\s*\\(\\d+\\))?\\s*[:.…!?]*$`, 'i');

