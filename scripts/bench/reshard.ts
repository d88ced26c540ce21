// Rewrites the by-id, by-year, search and spans files of an installed copy of csto-data from its (grown) dist/data/*.json, as
// the build would have written them for that data: `tsx scripts/bench/reshard.ts <package dir>`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import { byIdFiles, byYearFiles, searchFiles, spanFiles } from '../lib/split.js';

const dist = join(process.argv[2] ?? '.', 'dist');
const shipped = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, JSON.parse(readFileSync(join(dist, 'data', `${COLLECTIONS[name].file}.json`), 'utf8')) as unknown[]]),
) as unknown as Parameters<typeof byIdFiles>[0];
for (const [dir, files] of [['by-id', byIdFiles(shipped)], ['by-year', byYearFiles(shipped)]] as const) {
  rmSync(join(dist, dir), { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, dir, name)), { recursive: true });
    writeFileSync(join(dist, dir, name), text);
  }
}
for (const [path, text] of Object.entries({ ...searchFiles(shipped as unknown as Parameters<typeof searchFiles>[0]), ...spanFiles(shipped as unknown as Parameters<typeof spanFiles>[0]) })) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}
