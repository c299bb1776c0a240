/**
 * Markdown escaping shared by the HTML renderer and plain-text paragraphs.
 */

/** A paragraph that Markdown would read as the start of a block: its marker and what follows. */
const LIST_NUMBER_RE = /^(\d{1,9})([.)])(?=\s|$)/;
const BLOCK_MARK_RE = /^(?:>|~~~|(?:#{1,6}|[-+*])(?=\s|$)|(?:[-*_][ \t]*){3,}$)/;

/**
 * `p` with the marker escaped that would make Markdown read it as a heading, list item, block
 * quote, code fence or rule: "1. …" → "1\. …" (a backslash before the digits escapes nothing),
 * "# …" → "\# …", "> …" → "\> …", "---" → "\---". Other text comes back as it is.
 */
export function escapeBlockStart(p: string): string {
  const c = p.charCodeAt(0);
  if (c >= 48 && c <= 57) return p.replace(LIST_NUMBER_RE, '$1\\$2');
  return BLOCK_MARK_RE.test(p) ? '\\' + p : p;
}
