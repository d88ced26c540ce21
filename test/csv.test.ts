/**
 * The CSV exports lose nothing and are safe to open: every record of every collection is rebuilt
 * from the CSV tables alone and compared with the JSON; formula-like text is neutralised and
 * booleans are TRUE/FALSE.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvExports } from '../scripts/export/csv.js';
import { cellText } from '../scripts/export/csv-format.js';
import { loadDataset } from '../scripts/lib/dataset.js';
import { shippedRecords } from '../scripts/lib/generate.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../src/collections.js';
import { parseCsv } from './fixtures/csv.js';

/** CSV rows keyed by their header. */
function csvRecords(text: string): Array<Record<string, string>> {
  const [header, ...body] = parseCsv(text);
  return body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])));
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const MISSING = '(not in the CSV)';

/** A cell read back as a value of the type the JSON has there. */
function readCell(text: string, like: unknown): unknown {
  if (Array.isArray(like)) return text === '' ? [] : text.split('; ').map((t) => readCell(t, ''));
  if (typeof like === 'boolean') return text === 'TRUE' ? true : text === 'FALSE' ? false : `not a boolean: ${text}`;
  if (typeof like === 'number') return Number(text);
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Rebuilds a record from its CSV row (and child tables), reading the JSON record only for its
 * field names and value types: a field with no column gives {@link MISSING}.
 */
function rebuild(row: Record<string, string>, like: Record<string, unknown>, prefix: string, children: Record<string, unknown[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(like)) {
    const column = `${prefix}${snake(key)}`;
    if (key in children) out[key] = children[key];
    else if (`${column}_json` in row) out[key] = JSON.parse(row[`${column}_json`]!);
    else if (column in row) out[key] = readCell(row[column]!, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) out[key] = rebuild(row, value as Record<string, unknown>, `${column}_`, {});
    else out[key] = MISSING;
  }
  return out;
}

/** The CSV-only tables of nested records: table → [collection, field, parent key column]. */
const CHILD_TABLES = {
  roles: ['people', 'roles', 'person'],
  attendance: ['meetings', 'attendance', 'meeting'],
  documents: ['meetings', 'documents', 'meeting'],
  'body-heads': ['bodies', 'heads', 'body'],
  'force-strengths': ['forces', 'strength', 'force'],
} as const;

const { dataset, issues } = loadDataset(join(import.meta.dirname, '..', 'data'));
const shipped = shippedRecords(dataset);
const tables = Object.fromEntries(Object.entries(csvExports(shipped)).map(([file, text]) => [file.replace(/\.csv$/, ''), csvRecords(text)]));

describe('every field of every record reaches the CSV', () => {
  it('the data loads', () => expect(issues).toEqual([]));

  it.each(COLLECTION_NAMES)('%s: each record rebuilt from the CSV tables equals the JSON', (name: CollectionName) => {
    const records = shipped[name] as unknown as Array<Record<string, unknown>>;
    const rows = tables[COLLECTIONS[name].file]!;
    expect(rows).toHaveLength(records.length);
    const childOf = Object.entries(CHILD_TABLES).filter(([, [collection]]) => collection === name);
    records.forEach((record, i) => {
      const id = String(record['id'] ?? '');
      const children: Record<string, unknown[]> = {};
      for (const [table, [, field, parent]] of childOf) {
        if (!(field in record)) continue;
        const like = record[field] as Array<Record<string, unknown>>;
        const mine = tables[table]!.filter((r) => r[parent] === id);
        children[field] = mine.map((r, j) => rebuild(r, like[j] ?? {}, '', {}));
      }
      expect(rebuild(rows[i]!, record, '', children), `${name} ${id || i}`).toEqual(record);
    });
  });
});

describe('cells are safe to open in a spreadsheet', () => {
  it.each(['=HYPERLINK("http://example.org")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j with an apostrophe (OWASP)', (text) => {
    expect(cellText(text)).toBe(`'${text}`);
    expect(cellText([text, 'b'])).toBe(`'${text}; b`);
  });
  it('leaves other text, numbers and JSON alone', () => {
    expect(cellText('Astana')).toBe('Astana');
    expect(cellText('2024-11-28')).toBe('2024-11-28');
    expect(cellText(-5)).toBe('-5');
    expect(cellText({ json: [{ a: '=x' }] })).toBe('[{"a":"=x"}]');
  });
  it('writes booleans as TRUE and FALSE', () => {
    expect([cellText(true), cellText(false)]).toEqual(['TRUE', 'FALSE']);
    expect(tables['meetings']!.map((r) => r['attendance_complete'])).toContain('TRUE');
    expect(new Set(tables['statements']!.map((r) => r['paraphrase']))).toEqual(new Set(['TRUE', 'FALSE']));
  });
  it('no cell of any export starts a formula', () => {
    const cells = Object.values(tables).flatMap((rows) => rows.flatMap((r) => Object.values(r)));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
