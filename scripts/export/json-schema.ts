/** JSON Schema (draft 2020-12) for every record type, generated from the zod schemas. */
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import { RECORD_SCHEMAS } from '../../src/schema/index.js';

/** File name → JSON Schema text, for every record type. */
export function jsonSchemaExports(): Record<string, string> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const { record } = COLLECTIONS[name];
      const json = z.toJSONSchema(RECORD_SCHEMAS[name], { io: 'input', unrepresentable: 'any' });
      const titled = { title: record, ...json };
      return [`${record}.schema.json`, `${JSON.stringify(titled, null, 2)}\n`];
    }),
  );
}
