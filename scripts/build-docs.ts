/**
 * Generates the written documentation from the data: docs/data.md (data dictionary),
 * docs/coverage.md (coverage report) and the pictures in docs/img/. `npm run docs` runs it after
 * TypeDoc.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverageReport } from './docs/coverage.js';
import { dataDictionary } from './docs/dictionary.js';
import { attendanceGrid, chairmanshipTimeline, membershipTimeline } from './docs/pictures.js';
import { timelinePicture } from './docs/timeline-picture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs');
mkdirSync(join(docs, 'img'), { recursive: true });
const files: Record<string, string> = {
  'data.md': dataDictionary(root),
  'coverage.md': coverageReport(),
  'img/membership.svg': membershipTimeline(),
  'img/chairmanship.svg': chairmanshipTimeline(),
  'img/attendance.svg': attendanceGrid(),
  'img/timeline.svg': timelinePicture(),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(docs, name), text);
console.log(`csto-data: wrote ${Object.keys(files).map((f) => `docs/${f}`).join(', ')}`);
