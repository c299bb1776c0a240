/**
 * One sample of each per-article class, kept for the life of the isolate.
 *
 * V8 gives objects a hidden class ("map") per set of fields, reached from the class's first map
 * by transitions that it holds only weakly. When a major collection finds no live instance of
 * such a class — between two articles there is none — it drops those maps, and with them the
 * optimized code of every function that reads the objects: the following articles run
 * deoptimized code with cleared type feedback until those functions are optimized again. A
 * live sample keeps the maps. Over the median pages of the HTML corpora with a full collection
 * every 16 pages (as the bench's turns do), `extract()` took 5.3 ms a page without the samples
 * and 4.0 ms with them, the same as without collections.
 */
const samples: object[] = [];

/** Keep `sample` alive for good (call it at module level, once per class). */
export function keepShape<T extends object>(sample: T): T {
  samples.push(sample);
  return sample;
}
