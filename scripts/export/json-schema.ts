/**
 * JSON Schema (draft 2020-12) for every record type, generated from the zod schemas. Each schema has
 * an `$id` (`SCHEMA_BASE` + `<record>.schema.json`, where the package serves it through a CDN that
 * mirrors npm) so standard validators can register and cite them; each describes one record, and
 * the shipped `<file>.json` is an array of them.
 */
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, DERIVED_TABLES } from '../../src/collections.js';
import { DERIVED_SCHEMAS, RECORD_SCHEMAS } from '../../src/schema/index.js';

/** Where the shipped schemas live, as the base of their `$id`s. */
export const SCHEMA_BASE = 'https://unpkg.com/csto-data/dist/schemas/';


function schemaText(name: string, schema: z.ZodType): [string, string] {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const file = `${name}.schema.json`;
  return [file, `${JSON.stringify({ $schema, $id: `${SCHEMA_BASE}${file}`, title: name, ...rest }, null, 2)}\n`];
}

/** File name → JSON Schema text, for every record type and every derived table's rows. */
export function jsonSchemaExports(): Record<string, string> {
  return Object.fromEntries([
    ...COLLECTION_NAMES.map((name) => schemaText(COLLECTIONS[name].record, RECORD_SCHEMAS[name] as z.ZodType)),
    ...DERIVED_TABLES.map((table) => schemaText(`${table}-row`, DERIVED_SCHEMAS[table] as z.ZodType)),
  ]);
}
