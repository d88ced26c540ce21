import { frozenOnFirstUse } from './_lib/freeze.js';
import { idLookup } from './_lib/lookup.js';
import { loadPeople } from './generated/people.js';
import type { Person, PersonId } from './types.js';

const all = /* @__PURE__ */ frozenOnFirstUse<readonly Person[]>(loadPeople);
const find = /* @__PURE__ */ idLookup('person', all, 'a person id: the lowercase slug of the English name, e.g. "imangali-tasmagambetov"');

/**
 * Every person in the data — chairs, secretaries general, delegates, speakers — sorted by id.
 *
 * @returns A frozen array of frozen records.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { people } from 'csto-data';
 * people().filter((p) => p.state === 'KAZ').map((p) => p.name.en);
 * ```
 */
export function people(): readonly Person[] {
  return all();
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
