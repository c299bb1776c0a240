/**
 * One sample of each per-article class, kept for the life of the isolate.
 *
 * V8 gives objects a hidden class ("map") per set of fields, reached from the class's first map
 * by transitions that it holds only weakly. When a major collection finds no live instance of
 * such a class — between two articles there is none — it drops those maps, and with them the
 * optimized code of every function that reads the objects: the following articles run
 * deoptimized code with cleared type feedback until those functions are optimized again. A
 * live sample keeps the maps (`node --trace-deopt` then shows no "weak objects" deoptimizations
 * after a collection; README gives the measured effect).
 */
const samples: object[] = [];

/** Keep `sample` alive for good (call it at module level, once per class). */
export function keepShape<T extends object>(sample: T): T {
  samples.push(sample);
  return sample;
}
