import { readEnum, filterKeys, readFilter, readPossible, toDay } from './_lib/args.js';
import { frozenOnFirstUse, handOut, lazy } from './_lib/freeze.js';
import { groupSpans, inForce, keysDuring, readingsOn, spansOf, spansOfRows, type Span } from './_lib/periods.js';
import { load as loadMemberships, loadSpans } from './generated/memberships.js';
import { resolveState, statesByKey, type StateInput, type StateRef } from './states.js';
import { MEMBERSHIP_STATUSES } from './vocabulary.js';
import type { DateInput, Membership, MembershipStatus, PossibleOptions, Reading, StateId } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Membership>(loadMemberships);
const all = () => store.all();

/**
 * Per state, the spans of its periods in order, each naming its period by its place in the
 * collection: from the spans file where the Node builds ship one, so that `isMember` and
 * `attendance` never load the records (the whole collection, as shipped, is about 28 times the size, and grows with
 * every source cited), otherwise from the records.
 */
const spans = /* @__PURE__ */ lazy(() => {
  const rows = loadSpans();
  const list = rows === undefined ? spansOf(all()).map((s, i) => ({ key: s.record.state, first: s.first, last: s.last, from: s.from, to: s.to, record: i })) : spansOfRows(rows);
  return groupSpans(list, (span) => span.key);
});

/** The states with memberships, in order (for membersOn). */
const statesInOrder = /* @__PURE__ */ lazy(() => [...spans().keys()].sort());

/**
 * Per spelling of a state that {@link resolveState} reads as written (id, codes, names), that
 * state's spans: `isMember` finds them with one lookup instead of two.
 */
const spansByKey = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, ReadonlyArray<Span<number>>>();
  for (const [key, s] of statesByKey()) map.set(key, spans().get(s.id) ?? []);
  return map;
});

/** The period a place in the collection names. */
const at = (place: number | undefined): Membership | undefined => (place === undefined ? undefined : all()[place]);

/** The period of `state` in force on `day`: on a shared boundary day, the later one. */
function periodOn(state: StateId, day: number): Membership | undefined {
  const list = spans().get(state);
  return list === undefined ? undefined : at(inForce(list, day));
}

/**
 * Filter for {@link memberships}. Every key is optional; given keys must all match.
 *
 * @category States and membership
 */
export interface MembershipFilter<S extends string = StateRef> {
  /** Only this state's periods. */
  readonly state?: StateInput<S>;
  /** Only periods with this status. */
  readonly status?: MembershipStatus;
  /** Only the period in force on this day (one per state at most), as {@link membershipOn} reads it. */
  readonly on?: DateInput;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<MembershipFilter>()('state', 'status', 'on');

/**
 * Membership periods, sorted by state and start. Each period has one status (`active`, `suspended`,
 * `frozen`); a state that left has no period after it left. Periods are inclusive, `to` is absent
 * while a period is open, and two consecutive periods share their boundary day (the day of the
 * change), on which the later one is in force.
 *
 * @param filter - Optional `{ state, status, on }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object or has an unknown key, or a wrongly typed value.
 * @throws RangeError for an invalid `on` date or an unknown `status`.
 * @throws {@link UnknownIdError} for an unknown `state`.
 * @category States and membership
 * @example
 * ```ts
 * import { memberships } from 'csto-data';
 * memberships({ state: 'UZB' }).map((p) => `${p.from}…${p.to ?? ''} ${p.status}`);
 * memberships({ status: 'frozen' }); // Armenia's frozen participation
 * ```
 */
export function memberships<S extends string>(filter?: MembershipFilter<S>): readonly Membership[] {
  const f = readFilter(filter, FILTER_KEYS, 'memberships');
  if (f.state === undefined && f.status === undefined && f.on === undefined) return handOut(all());
  const stateId = f.state === undefined ? undefined : resolveState(f.state, 'memberships: `filter.state`').id;
  const status = f.status === undefined ? undefined : readEnum(f.status, MEMBERSHIP_STATUSES, 'memberships: `filter.status`');
  const day = f.on === undefined ? undefined : toDay(f.on, 'memberships: `filter.on`');
  return handOut(
    all().filter(
      (p) =>
        (stateId === undefined || p.state === stateId) &&
        (status === undefined || p.status === status) &&
        (day === undefined || periodOn(p.state, day) === p),
    ),
  );
}

/**
 * The membership period of a state in force on a day, or `undefined` when the state was not a
 * member then.
 *
 * Partial dates: a period whose start or end is known only within bounds (its precision, narrowed
 * by what sources attest) covers a day only when it certainly does, so a day inside such a window
 * gives `undefined` rather than a guess; `{ possible: true }` returns every reading of the day
 * instead, each marked `certain` or not. On the day a status changes (a boundary day two periods
 * share), the later period is returned.
 *
 * @param state - Alpha-3, alpha-2 or English name, any case.
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns The frozen period, or `undefined` when the state was not (certainly) a member that day;
 *   with `{ possible: true }`, a new array of frozen readings.
 * @throws {@link UnknownIdError} for an unknown state; TypeError or RangeError for a malformed date or options.
 * @category States and membership
 * @example
 * ```ts
 * import { membershipOn } from 'csto-data';
 * membershipOn('UZB', '2010-01-01')?.status; // 'active'
 * membershipOn('UZB', '2013-01-01');          // undefined: no longer a member
 * ```
 */
export function membershipOn<T extends string>(state: StateInput<T>, date: DateInput): Membership | undefined;
/**
 * Every reading of the day among the state's membership periods: the one certainly in force, alone, where there is one;
 * otherwise each that may be, marked `certain: false`, with the window (first and last possible day)
 * of the start or end that decides it.
 *
 * @param state - Alpha-3, alpha-2 or English name, any case.
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @param options - `{ possible: true }`.
 * @returns A new array (yours to change) of frozen readings.
 * @throws TypeError or RangeError for a malformed date or options.
 */
export function membershipOn<T extends string>(state: StateInput<T>, date: DateInput, options: PossibleOptions): readonly Reading<Membership>[];
export function membershipOn(state: string, date: DateInput, options?: PossibleOptions): Membership | undefined | readonly Reading<Membership>[] {
  if (!readPossible(options, 'membershipOn')) return at(placeAt(state, date, 'membershipOn: `state`', 'membershipOn: `date`'));
  const id = resolveState(state, 'membershipOn: `state`').id;
  return handOut(readingsOn(spans().get(id) ?? [], toDay(date, 'membershipOn: `date`')).map((r) => Object.freeze({ ...r, record: at(r.record)! })));
}

/**
 * Reads a state and a date argument and finds the place in the collection of the period in force.
 * (The argument names come written out, not built per call: `isMember` is asked in loops.)
 */
function placeAt(state: unknown, date: unknown, whereState: string, whereDate: string): number | undefined {
  const list = (typeof state === 'string' ? spansByKey().get(state) : undefined) ?? spans().get(resolveState(state, whereState).id) ?? [];
  return inForce(list, toDay(date, whereDate));
}

/**
 * Whether a state was a member on a day, whatever its status (`active`, `suspended` or `frozen`).
 * Same date rules as {@link membershipOn}.
 *
 * @param state - Alpha-3, alpha-2 or English name, any case.
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns `true` when a membership period of the state covers the day.
 * @throws {@link UnknownIdError} for an unknown state; TypeError or RangeError for a malformed date.
 * @category States and membership
 * @example
 * ```ts
 * import { isMember } from 'csto-data';
 * isMember('Armenia', '2025-01-01'); // true: frozen, but still a member
 * isMember('GEO', '2005-01-01');     // false
 * ```
 */
export function isMember<T extends string>(state: StateInput<T>, date: DateInput): boolean {
  return placeAt(state, date, 'isMember: `state`', 'isMember: `date`') !== undefined; // the spans answer: no record is read
}

/**
 * The members on a day: one membership period per member state, sorted by state id. Empty for a
 * day before the treaty was signed.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns A new array (yours to change) of frozen membership periods, one per member state.
 * @throws TypeError or RangeError for a malformed date.
 * @category States and membership
 * @example
 * ```ts
 * import { membersOn } from 'csto-data';
 * membersOn('2012-01-01').map((p) => p.state); // [..., 'UZB']
 * membersOn('1990-01-01');                     // []
 * ```
 */
export function membersOn(date: DateInput): readonly Membership[] {
  const day = toDay(date, 'membersOn: `date`');
  const known = membersOfDay.get(day);
  if (known !== undefined) return handOut(known);
  const out: Membership[] = [];
  for (const state of statesInOrder()) {
    const period = periodOn(state, day);
    if (period) out.push(period);
  }
  if (membersOfDay.size >= 1024) membersOfDay.clear(); // bounded: days asked again are answered at once
  membersOfDay.set(day, out);
  return handOut(out);
}

/** The answers of {@link membersOn} for the days asked lately (at most 1,024). */
const membersOfDay = new Map<number, readonly Membership[]>();

/**
 * @internal The states with a period that certainly covers at least one day of `[first, last]`,
 * sorted. (attendance() asks the spans file itself where the Node builds ship one, without this
 * module; see src/meetings.ts.)
 */
export function memberStatesDuring(first: number, last: number): StateId[] {
  return keysDuring([...spans().values()].flat(), first, last);
}
