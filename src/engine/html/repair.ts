/**
 * Mojibake in a parsed page (see input/mojibake.ts): its text, the attributes that hold text,
 * its title and its JSON-LD are read again as UTF-8. The attributes that hold a URL are not: a
 * link to a garbled address is kept as the page wrote it (read again, it would name another).
 */
import { hasMojibake, repairMojibake } from '../input/mojibake';
import type { AttrName, El, ParsedTree } from './tree';

/** The kept attributes (tree.ts) whose value is text for people: meta content, titles, alt text, values. */
const TEXT_ATTRS: AttrName[] = ['content', 'title', 'alt', 'value'];

/** The tree with its mojibake repaired in place (`html`, the page it was built from, says whether there is any). */
export function repairTree(tree: ParsedTree, html: string): void {
  if (!hasMojibake(html)) return;
  if (tree.title) tree.title = repairMojibake(tree.title);
  for (let i = 0; i < tree.jsonLd.length; i++) tree.jsonLd[i] = repairMojibake(tree.jsonLd[i] as string);
  const stack: El[] = [tree.root];
  while (stack.length) {
    const el = stack.pop() as El;
    const a = el.attrs as { [K in AttrName]: string | undefined };
    for (const k of TEXT_ATTRS) {
      const v = a[k];
      if (v) {
        const r = repairMojibake(v);
        if (r !== v) a[k] = r;
      }
    }
    const ch = el.children;
    for (let i = 0; i < ch.length; i++) {
      const c = ch[i] as El | string;
      if (typeof c === 'string') {
        const r = repairMojibake(c);
        if (r !== c) ch[i] = r;
      } else stack.push(c);
    }
  }
}
