/** The generated documentation in docs/ is what the generators make from the current data and code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../scripts/docs/coverage.js';
import { dataDictionary } from '../scripts/docs/dictionary.js';
import { attendanceGrid, chairmanshipTimeline, membershipTimeline } from '../scripts/docs/pictures.js';
import { timelinePicture } from '../scripts/docs/timeline-picture.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, 'docs', path), 'utf8');

describe('generated docs are up to date (run `npm run docs`)', () => {
  it('docs/data.md documents every field of every record type', () => {
    const text = dataDictionary(root);
    expect(read('data.md')).toBe(text);
    expect(text).not.toMatch(/\|\s+\|\n/); // no field without a meaning
  });

  it('docs/coverage.md', () => {
    expect(read('coverage.md')).toBe(coverageReport());
  });

  it.each([
    ['img/membership.svg', membershipTimeline],
    ['img/chairmanship.svg', chairmanshipTimeline],
    ['img/attendance.svg', attendanceGrid],
    ['img/timeline.svg', timelinePicture],
  ] as const)('%s, with a title and a legend', (file, draw) => {
    const svg = draw();
    expect(read(file)).toBe(svg);
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect((svg.match(/<rect /g) ?? []).length).toBeGreaterThan(10);
  });
});
