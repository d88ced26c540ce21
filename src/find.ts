/**
 * Guards and finders for input known only at run time (a form, a URL, a file): they take any value,
 * never throw, and answer `false` or `undefined` where the lookups (`state`, `person`…) would throw.
 * A guard narrows a `string` to the id type, so the result can be passed on without a cast.
 */
import { lazy } from './_lib/freeze.js';
import { meetings } from './meetings.js';
import { people } from './people.js';
import { sources } from './sources.js';
import { statements } from './statements.js';
import { resolveState, states } from './states.js';
import type { Meeting, MeetingId, Person, PersonId, Source, SourceId, State, StateId, Statement, StatementId } from './types.js';

const stateIds = /* @__PURE__ */ lazy(() => new Set<string>(states().map((s) => s.id)));
const peopleById = /* @__PURE__ */ lazy(() => new Map<string, Person>(people().map((p) => [p.id, p])));
const meetingsById = /* @__PURE__ */ lazy(() => new Map<string, Meeting>(meetings().map((m) => [m.id, m])));
const statementsById = /* @__PURE__ */ lazy(() => new Map<string, Statement>(statements().map((s) => [s.id, s])));
const sourcesById = /* @__PURE__ */ lazy(() => new Map<string, Source>(sources().map((s) => [s.id, s])));

/**
 * Whether `value` is a state id of the data (ISO 3166-1 alpha-3, upper case, exactly as written).
 * For names and other codes, use {@link findState}.
 *
 * @param value - Anything.
 * @returns `true` for `"KAZ"`, `false` for anything else (`"kaz"`, `"Kazakhstan"`, `42`).
 * @throws Never.
 * @category States and membership
 * @example
 * ```ts
 * import { isStateId, state } from 'csto-data';
 * const input: string = 'ARM';
 * isStateId(input);                              // true
 * isStateId('Armenia');                          // false
 * isStateId(input) && state(input).name.en;     // 'Armenia' — `input` is a StateId there
 * ```
 */
export function isStateId(value: unknown): value is StateId {
  return typeof value === 'string' && stateIds().has(value);
}

/**
 * A state by anything {@link state} accepts — its id, alpha-2 code, English or Russian name, in any
 * case — or `undefined` where `state` would throw.
 *
 * @param ref - Anything: `"KAZ"`, `"kz"`, `"Kazakhstan"`, `"Армения"`…
 * @returns The frozen state record, or `undefined`.
 * @throws Never.
 * @category States and membership
 * @example
 * ```ts
 * import { findState } from 'csto-data';
 * findState('Армения')?.id;     // 'ARM'
 * findState('kz')?.name.en;     // 'Kazakhstan'
 * findState('Kazakstan');       // undefined
 * findState(42);                // undefined
 * ```
 */
export function findState(ref: unknown): State | undefined {
  if (typeof ref !== 'string') return undefined;
  try {
    return resolveState(ref, 'findState: `ref`');
  } catch {
    return undefined;
  }
}

/**
 * Whether `value` is the id of a person in the data.
 *
 * @param value - Anything.
 * @returns `true` for a known person id.
 * @throws Never.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { isPersonId } from 'csto-data';
 * isPersonId('imangali-tasmagambetov');   // true
 * isPersonId('Imangali Tasmagambetov');   // false
 * ```
 */
export function isPersonId(value: unknown): value is PersonId {
  return typeof value === 'string' && peopleById().has(value);
}

/**
 * A person by id, or `undefined` where {@link person} would throw.
 *
 * @param id - Anything.
 * @returns The frozen person record, or `undefined`.
 * @throws Never.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { findPerson } from 'csto-data';
 * findPerson('imangali-tasmagambetov')?.name.en;   // 'Imangali Tasmagambetov'
 * findPerson('nobody');                            // undefined
 * ```
 */
export function findPerson(id: unknown): Person | undefined {
  return typeof id === 'string' ? peopleById().get(id) : undefined;
}

/**
 * Whether `value` is the id of a meeting in the data.
 *
 * @param value - Anything.
 * @returns `true` for a known meeting id.
 * @throws Never.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { isMeetingId } from 'csto-data';
 * isMeetingId('2024-11-28-csc-astana');   // true
 * isMeetingId('2024-11-28-csc-astna');    // false
 * ```
 */
export function isMeetingId(value: unknown): value is MeetingId {
  return typeof value === 'string' && meetingsById().has(value);
}

/**
 * A meeting by id, or `undefined` where {@link meeting} would throw.
 *
 * @param id - Anything.
 * @returns The frozen meeting record, or `undefined`.
 * @throws Never.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { findMeeting } from 'csto-data';
 * findMeeting('2024-11-28-csc-astana')?.city;   // 'Astana'
 * findMeeting('2024-11-28');                    // undefined
 * ```
 */
export function findMeeting(id: unknown): Meeting | undefined {
  return typeof id === 'string' ? meetingsById().get(id) : undefined;
}

/**
 * Whether `value` is the id of a statement in the data.
 *
 * @param value - Anything.
 * @returns `true` for a known statement id.
 * @throws Never.
 * @category Statements
 * @example
 * ```ts
 * import { isStatementId, statements } from 'csto-data';
 * isStatementId(statements()[0]!.id);   // true
 * isStatementId('a-quote');             // false
 * ```
 */
export function isStatementId(value: unknown): value is StatementId {
  return typeof value === 'string' && statementsById().has(value);
}

/**
 * A statement by id, or `undefined` where {@link statement} would throw.
 *
 * @param id - Anything.
 * @returns The frozen statement record, or `undefined`.
 * @throws Never.
 * @category Statements
 * @example
 * ```ts
 * import { findStatement, statements } from 'csto-data';
 * const first = statements()[0]!;
 * findStatement(first.id) === first;   // true
 * findStatement('a-quote');            // undefined
 * ```
 */
export function findStatement(id: unknown): Statement | undefined {
  return typeof id === 'string' ? statementsById().get(id) : undefined;
}

/**
 * Whether `value` is the id of a source in the catalogue.
 *
 * @param value - Anything.
 * @returns `true` for a known source id.
 * @throws Never.
 * @category Sources
 * @example
 * ```ts
 * import { chairFor, isSourceId } from 'csto-data';
 * isSourceId(chairFor(2024)!.sources[0]);   // true
 * isSourceId('https://tass.com/');          // false
 * ```
 */
export function isSourceId(value: unknown): value is SourceId {
  return typeof value === 'string' && sourcesById().has(value);
}

/**
 * A source by id, or `undefined` where {@link source} would throw.
 *
 * @param id - Anything.
 * @returns The frozen source record, or `undefined`.
 * @throws Never.
 * @category Sources
 * @example
 * ```ts
 * import { chairFor, findSource } from 'csto-data';
 * findSource(chairFor(2024)!.sources[0])?.url.startsWith('http');   // true
 * findSource('nope');                                               // undefined
 * ```
 */
export function findSource(id: unknown): Source | undefined {
  return typeof id === 'string' ? sourcesById().get(id) : undefined;
}
