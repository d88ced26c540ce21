import type { PartialDate } from '../types.js';
import { certainSpan, possibleSpan } from './dates.js';

/** A dated period with the days it certainly covers and the days it may cover. */
export interface Span<T> {
  /** First and last day the period certainly covers. */
  readonly first: number;
  readonly last: number;
  /** First and last day it may cover (its bounds read as widely as their precision allows). */
  readonly from: number;
  readonly to: number;
  readonly record: T;
}

/** The spans of periods, in the order given. */
export function spansOf<T extends { readonly from: PartialDate; readonly to?: PartialDate }>(records: readonly T[]): Span<T>[] {
  return records.map((record) => {
    const [first, last] = certainSpan(record.from, record.to);
    const [from, to] = possibleSpan(record.from, record.to);
    return { first, last, from, to, record };
  });
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
