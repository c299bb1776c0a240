/**
 * What a stage computes from a paragraph's text (its tokens, its sentences), kept so that the
 * other stages reading the same paragraph of the same article do not compute it again. Bounded
 * (the whole memo is dropped when full), and released by the language layer when it is done
 * with an article, so that nothing outlives the request.
 */
export interface ParagraphMemo<T> {
  /** The value for a paragraph, computed on first use. Shared: do not modify. */
  get(paragraph: string): T;
  /** Forget every paragraph. */
  release(): void;
}

export function paragraphMemo<T>(compute: (paragraph: string) => T, maxEntries = 1024): ParagraphMemo<T> {
  let memo = new Map<string, T>();
  return {
    get(paragraph) {
      let v = memo.get(paragraph);
      if (v === undefined) {
        v = compute(paragraph);
        if (memo.size >= maxEntries) memo = new Map();
        memo.set(paragraph, v);
      }
      return v;
    },
    release() {
      if (memo.size) memo = new Map();
    },
  };
}
