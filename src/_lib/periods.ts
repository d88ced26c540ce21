/**
 * Dated periods (terms, membership periods, roles) read with what is known of their bounds: the
 * days a period certainly covers and the days it may cover. Shipped records carry their bounds
 * (filled in by the build); a record without them is read from the precision of `from` and `to`.
 */
import { own } from './own.js';
import type { PartialDate, PeriodBounds, Reading } from '../types.js';
import { dateWindow, isoDay, yearOfDay } from './dates.js';

/** A dated period as the helpers read it. */
export interface Dated {
  readonly from?: PartialDate;
  readonly to?: PartialDate;
  readonly bounds?: PeriodBounds;
}

/** A period with the days it certainly covers and the days it may cover. */
export interface Span<T> {
  /** First and last day the period certainly covers. */
  readonly first: number;
  readonly last: number;
  /** First and last day it may cover. */
  readonly from: number;
  readonly to: number;
  readonly record: T;
}

/** The span of one period. An open period (no `to`, no bound on its end) runs on without end. */
export function spanOf<T extends Dated>(record: T): Span<T> {
  const dated: Dated = record;
  const bounds = own(dated, 'bounds');
  const [start, end] = [own(dated, 'to'), own(bounds, 'to')];
  const [from, first] = dateWindow(own(dated, 'from'), own(bounds, 'from'));
  const open = start === undefined && end === undefined;
  const [last, to] = open ? [Infinity, Infinity] : dateWindow(start, end);
  return { first, last, from, to, record };
}

/**
 * The calendar years a period may fall in, `[first, last]`, each end clipped to `[floor, ceiling]`
 * (an open period runs on without end); `undefined` when it falls in none of them. What the build
 * writes a by-year file from, and what a lookup by year reads.
 */
export function yearsOf(span: Span<unknown>, floor: number, ceiling: number): readonly [first: number, last: number] | undefined {
  const year = (day: number, fallback: number) => (Number.isFinite(day) ? yearOfDay(day) : fallback);
  const first = Math.max(floor, year(span.from, floor));
  const last = Math.min(ceiling, year(span.to, ceiling));
  return first <= last ? [first, last] : undefined;
}

/** The spans of periods, in the order given. */
export function spansOf<T extends Dated>(records: readonly T[]): Span<T>[] {
  return records.map(spanOf);
}

/** Spans grouped by a key (a state's membership periods, say), each group in the order given. */
export function groupSpans<S, K>(spans: readonly S[], key: (span: S) => K): Map<K, S[]> {
  const map = new Map<K, S[]>();
  for (const span of spans) {
    const group = map.get(key(span));
    if (group === undefined) map.set(key(span), [span]);
    else group.push(span);
  }
  return map;
}

/** The spans of periods grouped by a key of their records, each group in the order given. */
export function spansBy<T extends Dated, K>(records: readonly T[], key: (record: T) => K): Map<K, Array<Span<T>>> {
  return groupSpans(spansOf(records), (span) => key(span.record));
}

/** A row of the spans file the Node builds ship for membership periods: `[state, first, last, from, to]`, `null` for a day without bound. */
export type SpanRow<K extends string = string> = readonly [key: K, first: number | null, last: number | null, from: number | null, to: number | null];

/** The spans of a spans file's rows, each naming its period by its place in the collection. */
export function spansOfRows<K extends string>(rows: ReadonlyArray<SpanRow<K>>): Array<Span<number> & { readonly key: K }> {
  return rows.map(([key, first, last, from, to], i) => ({ key, first: first ?? -Infinity, last: last ?? Infinity, from: from ?? -Infinity, to: to ?? Infinity, record: i }));
}

/** The keys (states) of the spans that certainly cover at least one day of `[first, last]`, sorted, each once. */
export function keysDuring<K extends string>(spans: Iterable<Span<unknown> & { readonly key: K }>, first: number, last: number): K[] {
  const out = new Set<K>();
  for (const s of spans) if (s.first <= last && first <= s.last) out.add(s.key);
  return [...out].sort();
}

/**
 * The period in force on a day: one that certainly covers it; of two that share the day (a
 * handover), the later in the list.
 */
export function inForce<T>(spans: ReadonlyArray<Span<T>>, day: number): T | undefined {
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i] as Span<T>;
    if (span.first <= day && day <= span.last) return span.record;
  }
  return undefined;
}

const iso = (day: number) => (Number.isFinite(day) ? isoDay(day) : undefined);

/**
 * Every reading of a day: the period certainly in force, alone, where there is one (on a day a
 * neighbour may have shared, the handover rule gives the day to the period that certainly holds it);
 * otherwise each period that may cover the day, with the window in which the start or end that
 * decides it falls.
 */
export function readingsOn<T>(spans: ReadonlyArray<Span<T>>, day: number): Reading<T>[] {
  const certain = inForce(spans, day);
  if (certain !== undefined) return [Object.freeze({ record: certain, certain: true })];
  const out: Reading<T>[] = [];
  for (const span of spans) {
    if (day < span.from || day > span.to) continue;
    else {
      const [earliest, latest] = day < span.first ? [span.from, span.first] : [span.last, span.to];
      const window: { earliest?: string; latest?: string } = {};
      const [first, last] = [iso(earliest), iso(latest)];
      if (first !== undefined) window.earliest = first;
      if (last !== undefined) window.latest = last;
      out.push(Object.freeze({ record: span.record, certain: false, window: Object.freeze(window) }));
    }
  }
  return out;
}
