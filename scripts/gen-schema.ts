/** Writes schemas/article.schema.json from the Article's zod definition (src/engine/article.ts). */
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/engine/article';

const path = new URL('../schemas/article.schema.json', import.meta.url);
writeFileSync(path, JSON.stringify(articleJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path.pathname}`);
