/** Invented HTML pages for the HTML stage's tests. */

/** A whole page around the given head and body markup (attributes for <html> and <body> optional). */
export const page = (head: string, body = '<p>Short body.</p>', htmlAttrs = '', bodyAttrs = ''): string =>
  `<!doctype html><html${htmlAttrs ? ' ' + htmlAttrs : ''}><head>${head}</head><body${bodyAttrs ? ' ' + bodyAttrs : ''}>${body}</body></html>`;

/** A JSON-LD script element holding `o`. */
export const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
