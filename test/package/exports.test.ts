/** The JSON and CSV exports and the JSON Schemas, as built into dist/ and docs/schema/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaExports } from '../../scripts/export/json-schema.js';
import * as api from '../../src/index.js';
import { parseCsv } from '../fixtures/csv.js';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');


describe('CSV exports', () => {
  it('have one row per record, period or attendance entry, all rows as wide as the header', () => {
    const expected: Record<string, number> = {
      'memberships.csv': api.memberships().length,
      'chairmanships.csv': api.chairmanships().length,
      'meetings.csv': api.meetings().length,
      'attendance.csv': api.meetings().reduce((n, m) => n + m.attendance.length, 0),
      'statements.csv': api.statements().length,
      'sources.csv': api.sources().length,
    };
    for (const [file, count] of Object.entries(expected)) {
      const rows = parseCsv(read(`dist/data/${file}`));
      expect(rows.length - 1, file).toBe(count);
      for (const row of rows) expect(row.length, file).toBe(rows[0]!.length);
    }
  });

  it('keep every date with its precision, and the sources', () => {
    const rows = parseCsv(read('dist/data/memberships.csv'));
    const header = rows[0]!;
    const at = (name: string) => header.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const record = api.memberships()[i]!;
      expect(row[at('from')]).toBe(record.from);
      expect(row[at('from_precision')]).toBe(record.from.length === 10 ? 'day' : record.from.length === 7 ? 'month' : 'year');
      expect(row[at('sources')]!.split('; ')).toEqual(record.sources);
      expect(row[at('source_urls')]!.split('; ')[0]).toBe(api.source(record.sources[0]!).url);
    });
  });

  it('round-trip quotes, commas and line breaks in text (RFC 4180)', () => {
    const rows = parseCsv(read('dist/data/statements.csv'));
    const header = rows[0]!;
    rows.slice(1).forEach((row, i) => {
      const s = api.statements()[i]!;
      expect(row[header.indexOf('summary')]).toBe(s.summary);
      expect(row[header.indexOf('quote')]).toBe(s.quote ?? '');
    });
  });
});

describe('JSON exports', () => {
  it('equal what the main entry returns', () => {
    expect(JSON.parse(read('dist/data/meetings.json'))).toEqual(api.meetings());
    expect(JSON.parse(read('dist/data/chairmanships.json'))).toEqual(api.chairmanships());
  });
});

describe('JSON Schemas', () => {
  it('are committed in docs/schema/ exactly as generated from the zod schemas', () => {
    const fresh = jsonSchemaExports();
    expect(readdirSync(join(root, 'docs', 'schema')).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, text] of Object.entries(fresh)) expect(read(`docs/schema/${name}`), name).toBe(text);
  });

  it('describe partial dates and required fields', () => {
    const schema = JSON.parse(read('docs/schema/membership.schema.json'));
    expect(schema.required).toEqual(expect.arrayContaining(['state', 'from', 'status', 'sources']));
    expect(schema.properties.from.pattern).toBeDefined();
    expect(schema.additionalProperties).toBe(false);
  });
});
