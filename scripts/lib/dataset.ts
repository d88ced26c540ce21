/**
 * Loads the curated YAML files under `data/`, validates every record with the zod schemas, and
 * remembers where each record came from so that every problem names its file, line, record and
 * field. Used by the build (`scripts/build-data.ts`) and by the tests; never shipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  ChairmanshipSchema,
  MeetingSchema,
  MembershipSchema,
  MetaSchema,
  MilestoneSchema,
  OperationSchema,
  PersonSchema,
  SecretaryGeneralTermSchema,
  SourceSchema,
  StateSchema,
  StatementSchema,
} from '../../src/schema/index.js';

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

interface CollectionSpec<S extends z.ZodType> {
  /** A file or a folder of files under `data/`. */
  readonly path: string;
  readonly folder: boolean;
  readonly required: boolean;
  readonly schema: S;
  readonly label: (raw: Record<string, unknown>, index: number) => string;
}

const idLabel = (raw: Record<string, unknown>, index: number) =>
  typeof raw['id'] === 'string' ? raw['id'] : `#${index + 1}`;
const periodLabel = (key: string) => (raw: Record<string, unknown>, index: number) =>
  typeof raw[key] === 'string' && typeof raw['from'] === 'string' ? `${raw[key]} ${raw['from']}` : `#${index + 1}`;

/** Every collection: where its files are and how its records are checked. */
export const COLLECTIONS = {
  sources: { path: 'sources', folder: true, required: true, schema: SourceSchema, label: idLabel },
  states: { path: 'states.yaml', folder: false, required: true, schema: StateSchema, label: idLabel },
  memberships: { path: 'memberships.yaml', folder: false, required: true, schema: MembershipSchema, label: periodLabel('state') },
  chairmanships: { path: 'chairmanships.yaml', folder: false, required: true, schema: ChairmanshipSchema, label: periodLabel('state') },
  secretariesGeneral: {
    path: 'secretaries-general.yaml',
    folder: false,
    required: true,
    schema: SecretaryGeneralTermSchema,
    label: periodLabel('person'),
  },
  people: { path: 'people', folder: true, required: true, schema: PersonSchema, label: idLabel },
  milestones: {
    path: 'milestones.yaml',
    folder: false,
    required: true,
    schema: MilestoneSchema,
    label: (raw, index) => (typeof raw['date'] === 'string' ? `${raw['kind']} ${raw['date']}` : `#${index + 1}`),
  },
  meetings: { path: 'meetings', folder: true, required: false, schema: MeetingSchema, label: idLabel },
  operations: { path: 'operations.yaml', folder: false, required: false, schema: OperationSchema, label: idLabel },
  statements: { path: 'statements', folder: true, required: false, schema: StatementSchema, label: idLabel },
} as const satisfies Record<string, CollectionSpec<z.ZodType>>;

type Collections = typeof COLLECTIONS;

/** The whole dataset, validated record by record (cross-record invariants are checked separately). */
export type Dataset = {
  readonly [K in keyof Collections]: ReadonlyArray<Entry<z.output<Collections[K]['schema']>>>;
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

function parseFile(path: string, shown: string, issues: DataIssue[]): ParsedFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      issues.push({ file: shown, line, record: '(file)', field: '(yaml)', message: error.message.split('\n')[0] ?? 'YAML syntax error' });
    }
    return undefined;
  }
  return { file: shown, doc, lines };
}

function filesOf(dataDir: string, spec: CollectionSpec<z.ZodType>, issues: DataIssue[]): string[] {
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

function loadCollection<S extends z.ZodType>(
  dataDir: string,
  spec: CollectionSpec<S>,
  issues: DataIssue[],
): Entry<z.output<S>>[] {
  const entries: Entry<z.output<S>>[] = [];
  for (const path of filesOf(dataDir, spec, issues)) {
    const shown = relative(join(dataDir, '..'), path);
    const parsed = parseFile(path, shown, issues);
    if (!parsed) continue;
    const { doc, lines } = parsed;
    if (doc.contents === null) continue; // an empty file is an empty list
    if (!isSeq(doc.contents)) {
      issues.push({ file: shown, line: 1, record: '(file)', field: '(file)', message: 'expected a YAML list of records' });
      continue;
    }
    const raws = doc.toJS() as unknown[];
    raws.forEach((raw, index) => {
      const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      const origin: Origin = { file: shown, index, label: spec.label(record, index), doc, lines };
      if (!isMap(doc.getIn([index], true))) {
        issues.push(issueAt(origin, [], 'expected a record (a YAML mapping)'));
        return;
      }
      const result = spec.schema.safeParse(raw);
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
      const result = MetaSchema.safeParse(parsed.doc.toJS());
      if (result.success) meta = result.data;
      else for (const p of result.error.issues) issues.push({ file: shownMeta, line: undefined, record: 'meta', field: p.path.join('.') || '(record)', message: p.message });
    }
  }
  const collections = Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, spec]) => [name, loadCollection(dataDir, spec as CollectionSpec<z.ZodType>, issues)]),
  ) as unknown as Omit<Dataset, 'meta' | 'dir'>;
  return { dataset: { ...collections, meta, dir: dataDir }, issues };
}
