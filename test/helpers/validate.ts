/** Validates values against the committed Article schema with a validator that runs in workerd. */
import { Validator } from '@cfworker/json-schema';
import schema from '../../schemas/article.schema.json';

const validator = new Validator(schema as object, '2020-12', false);

export function articleErrors(value: unknown): string[] {
  const result = validator.validate(value);
  return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation}: ${e.error}`);
}
