/**
 * The data step: validates everything under data/ and, only when every record is good, writes what
 * ships from the validated records — the typed modules of the main entry (src/generated/), the
 * JSON and CSV exports the Node builds and users read (dist/data/), and the JSON Schema of every
 * record type (dist/schemas/, and docs/schema/ for the repository), the panels and the Data Package
 * descriptor (dist/data/datapackage.json, and docs/datapackage.json for the repository). Exits non-zero, naming file,
 * line, record and field, when any record is bad: bad data never ships.
 *
 *   npm run data
 *   npx tsx scripts/build-data.ts <dir>   (validates another data folder; writes nothing)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_NAMES, COLLECTIONS } from '../src/collections.js';
import { csvExports } from './export/csv.js';
import { dataPackage } from './export/datapackage.js';
import { jsonSchemaExports } from './export/json-schema.js';
import { jsonExports } from './export/json.js';
import { panelExports } from './export/panels.js';
import { formatIssue } from './lib/dataset.js';
import { generateModules, shippedRecords } from './lib/generate.js';
import { writeNodeFiles } from './lib/split.js';
import { validateData } from './lib/invariants.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, 'data');

const { dataset, problems } = validateData(dataDir);
if (problems.length > 0) {
  console.error(`csto-data: the data has ${problems.length} problem(s); nothing was generated.\n`);
  for (const problem of problems) console.error(`  ${formatIssue(problem)}`);
  process.exit(1);
}

if (process.argv[2] !== undefined) {
  console.log(`csto-data: ${dataDir} is valid`);
  process.exit(0);
}

/** Replaces a folder's contents with the given files. */
function writeAll(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const shipped = shippedRecords(dataset);
const modules = generateModules(dataset, shipped, version);
const tables: Record<string, string> = { ...jsonExports(shipped), ...csvExports(shipped), ...panelExports(shipped, dataset.meta.dataAsOf) };
const descriptor = `${JSON.stringify(dataPackage(tables, version, dataset.meta.dataAsOf), null, 2)}\n`;
const data = { ...tables, 'datapackage.json': descriptor };
const schemas = jsonSchemaExports();
writeAll(join(root, 'src', 'generated'), modules);
writeAll(join(root, 'dist', 'data'), data);
writeAll(join(root, 'dist', 'schemas'), schemas);
// What the Node builds read instead of a whole collection: one record by id, one year, the search
// text, the membership spans.
writeNodeFiles(join(root, 'dist'), shipped);
// Types for `import meetings from 'csto-data/data/meetings.json'` (the exports map's "types" for
// ./data/*.json): the records' own types, so imported data is assignable to them. CommonJS
// declarations (`export =`) are what both `import … with { type: 'json' }` and `require` read.
writeAll(join(root, 'dist', 'data-types'), {
  'package.json': '{ "type": "commonjs" }\n',
  ...Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      `${COLLECTIONS[name].file}.d.json.ts`,
      `import type { Records } from '../index.cjs';\n\n/** The ${name} records as shipped in data/${COLLECTIONS[name].file}.json. */\ndeclare const records: Records[${JSON.stringify(name)}][];\nexport = records;\n`,
    ]),
  ),
});
writeAll(join(root, 'docs', 'schema'), schemas);
writeFileSync(join(root, 'docs', 'datapackage.json'), descriptor); // the repository's copy; paths are relative to dist/data/

const counts = COLLECTION_NAMES.map((name) => `${dataset[name].length} ${name}`).join(', ');
console.log(
  `csto-data: data valid (${counts}); generated ${Object.keys(modules).length} modules, ` +
    `${Object.keys(data).length} data exports and ${Object.keys(schemas).length} JSON Schemas`,
);
