import { frozenOnFirstUse, handOut } from './_lib/freeze.js';
import { load as loadMilestones } from './generated/milestones.js';
import type { Milestone } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Milestone>(loadMilestones);
const all = () => store.all();

/**
 * The milestones of the treaty and the organization — treaty signed (1992), in force, prolonged;
 * the organization decided and its Charter signed and in force; UN General Assembly observer
 * status — in date order. Dates keep their precision.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category Milestones
 * @example
 * ```ts
 * import { milestones } from 'csto-data';
 * milestones().find((m) => m.kind === 'charter-signed')?.date; // '2002-10-07'
 * ```
 */
export function milestones(): readonly Milestone[] {
  return handOut(all());
}
