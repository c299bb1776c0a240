/**
 * Content negotiation: `?format=json|html|markdown` wins, then the Accept header's preference
 * among application/json, text/html and text/markdown (q-values honoured), JSON by default.
 */
export type Format = 'json' | 'html' | 'markdown';

const MEDIA: Record<string, Format> = {
  'application/json': 'json',
  'application/problem+json': 'json',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

export function negotiate(formatParam: string | undefined | null, accept: string | undefined | null): Format {
  const f = formatParam?.toLowerCase();
  if (f === 'json' || f === 'html' || f === 'markdown') return f;
  if (f === 'md') return 'markdown';
  if (!accept) return 'json';
  let best: Format = 'json';
  let bestQ = 0;
  let order = Infinity;
  accept.split(',').slice(0, 32).forEach((part, i) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const format = MEDIA[type.trim()];
    if (!format) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) return;
    if (q > bestQ || (q === bestQ && i < order)) {
      best = format;
      bestQ = q;
      order = i;
    }
  });
  return best;
}
