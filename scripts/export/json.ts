/** JSON exports: every collection exactly as the library ships it (the same records, in the same order). */
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import type { Shipped } from '../lib/generate.js';

/** File name → JSON text, for every collection. */
export function jsonExports(records: Shipped): Record<string, string> {
  return Object.fromEntries(
    COLLECTION_NAMES.map((name) => [`${COLLECTIONS[name].file}.json`, `${JSON.stringify(records[name], null, 2)}\n`]),
  );
}
