/**
 * `datapackage.json`: a Frictionless Tabular Data Package describing every CSV the data step writes,
 * each with a Table Schema. The tables and their columns are read from the CSV exports themselves
 * (their header lines), keys from the collection registry (a collection's `label` is its primary
 * key), and types, formats and allowed values from rules on column names and the vocabularies — so
 * a column added to scripts/export/csv.ts is described without another list to edit. UTF-8, RFC
 * 4180 with CRLF line ends, an empty cell for a missing value.
 */
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../src/collections.js';
import * as V from '../../src/vocabulary.js';

/** A Table Schema field. */
interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  format?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: readonly (string | number)[]; pattern?: string; unique?: boolean };
}

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const BOOLEAN = new Set(['acting', 'attendance_complete', 'paraphrase', 'decision_without_session', 'membership_change', 'chaired']);
const INTEGER = new Set(['year', 'length', 'chair_days', 'personnel', 'cow_igo', 'cow_code', 'gw_code']);

/** Allowed values of a column, by `table.column` or by column in any table. */
const ENUMS: Record<string, readonly (string | number)[]> = {
  'memberships.status': V.MEMBERSHIP_STATUSES,
  'meetings.kind': V.MEETING_KINDS,
  'meetings.format': V.MEETING_FORMATS,
  'meetings.status': V.MEETING_STATUSES,
  'attendance.status': V.ATTENDANCE_STATUSES,
  'attendance.level': V.DELEGATION_LEVELS,
  'documents.kind': V.DOCUMENT_KINDS,
  'milestones.kind': V.MILESTONE_KINDS,
  'operations.kind': V.OPERATION_KINDS,
  'statements.setting': V.SETTINGS,
  'bodies.kind': V.BODY_KINDS,
  'exercises.series': V.EXERCISE_SERIES,
  'partners.partner_kind': V.PARTNER_KINDS,
  'partners.status': V.PARTNER_STATUSES,
  'state-steps.kind': V.STEP_KINDS,
  'state-meetings.kind': V.MEETING_KINDS,
  'state-meetings.membership': [...V.MEMBERSHIP_STATUSES, 'unknown'],
  'state-meetings.attendance': [...V.ATTENDANCE_STATUSES, 'unknown'],
  'state-meetings.level': V.DELEGATION_LEVELS,
  status_jan1: V.PANEL_STATUSES,
  status_jul1: V.PANEL_STATUSES,
  status_dec31: V.PANEL_STATUSES,
  cow_igo: Object.values(V.COW_IGO_CODES),
};

/** Columns holding one id of another table (lists, joined by "; ", are not keys). */
const REFERENCES: Record<string, readonly [table: string, field: string]> = {
  state: ['states', 'id'],
  host: ['states', 'id'],
  person: ['people', 'id'],
  chair: ['people', 'id'],
  speaker: ['people', 'id'],
  delegate: ['people', 'id'],
  commander: ['people', 'id'],
  requested_by: ['people', 'id'],
  decision_announced_by: ['people', 'id'],
  meeting: ['meetings', 'id'],
  decided_at: ['meetings', 'id'],
  body: ['bodies', 'id'],
  force: ['forces', 'id'],
};

/** Primary keys of the tables that are not collections (a collection's is its registry `label`). */
const KEYS: Record<string, readonly string[]> = {
  attendance: ['meeting', 'state'],
  'state-years': ['state', 'year'],
  'state-meetings': ['meeting', 'state'],
  crosswalk: ['state'],
};

const byFile = new Map<string, CollectionName>(COLLECTION_NAMES.map((n) => [COLLECTIONS[n].file, n]));

function fieldOf(table: string, name: string, columns: readonly string[]): Field {
  const values = ENUMS[`${table}.${name}`] ?? ENUMS[name];
  const field: Field = { name, type: 'string' };
  if (name.endsWith('_earliest') || name.endsWith('_latest')) Object.assign(field, { type: 'date', format: 'default' });
  else if (name.endsWith('_precision')) field.constraints = { enum: ['year', 'month', 'day'] };
  else if (columns.includes(`${name}_precision`) || (table === 'state-meetings' && name === 'date'))
    Object.assign(field, { format: 'default', constraints: { pattern: PARTIAL_DATE }, description: 'A date as precise as its sources: YYYY, YYYY-MM or YYYY-MM-DD.' });
  else if (name.endsWith('_edtf')) field.description = 'The date in EDTF (ISO 8601-2): the date, or the range of days it can be.';
  else if (BOOLEAN.has(name)) field.type = 'boolean';
  else if (INTEGER.has(name) || name.startsWith('days_')) field.type = 'integer';
  else if (name === 'iso_numeric') Object.assign(field, { constraints: { pattern: '^\\d{3}$' }, description: 'ISO 3166-1 numeric code: three digits, leading zeros kept (read it as text).' });
  if (values !== undefined) field.constraints = { ...field.constraints, enum: values };
  return field;
}

/** The descriptor of one CSV table, from its header line. */
function resource(table: string, csv: string) {
  const header = csv.slice(0, csv.indexOf('\r\n')).split(',');
  const collection = byFile.get(table);
  const primaryKey = collection === undefined ? KEYS[table] : COLLECTIONS[collection].label;
  const foreignKeys = header
    .filter((name) => REFERENCES[name] !== undefined && !(table === REFERENCES[name]![0] && name === REFERENCES[name]![1]))
    .map((name) => ({ fields: name, reference: { resource: REFERENCES[name]![0], fields: REFERENCES[name]![1] } }));
  return {
    name: table,
    path: `${table}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: header.map((name) => fieldOf(table, name, header)),
      missingValues: [''],
      ...(primaryKey === undefined ? {} : { primaryKey: [...primaryKey] }),
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    },
  };
}

/** The descriptor of the whole package, for the CSV files given (file name → text). */
export function dataPackage(csvFiles: Readonly<Record<string, string>>, version: string, dataAsOf: string): object {
  const tables = Object.keys(csvFiles).filter((f) => f.endsWith('.csv')).sort();
  return {
    profile: 'tabular-data-package',
    name: 'csto-data',
    title: 'csto-data: a sourced, dated record of the Collective Security Treaty Organization (CSTO)',
    description:
      'States and membership by day, chairmanships, secretaries general, meetings and attendance, documents, ' +
      'operations and statements, every row citing its sources; with state-year and state-meeting panels. ' +
      `Data reviewed up to ${dataAsOf}. CSV files are UTF-8, RFC 4180, CRLF line ends; an empty cell is a missing value; ` +
      'lists in a cell are joined by "; ".',
    version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    keywords: ['CSTO', 'ODKB', 'international organizations', 'alliances', 'Eurasia'],
    resources: tables.map((file) => resource(file.slice(0, -'.csv'.length), csvFiles[file] as string)),
  };
}
