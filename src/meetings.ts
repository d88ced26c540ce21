import { own } from './_lib/own.js';
import { readEnum, filterKeys, readFilter, toDay, toYear } from './_lib/args.js';
import { dayRange, yearSpan } from './_lib/dates.js';
import { handOut, frozenOnFirstUse, lazy } from './_lib/freeze.js';
import { keysDuring, spansOfRows } from './_lib/periods.js';
import { idLookup } from './_lib/lookup.js';
import { load as loadMeetings, loadOne as loadMeeting } from './generated/meetings.js';
import { loadSpans as loadMembershipSpans } from './generated/memberships.js';
import { memberStatesDuring } from './memberships.js';
import { resolveState, type StateInput, type StateRef } from './states.js';
import { BODIES, MEETING_KINDS, MEETING_STATUSES } from './vocabulary.js';
import type {
  AttendanceRecord,
  Body,
  DateInput,
  Meeting,
  MeetingId,
  MeetingKind,
  MeetingStatus,
  StateId,
} from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Meeting>(loadMeetings, { loadOne: loadMeeting });
const all = () => store.all();
const find = /* @__PURE__ */ idLookup('meeting', store, 'a meeting id YYYY-MM-DD-body-place, e.g. "2024-11-28-csc-astana"');

/** Each meeting with the days it may span. */
const spans = /* @__PURE__ */ lazy(() =>
  all().map((m) => ({ meeting: m, first: dayRange(m.date)[0], last: dayRange(own(m, 'endDate') ?? m.date)[1] })),
);

const ATTENDED = new Set(['present', 'remote', 'represented']);

/**
 * Filter for {@link meetings}. Every key is optional; given keys must all match.
 *
 * @category Meetings and attendance
 */
export interface MeetingFilter<S extends string = StateRef> {
  /** Meetings in this calendar year. */
  readonly year?: number;
  /** Meetings on or after this day (a meeting known only to the month counts if it may be). */
  readonly from?: DateInput;
  /** Meetings on or before this day. */
  readonly to?: DateInput;
  /** Meetings of this body (a joint session matches each of its bodies). */
  readonly body?: Body;
  readonly kind?: MeetingKind;
  /** Meetings hosted by this state. */
  readonly host?: StateInput<S>;
  readonly status?: MeetingStatus;
  /** Meetings this state attended: in person, by video or at a lower level. */
  readonly attendee?: StateInput<S>;
  /** Meetings this state is recorded as absent from. */
  readonly absentee?: StateInput<S>;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<MeetingFilter>()('year', 'from', 'to', 'body', 'kind', 'host', 'status', 'attendee', 'absentee');

/**
 * Meetings of the CSTO's bodies — Collective Security Council sessions and the sessions of the
 * foreign and defence ministers and security-council secretaries — sorted by date. A meeting
 * announced but not reported as held is `planned`.
 *
 * @param filter - Optional `{ year, from, to, body, kind, host, status, attendee, absentee }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value.
 * @throws RangeError for a malformed date or year, or a value outside an enumeration.
 * @throws {@link UnknownIdError} for an unknown state.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { meetings } from 'csto-data';
 * meetings({ year: 2024, body: 'CSC' }).map((m) => m.id); // ['2024-11-28-csc-astana']
 * meetings({ absentee: 'ARM' }).length;                  // sessions Armenia stayed away from
 * ```
 */
export function meetings<S extends string>(filter?: MeetingFilter<S>): readonly Meeting[] {
  if (filter === undefined) return handOut(all()); // the whole collection, asked in loops: no filter to read
  const f = readFilter(filter, FILTER_KEYS, 'meetings');
  if (Object.keys(f).length === 0) return handOut(all());
  let first = -Infinity;
  let last = Infinity;
  if (f.year !== undefined) {
    [first, last] = yearSpan(toYear(f.year, 'meetings: `filter.year`'));
  }
  if (f.from !== undefined) first = Math.max(first, toDay(f.from, 'meetings: `filter.from`'));
  if (f.to !== undefined) last = Math.min(last, toDay(f.to, 'meetings: `filter.to`'));
  const body = f.body === undefined ? undefined : readEnum(f.body, BODIES, 'meetings: `filter.body`');
  const kind = f.kind === undefined ? undefined : readEnum(f.kind, MEETING_KINDS, 'meetings: `filter.kind`');
  const status = f.status === undefined ? undefined : readEnum(f.status, MEETING_STATUSES, 'meetings: `filter.status`');
  const host = f.host === undefined ? undefined : resolveState(f.host, 'meetings: `filter.host`').id;
  const attendee = f.attendee === undefined ? undefined : resolveState(f.attendee, 'meetings: `filter.attendee`').id;
  const absentee = f.absentee === undefined ? undefined : resolveState(f.absentee, 'meetings: `filter.absentee`').id;
  const out: Meeting[] = [];
  for (const s of spans()) {
    const m = s.meeting;
    if (s.last < first || s.first > last) continue;
    if (f.year !== undefined && s.first < first) continue; // a meeting belongs to the year it starts in
    if (body !== undefined && !m.bodies.includes(body)) continue;
    if (kind !== undefined && own(m, 'kind') !== kind) continue;
    if (status !== undefined && m.status !== status) continue;
    if (host !== undefined && own(m, 'host') !== host) continue;
    if (attendee !== undefined && !m.attendance.some((a) => a.state === attendee && ATTENDED.has(a.status))) continue;
    if (absentee !== undefined && !m.attendance.some((a) => a.state === absentee && a.status === 'absent')) continue;
    out.push(m);
  }
  return handOut(out);
}

/** @internal Looks up a meeting for another helper; `where` names the parameter in errors. */
export function meetingAt(id: unknown, where: string): Meeting {
  return find(id, where);
}

/**
 * Looks up one meeting by id.
 *
 * @param id - `YYYY-MM-DD-body-place`, e.g. `"2024-11-28-csc-astana"`.
 * @returns The frozen meeting record.
 * @throws {@link UnknownIdError} for an unknown id (with close suggestions); TypeError for a non-string.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { meeting } from 'csto-data';
 * meeting('2024-11-28-csc-astana').city; // 'Astana'
 * ```
 */
export function meeting(id: MeetingId): Meeting {
  return find(id, 'meeting: `id`');
}

/**
 * Who came to a meeting, by member state. Each list is sorted by state id.
 *
 * @category Meetings and attendance
 */
export interface Attendance {
  readonly meeting: MeetingId;
  /** Whether the meeting took place: only a `held` meeting has attendance; for any other the lists are empty. */
  readonly status: MeetingStatus;
  /** For a meeting not held, why the lists are empty, in words. */
  readonly reason?: string;
  /** Present in person. */
  readonly present: readonly StateId[];
  /** Took part by video. */
  readonly remote: readonly StateId[];
  /** Represented at a lower level than the body's own. */
  readonly represented: readonly StateId[];
  /** Did not take part. */
  readonly absent: readonly StateId[];
  /** Members on that date that no source reports on: unknown, not absent. */
  readonly unknown: readonly StateId[];
  /** The per-state records behind the lists, sorted by state id. */
  readonly records: readonly AttendanceRecord[];
  /** True when sources account for every member state. */
  readonly complete: boolean;
}

const attendanceCache = new Map<MeetingId, Attendance>();

/**
 * The member states during a meeting's days, for its `unknown` list: from the membership spans file
 * where the Node builds ship one, so that attendance() loads neither the membership records nor the
 * memberships module (a process asking one attendance then compiles only this one); otherwise asked
 * of the memberships module.
 */
const membershipSpans = /* @__PURE__ */ lazy(() => {
  const rows = loadMembershipSpans();
  return rows === undefined ? undefined : spansOfRows(rows);
});
const memberStatesAt = (first: number, last: number): StateId[] => {
  const spans = membershipSpans();
  return spans === undefined ? memberStatesDuring(first, last) : keysDuring(spans, first, last);
};

/** Why a meeting that was not held has no attendance. */
const NOT_HELD: Record<Exclude<MeetingStatus, 'held'>, string> = {
  planned: 'the meeting is planned for a later day',
  cancelled: 'the meeting was cancelled',
  postponed: 'the meeting was postponed',
  unconfirmed: 'no source read says whether the meeting took place',
};

/**
 * The attendance of a meeting, sorted into present, remote, represented, absent and unknown. States
 * that were members on the meeting's date but that no source reports on are `unknown` — never
 * counted as absent. A meeting that was not held (planned, cancelled, postponed, or unconfirmed:
 * announced, with no source read saying it took place) has no attendance: its `status` and `reason`
 * say why, and every list is empty.
 *
 * @param meeting - A meeting id or a meeting record.
 * @returns A frozen {@link Attendance}, the same object on every call for a meeting.
 * @throws {@link UnknownIdError} for an unknown id; TypeError for anything else that is not an id or record.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { attendance } from 'csto-data';
 * const a = attendance('2024-11-28-csc-astana');
 * a.present; // ['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']
 * a.absent;  // ['ARM']
 * attendance('2018-12-06-csc-saint-petersburg').status; // 'cancelled'
 * ```
 */
export function attendance(meeting: MeetingId | Meeting): Attendance {
  let record: Meeting;
  if (meeting !== null && typeof meeting === 'object') {
    let id: unknown;
    try {
      id = (meeting as { id?: unknown }).id;
    } catch {
      throw new TypeError('attendance: reading `meeting.id` threw; pass a meeting id or a meeting record');
    }
    record = find(id, 'attendance: `meeting.id`');
  } else record = find(meeting, 'attendance: `meeting`');
  const cached = attendanceCache.get(record.id);
  if (cached) return cached;
  if (record.status !== 'held') {
    const none = Object.freeze([]) as readonly never[];
    const result: Attendance = Object.freeze({
      meeting: record.id,
      status: record.status,
      reason: NOT_HELD[record.status],
      present: none,
      remote: none,
      represented: none,
      absent: none,
      unknown: none,
      records: none,
      complete: false,
    });
    attendanceCache.set(record.id, result);
    return result;
  }
  const by = (status: string) => Object.freeze(record.attendance.filter((a) => a.status === status).map((a) => a.state));
  const [first] = dayRange(record.date);
  const last = dayRange(own(record, 'endDate') ?? record.date)[1];
  const reported = new Set(record.attendance.map((a) => a.state));
  const result: Attendance = Object.freeze({
    meeting: record.id,
    status: record.status,
    present: by('present'),
    remote: by('remote'),
    represented: by('represented'),
    absent: by('absent'),
    unknown: Object.freeze(memberStatesAt(first, last).filter((s) => !reported.has(s))),
    records: record.attendance,
    complete: record.attendanceComplete,
  });
  attendanceCache.set(record.id, result);
  return result;
}

/**
 * A meeting a state's delegation missed.
 *
 * @category Meetings and attendance
 */
export interface Absence {
  readonly meeting: Meeting;
  readonly record: AttendanceRecord;
  /** Why, where sources explain (the record's note). */
  readonly reason?: string;
}

/**
 * The meetings a state is recorded as absent from, in date order, with the reason where sources
 * give one. Meetings where its attendance is not reported are not counted.
 *
 * @param state - Alpha-3, alpha-2 or English name, any case.
 * @returns A new array of frozen {@link Absence}s; empty when none is recorded.
 * @throws {@link UnknownIdError} for an unknown state; TypeError for a non-string.
 * @category Meetings and attendance
 * @example
 * ```ts
 * import { absences } from 'csto-data';
 * absences('Armenia').map((a) => a.meeting.id); // [..., '2023-11-23-csc-minsk', '2024-11-28-csc-astana', ...]
 * ```
 */
export function absences<T extends string>(state: StateInput<T>): readonly Absence[] {
  const id = resolveState(state, 'absences: `state`').id;
  return handOut(absencesByState().get(id) ?? []);
}

/** Every state's absences, built once: one pass over the meetings. */
const absencesByState = /* @__PURE__ */ lazy(() => {
  const map = new Map<StateId, Absence[]>();
  for (const m of all()) {
    for (const record of m.attendance) {
      if (record.status !== 'absent') continue;
      const list = map.get(record.state) ?? [];
      if (list.length === 0) map.set(record.state, list);
      list.push(Object.freeze(record.note === undefined ? { meeting: m, record } : { meeting: m, record, reason: record.note }));
    }
  }
  return map;
});
