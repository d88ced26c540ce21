/**
 * Writes the JSON and CSV exports of every collection (dist/data/) and the JSON Schema of every
 * record type (dist/schemas/ and, for the repository, docs/schema/). Run after `npm run data`.
 *
 *   npm run exports
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvExports } from './export/csv.js';
import { jsonSchemaExports } from './export/json-schema.js';
import { jsonExports } from './export/json.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function writeAll(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

const data = { ...jsonExports(), ...csvExports() };
const schemas = jsonSchemaExports();
writeAll(join(root, 'dist', 'data'), data);
writeAll(join(root, 'dist', 'schemas'), schemas);
writeAll(join(root, 'docs', 'schema'), schemas);
console.log(`csto-data: wrote ${Object.keys(data).length} data exports and ${Object.keys(schemas).length} JSON Schemas`);
