import { frozenOnFirstUse, handOut } from './_lib/freeze.js';
import { idLookup } from './_lib/lookup.js';
import { load as loadBodies } from './generated/bodies.js';
import type { BodyId, BodyRecord } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<BodyRecord>(loadBodies);
const all = () => store.all();
const find = /* @__PURE__ */ idLookup('body', store, 'a body id such as "joint-staff" or "parliamentary-assembly"');

/**
 * The organs of the Treaty and of the organization — the Collective Security Council, the councils
 * of ministers, the Committee of Secretaries of Security Councils, the Permanent Council, the
 * Secretariat, the Joint Staff, the Parliamentary Assembly — with when they were established and,
 * where sourced, the dated series of their heads.
 *
 * @returns A new array (yours to change) of frozen records, in order of establishment.
 * @category The organization
 * @example
 * ```ts
 * import { bodies } from 'csto-data';
 * bodies().map((b) => b.id).includes('joint-staff'); // true
 * ```
 */
export function bodies(): readonly BodyRecord[] {
  return handOut(all());
}

/**
 * Looks up one body by id.
 *
 * @param id - e.g. `"joint-staff"`.
 * @returns The frozen record.
 * @throws {@link UnknownIdError} for an unknown id (with close suggestions); TypeError for a non-string.
 * @category The organization
 * @example
 * ```ts
 * import { body } from 'csto-data';
 * body('parliamentary-assembly').established; // '2006-11-16'
 * body('joint-staff').heads?.at(-1)?.person;   // 'andrey-serdyukov'
 * ```
 */
export function body(id: BodyId): BodyRecord {
  return find(id, 'body: `id`');
}
