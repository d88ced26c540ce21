/**
 * Writes the release's version and day into CITATION.cff: run after `changeset version` bumps
 * package.json (`npm run version`), so that the citation names the release it ships with.
 *
 *   npx tsx scripts/citation.ts [YYYY-MM-DD]   (the day defaults to today, UTC)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const day = process.argv[2] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)) || new Date(day).toISOString().slice(0, 10) !== day) throw new RangeError(`citation: expected a YYYY-MM-DD day, got ${day}`);
const path = join(root, 'CITATION.cff');
const text = readFileSync(path, 'utf8')
  .replace(/^version: .*$/m, `version: ${version}`)
  .replace(/^date-released: .*$/m, `date-released: "${day}"`);
writeFileSync(path, text);
console.log(`CITATION.cff: version ${version}, released ${day}`);
