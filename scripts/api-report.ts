/** Writes docs/api-report.md: `npm run api:report`. */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiReport } from './lib/api-report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'docs', 'api-report.md'), apiReport(root));
console.log('csto-data: wrote docs/api-report.md');
