/**
 * The dataset as researchers load it: every CSV through its Table Schema in datapackage.json (which
 * itself validates against the Frictionless Tabular Data Package profile), every JSON file through
 * its JSON Schema with a standard validator (Ajv, draft 2020-12, with formats), and CITATION.cff
 * against the Citation File Format 1.2.0 schema, with the release's version.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { validateCFF } from 'cffjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTION_NAMES, COLLECTIONS, dataAsOf, DERIVED_TABLES } from '../src/index.js';
import { SourceSchema } from '../src/schema/core.js';
import { parseCsv as readCsv } from './fixtures/csv.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const require = createRequire(import.meta.url);

/** RFC 4180 rows of a CSV text, which must end with CRLF. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n'), 'the file ends with CRLF').toBe(true);
  return readCsv(text);
}

interface Field {
  name: string;
  type: string;
  constraints?: { enum?: Array<string | number>; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  encoding: string;
  schema: { fields: Field[]; primaryKey?: string[]; missingValues: string[]; foreignKeys?: Array<{ fields: string; reference: { resource: string; fields: string } }> };
}

const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];

/** Whether a cell is a valid value of a Table Schema field (Table Schema 1.0 default formats). */
function conforms(field: Field, value: string): boolean {
  const ok = (() => {
    switch (field.type) {
      case 'integer':
        return /^-?\d+$/.test(value);
      case 'boolean':
        return TRUE.includes(value) || FALSE.includes(value);
      case 'date':
        return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
      default:
        return true;
    }
  })();
  const { enum: values, pattern } = field.constraints ?? {};
  const typed = field.type === 'integer' ? Number(value) : value;
  return ok && (values === undefined || values.includes(typed)) && (pattern === undefined || new RegExp(`^(?:${pattern})$`).test(value));
}

describe('datapackage.json', () => {
  const descriptor = JSON.parse(read('dist/data/datapackage.json')) as { resources: Resource[]; version: string };

  it('validates against the Tabular Data Package profile, and is committed as built', () => {
    const profile = require('datapackage/lib/profiles/tabular-data-package.json') as object;
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('textarea', true); // an editor hint in the profile, not a constraint
    const validate = ajv.compile(profile);
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(read('docs/datapackage.json')).toBe(read('dist/data/datapackage.json'));
    expect(descriptor.version).toBe((JSON.parse(read('package.json')) as { version: string }).version);
  });

  it('describes every CSV the package ships', () => {
    const csvs = readdirSync(join(root, 'dist', 'data')).filter((f) => f.endsWith('.csv')).sort();
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvs);
  });

  it('loads every CSV through its Table Schema: encoding, header, types, keys and foreign keys', () => {
    const tables = new Map<string, Array<Record<string, string>>>();
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join(root, 'dist', 'data', resource.path));
      expect(resource.encoding).toBe('utf-8');
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const [header, ...rows] = parseCsv(text);
      const { fields, missingValues } = resource.schema;
      expect(header, resource.name).toEqual(fields.map((f) => f.name));
      const records = rows.map((cells) => {
        expect(cells.length, `${resource.name}: a row has as many cells as the header`).toBe(fields.length);
        return Object.fromEntries(fields.map((f, i) => [f.name, cells[i] as string]));
      });
      for (const record of records)
        for (const f of fields) {
          const value = record[f.name] as string;
          if (!missingValues.includes(value)) expect(conforms(f, value), `${resource.name}.${f.name}: ${JSON.stringify(value)}`).toBe(true);
        }
      if (resource.schema.primaryKey) {
        const keys = records.map((r) => resource.schema.primaryKey!.map((k) => r[k]).join('\u0000'));
        expect(new Set(keys).size, `${resource.name}: primary key ${resource.schema.primaryKey.join(', ')} is unique`).toBe(keys.length);
      }
      tables.set(resource.name, records);
    }
    for (const resource of descriptor.resources)
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(fk.reference.resource)!.map((r) => r[fk.reference.fields]));
        for (const record of tables.get(resource.name)!) {
          const value = record[fk.fields] as string;
          if (value !== '') expect(targets.has(value), `${resource.name}.${fk.fields} = ${value} is in ${fk.reference.resource}`).toBe(true);
        }
      }
  });
});

describe('JSON Schemas', () => {
  it('validate every shipped JSON file (collections, panels, crosswalk) under Ajv (draft 2020-12, with formats), each schema with its own $id', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const ids = new Set<string>();
    for (const name of COLLECTION_NAMES) {
      const { file, record } = COLLECTIONS[name];
      const schema = JSON.parse(read(`dist/schemas/${record}.schema.json`)) as { $id?: string };
      expect(schema.$id).toMatch(new RegExp(`/${record}\\.schema\\.json$`));
      ids.add(schema.$id!);
      const validate = ajv.compile(schema);
      for (const item of JSON.parse(read(`dist/data/${file}.json`)) as unknown[]) {
        expect(validate(item), `${file}.json: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    for (const table of DERIVED_TABLES) {
      const schema = JSON.parse(read(`dist/schemas/${table}-row.schema.json`)) as { $id?: string };
      ids.add(schema.$id!);
      const validate = ajv.compile(schema);
      const rows = JSON.parse(read(`dist/data/${table}.json`)) as unknown[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(validate(row), `${table}.json: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(ids.size).toBe(COLLECTION_NAMES.length + DERIVED_TABLES.length);
  });
});

describe('source URLs', () => {
  it('must be URIs: characters outside ASCII are stored percent-encoded', () => {
    const page = { id: 'x-2024-01-01-page', title: 'A page', publisher: 'X', language: 'hy' };
    const raw = SourceSchema.safeParse({ ...page, url: 'https://1lurer.am/hy/2023/11/23/Հայաստանի/1035439' });
    expect(raw.success).toBe(false);
    expect(JSON.stringify(raw.error?.issues)).toMatch(/percent-encode/);
    expect(SourceSchema.safeParse({ ...page, url: encodeURI('https://1lurer.am/hy/2023/11/23/Հայաստանի/1035439') }).success).toBe(true);
  });
});

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0 and names the release', () => {
    const cff = parse(read('CITATION.cff')) as Record<string, unknown>;
    expect(() => validateCFF(structuredClone(cff))).not.toThrow();
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.version).toBe((JSON.parse(read('package.json')) as { version: string }).version);
    expect(String(cff['date-released'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(cff['date-released']) >= dataAsOf).toBe(true);
    expect(cff.license).toEqual(['CC-BY-4.0', 'MIT']);
  });
});
