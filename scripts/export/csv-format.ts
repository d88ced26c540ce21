/**
 * How the CSV exports write a cell, and the column builders every table shares. UTF-8 and RFC 4180
 * (CRLF line ends, fields quoted when they hold a comma, quote or line break), and safe to open in
 * a spreadsheet:
 *
 * - A text cell that a spreadsheet would read as a formula — one starting with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return — gets a leading apostrophe (`'=HYPERLINK(…)`), as the OWASP
 *   "CSV Injection" guidance recommends; spreadsheets show the apostrophe-prefixed text as text.
 * - Booleans are `TRUE` / `FALSE`, which R (`read.csv`), pandas (`read_csv`) and spreadsheets read as
 *   logical values.
 * - A list of ids or words is joined with `; `; a list of records, or a record inside a record,
 *   is written as JSON in a cell (columns ending in `_json`), or as its own table.
 */
import { dateWindow, isoDay } from '../../src/_lib/dates.js';

export type Cell = string | number | boolean | undefined | null | readonly string[] | { readonly json: unknown };
export type Column<T> = readonly [header: string, value: (row: T) => Cell];

/** The characters that make a spreadsheet evaluate a cell (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text: formula-like text neutralised, booleans as TRUE/FALSE, lists joined, JSON as JSON. */
export function cellText(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'json' in value) return value.json === undefined ? '' : JSON.stringify(value.json);
  const text = Array.isArray(value) ? value.join('; ') : (value as string);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: Cell): string {
  const text = cellText(value);
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

export type Bound = { readonly earliest?: string; readonly latest?: string } | undefined;

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
export interface Columns<T> {
  /** A date column with its precision, the first and last day it can be, and its EDTF form. */
  date(name: string, get: (row: T) => string | undefined, bound?: (row: T) => Bound): Array<Column<T>>;
  sources(get: (row: T) => readonly string[]): Array<Column<T>>;
  note(get: (row: T) => string | undefined): Column<T>;
  /** A nested record or list of records, as JSON in a `<name>_json` column (empty when absent). */
  json(name: string, get: (row: T) => unknown): Column<T>;
}

export function columns<T>(urlOf: ReadonlyMap<string, string>): Columns<T> {
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
    json: (name, get) => [`${name}_json`, (row) => ({ json: get(row) })],
  };
}

