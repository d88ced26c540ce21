/**
 * What every invariant check shares: the dataset, indexes built once, and the way to report a
 * problem at a record's field.
 */
import { certainSpan, dayRange, possibleSpan } from '../../../src/_lib/dates.js';
import { type DataIssue, type Dataset, type Entry, issueAt, type Origin, type Parsed } from '../dataset.js';

export type Path = ReadonlyArray<string | number>;

/** The dataset with its indexes, and a problem report. */
export interface Context {
  readonly ds: Dataset;
  /** The last day of `dataAsOf`. */
  readonly asOf: number;
  /** Today (or `CSTO_NOW`, a `YYYY-MM-DD` that stands in for today, as in tests of staged records). */
  readonly today: number;
  /** Records by id (the first of any duplicates). */
  readonly sources: ReadonlyMap<string, Entry<Parsed<'sources'>>>;
  readonly states: ReadonlyMap<string, Entry<Parsed<'states'>>>;
  readonly people: ReadonlyMap<string, Entry<Parsed<'people'>>>;
  readonly meetings: ReadonlyMap<string, Entry<Parsed<'meetings'>>>;
  /** Each state's membership periods. */
  readonly membershipsOf: ReadonlyMap<string, ReadonlyArray<Entry<Parsed<'memberships'>>>>;
  report(origin: Origin, path: Path, message: string): void;
  /** Reports a problem that is not about a record of a collection (e.g. in data/meta.yaml). */
  problem(issue: DataIssue): void;
}

/** Today as a day number, or the day `CSTO_NOW` names. */
function today(): number {
  const now = process.env['CSTO_NOW'];
  return dayRange(now !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(now) ? now : new Date().toISOString().slice(0, 10))[0];
}

/** Indexes a dataset for the checks; problems go to `issues`. */
export function contextOf(ds: Dataset, issues: DataIssue[]): Context {
  const byId = <T extends { id: string }>(entries: ReadonlyArray<Entry<T>>) => {
    const map = new Map<string, Entry<T>>();
    for (const entry of entries) if (!map.has(entry.value.id)) map.set(entry.value.id, entry);
    return map;
  };
  const membershipsOf = new Map<string, Entry<Parsed<'memberships'>>[]>();
  for (const entry of ds.memberships) {
    const list = membershipsOf.get(entry.value.state) ?? [];
    list.push(entry);
    membershipsOf.set(entry.value.state, list);
  }
  return {
    ds,
    asOf: dayRange(ds.meta.dataAsOf)[1],
    today: today(),
    sources: byId(ds.sources),
    states: byId(ds.states),
    people: byId(ds.people),
    meetings: byId(ds.meetings),
    membershipsOf,
    report: (origin, path, message) => issues.push(issueAt(origin, path, message)),
    problem: (issue) => issues.push(issue),
  };
}

/** The days a possibly partial date, or a date with an end date, may stand for. */
export function spanOf(date: string, endDate?: string): [number, number] {
  return [dayRange(date)[0], dayRange(endDate ?? date)[1]];
}

export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Whether a state was a member during a span: `certain` — every day of it, whatever the precision
 * of the membership's bounds; otherwise on some day of it, possibly.
 */
export function memberDuring(ctx: Context, state: string, span: readonly [number, number], certain: boolean): boolean {
  return (ctx.membershipsOf.get(state) ?? []).some(({ value }) => {
    const p = certain ? certainSpan(value.from, value.to) : possibleSpan(value.from, value.to);
    return certain ? p[0] <= span[0] && span[1] <= p[1] : overlaps(p, span);
  });
}

/** Reports a reference to a record that does not exist. */
export function refTo(kind: 'state' | 'person' | 'meeting', ctx: Context, origin: Origin, path: Path, id: string | undefined): void {
  if (id === undefined) return;
  const [map, where] =
    kind === 'state' ? [ctx.states, 'data/states.yaml'] : kind === 'person' ? [ctx.people, 'data/people/'] : [ctx.meetings, 'data/meetings/'];
  if (!map.has(id)) ctx.report(origin, path, `unknown ${kind} id "${id}" (not in ${where})`);
}

/** Reports a date after `dataAsOf`. */
export function notAfterAsOf(ctx: Context, origin: Origin, path: Path, date: string | undefined): void {
  if (date !== undefined && dayRange(date)[0] > ctx.asOf) ctx.report(origin, path, `date is after dataAsOf (${ctx.ds.meta.dataAsOf})`);
}
