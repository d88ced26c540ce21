import { readPossible, toDay, toYear } from './_lib/args.js';
import { yearOfDay, yearSpan } from './_lib/dates.js';
import { frozenOnFirstUse, handOut, lazy } from './_lib/freeze.js';
import { inForce, readingsOn, type Span, spansOf } from './_lib/periods.js';
import { load as loadChairmanships, loadYear as loadChairmanshipsOfYear } from './generated/chairmanships.js';
import type { Chairmanship, DateInput, PossibleOptions, Reading } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Chairmanship>(loadChairmanships, { loadYear: loadChairmanshipsOfYear });
const all = () => store.all();

const terms = /* @__PURE__ */ lazy(() => spansOf(all()));

/**
 * The terms that may fall in a year: before the collection is loaded, the Node builds read them
 * alone from the year's by-year file (kept once read: they are the collection's own objects);
 * otherwise, or for a year without one, every term.
 */
function termsOf(year: number): ReadonlyArray<Span<Chairmanship>> {
  const known = spansOfYear.get(year);
  if (known !== undefined) return known;
  const records = store.year(year);
  if (records === undefined) return terms();
  const spans = spansOf(records);
  spansOfYear.set(year, spans);
  return spans;
}

/** The spans of the years read alone (at most one entry per year with a by-year file). */
const spansOfYear = new Map<number, ReadonlyArray<Span<Chairmanship>>>();

/**
 * Every chairmanship term, in order. Before the 2020s the chair passed at a session of the
 * Collective Security Council, often mid-year, so the outgoing `to` and the incoming `from` are the
 * same day; later terms run by calendar year. `to` is absent while a term is open.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category Chairmanship
 * @example
 * ```ts
 * import { chairmanships } from 'csto-data';
 * chairmanships().map((t) => `${t.state} ${t.from}`);
 * ```
 */
export function chairmanships(): readonly Chairmanship[] {
  return handOut(all());
}

/**
 * The chairmanship term in force on a day, or `undefined` when the data cannot say for certain:
 * before the first recorded term, or inside the window in which a handover known only within bounds
 * took place (a start known to the year, narrowed by what sources attest). Where every possible
 * reading of the data agrees, the answer is given.
 *
 * On a handover day (a session day that ends one term and starts the next), the incoming term is
 * returned; {@link chairsIn} lists both. With `{ possible: true }`, every reading of the day is
 * returned instead, each marked `certain` or not, with the window in which the deciding handover
 * happened.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns The frozen term, or `undefined`; with `{ possible: true }`, a new array of frozen readings.
 * @throws TypeError or RangeError for a malformed date or options.
 * @category Chairmanship
 * @example
 * ```ts
 * import { chairOn } from 'csto-data';
 * chairOn('2024-06-01')?.state; // 'KAZ'
 * chairOn('2007-10-06')?.state; // 'KGZ' — attested that day, though the term's start is known only to the year
 * chairOn('2007-05-01');        // undefined: Belarus or Kyrgyzstan, the handover day is unknown
 * chairOn('2007-05-01', { possible: true }).map((r) => `${r.record.state} ${r.certain}`); // ['BLR false', 'KGZ false']
 * ```
 */
export function chairOn(date: DateInput): Chairmanship | undefined;
/**
 * Every reading of the day among the chairmanship terms: the one certainly in force, alone, where there is one;
 * otherwise each that may be, marked `certain: false`, with the window (first and last possible day)
 * of the start or end that decides it.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @param options - `{ possible: true }`.
 * @returns A new array (yours to change) of frozen readings.
 * @throws TypeError or RangeError for a malformed date or options.
 */
export function chairOn(date: DateInput, options: PossibleOptions): readonly Reading<Chairmanship>[];
export function chairOn(date: DateInput, options?: PossibleOptions): Chairmanship | undefined | readonly Reading<Chairmanship>[] {
  const day = toDay(date, 'chairOn: `date`');
  const spans = termsOf(yearOfDay(day));
  if (readPossible(options, 'chairOn')) return handOut(readingsOn(spans, day));
  return inForce(spans, day);
}

/**
 * Every chairmanship term that overlaps a calendar year, in order — two in a year when the chair
 * passed at a session. A term whose start or end is known only to the month or year is listed when
 * it may overlap the year.
 *
 * @param year - An integer year, e.g. `2009`.
 * @returns A new array of frozen terms; empty for a year the data has no term for (e.g. before 1992).
 * @throws TypeError when `year` is not a number; RangeError when it is not an integer from 1 to 9999.
 * @category Chairmanship
 * @example
 * ```ts
 * import { chairsIn } from 'csto-data';
 * chairsIn(2024).map((t) => t.state); // ['KAZ']
 * ```
 */
export function chairsIn(year: number): readonly Chairmanship[] {
  const y = toYear(year, 'chairsIn: `year`');
  const [first, last] = yearSpan(y);
  return handOut(termsOf(y).filter((t) => t.from <= last && first <= t.to).map((t) => t.record));
}

/**
 * The chairmanship term that held the chair for the largest part of a calendar year: one answer per
 * year, even when the chair passed mid-year. For every term of that year use {@link chairsIn}.
 *
 * Days are counted only where a term certainly held the chair (a bound known only to the month or
 * year counts from its last possible day); a tie goes to the later term. An open term counts to the
 * end of the year.
 *
 * @param year - An integer year, e.g. `2024`.
 * @returns The term, or `undefined` for a year the data has no term for (e.g. before 1992).
 * @throws TypeError when `year` is not a number; RangeError when it is not an integer from 1 to 9999.
 * @category Chairmanship
 * @example
 * ```ts
 * import { chairFor } from 'csto-data';
 * chairFor(2024)?.state; // 'KAZ'
 * chairFor(2025)?.chair; // 'sadyr-japarov'
 * chairFor(1980);        // undefined
 * ```
 */
export function chairFor(year: number): Chairmanship | undefined {
  const y = toYear(year, 'chairFor: `year`');
  if (chairOfYear.has(y)) return chairOfYear.get(y);
  const [first, last] = yearSpan(y);
  let best: Span<Chairmanship> | undefined;
  let bestDays = 0;
  for (const term of termsOf(y)) {
    const days = Math.min(last, term.last) - Math.max(first, term.first) + 1;
    if (days > 0 && days >= bestDays) {
      best = term;
      bestDays = days;
    }
  }
  chairOfYear.set(y, best?.record);
  return best?.record;
}

/** Each year's answer once worked out (at most one entry per year from 1 to 9999). */
const chairOfYear = new Map<number, Chairmanship | undefined>();
