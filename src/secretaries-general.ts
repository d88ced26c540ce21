import { readPossible, toDay } from './_lib/args.js';
import { handOut, frozenOnFirstUse, lazy } from './_lib/freeze.js';
import { inForce, readingsOn, spansOf } from './_lib/periods.js';
import { load as loadSecretariesGeneral } from './generated/secretaries-general.js';
import type { DateInput, PossibleOptions, Reading, SecretaryGeneralTerm } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<SecretaryGeneralTerm>(loadSecretariesGeneral);
const all = () => store.all();

const spans = /* @__PURE__ */ lazy(() => spansOf(all()));

/**
 * Every term of a Secretary General, acting ones included (`acting: true`), in order.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { secretariesGeneral } from 'csto-data';
 * secretariesGeneral().filter((t) => t.acting).map((t) => t.person);
 * ```
 */
export function secretariesGeneral(): readonly SecretaryGeneralTerm[] {
  return handOut(all());
}

/**
 * The secretary-general term in force on a day, acting or not, or `undefined` when the data cannot
 * say for certain. Terms are inclusive; on a day two terms share, the later one is returned. A term
 * whose start or end is known only within bounds covers a day only when it certainly does; with
 * `{ possible: true }`, every reading of the day is returned, each marked `certain` or not.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns The frozen term, or `undefined`; with `{ possible: true }`, a new array of frozen readings.
 * @throws TypeError or RangeError for a malformed date or options.
 * @category Secretaries general and people
 * @example
 * ```ts
 * import { secretaryGeneralOn, person } from 'csto-data';
 * const term = secretaryGeneralOn('2024-06-01');
 * term && person(term.person).name.en; // 'Imangali Tasmagambetov'
 * secretaryGeneralOn('2003-04-01')?.person; // 'valery-nikolaenko' — Secretary General of the Treaty's Council
 * ```
 */
export function secretaryGeneralOn(date: DateInput): SecretaryGeneralTerm | undefined;
/**
 * Every reading of the day among the secretary-general terms: the one certainly in force, alone, where there is one;
 * otherwise each that may be, marked `certain: false`, with the window (first and last possible day)
 * of the start or end that decides it.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @param options - `{ possible: true }`.
 * @returns A new array (yours to change) of frozen readings.
 * @throws TypeError or RangeError for a malformed date or options.
 */
export function secretaryGeneralOn(date: DateInput, options: PossibleOptions): readonly Reading<SecretaryGeneralTerm>[];
export function secretaryGeneralOn(
  date: DateInput,
  options?: PossibleOptions,
): SecretaryGeneralTerm | undefined | readonly Reading<SecretaryGeneralTerm>[] {
  const day = toDay(date, 'secretaryGeneralOn: `date`');
  if (readPossible(options, 'secretaryGeneralOn')) return handOut(readingsOn(spans(), day));
  return inForce(spans(), day);
}
