// Rewrites the data split (by-id, by-year, search and spans files) of an installed copy of csto-data from its
// (grown) dist/data/*.json, as the build would have written it for that data: `tsx scripts/bench/reshard.ts <package dir>`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import { writeNodeFiles } from '../lib/split.js';

const dist = join(process.argv[2] ?? '.', 'dist');
const shipped = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, JSON.parse(readFileSync(join(dist, 'data', `${COLLECTIONS[name].file}.json`), 'utf8')) as unknown[]]),
) as unknown as Parameters<typeof writeNodeFiles>[1];
writeNodeFiles(dist, shipped);
