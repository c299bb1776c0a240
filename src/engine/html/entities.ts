/**
 * Character references left in a value after the markup was decoded: JSON strings that hold
 * HTML entities ("Redacci&oacute;n"), and meta content a CMS escaped twice ("&amp;quot;" in the
 * source, "&quot;" once decoded). Decoded once more, as readers' excerpts and link previews show
 * them; a "&" that starts no reference stays as it is.
 */
import { decodeHTML } from 'entities';

const REFERENCE_RE = /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

export function decodeLeftReferences(s: string): string {
  return s.indexOf('&') !== -1 && REFERENCE_RE.test(s) ? decodeHTML(s) : s;
}
