/**
 * docs/data.md: every record type and field — its type, whether it is optional, and its meaning —
 * generated from the zod schemas (structure) and the TSDoc of the record types in src/types/
 * (meaning), so neither can drift from the reference.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/collections.js';
import * as schemas from '../../src/schema/index.js';
import { panelsSection } from './panels.js';

type Json = Record<string, any>;

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** Every collection: [interface in src/types/, zod schema, where it is curated], from the registry. */
const RECORDS: ReadonlyArray<readonly [string, z.ZodType, string]> = COLLECTION_NAMES.map((name) => {
  const { record, data } = COLLECTIONS[name];
  return [pascal(record), schemas.RECORD_SCHEMAS[name] as z.ZodType, data.folder ? `data/${data.path}/*.yaml` : `data/${data.path}`] as const;
});

/** Nested objects: the interface that documents the items of a field. */
const NESTED: Record<string, string> = {
  conflicts: 'Conflict',
  roles: 'Role',
  attendance: 'AttendanceRecord',
  guests: 'Guest',
  documents: 'MeetingDocument',
  documentCount: 'DocumentCount',
  contributors: 'Contributor',
  bounds: 'PeriodBounds',
  from: 'DateBound',
  to: 'DateBound',
  date: 'DateBound',
  attested: 'Attestation',
  heads: 'BodyHead',
  strength: 'Strength',
  codes: 'StateCodes',
};

function docs(root: string): Map<string, { summary: string; props: Map<string, string> }> {
  const dir = join(root, 'src', 'types');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
  const program = ts.createProgram(files, { noEmit: true, strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const out = new Map<string, { summary: string; props: Map<string, string> }>();
  for (const file of files) program.getSourceFile(file)!.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const symbol = checker.getSymbolAtLocation(node.name)!;
    const props = new Map<string, string>();
    // Own and inherited members (a membership period inherits `bounds` and `attested`).
    for (const s of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol))) {
      props.set(s.name, ts.displayPartsToString(s.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim());
    }
    out.set(node.name.text, { summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim(), props });
  });
  return out;
}

function typeOf(s: Json): string {
  if (s.enum) return s.enum.map((v: unknown) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.anyOf || s.oneOf) return (s.anyOf ?? s.oneOf).map(typeOf).join(' \\| ');
  if (s.type === 'array') return `list of ${typeOf(s.items ?? {})}`;
  if (s.type === 'object') return 'object';
  if (s.type === 'string' && s.description?.startsWith('A full calendar day')) return 'day (`YYYY-MM-DD`)';
  if (s.type === 'string' && s.description?.startsWith('A date as precise')) return 'date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)';
  if (s.type === 'string' && s.format === 'uri') return 'URL (http or https)';
  if (s.type === 'string' && s.pattern === '^[A-Z]{3}$') return 'state id (ISO alpha-3)';
  if (s.type === 'string' && s.pattern === '^[A-Z]{2}$') return 'ISO alpha-2 code';
  if (s.type === 'string' && s.pattern === '^[a-z]{2}$') return 'language code (ISO 639-1)';
  if (s.type === 'string' && s.pattern?.startsWith('^[a-z0-9]+')) return 'id (lowercase-hyphenated)';
  if (s.type === 'string' && s.pattern?.startsWith('^\\d{4}-\\d{2}-')) return 'meeting id (`YYYY-MM-DD-body-place`)';
  if (s.type === 'string' && s.pattern) return `string matching \`${s.pattern}\``;
  return s.type ?? 'value';
}

/** Meanings of fields that many record types share, where the type's own TSDoc says nothing. */
const COMMON: Record<string, string> = {
  id: 'Unique id of the record.',
  sources: 'Ids of the catalogued sources (`Source`) that state this; never empty.',
  note: 'A remark in our own words: how sources disagree, why a date is partial, what is inferred.',
  conflicts: 'Other claims made by other sources, where the record follows a better one.',
  state: 'The state (ISO alpha-3 id).',
  status: 'See the enumeration.',
  en: 'English name.',
  ru: 'Russian name, as a Russian-language source writes it.',
  title: 'Title, in our words where the source gives none.',
  date: 'What is known of the date beyond its precision: the earliest and latest day it can be.',
  announcedBy: 'Who announced it (person id).',
  withoutSession: 'True when it was taken without a session (by consultation, announced by the chair).',
  meeting: 'The meeting (id).',
  document: 'The document, by its title.',
  kind: 'See the enumeration.',
  name: 'The name as sources give it.',
  person: 'Person id, where the person is in the people list.',
  for: 'The party signed for.',
};

function fields(schema: Json, iface: string, d: ReturnType<typeof docs>, prefix = ''): string[] {
  const rows: string[] = [];
  const required = new Set<string>(schema.required ?? []);
  for (const [name, prop] of Object.entries<Json>(schema.properties ?? {})) {
    const meaning = d.get(iface)?.props.get(name) || COMMON[name] || '';
    rows.push(`| \`${prefix}${name}\` | ${typeOf(prop)} | ${required.has(name) ? 'required' : 'optional'} | ${meaning.replace(/\|/g, '\\|')} |`);
    const items = prop.type === 'array' ? prop.items : prop.type === 'object' ? prop : undefined;
    if (items?.type === 'object' && items.properties) {
      const nested = NESTED[name] ?? (name === 'name' ? iface : undefined);
      rows.push(...fields(items, nested ?? iface, d, `${prefix}${name}${prop.type === 'array' ? '[]' : ''}.`));
    }
  }
  return rows;
}

export function dataDictionary(root: string): string {
  const d = docs(root);
  const sections = RECORDS.map(([iface, schema, file]) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
    return [
      `## ${iface}`,
      '',
      `${d.get(iface)?.summary ?? ''} Curated in \`${file}\`; JSON Schema: \`csto-data/schemas/\` (docs/schema/).`,
      '',
      '| field | type | | meaning |',
      '|---|---|---|---|',
      ...fields(json, iface, d),
      '',
    ].join('\n');
  });
  return [
    '# Data dictionary',
    '',
    'Generated by `npm run docs` from the zod schemas (`csto-data/schema`) and the record types\' TSDoc. Every record type, every field, its type, whether it is optional, and what it means.',
    '',
    '## How dates and unknowns are written',
    '',
    '- A date is as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, never padded to a made-up day. CSV exports add, beside each date column, `_precision` (`year`, `month`, `day`), `_earliest` and `_latest` (the first and last day it can be, as full ISO days) and `_edtf` (the date in EDTF, ISO 8601-2: the date itself, or `[earliest..latest]` where bounds narrow it).',
    '- Periods (`from`, `to`) are inclusive; `to` is absent while a period is open. Two consecutive periods of one series may share the day of a change; on it the later one is in force.',
    '- `bounds` (in the JSON, on periods and meetings) give the earliest and latest day a date that is not a single day can be: its precision, narrowed by bounds sources give, by the days `attested` records a period in force, and by its series (a term cannot start before the previous one ended). The query helpers answer wherever every reading agrees and otherwise give no guessed answer; `{ possible: true }` returns every reading, marked certain or not.',
    '- Unknown stays unknown: an optional field is left out rather than guessed. A member state whose attendance no source reports has no attendance record, and `attendance()` lists it as `unknown`, never `absent`.',
    '- Where sources disagree, a record holds what the better source says and lists the other claims in `conflicts`.',
    '- Every record has `sources`: ids into the catalogue of pages (`Source`).',
    '',
    '## How the CSV exports are written',
    '',
    '- UTF-8, RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote or a line break. A header names each column after its field in snake_case (`attendanceComplete` → `attendance_complete`; `name.en` → `name_en`).',
    '- Every field of every record is in the CSV. A list of ids or words is joined with `; `; the records nested in a record are in their own table (`roles`, `attendance`, `documents`, `body-heads`, `force-strengths`, each row naming its parent) or written as JSON in a column ending in `_json` (`conflicts_json`, `guests_json`, `bounds_json`, `attested_json`, …).',
    '- Booleans are `TRUE` and `FALSE`, which R, pandas and spreadsheets read as logical values.',
    '- A text cell a spreadsheet would run as a formula — one starting with `=`, `+`, `-`, `@`, a tab or a carriage return — is written with a leading apostrophe (`\'=…`), as the OWASP guidance on CSV injection recommends; strip a leading apostrophe before such a character to get the text back.',
    '',
    ...sections,
    panelsSection(),
  ]
    .join('\n')
    .replace(/\{@link ([^}]+)\}/g, '`$1`'); // a link copied from TSDoc reads as code in a Markdown page
}
