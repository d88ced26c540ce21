// Rewrites the by-id files of an installed copy of csto-data from its (grown) dist/data/*.json, as
// the build would have written them for that data: `tsx scripts/bench/reshard.ts <package dir>`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import { byIdFiles } from '../lib/generate.js';

const dist = join(process.argv[2] ?? '.', 'dist');
const shipped = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, JSON.parse(readFileSync(join(dist, 'data', `${COLLECTIONS[name].file}.json`), 'utf8')) as unknown[]]),
) as unknown as Parameters<typeof byIdFiles>[0];
rmSync(join(dist, 'by-id'), { recursive: true, force: true });
for (const [name, text] of Object.entries(byIdFiles(shipped))) {
  mkdirSync(dirname(join(dist, 'by-id', name)), { recursive: true });
  writeFileSync(join(dist, 'by-id', name), text);
}
