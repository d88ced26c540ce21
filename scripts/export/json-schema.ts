/**
 * JSON Schema (draft 2020-12) for every record type, generated from the zod schemas. Each schema has
 * an `$id` (`SCHEMA_BASE` + `<record>.schema.json`, where the package serves it through a CDN that
 * mirrors npm) so standard validators can register and cite them; each describes one record, and
 * the shipped `<file>.json` is an array of them.
 */
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import { RECORD_SCHEMAS } from '../../src/schema/index.js';

/** Where the shipped schemas live, as the base of their `$id`s. */
export const SCHEMA_BASE = 'https://unpkg.com/csto-data/dist/schemas/';

/** File name → JSON Schema text, for every record type. */
export function jsonSchemaExports(): Record<string, string> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const { record } = COLLECTIONS[name];
      const json = z.toJSONSchema(RECORD_SCHEMAS[name], { io: 'input', unrepresentable: 'any' });
      const { $schema, ...rest } = json;
      const titled = { $schema, $id: `${SCHEMA_BASE}${record}.schema.json`, title: record, ...rest };
      return [`${record}.schema.json`, `${JSON.stringify(titled, null, 2)}\n`];
    }),
  );
}
