/**
 * CSV exports: one row per record, per period or per attendance record; dates keep their text and
 * get a `_precision` column (year, month, day); sources are listed by id and by URL. UTF-8 and
 * RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break).
 */
import type { CollectionFile, CsvTable } from '../../src/collections.js';
import { dateWindow, isoDay } from '../../src/_lib/dates.js';
import type { Shipped } from '../lib/generate.js';

type Cell = string | number | boolean | undefined | null | readonly string[];
type Column<T> = readonly [header: string, value: (row: T) => Cell];

function field(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders rows as RFC 4180 CSV with a header line. */
export function toCsv<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>): string {
  const lines = [columns.map(([h]) => field(h)).join(',')];
  for (const row of rows) lines.push(columns.map(([, get]) => field(get(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const precision = (date: string | undefined) =>
  date === undefined ? undefined : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

type Bound = { readonly earliest?: string; readonly latest?: string } | undefined;

/** The first and last day a date can be, as full ISO days (empty where unbounded or absent). */
function window(date: string | undefined, bound: Bound): [string | undefined, string | undefined] {
  if (date === undefined && bound === undefined) return [undefined, undefined];
  const [earliest, latest] = dateWindow(date, bound);
  return [Number.isFinite(earliest) ? isoDay(earliest) : undefined, Number.isFinite(latest) ? isoDay(latest) : undefined];
}

/**
 * The date in EDTF (ISO 8601-2): the date itself where its precision says all that is known
 * (`2007`, `2010-12`, `2024-11-28`), otherwise the range of days it can be, `[2007-01-01..2007-10-06]`
 * (an open side left empty: `[..2002-04-09]`).
 */
export function edtf(date: string | undefined, bound: Bound): string | undefined {
  const [earliest, latest] = window(date, bound);
  if (date !== undefined) {
    const [first, last] = window(date, undefined);
    if (earliest === first && latest === last) return date;
  }
  if (earliest === undefined && latest === undefined) return undefined;
  return earliest === latest ? earliest : `[${earliest ?? ''}..${latest ?? ''}]`;
}


/** Column builders for rows of type T: a date with its precision, the sources, the note. */
interface Columns<T> {
  /** A date column with its precision, the first and last day it can be, and its EDTF form. */
  date(name: string, get: (row: T) => string | undefined, bound?: (row: T) => Bound): Array<Column<T>>;
  sources(get: (row: T) => readonly string[]): Array<Column<T>>;
  note(get: (row: T) => string | undefined): Column<T>;
}

function columns<T>(urlOf: ReadonlyMap<string, string>): Columns<T> {
  return {
    date: (name, get, bound = () => undefined) => [
      [name, get],
      [`${name}_precision`, (row) => precision(get(row))],
      [`${name}_earliest`, (row) => window(get(row), bound(row))[0]],
      [`${name}_latest`, (row) => window(get(row), bound(row))[1]],
      [`${name}_edtf`, (row) => edtf(get(row), bound(row))],
    ],
    sources: (get) => [
      ['sources', get],
      ['source_urls', (row) => get(row).map((id) => urlOf.get(id) ?? '')],
    ],
    note: (get) => ['note', get],
  };
}

/**
 * File name → CSV text: a table for every collection (the compiler checks none is missing), and
 * the CSV-only tables of nested records.
 */
export function csvExports(api: Shipped): Record<`${CollectionFile | CsvTable}.csv`, string> {
  const urlOf = new Map(api.sources.map((s) => [s.id, s.url]));
  const table = <T>(rows: readonly T[], build: (c: Columns<T>) => Array<Column<T>>): string => toCsv(rows, build(columns<T>(urlOf)));
  const attendanceRows = api.meetings.flatMap((m) => m.attendance.map((a) => ({ meeting: m, ...a })));
  const documentRows = api.meetings.flatMap((m) => (m.documents ?? []).map((d) => ({ meeting: m, ...d })));
  const roleRows = api.people.flatMap((p) => (p.roles ?? []).map((r) => ({ person: p.id, ...r })));
  const headRows = api.bodies.flatMap((b) => (b.heads ?? []).map((h) => ({ body: b.id, ...h })));
  const strengthRows = api.forces.flatMap((f) => (f.strength ?? []).map((s) => ({ force: f.id, ...s })));
  return {
    'states.csv': table(api.states, (c) => [
      ['id', (s) => s.id],
      ['alpha2', (s) => s.alpha2],
      ['name_en', (s) => s.name.en],
      ['name_ru', (s) => s.name.ru],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'memberships.csv': table(api.memberships, (c) => [
      ['state', (m) => m.state],
      ...c.date('from', (m) => m.from, (m) => m.bounds?.from),
      ...c.date('to', (m) => m.to, (m) => m.bounds?.to),
      ['status', (m) => m.status],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'chairmanships.csv': table(api.chairmanships, (c) => [
      ['state', (t) => t.state],
      ['chair', (t) => t.chair],
      ...c.date('from', (t) => t.from, (t) => t.bounds?.from),
      ...c.date('to', (t) => t.to, (t) => t.bounds?.to),
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'secretaries-general.csv': table(api.secretariesGeneral, (c) => [
      ['person', (t) => t.person],
      ['state', (t) => t.state],
      ...c.date('from', (t) => t.from, (t) => t.bounds?.from),
      ...c.date('to', (t) => t.to, (t) => t.bounds?.to),
      ['acting', (t) => t.acting],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'people.csv': table(api.people, (c) => [
      ['id', (p) => p.id],
      ['name_en', (p) => p.name.en],
      ['name_ru', (p) => p.name.ru],
      ['state', (p) => p.state],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'roles.csv': table(roleRows, (c) => [
      ['person', (r) => r.person],
      ['title', (r) => r.title],
      ...c.date('from', (r) => r.from, (r) => r.bounds?.from),
      ...c.date('to', (r) => r.to, (r) => r.bounds?.to),
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'milestones.csv': table(api.milestones, (c) => [
      ...c.date('date', (m) => m.date),
      ['kind', (m) => m.kind],
      ['title', (m) => m.title],
      ['meeting', (m) => m.meeting],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'meetings.csv': table(api.meetings, (c) => [
      ['id', (m) => m.id],
      ...c.date('date', (m) => m.date, (m) => m.bounds?.date),
      ...c.date('end_date', (m) => m.endDate),
      ['bodies', (m) => m.bodies],
      ['kind', (m) => m.kind],
      ['format', (m) => m.format],
      ['city', (m) => m.city],
      ['host', (m) => m.host],
      ['status', (m) => m.status],
      ['chair', (m) => m.chair],
      ['attendance_complete', (m) => m.attendanceComplete],
      ['document_counts', (m) => (m.documentCount ?? []).map((c) => String(c.count))],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'attendance.csv': table(attendanceRows, (c) => [
      ['meeting', (a) => a.meeting.id],
      ...c.date('date', (a) => a.meeting.date, (a) => a.meeting.bounds?.date),
      ['state', (a) => a.state],
      ['status', (a) => a.status],
      ['delegate', (a) => a.delegate],
      ['level', (a) => a.level],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'documents.csv': table(documentRows, (c) => [
      ['meeting', (d) => d.meeting.id],
      ...c.date('date', (d) => d.meeting.date, (d) => d.meeting.bounds?.date),
      ['title', (d) => d.title],
      ['kind', (d) => d.kind],
      ['effects', (d) => (d.effects ?? []).map((e) => `${e.type}:${'state' in e ? e.state : e.person}${'status' in e ? `:${e.status}` : ''}`)],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'operations.csv': table(api.operations, (c) => [
      ['id', (o) => o.id],
      ['name', (o) => o.name],
      ['kind', (o) => o.kind],
      ['state', (o) => o.state],
      ...c.date('requested', (o) => o.requested),
      ...c.date('decided', (o) => o.decided),
      ['meeting', (o) => o.meeting],
      ['requested_by', (o) => o.requestedBy],
      ['decision', (o) => o.decision?.title],
      ['decision_without_session', (o) => o.decision?.withoutSession],
      ['decision_announced_by', (o) => o.decision?.announcedBy],
      ...c.date('from', (o) => o.from),
      ...c.date('withdrawal_from', (o) => o.withdrawalFrom),
      ...c.date('to', (o) => o.to),
      ['commander', (o) => o.commander],
      ['contributors', (o) => (o.contributors ?? []).map((c) => (c.personnel === undefined ? c.state : `${c.state}:${c.personnel}`))],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'statements.csv': table(api.statements, (c) => [
      ['id', (s) => s.id],
      ...c.date('date', (s) => s.date),
      ['speaker', (s) => s.speaker],
      ['role', (s) => s.role],
      ['setting', (s) => s.setting],
      ['meeting', (s) => s.meeting],
      ['quote', (s) => s.quote],
      ['language', (s) => s.language],
      ['translation', (s) => s.translation],
      ['paraphrase', (s) => s.paraphrase],
      ['summary', (s) => s.summary],
      ['about', (s) => s.about],
      ['topics', (s) => s.topics],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'bodies.csv': table(api.bodies, (c) => [
      ['id', (b) => b.id],
      ['name_en', (b) => b.name.en],
      ['name_ru', (b) => b.name.ru],
      ['abbreviation', (b) => b.abbreviation],
      ['kind', (b) => b.kind],
      ...c.date('established', (b) => b.established),
      ...c.date('ended', (b) => b.ended),
      ['created_by_meeting', (b) => b.createdBy?.meeting],
      ['created_by_document', (b) => b.createdBy?.document],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'body-heads.csv': table(headRows, (c) => [
      ['body', (h) => h.body],
      ['person', (h) => h.person],
      ['name', (h) => h.name],
      ['title', (h) => h.title],
      ['state', (h) => h.state],
      ...c.date('from', (h) => h.from, (h) => h.bounds?.from),
      ...c.date('to', (h) => h.to, (h) => h.bounds?.to),
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'forces.csv': table(api.forces, (c) => [
      ['id', (f) => f.id],
      ['name_en', (f) => f.name.en],
      ['name_ru', (f) => f.name.ru],
      ['abbreviation', (f) => f.abbreviation],
      ...c.date('established', (f) => f.established),
      ['decided_at', (f) => f.decidedAt],
      ...c.date('ended', (f) => f.ended),
      ['operations', (f) => f.operations],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'force-strengths.csv': table(strengthRows, (c) => [
      ['force', (s) => s.force],
      ...c.date('date', (s) => s.date),
      ['personnel', (s) => s.personnel],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'exercises.csv': table(api.exercises, (c) => [
      ['id', (e) => e.id],
      ['name', (e) => e.name],
      ['name_ru', (e) => e.nameRu],
      ['series', (e) => e.series],
      ...c.date('from', (e) => e.from),
      ...c.date('to', (e) => e.to),
      ['host', (e) => e.host],
      ['place', (e) => e.place],
      ['participants', (e) => e.participants],
      ['forces', (e) => e.forces],
      ['observers', (e) => e.observers],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'partners.csv': table(api.partners, (c) => [
      ['id', (p) => p.id],
      ['partner_kind', (p) => p.partner.kind],
      ['partner_name', (p) => p.partner.name],
      ['partner_state', (p) => p.partner.state],
      ['status', (p) => p.status],
      ['of', (p) => p.of],
      ['granted_by', (p) => p.grantedBy],
      ...c.date('from', (p) => p.from),
      ...c.date('to', (p) => p.to),
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'agreements.csv': table(api.agreements, (c) => [
      ['id', (a) => a.id],
      ['title', (a) => a.title],
      ...c.date('date', (a) => a.date),
      ['place', (a) => a.place],
      ['parties', (a) => a.parties],
      ['signatories', (a) => (a.signatories ?? []).map((s) => `${s.name} (${s.for})`)],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'state-steps.csv': table(api.stateSteps, (c) => [
      ['id', (s) => s.id],
      ['state', (s) => s.state],
      ...c.date('date', (s) => s.date),
      ['kind', (s) => s.kind],
      ['summary', (s) => s.summary],
      ['membership_change', (s) => s.membershipChange],
      ...c.sources((r) => r.sources),
      c.note((r) => r.note),
    ]),
    'sources.csv': table(api.sources, (c) => [
      ['id', (s) => s.id],
      ['url', (s) => s.url],
      ['title', (s) => s.title],
      ['publisher', (s) => s.publisher],
      ...c.date('published', (s) => s.published),
      ['language', (s) => s.language],
    ]),
  };
}
