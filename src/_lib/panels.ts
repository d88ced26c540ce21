/**
 * Builds the panels from records: the same functions serve the API (src/panels.ts, on the loaded
 * collections) and the data step (scripts/export/panels.ts, on the records it ships), so the two
 * cannot disagree. Pure functions; days are day numbers (src/_lib/dates.ts).
 */
import type { Chairmanship, Meeting, Membership, PanelStatus, StateId, StateMeeting, StateYear } from '../types.js';
import { COW_IGO_CODES, PANEL_STATUSES, STATUTORY_BODIES } from '../vocabulary.js';
import { dayNumber, dayRange, yearSpan } from './dates.js';
import { own } from './own.js';
import { inForce, type Span, spansBy, spansOf } from './periods.js';

/** The first year of the panels: the Collective Security Treaty was signed on 15 May 1992. */
export const FIRST_PANEL_YEAR = 1992;

/** Per state, its membership spans in order. */
const membershipSpans = (memberships: readonly Membership[]) => spansBy(memberships, (p) => p.state);

/**
 * A state's standing on a day: the status of the period certainly in force (on a handover day the
 * later one, as `membershipOn` reads it); `unknown` when a period may cover the day without
 * certainly doing so; `none` otherwise.
 */
export function standingOn(spans: ReadonlyArray<Span<Membership>>, day: number): PanelStatus {
  const certain = inForce(spans, day);
  if (certain) return certain.status;
  return spans.some((s) => s.from <= day && day <= s.to) ? 'unknown' : 'none';
}

const cowOf = (status: PanelStatus) =>
  status === 'unknown' ? COW_IGO_CODES.missing : status === 'none' ? COW_IGO_CODES.none : COW_IGO_CODES.full;

/** One row per state and year from 1992 to `lastYear`, sorted by state then year. */
export function buildStateYears(
  stateIds: readonly StateId[],
  memberships: readonly Membership[],
  chairmanships: readonly Chairmanship[],
  lastYear: number,
): StateYear[] {
  const bySpans = membershipSpans(memberships);
  const chairs = spansOf(chairmanships);
  const rows: StateYear[] = [];
  for (const state of [...stateIds].sort()) {
    const spans = bySpans.get(state) ?? [];
    for (let year = FIRST_PANEL_YEAR; year <= lastYear; year++) {
      const [first, last] = yearSpan(year);
      const days = Object.fromEntries(PANEL_STATUSES.map((s) => [s, 0])) as Record<PanelStatus, number>;
      let chairDays = 0;
      let mayChair = false;
      for (let day = first; day <= last; day++) {
        days[standingOn(spans, day)] += 1;
        if (inForce(chairs, day)?.state === state) chairDays += 1;
        else if (!mayChair) mayChair = chairs.some((c) => c.record.state === state && c.from <= day && day <= c.to);
      }
      const dec31 = standingOn(spans, last);
      const row: StateYear = {
        state,
        year,
        length: last - first + 1,
        on: { jan1: standingOn(spans, first), jul1: standingOn(spans, dayNumber(year, 7, 1)), dec31 },
        days,
        chairDays,
        ...(chairDays > 0 ? { chaired: true } : mayChair ? {} : { chaired: false }),
        cow: cowOf(dec31),
      };
      rows.push(row);
    }
  }
  return rows;
}

/**
 * One row per member state and held session of a statutory body, in meeting order then by state.
 * The members are the states whose membership certainly covers a day of the session (as
 * `attendance` reads it); one no source reports on is `unknown`.
 */
export function buildStateMeetings(memberships: readonly Membership[], meetings: readonly Meeting[]): StateMeeting[] {
  const bySpans = membershipSpans(memberships);
  const statutory = new Set<string>(STATUTORY_BODIES);
  const rows: StateMeeting[] = [];
  for (const m of meetings) {
    if (m.status !== 'held' || !m.bodies.some((b) => statutory.has(b))) continue;
    const first = dayRange(m.date)[0];
    const last = dayRange(m.endDate ?? m.date)[1];
    const members = [...bySpans.entries()].filter(([, spans]) => spans.some((s) => s.first <= last && first <= s.last)).map(([s]) => s);
    const reported = new Map(m.attendance.map((a) => [a.state, a]));
    const kind = own(m, 'kind');
    for (const state of [...new Set([...members, ...reported.keys()])].sort()) {
      const spans = bySpans.get(state) ?? [];
      const standings = new Set<PanelStatus>();
      for (let day = first; day <= last; day++) standings.add(standingOn(spans, day));
      const [only] = standings;
      const membership = standings.size === 1 && only !== 'none' && only !== 'unknown' && only !== undefined ? only : 'unknown';
      const a = reported.get(state);
      rows.push({
        meeting: m.id,
        date: m.date,
        bodies: m.bodies,
        ...(kind === undefined ? {} : { kind }),
        state,
        membership,
        attendance: a?.status ?? 'unknown',
        ...(a?.delegate === undefined ? {} : { delegate: a.delegate }),
        ...(a?.level === undefined ? {} : { level: a.level }),
        sources: a?.sources ?? [],
      });
    }
  }
  return rows;
}
