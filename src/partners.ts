import { readEnum, filterKeys, readFilter, toDay } from './_lib/args.js';
import { handOut, frozenOnFirstUse, lazy } from './_lib/freeze.js';
import { inForce, spansOf } from './_lib/periods.js';
import { load as loadPartners } from './generated/partners.js';
import type { DateInput, Partnership } from './types.js';
import { PARTNER_GRANTORS, PARTNER_STATUSES } from './vocabulary.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Partnership>(loadPartners);
const all = () => store.all();
const spans = /* @__PURE__ */ lazy(() => spansOf(all().filter((p) => p.from !== undefined)));

/**
 * Filter for {@link partners}. Every key is optional; given keys must all match.
 *
 * @category The organization
 */
export interface PartnerFilter {
  /** Statuses granted by the organization (`CSTO`) or by its Parliamentary Assembly (`PA`). */
  readonly of?: Partnership['of'];
  /** Observer or partner. */
  readonly status?: Partnership['status'];
  /** Statuses certainly held on this day. */
  readonly on?: DateInput;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<PartnerFilter>()('of', 'status', 'on');

/**
 * The observers and partners of the CSTO and of its Parliamentary Assembly — states, parliaments
 * and organizations — with the body that granted the status and its period.
 *
 * @param filter - Optional `{ of, status, on }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value; RangeError for a malformed date or an unknown value.
 * @category The organization
 * @example
 * ```ts
 * import { partners } from 'csto-data';
 * partners({ of: 'PA', on: '2015-01-01' }).map((p) => p.partner.state).includes('SRB'); // true
 * ```
 */
export function partners(filter?: PartnerFilter): readonly Partnership[] {
  if (filter === undefined) return handOut(all()); // the whole collection, asked in loops: no filter to read
  const f = readFilter(filter, FILTER_KEYS, 'partners');
  if (Object.keys(f).length === 0) return handOut(all());
  const of = f.of === undefined ? undefined : readEnum(f.of, PARTNER_GRANTORS, 'partners: `filter.of`');
  const status = f.status === undefined ? undefined : readEnum(f.status, PARTNER_STATUSES, 'partners: `filter.status`');
  const day = f.on === undefined ? undefined : toDay(f.on, 'partners: `filter.on`');
  const held = day === undefined ? undefined : new Set(spans().filter((s) => inForce([s], day) !== undefined).map((s) => s.record));
  return handOut(all().filter((p) => (of === undefined || p.of === of) && (status === undefined || p.status === status) && (held === undefined || held.has(p))));
}
