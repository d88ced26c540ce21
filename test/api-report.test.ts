/** Release safety: the public API, as a generated report, matches the one committed for review. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiReport } from '../scripts/lib/api-report.js';

const root = join(import.meta.dirname, '..');

describe('API report', () => {
  it('matches docs/api-report.md (run `npm run api:report` and review the change)', () => {
    expect(apiReport(root)).toBe(readFileSync(join(root, 'docs', 'api-report.md'), 'utf8'));
  }, 60_000);
});
