/**
 * Loads the curated YAML files under `data/`, validates every record with the zod schemas, and
 * remembers where each record came from so that every problem names its file, line, record and
 * field. Used by the build (`scripts/build-data.ts`) and by the tests; never shipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type CollectionSpec } from '../../src/collections.js';
import { MetaSchema, RECORD_SCHEMAS } from '../../src/schema/index.js';

/** Where a record came from. */
export interface Origin {
  /** Path relative to the data directory's parent, e.g. `data/chairmanships.yaml`. */
  readonly file: string;
  /** Position of the record in its file's list (0-based). */
  readonly index: number;
  /** A human label for the record: its id, or its key fields. */
  readonly label: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** A validated record with its origin. */
export interface Entry<T> {
  readonly value: T;
  readonly origin: Origin;
}

/** A problem found in the data. */
export interface DataIssue {
  readonly file: string;
  readonly line: number | undefined;
  readonly record: string;
  readonly field: string;
  readonly message: string;
}

/** `data/chairmanships.yaml:14 record "KAZ 2024-01-01" field "to": … */
export function formatIssue(issue: DataIssue): string {
  const at = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${at} record ${JSON.stringify(issue.record)} field ${JSON.stringify(issue.field)}: ${issue.message}`;
}

type Path = ReadonlyArray<string | number>;

/** The line of a field of a record (or of the record itself when the field is missing). */
function lineOf(origin: Origin, path: Path): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = origin.doc.getIn([origin.index, ...path.slice(0, n)], true) as { range?: [number, number, number] } | undefined;
    const range = node && typeof node === 'object' ? node.range : undefined;
    if (range) return origin.lines.linePos(range[0]).line;
  }
  return undefined;
}

/** Builds a problem report about a field of a record. */
export function issueAt(origin: Origin, path: Path, message: string): DataIssue {
  return {
    file: origin.file,
    line: lineOf(origin, path),
    record: origin.label,
    field: path.length === 0 ? '(record)' : path.map(String).join('.'),
    message,
  };
}

/** A record's label in messages: the values of its label fields, or its position when they are missing. */
function labelOf(fields: readonly string[], raw: Record<string, unknown>, index: number): string {
  const values = fields.map((f) => raw[f]);
  return values.every((v) => typeof v === 'string') ? values.join(' ') : `#${index + 1}`;
}

/** The record type of a collection as its schema parses it (ids as plain strings). */
export type Parsed<K extends CollectionName> = z.output<(typeof RECORD_SCHEMAS)[K]>;

/** The whole dataset, validated record by record (cross-record invariants are checked separately). */
export type Dataset = {
  readonly [K in CollectionName]: ReadonlyArray<Entry<Parsed<K>>>;
} & {
  readonly meta: z.output<typeof MetaSchema>;
  /** The data directory the dataset was read from. */
  readonly dir: string;
};

interface ParsedFile {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/**
 * How many times one file may use YAML aliases (`*name`): far more than a curator writes (reusing
 * one `sources` list across a year of meetings), few enough that a "billion laughs" file is refused.
 */
export const MAX_ALIAS_USES = 10_000;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or an issue at the first line that is not valid UTF-8 (a Latin-1 byte, say). */
function readText(path: string, shown: string, issues: DataIssue[]): string | undefined {
  const bytes = readFileSync(path);
  try {
    return UTF8.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        UTF8.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    issues.push({ file: shown, line, record: '(file)', field: '(encoding)', message: 'the file is not valid UTF-8 (a byte in another encoding, such as Latin-1?); save it as UTF-8' });
    return undefined;
  }
}

/** The plain value of a parsed file, or an issue naming the file when it uses aliases beyond {@link MAX_ALIAS_USES}. */
function plainValue(parsed: ParsedFile, issues: DataIssue[]): unknown {
  try {
    return parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_USES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    issues.push({
      file: parsed.file,
      line: undefined,
      record: '(file)',
      field: '(yaml)',
      message: /alias/i.test(message) ? `the file uses YAML aliases (*name) more than ${MAX_ALIAS_USES} times; write the values out` : message,
    });
    return undefined;
  }
}

function parseFile(path: string, shown: string, issues: DataIssue[]): ParsedFile | undefined {
  const lines = new LineCounter();
  const text = readText(path, shown, issues);
  if (text === undefined) return undefined;
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      issues.push({ file: shown, line, record: '(file)', field: '(yaml)', message: error.message.split('\n')[0] ?? 'YAML syntax error' });
    }
    return undefined;
  }
  return { file: shown, doc, lines };
}

/** Every file under a folder, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Files under data/ the build reads; anything else there (but Markdown notes) is a mistake. */
function unreadFiles(dataDir: string, read: ReadonlySet<string>, issues: DataIssue[]): void {
  for (const path of allFiles(dataDir).sort()) {
    if (read.has(path) || path.endsWith('.md')) continue;
    const shown = relative(join(dataDir, '..'), path);
    issues.push({ file: shown, line: undefined, record: '(file)', field: '(file)', message: 'the build does not read this file: records go in the files and folders of *.yaml that data/FORMAT.md lists' });
  }
}

function filesOf(dataDir: string, { data: spec }: CollectionSpec, issues: DataIssue[]): string[] {
  const full = join(dataDir, spec.path);
  const shown = relative(join(dataDir, '..'), full);
  if (!existsSync(full)) {
    if (spec.required) issues.push({ file: shown, line: undefined, record: '(file)', field: '(file)', message: 'required file or folder is missing' });
    return [];
  }
  if (!spec.folder) return [full];
  return readdirSync(full)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(full, name));
}

function loadCollection<K extends CollectionName>(dataDir: string, name: K, issues: DataIssue[], read: Set<string>): Entry<Parsed<K>>[] {
  const spec: CollectionSpec = COLLECTIONS[name];
  const schema = RECORD_SCHEMAS[name] as unknown as z.ZodType<Parsed<K>>;
  const entries: Entry<Parsed<K>>[] = [];
  for (const path of filesOf(dataDir, spec, issues)) {
    read.add(path);
    const shown = relative(join(dataDir, '..'), path);
    const parsed = parseFile(path, shown, issues);
    if (!parsed) continue;
    const { doc, lines } = parsed;
    if (doc.contents === null) continue; // an empty file is an empty list
    if (!isSeq(doc.contents)) {
      issues.push({ file: shown, line: 1, record: '(file)', field: '(file)', message: 'expected a YAML list of records' });
      continue;
    }
    const raws = plainValue(parsed, issues) as unknown[] | undefined;
    if (raws === undefined) continue;
    raws.forEach((raw, index) => {
      const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      const origin: Origin = { file: shown, index, label: labelOf(spec.label, record, index), doc, lines };
      if (!isMap(doc.getIn([index], true))) {
        issues.push(issueAt(origin, [], 'expected a record (a YAML mapping)'));
        return;
      }
      const result = schema.safeParse(raw);
      if (result.success) entries.push({ value: result.data, origin });
      else {
        for (const problem of result.error.issues) {
          issues.push(issueAt(origin, problem.path as Path, describeZodIssue(problem)));
        }
      }
    });
  }
  return entries;
}

function describeZodIssue(problem: z.core.$ZodIssue): string {
  if (problem.code === 'unrecognized_keys') return `unknown field(s) ${problem.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  if (problem.code === 'invalid_value') return `${problem.message}`;
  return problem.message;
}

/** Reads and validates every record under `dataDir`. */
export function loadDataset(dataDir: string): { dataset: Dataset; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const metaPath = join(dataDir, 'meta.yaml');
  let meta: z.output<typeof MetaSchema> = { dataAsOf: '1970-01-01' };
  const shownMeta = relative(join(dataDir, '..'), metaPath);
  if (!existsSync(metaPath)) {
    issues.push({ file: shownMeta, line: undefined, record: '(file)', field: '(file)', message: 'required file is missing' });
  } else {
    const parsed = parseFile(metaPath, shownMeta, issues);
    if (parsed) {
      const result = MetaSchema.safeParse(plainValue(parsed, issues));
      if (result.success) meta = result.data;
      else for (const p of result.error.issues) issues.push({ file: shownMeta, line: undefined, record: 'meta', field: p.path.join('.') || '(record)', message: p.message });
    }
  }
  const read = new Set([metaPath]);
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, loadCollection(dataDir, name, issues, read)])) as unknown as Omit<
    Dataset,
    'meta' | 'dir'
  >;
  if (existsSync(dataDir)) unreadFiles(dataDir, read, issues);
  return { dataset: { ...collections, meta, dir: dataDir }, issues };
}
