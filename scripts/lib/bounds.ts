/**
 * What is known of when each dated period began and ended: the window of days its start and its
 * end can fall on, from the date's precision, the bounds sources give, the days sources attest the
 * period in force, and the series it belongs to (a chair term cannot start before the previous one
 * ended; the same for secretary-general terms and a state's membership periods). The build checks
 * that every window is non-empty and ships each one in the record's `bounds`.
 */
import { dateWindow, isoDay } from '../../src/_lib/dates.js';
import type { Dataset, Entry, Origin } from './dataset.js';


type Bound = { earliest?: string | undefined; latest?: string | undefined; sources?: string[] | undefined; note?: string | undefined };

/** A dated period as the data holds it. */
interface PeriodRecord {
  from?: string | undefined;
  to?: string | undefined;
  bounds?: { from?: Bound | undefined; to?: Bound | undefined } | undefined;
  attested?: Array<{ on: string }> | undefined;
}

/** The windows of a period's start and end, as day numbers (±Infinity where unbounded). */
export interface Windows {
  from: [number, number];
  to: [number, number];
  /** No end: the period is still running. */
  readonly open: boolean;
}

/** A period, where it came from (for error messages), and its windows. */
export interface Located {
  readonly record: PeriodRecord;
  readonly origin: Origin;
  /** The path of the period inside its record (`[]`, or `['roles', 2]`). */
  readonly path: ReadonlyArray<string | number>;
  readonly windows: Windows;
}

/** A period's windows from its own dates, bounds and attestations (before its series narrows them). */
export function initial(record: PeriodRecord): Windows {
  const open = record.to === undefined && record.bounds?.to === undefined;
  const windows: Windows = {
    from: [...dateWindow(record.from, record.bounds?.from)],
    to: open ? [Infinity, Infinity] : [...dateWindow(record.to, record.bounds?.to)],
    open,
  };
  for (const { on } of record.attested ?? []) {
    const day = dateWindow(on, undefined)[0];
    windows.from[1] = Math.min(windows.from[1], day);
    if (!open) windows.to[0] = Math.max(windows.to[0], day);
  }
  return windows;
}

/** Narrows a period's windows by its own order: it starts no later than it ends. */
function ordered(w: Windows): void {
  if (w.open) return;
  w.from[1] = Math.min(w.from[1], w.to[1]);
  w.to[0] = Math.max(w.to[0], w.from[0]);
}

/** Narrows consecutive periods of a series: each starts no earlier than the one before it ends. */
function series(list: Located[]): void {
  // By latest possible start: a start no source gives (earliest unbounded) still falls in its place.
  const sorted = [...list].sort((a, b) => a.windows.from[1] - b.windows.from[1] || a.windows.from[0] - b.windows.from[0]);
  for (let i = 1; i < sorted.length; i++) {
    const prev = (sorted[i - 1] as Located).windows;
    const next = (sorted[i] as Located).windows;
    if (prev.open) continue; // reported by the series check
    next.from[0] = Math.max(next.from[0], prev.to[0]);
    prev.to[1] = Math.min(prev.to[1], next.from[1]);
  }
}

/** Every dated period of the dataset with its windows, narrowed as far as the data allows. */
export function periodWindows(ds: Dataset): Located[] {
  const locate = (entry: Entry<any>, record: PeriodRecord = entry.value as PeriodRecord, path: ReadonlyArray<string | number> = []): Located => ({
    record,
    origin: entry.origin,
    path,
    windows: initial(record),
  });
  const memberships = ds.memberships.map((e) => locate(e));
  const chairs = ds.chairmanships.map((e) => locate(e));
  const sgs = ds.secretariesGeneral.map((e) => locate(e));
  const roles = ds.people.flatMap((e) => (e.value.roles ?? []).map((role, i) => locate(e, role, ['roles', i])));
  const heads = ds.bodies.map((e) => (e.value.heads ?? []).map((head, i) => locate(e, head, ['heads', i])));
  const byState = new Map<string, Located[]>();
  for (const m of memberships) {
    const state = (m.record as { state: string }).state;
    byState.set(state, [...(byState.get(state) ?? []), m]);
  }
  const all = [...memberships, ...chairs, ...sgs, ...roles, ...heads.flat()];
  for (let pass = 0; pass < 3; pass++) {
    for (const p of all) ordered(p.windows);
    for (const list of byState.values()) series(list);
    series(chairs);
    series(sgs);
    for (const list of heads) series(list);
  }
  return all;
}

const day = (n: number) => (Number.isFinite(n) ? isoDay(n) : undefined);

/**
 * The `bounds` a period ships with: for each side that is not a single known day, its window, with
 * the sources and note of the bound the data gives there.
 */
export function shippedBounds(p: Located): PeriodRecord['bounds'] | undefined {
  const out: { from?: Bound; to?: Bound } = {};
  for (const side of ['from', 'to'] as const) {
    const [earliest, latest] = p.windows[side];
    if (side === 'to' && p.windows.open) continue;
    const exact = earliest === latest && p.record[side]?.length === 10;
    if (exact) continue;
    const given = p.record.bounds?.[side];
    const bound: Bound = {};
    const [first, last] = [day(earliest), day(latest)];
    if (first !== undefined) bound.earliest = first;
    if (last !== undefined) bound.latest = last;
    if (given?.sources) bound.sources = given.sources;
    if (given?.note) bound.note = given.note;
    if (bound.earliest !== undefined || bound.latest !== undefined) out[side] = bound;
  }
  return out.from || out.to ? out : undefined;
}
