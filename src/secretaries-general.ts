import { toDay } from './_lib/args.js';
import { frozenOnFirstUse, lazy } from './_lib/freeze.js';
import { inForce, spansOf } from './_lib/periods.js';
import { load as loadSecretariesGeneral } from './generated/secretaries-general.js';
import type { DateInput, SecretaryGeneralTerm } from './types.js';

const all = /* @__PURE__ */ frozenOnFirstUse<readonly SecretaryGeneralTerm[]>(loadSecretariesGeneral);

const spans = /* @__PURE__ */ lazy(() => spansOf(all()));

/**
 * Every term of a Secretary General, acting ones included (`acting: true`), in order.
 *
 * @returns A frozen array of frozen records.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { secretariesGeneral } from 'csto-data';
 * secretariesGeneral().filter((t) => t.acting).map((t) => t.person);
 * ```
 */
export function secretariesGeneral(): readonly SecretaryGeneralTerm[] {
  return all();
}

/**
 * The secretary-general term in force on a day, acting or not, or `undefined` when the data has
 * none. Terms are inclusive; on a day two terms share, the later one is returned. A term whose start
 * or end is known only to the month or year covers a day only when it certainly does.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns The frozen term, or `undefined`.
 * @throws TypeError or RangeError for a malformed date.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { secretaryGeneralOn, person } from 'csto-data';
 * const term = secretaryGeneralOn('2024-06-01');
 * term && person(term.person).name.en; // 'Imangali Tasmagambetov'
 * ```
 */
export function secretaryGeneralOn(date: DateInput): SecretaryGeneralTerm | undefined {
  return inForce(spans(), toDay(date, 'secretaryGeneralOn: `date`'));
}
