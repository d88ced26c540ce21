import { filterKeys, readFilter, describeValue, toYear } from './_lib/args.js';
import { dayRange, yearSpan } from './_lib/dates.js';
import { handOut, frozenOnFirstUse } from './_lib/freeze.js';
import { load as loadAgreements } from './generated/agreements.js';
import type { Agreement } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Agreement>(loadAgreements);
const all = () => store.all();

/**
 * Filter for {@link agreements}. Every key is optional; given keys must all match.
 *
 * @category The organization
 */
export interface AgreementFilter {
  /** Agreements signed in this calendar year. */
  readonly year?: number;
  /** Agreements with this party (`"UN"`, `"SCO"`, …), any case. */
  readonly party?: string;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<AgreementFilter>()('year', 'party');

/**
 * Cooperation documents between the CSTO and other organizations or states — the memorandum with
 * the SCO Secretariat (Dushanbe, 2007), the joint declaration with the UN Secretariat (2010), … —
 * with date, place, parties and signatories, in date order.
 *
 * @param filter - Optional `{ year, party }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value; RangeError for a malformed year.
 * @category The organization
 * @example
 * ```ts
 * import { agreements } from 'csto-data';
 * agreements({ party: 'UN' })[0]?.date; // '2010-03-18'
 * ```
 */
export function agreements(filter?: AgreementFilter): readonly Agreement[] {
  if (filter === undefined) return handOut(all()); // the whole collection, asked in loops: no filter to read
  const f = readFilter(filter, FILTER_KEYS, 'agreements');
  if (Object.keys(f).length === 0) return handOut(all());
  const span = f.year === undefined ? undefined : yearSpan(toYear(f.year, 'agreements: `filter.year`'));
  if (f.party !== undefined && typeof f.party !== 'string') throw new TypeError(`agreements: \`filter.party\` must be a string; got ${describeValue(f.party)}`);
  const party = f.party?.trim().toLowerCase();
  return handOut(
    all().filter(
      (a) =>
        (span === undefined || (dayRange(a.date)[0] >= span[0] && dayRange(a.date)[0] <= span[1])) &&
        (party === undefined || a.parties.some((p) => p.toLowerCase() === party)),
    ),
  );
}
