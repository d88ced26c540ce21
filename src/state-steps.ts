import { readEnum, filterKeys, readFilter, toYear } from './_lib/args.js';
import { dayRange, yearSpan } from './_lib/dates.js';
import { handOut, frozenOnFirstUse } from './_lib/freeze.js';
import { load as loadStateSteps } from './generated/state-steps.js';
import { resolveState, type StateInput, type StateRef } from './states.js';
import type { StateStep, StepKind } from './types.js';
import { STEP_KINDS } from './vocabulary.js';

const store = /* @__PURE__ */ frozenOnFirstUse<StateStep>(loadStateSteps);
const all = () => store.all();

/**
 * Filter for {@link stateSteps}. Every key is optional; given keys must all match.
 *
 * @category The organization
 */
export interface StateStepFilter<S extends string = StateRef> {
  /** Steps of this state. */
  readonly state?: StateInput<S>;
  /** Steps of this kind. */
  readonly kind?: StepKind;
  /** Steps taken in this calendar year. */
  readonly year?: number;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<StateStepFilter>()('state', 'kind', 'year');

/**
 * The formal steps member states took towards the organization — freezing participation, refusing
 * a budget share, notes, notifications, ratifications — in date order. A step is not a change of
 * membership status unless its `membershipChange` says so; {@link membershipOn} answers that.
 *
 * @param filter - Optional `{ state, kind, year }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value; RangeError for a malformed year or an unknown kind; {@link UnknownIdError} for an unknown state.
 * @category The organization
 * @example
 * ```ts
 * import { stateSteps } from 'csto-data';
 * stateSteps({ state: 'ARM', kind: 'budget-refusal' }).map((s) => s.date); // ['2024-05-08']
 * ```
 */
export function stateSteps<S extends string>(filter?: StateStepFilter<S>): readonly StateStep[] {
  if (filter === undefined) return handOut(all()); // the whole collection, asked in loops: no filter to read
  const f = readFilter(filter, FILTER_KEYS, 'stateSteps');
  if (Object.keys(f).length === 0) return handOut(all());
  const state = f.state === undefined ? undefined : resolveState(f.state, 'stateSteps: `filter.state`').id;
  const kind = f.kind === undefined ? undefined : readEnum(f.kind, STEP_KINDS, 'stateSteps: `filter.kind`');
  const span = f.year === undefined ? undefined : yearSpan(toYear(f.year, 'stateSteps: `filter.year`'));
  return handOut(
    all().filter(
      (s) =>
        (state === undefined || s.state === state) &&
        (kind === undefined || s.kind === kind) &&
        (span === undefined || (dayRange(s.date)[0] >= span[0] && dayRange(s.date)[0] <= span[1])),
    ),
  );
}
