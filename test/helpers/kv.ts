/** Empties the test KV namespace (the pool keeps storage between tests of a file). */
import { env } from 'cloudflare:test';

export async function clearKv(): Promise<void> {
  const { keys } = await env.ARTICLES.list();
  await Promise.all(keys.map((k) => env.ARTICLES.delete(k.name)));
}
