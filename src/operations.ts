import { frozenOnFirstUse, handOut } from './_lib/freeze.js';
import { load as loadOperations } from './generated/operations.js';
import type { Operation } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Operation>(loadOperations);
const all = () => store.all();

/**
 * The organization's collective actions — the January 2022 deployment of the Collective
 * Peacekeeping Forces to Kazakhstan and other missions — in date order.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { operations } from 'csto-data';
 * operations().find((o) => o.state === 'KAZ')?.commander; // 'andrey-serdyukov'
 * ```
 */
export function operations(): readonly Operation[] {
  return handOut(all());
}
