import { own } from './_lib/own.js';
import { toDay } from './_lib/args.js';
import { dateWindow, dayRange, isoDay } from './_lib/dates.js';
import { deepFreeze } from './_lib/freeze.js';
import { chairOn } from './chairmanships.js';
import { forces } from './forces.js';
import { meetings } from './meetings.js';
import { memberships, membershipOn } from './memberships.js';
import { partners } from './partners.js';
import { secretaryGeneralOn } from './secretaries-general.js';
import { stateSteps } from './state-steps.js';
import type { DateInput, Meeting, Snapshot } from './types.js';

const STATUTORY = new Set(['CSC', 'CFM', 'CMD', 'CSSC']);
const statutory = (m: Meeting) => m.bodies.some((b) => STATUTORY.has(b));

/**
 * The CSTO on a day: the member states with their status, the chair, the secretary general, the
 * collective forces in being, the observers and partners, the formal steps member states had taken
 * towards the organization, and the statutory sessions before and after. Members, chair and secretary general are readings, each marked `certain` or not (a change
 * known only within bounds leaves several possible); every record carries its sources.
 *
 * @param date - A `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * @returns A frozen {@link Snapshot}.
 * @throws TypeError or RangeError for a malformed date.
 * @category Timeline
 * @example
 * ```ts
 * import { snapshot } from 'csto-data';
 * const s = snapshot('2015-01-01');
 * s.chair.map((r) => r.record.state);                 // ['TJK']
 * s.secretaryGeneral.map((r) => r.record.person);     // ['nikolai-bordyuzha']
 * s.members.filter((r) => r.certain).length;          // 6
 * ```
 */
export function snapshot(date: DateInput): Snapshot {
  const day = toDay(date, 'snapshot: `date`');
  const iso = isoDay(day);
  const states = [...new Set(memberships().map((m) => m.state))].sort();
  const members = states.flatMap((s) => membershipOn(s, iso, { possible: true }));
  const inBeing = forces().filter((f) => f.established !== undefined && dateWindow(f.established, undefined)[1] <= day && (f.ended === undefined || dayRange(f.ended)[0] > day));
  const before = meetings().filter((m) => statutory(m) && m.status === 'held' && dayRange(own(m, 'endDate') ?? m.date)[1] <= day);
  const after = meetings().filter((m) => statutory(m) && (m.status === 'held' || m.status === 'planned') && dayRange(m.date)[0] > day);
  const result: Snapshot = {
    date: iso,
    members,
    chair: chairOn(iso, { possible: true }),
    secretaryGeneral: secretaryGeneralOn(iso, { possible: true }),
    forces: inBeing,
    partners: partners({ on: iso }),
    steps: stateSteps().filter((step) => dayRange(step.date)[1] <= day),
    ...(before.length > 0 && { previousSession: before[before.length - 1] }),
    ...(after.length > 0 && { nextSession: after[0] }),
  };
  return deepFreeze(result); // one answer, frozen through: its lists with it
}
