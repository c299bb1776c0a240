/**
 * The extractor's name and version. The version is part of every cache key: bump it whenever
 * the engine's output for the same input can change, so an old result is never served.
 */
export const EXTRACTOR = { name: 'article-extract', version: '0.1.0' } as const;
