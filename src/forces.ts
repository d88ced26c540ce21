import { frozenOnFirstUse, handOut } from './_lib/freeze.js';
import { idLookup } from './_lib/lookup.js';
import { load as loadForces } from './generated/forces.js';
import type { Force, ForceId } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Force>(loadForces);
const all = () => store.all();
const find = /* @__PURE__ */ idLookup('force', store, 'a force id such as "crrf"');

/**
 * The collective forces of the organization — the Collective Rapid Deployment Forces of the
 * Central Asian region, the Collective Rapid Reaction Forces, the peacekeeping forces — with their
 * creation, declared strengths over time (conflicting figures kept apart) and operations.
 *
 * @returns A new array (yours to change) of frozen records, in order of establishment.
 * @category The organization
 * @example
 * ```ts
 * import { forces } from 'csto-data';
 * forces().map((f) => f.abbreviation).includes('CRRF'); // true
 * ```
 */
export function forces(): readonly Force[] {
  return handOut(all());
}

/**
 * Looks up one force by id.
 *
 * @param id - e.g. `"crrf"`.
 * @returns The frozen record.
 * @throws {@link UnknownIdError} for an unknown id (with close suggestions); TypeError for a non-string.
 * @category The organization
 * @example
 * ```ts
 * import { force } from 'csto-data';
 * force('crrf').established; // '2009-02-04'
 * ```
 */
export function force(id: ForceId): Force {
  return find(id, 'force: `id`');
}
