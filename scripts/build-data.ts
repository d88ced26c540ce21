/**
 * Validates everything under data/ and generates the typed modules the main entry ships
 * (src/generated/). Exits non-zero, naming file, line, record and field, when any record is bad:
 * bad data never ships.
 *
 *   npm run data
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue } from './lib/dataset.js';
import { generateModules } from './lib/generate.js';
import { validateData } from './lib/invariants.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, 'data');
const outDir = join(root, 'src', 'generated');

const { dataset, problems } = validateData(dataDir);
if (problems.length > 0) {
  console.error(`csto-data: the data has ${problems.length} problem(s); nothing was generated.\n`);
  for (const problem of problems) console.error(`  ${formatIssue(problem)}`);
  process.exit(1);
}

const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const modules = generateModules(dataset, version);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, source] of Object.entries(modules)) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), source);
}

const counts = Object.entries(dataset)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${(v as unknown[]).length} ${k}`)
  .join(', ');
console.log(`csto-data: data valid (${counts}); generated ${Object.keys(modules).length} modules in src/generated/`);
