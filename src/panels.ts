import { filterKeys, readFilter } from './_lib/args.js';
import { deepFreeze, handOut, lazy } from './_lib/freeze.js';
import { buildStateMeetings, buildStateYears } from './_lib/panels.js';
import { chairmanships } from './chairmanships.js';
import { DATA_AS_OF } from './generated/meta.js';
import { meetings } from './meetings.js';
import { memberships } from './memberships.js';
import { resolveState, states, type StateInput, type StateRef } from './states.js';
import type { StateMeeting, StateYear } from './types.js';

const years = /* @__PURE__ */ lazy(() =>
  deepFreeze(buildStateYears(states().map((s) => s.id), memberships(), chairmanships(), Number(DATA_AS_OF.slice(0, 4)))),
);
const sessions = /* @__PURE__ */ lazy(() => deepFreeze(buildStateMeetings(memberships(), meetings())));

/**
 * Filter for the panels. Every key is optional.
 *
 * @category Panels
 */
export interface PanelFilter<S extends string = StateRef> {
  /** Only this state's rows. */
  readonly state?: StateInput<S>;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<PanelFilter>()('state');

function pick<T extends { readonly state: string }>(rows: readonly T[], filter: unknown, where: string): readonly T[] {
  const f = readFilter(filter, FILTER_KEYS, where);
  if (f.state === undefined) return rows;
  const id = resolveState(f.state, `${where}: \`filter.state\``).id;
  return handOut(rows.filter((r) => r.state === id));
}

/**
 * The state-year panel: one row per state ever party to the treaty and calendar year, from 1992 to
 * the year of `dataAsOf`, sorted by state then year — its standing on 1 January, 1 July and
 * 31 December, the days it spent in each standing (adding up to the year's length: a handover day
 * counts once, for the period starting on it), whether it chaired, and its Correlates of War IGO
 * code (standing on 31 December: 1 a member whatever its status, 0 not, -9 unknown). The same table
 * ships as `csto-data/data/state-years.csv` and `.json`; docs/data.md gives the rules.
 *
 * @param filter - Optional `{ state }`.
 * @returns A new array (yours to change) of frozen rows.
 * @throws TypeError for a filter that is not an object or has an unknown key; {@link UnknownIdError} for an unknown state.
 * @category Panels
 * @example
 * ```ts
 * import { stateYears } from 'csto-data';
 * const arm = stateYears({ state: 'ARM' }).find((r) => r.year === 2024)!;
 * arm.days;  // { active: 52, suspended: 0, frozen: 314, none: 0, unknown: 0 }
 * arm.on.dec31; // 'frozen'
 * arm.cow;   // 1
 * ```
 */
export function stateYears<S extends string>(filter?: PanelFilter<S>): readonly StateYear[] {
  return pick(years(), filter, 'stateYears');
}

/**
 * The state-meeting panel: one row per member state and held session of a statutory body (CSC, CFM,
 * CMD, CSSC), in meeting order then by state — its membership status during the session, how it
 * took part (`unknown`, written out, where no source reports on it: never read as absent), and the
 * delegate and level where known. Ships as `csto-data/data/state-meetings.csv` and `.json`.
 *
 * @param filter - Optional `{ state }`.
 * @returns A new array (yours to change) of frozen rows.
 * @throws TypeError for a filter that is not an object or has an unknown key; {@link UnknownIdError} for an unknown state.
 * @category Panels
 * @example
 * ```ts
 * import { stateMeetings } from 'csto-data';
 * stateMeetings({ state: 'ARM' }).filter((r) => r.date.startsWith('2024')).map((r) => r.attendance);
 * ```
 */
export function stateMeetings<S extends string>(filter?: PanelFilter<S>): readonly StateMeeting[] {
  return pick(sessions(), filter, 'stateMeetings');
}
