import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema } from '../../src/engine/article';

describe('schemas/article.schema.json', () => {
  it('is exactly what the code generates (run `npm run schema` after changing src/engine/article.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schemas/article.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(articleJsonSchema());
  });

  it('is JSON Schema 2020-12 and requires every contract field', () => {
    const schema = articleJsonSchema() as { $schema: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const field of ['id', 'extractor', 'url', 'title', 'description', 'authors', 'agency', 'dateline', 'published',
      'modified', 'language', 'siteName', 'image', 'text', 'markdown', 'wordCount', 'readingTimeMinutes', 'summary',
      'keywords', 'entities', 'quotes', 'dates']) {
      expect(schema.required).toContain(field);
    }
  });
});
