/**
 * CSV exports: one row per record, per period or per attendance record; dates keep their text and
 * get a `_precision` column (year, month, day); sources are listed by id and by URL. UTF-8 and
 * RFC 4180 (CRLF line ends, fields quoted when they hold a comma, quote or line break).
 */
import * as api from '../../src/index.js';
import type { Source } from '../../src/index.js';

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

/** A date column and its precision column. */
function date<T>(name: string, get: (row: T) => string | undefined): Array<Column<T>> {
  return [
    [name, get],
    [`${name}_precision`, (row) => precision(get(row))],
  ];
}

let urlOf: Map<string, string> | undefined;
function sourceColumns<T extends { sources: readonly string[] }>(): Array<Column<T>> {
  urlOf ??= new Map(api.sources().map((s: Source) => [s.id, s.url]));
  return [
    ['sources', (row) => row.sources],
    ['source_urls', (row) => row.sources.map((id) => urlOf?.get(id) ?? '')],
  ];
}

const note = <T extends { note?: string }>(): Column<T> => ['note', (row) => row.note];

/** File name → CSV text, for every collection. */
export function csvExports(): Record<string, string> {
  const attendanceRows = api.meetings().flatMap((m) => m.attendance.map((a) => ({ meeting: m, ...a })));
  const documentRows = api.meetings().flatMap((m) => (m.documents ?? []).map((d) => ({ meeting: m, ...d })));
  const roleRows = api.people().flatMap((p) => (p.roles ?? []).map((r) => ({ person: p.id, ...r })));
  return {
    'states.csv': toCsv(api.states(), [
      ['id', (s) => s.id],
      ['alpha2', (s) => s.alpha2],
      ['name_en', (s) => s.name.en],
      ['name_ru', (s) => s.name.ru],
      ...sourceColumns(),
      note(),
    ]),
    'memberships.csv': toCsv(api.memberships(), [
      ['state', (m) => m.state],
      ...date('from', (m) => m.from),
      ...date('to', (m) => m.to),
      ['status', (m) => m.status],
      ...sourceColumns(),
      note(),
    ]),
    'chairmanships.csv': toCsv(api.chairmanships(), [
      ['state', (t) => t.state],
      ['chair', (t) => t.chair],
      ...date('from', (t) => t.from),
      ...date('to', (t) => t.to),
      ...sourceColumns(),
      note(),
    ]),
    'secretaries-general.csv': toCsv(api.secretariesGeneral(), [
      ['person', (t) => t.person],
      ['state', (t) => t.state],
      ...date('from', (t) => t.from),
      ...date('to', (t) => t.to),
      ['acting', (t) => t.acting],
      ...sourceColumns(),
      note(),
    ]),
    'people.csv': toCsv(api.people(), [
      ['id', (p) => p.id],
      ['name_en', (p) => p.name.en],
      ['name_ru', (p) => p.name.ru],
      ['state', (p) => p.state],
      ...sourceColumns(),
      note(),
    ]),
    'roles.csv': toCsv(roleRows, [
      ['person', (r) => r.person],
      ['title', (r) => r.title],
      ...date('from', (r) => r.from),
      ...date('to', (r) => r.to),
      ...sourceColumns(),
      note(),
    ]),
    'milestones.csv': toCsv(api.milestones(), [
      ...date('date', (m) => m.date),
      ['kind', (m) => m.kind],
      ['title', (m) => m.title],
      ['meeting', (m) => m.meeting],
      ...sourceColumns(),
      note(),
    ]),
    'meetings.csv': toCsv(api.meetings(), [
      ['id', (m) => m.id],
      ...date('date', (m) => m.date),
      ...date('end_date', (m) => m.endDate),
      ['bodies', (m) => m.bodies],
      ['kind', (m) => m.kind],
      ['format', (m) => m.format],
      ['city', (m) => m.city],
      ['host', (m) => m.host],
      ['status', (m) => m.status],
      ['chair', (m) => m.chair],
      ['attendance_complete', (m) => m.attendanceComplete],
      ['document_counts', (m) => (m.documentCount ?? []).map((c) => String(c.count))],
      ...sourceColumns(),
      note(),
    ]),
    'attendance.csv': toCsv(attendanceRows, [
      ['meeting', (a) => a.meeting.id],
      ...date('date', (a) => a.meeting.date),
      ['state', (a) => a.state],
      ['status', (a) => a.status],
      ['delegate', (a) => a.delegate],
      ...sourceColumns(),
      note(),
    ]),
    'documents.csv': toCsv(documentRows, [
      ['meeting', (d) => d.meeting.id],
      ...date('date', (d) => d.meeting.date),
      ['title', (d) => d.title],
      ['kind', (d) => d.kind],
      ['effects', (d) => (d.effects ?? []).map((e) => `${e.type}:${'state' in e ? e.state : e.person}${'status' in e ? `:${e.status}` : ''}`)],
      ...sourceColumns(),
      note(),
    ]),
    'operations.csv': toCsv(api.operations(), [
      ['id', (o) => o.id],
      ['name', (o) => o.name],
      ['kind', (o) => o.kind],
      ['state', (o) => o.state],
      ...date('requested', (o) => o.requested),
      ...date('decided', (o) => o.decided),
      ...date('from', (o) => o.from),
      ...date('withdrawal_from', (o) => o.withdrawalFrom),
      ...date('to', (o) => o.to),
      ['commander', (o) => o.commander],
      ['contributors', (o) => (o.contributors ?? []).map((c) => (c.personnel === undefined ? c.state : `${c.state}:${c.personnel}`))],
      ...sourceColumns(),
      note(),
    ]),
    'statements.csv': toCsv(api.statements(), [
      ['id', (s) => s.id],
      ...date('date', (s) => s.date),
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
      ...sourceColumns(),
      note(),
    ]),
    'sources.csv': toCsv(api.sources(), [
      ['id', (s) => s.id],
      ['url', (s) => s.url],
      ['title', (s) => s.title],
      ['publisher', (s) => s.publisher],
      ...date('published', (s) => s.published),
      ['language', (s) => s.language],
    ]),
  };
}
