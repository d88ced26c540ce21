import { own } from './_lib/own.js';
import { readEnum, filterKeys, readFilter, describeValue, toYear } from './_lib/args.js';
import { dayRange, yearSpan } from './_lib/dates.js';
import { handOut, frozenOnFirstUse } from './_lib/freeze.js';
import { load as loadExercises } from './generated/exercises.js';
import { resolveState, type StateInput, type StateRef } from './states.js';
import type { Exercise, ExerciseSeries } from './types.js';
import { EXERCISE_SERIES } from './vocabulary.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Exercise>(loadExercises);
const all = () => store.all();

/**
 * Filter for {@link exercises}. Every key is optional; given keys must all match.
 *
 * @category The organization
 */
export interface ExerciseFilter<S extends string = StateRef> {
  /** Exercises that began in this calendar year. */
  readonly year?: number;
  /** Exercises hosted by this state. */
  readonly host?: StateInput<S>;
  /** Exercises this state is named as taking part in (the host counts). */
  readonly participant?: StateInput<S>;
  /** Exercises of this series. */
  readonly series?: ExerciseSeries;
  /** Words to find in the exercise's name (English or Russian), ignoring case. */
  readonly name?: string;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<ExerciseFilter>()('year', 'host', 'participant', 'series', 'name');

/**
 * The organization's exercises, one record per edition, in date order: name, series, dates, host
 * and place, participating states, forces involved and observers.
 *
 * @param filter - Optional `{ year, host, participant, series, name }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value.
 * @throws RangeError for a malformed year or an unknown series; {@link UnknownIdError} for an unknown state.
 * @category The organization
 * @example
 * ```ts
 * import { exercises } from 'csto-data';
 * exercises({ series: 'rubezh' }).map((e) => e.name).includes('Rubezh-2010'); // true
 * exercises({ year: 2022, host: 'Kazakhstan' }).length > 0;                  // true
 * ```
 */
export function exercises<S extends string>(filter?: ExerciseFilter<S>): readonly Exercise[] {
  if (filter === undefined) return handOut(all()); // the whole collection, asked in loops: no filter to read
  const f = readFilter(filter, FILTER_KEYS, 'exercises');
  if (Object.keys(f).length === 0) return handOut(all());
  const span = f.year === undefined ? undefined : yearSpan(toYear(f.year, 'exercises: `filter.year`'));
  const host = f.host === undefined ? undefined : resolveState(f.host, 'exercises: `filter.host`').id;
  const participant = f.participant === undefined ? undefined : resolveState(f.participant, 'exercises: `filter.participant`').id;
  const series = f.series === undefined ? undefined : readEnum(f.series, EXERCISE_SERIES, 'exercises: `filter.series`');
  if (f.name !== undefined && typeof f.name !== 'string') throw new TypeError(`exercises: \`filter.name\` must be a string; got ${describeValue(f.name)}`);
  const name = f.name?.trim().toLowerCase();
  return handOut(
    all().filter((e) => {
      if (span !== undefined) {
        const first = dayRange(e.from)[0];
        if (first < span[0] || first > span[1]) return false;
      }
      if (host !== undefined && own(e, 'host') !== host) return false;
      if (participant !== undefined && own(e, 'host') !== participant && !(e.participants ?? []).includes(participant)) return false;
      if (series !== undefined && e.series !== series) return false;
      if (name && !`${e.name}\n${e.nameRu ?? ''}`.toLowerCase().includes(name)) return false;
      return true;
    }),
  );
}
