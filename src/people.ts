import { own } from './_lib/own.js';
import { readPossible, toDay } from './_lib/args.js';
import { handOut, frozenOnFirstUse } from './_lib/freeze.js';
import { idLookup } from './_lib/lookup.js';
import { inForce, readingsOn, type Span, spansOf } from './_lib/periods.js';
import { load as loadPeople, loadOne as loadPerson } from './generated/people.js';
import type { DateInput, Person, PersonId, PossibleOptions, Reading, Role } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Person>(loadPeople, { loadOne: loadPerson });
const all = () => store.all();
const find = /* @__PURE__ */ idLookup('person', store, 'a person id: the lowercase slug of the English name, e.g. "imangali-tasmagambetov"');

/**
 * Every person in the data — chairs, secretaries general, delegates, speakers — sorted by id.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { people } from 'csto-data';
 * people().filter((p) => p.state === 'KAZ').map((p) => p.name.en);
 * ```
 */
export function people(): readonly Person[] {
  return handOut(all());
}

/** @internal Looks up a person for another helper; `where` names the parameter in errors. */
export function personAt(id: unknown, where: string): Person {
  return find(id, where);
}

/**
 * Looks up one person by id (the lowercase ASCII slug of the common English name).
 *
 * @param id - e.g. `"imangali-tasmagambetov"`.
 * @returns The frozen person record, with names, state and dated roles.
 * @throws {@link UnknownIdError} for an unknown id (with close suggestions); TypeError for a non-string.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { person } from 'csto-data';
 * person('imangali-tasmagambetov').name.ru; // 'Имангали Тасмагамбетов'
 * ```
 */
export function person(id: PersonId): Person {
  return find(id, 'person: `id`');
}

/** A person's dated roles as spans, worked out once per person. */
const spansOfPerson = new WeakMap<Person, Array<Span<Role>>>();
function roleSpans(p: Person): Array<Span<Role>> {
  let spans = spansOfPerson.get(p);
  if (spans === undefined) {
    // Roles with a known start, a bound or an attested day only; latest-starting first among those in force.
    const dated = (p.roles ?? []).filter((r) => own(r, 'from') !== undefined || own(own(r, 'bounds'), 'from') !== undefined || own(r, 'attested') !== undefined);
    spans = spansOf(dated).sort((a, b) => a.from - b.from);
    spansOfPerson.set(p, spans);
  }
  return spans;
}

/**
 * The role a person held on a day, from the person's dated roles: the one that certainly covers
 * the day, the latest-starting when several do (a president who also chaired the Council has both;
 * see `person(id).roles` for all). `undefined` when no dated role covers the day.
 *
 * @param person - A person id.
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns The frozen role, or `undefined`; with `{ possible: true }`, a new array of frozen readings.
 * @throws {@link UnknownIdError} for an unknown person; TypeError or RangeError for a malformed date or options.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { roleOn } from 'csto-data';
 * roleOn('imangali-tasmagambetov', '2024-11-27')?.title; // 'CSTO Secretary General'
 * ```
 */
export function roleOn(person: PersonId, date: DateInput): Role | undefined;
/**
 * Every reading of the day among the person's roles: the one certainly in force, alone, where there is one;
 * otherwise each that may be, marked `certain: false`, with the window (first and last possible day)
 * of the start or end that decides it.
 *
 * @param person - A person id.
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @param options - `{ possible: true }`.
 * @returns A new array (yours to change) of frozen readings.
 * @throws TypeError or RangeError for a malformed date or options.
 */
export function roleOn(person: PersonId, date: DateInput, options: PossibleOptions): readonly Reading<Role>[];
export function roleOn(person: PersonId, date: DateInput, options?: PossibleOptions): Role | undefined | readonly Reading<Role>[] {
  const p = personAt(person, 'roleOn: `person`');
  const day = toDay(date, 'roleOn: `date`');
  const possible = readPossible(options, 'roleOn');
  const spans = roleSpans(p);
  return possible ? handOut(readingsOn(spans, day)) : inForce(spans, day);
}
