/** Checks on meetings: ids, attendance against membership, the chair, and what adopted documents changed. */
import { dateWindow, dayRange, possibleSpan } from '../../../src/_lib/dates.js';
import { type Context, memberDuring, overlaps, spanOf } from './context.js';

/** A meeting's id starts with its date (`xx` for an unknown day) and its first body. */
export function meetingIds(ctx: Context): void {
  for (const { value: m, origin } of ctx.ds.meetings) {
    const idDate = m.id.slice(0, 10);
    const expected = m.date.length === 10 ? m.date : m.date.length === 7 ? `${m.date}-xx` : undefined;
    if (expected === undefined) ctx.report(origin, ['date'], 'a meeting date needs at least the month (YYYY-MM)');
    else if (idDate !== expected) ctx.report(origin, ['id'], `id must start with the meeting's date (${expected})`);
    const body = m.id.slice(11).split('-')[0];
    if (m.bodies[0] !== undefined && body !== m.bodies[0].toLowerCase()) {
      ctx.report(origin, ['id'], `id's body part "${body}" must be the first of \`bodies\` in lowercase ("${m.bodies[0].toLowerCase()}")`);
    }
  }
}

/** One entry per state, for members only; an absent state has no delegate; a meeting not held has no one present. */
export function attendanceEntries(ctx: Context): void {
  for (const { value: m, origin } of ctx.ds.meetings) {
    const span = spanOf(m.date, m.endDate);
    const seen = new Set<string>();
    m.attendance.forEach((a, i) => {
      if (seen.has(a.state)) ctx.report(origin, ['attendance', i, 'state'], `${a.state} has two attendance entries`);
      seen.add(a.state);
      if (ctx.states.has(a.state) && !memberDuring(ctx, a.state, span, false)) {
        ctx.report(origin, ['attendance', i, 'state'], `${a.state} was not a member on ${m.date}; record it as a guest`);
      }
      if (a.status === 'absent' && a.delegate !== undefined) {
        ctx.report(origin, ['attendance', i, 'delegate'], 'an absent state has no delegate');
      }
    });
    if (m.status !== 'held' && m.attendance.some((a) => a.status !== 'absent')) {
      ctx.report(origin, ['attendance'], `a ${m.status} meeting cannot have anyone present`);
    }
  }
}

/** Attendance marked complete lists every state that was certainly a member on the day. */
export function attendanceComplete(ctx: Context): void {
  for (const { value: m, origin } of ctx.ds.meetings) {
    if (!m.attendanceComplete) continue;
    const span = spanOf(m.date, m.endDate);
    const listed = new Set(m.attendance.map((a) => a.state));
    for (const state of ctx.states.keys()) {
      if (memberDuring(ctx, state, span, true) && !listed.has(state)) {
        ctx.report(origin, ['attendanceComplete'], `attendance is marked complete but ${state}, a member on ${m.date}, is not listed`);
      }
    }
  }
}

/** Whoever presided attended, and presided a Council session while their state held the chairmanship. */
export function meetingChair(ctx: Context): void {
  for (const { value: m, origin } of ctx.ds.meetings) {
    const chairState = m.chair === undefined ? undefined : ctx.people.get(m.chair)?.value.state;
    if (chairState === undefined) continue;
    const entry = m.attendance.find((a) => a.state === chairState);
    if (entry !== undefined && entry.status !== 'present' && entry.status !== 'remote') {
      ctx.report(origin, ['chair'], `the chair ${m.chair} is from ${chairState}, which is recorded as ${entry.status}`);
    }
    if (m.bodies.includes('CSC') && ctx.ds.chairmanships.length > 0) {
      const span = spanOf(m.date, m.endDate);
      const holders = ctx.ds.chairmanships.filter(({ value }) => overlaps(possibleSpan(value.from, value.to), span));
      if (holders.length > 0 && !holders.some(({ value }) => value.state === chairState)) {
        ctx.report(origin, ['chair'], `the session's chair is from ${chairState}, but the chairmanship then was held by ${holders.map((h) => h.value.state).join(' / ')}`);
      }
    }
  }
}

const YEAR = 400; // days: "within a year" with room for a partial date

/** A document's effects show in the records they change: a chair term, a secretary-general term, a membership period, within a year. */
export function documentEffects(ctx: Context): void {
  const { ds } = ctx;
  for (const { value: m, origin } of ds.meetings) {
    const span = spanOf(m.date, m.endDate);
    const near = (date: string) => overlaps(dayRange(date), [span[0] - YEAR, span[1] + YEAR]);
    const startsAfter = (from: string) => dayRange(from)[1] >= span[0] && dayRange(from)[0] <= span[1] + YEAR;
    m.documents?.forEach((doc, i) => {
      doc.effects?.forEach((effect, j) => {
        const path = ['documents', i, 'effects', j];
        if (effect.type === 'chairmanship') {
          if (!ds.chairmanships.some(({ value }) => value.state === effect.state && startsAfter(value.from))) {
            ctx.report(origin, path, `no chairmanship term of ${effect.state} starts within a year after this meeting`);
          }
        } else if (effect.type === 'secretary-general') {
          // An appointment starts a term within a year; a reappointment falls inside a running one.
          const term = ds.secretariesGeneral.some(
            ({ value }) =>
              value.person === effect.person &&
              ((value.from !== undefined && startsAfter(value.from)) || overlaps([dateWindow(value.from, value.bounds?.from)[0], possibleSpan(value.from ?? '0001', value.to)[1]], span)),
          );
          if (!term) ctx.report(origin, path, `no secretary-general term of ${effect.person} starts within a year after this meeting or runs through it`);
        } else {
          const periods = ctx.membershipsOf.get(effect.state) ?? [];
          const ok =
            effect.status === 'ended'
              ? periods.some(({ value }) => value.to !== undefined && near(value.to))
              : periods.some(({ value }) => value.status === effect.status && near(value.from));
          if (!ok) ctx.report(origin, path, `no membership period of ${effect.state} ${effect.status === 'ended' ? 'ends' : `becomes ${effect.status}`} within a year of this meeting`);
        }
      });
    });
  }
}

/**
 * A status is a claim about today: `planned` only for a day after both `dataAsOf` and today (a past
 * announcement is `held`, `cancelled`, `postponed` or `unconfirmed`); only a postponed meeting names
 * the meeting that replaced it.
 */
export function meetingStatuses(ctx: Context): void {
  for (const { value: m, origin } of ctx.ds.meetings) {
    const first = dayRange(m.date)[0];
    if (m.status === 'planned' && (first <= ctx.asOf || first <= ctx.today)) {
      ctx.report(origin, ['status'], `a meeting dated ${m.date}, on or before ${first <= ctx.asOf ? `dataAsOf (${ctx.ds.meta.dataAsOf})` : 'today'}, cannot be planned: it is held, cancelled, postponed or unconfirmed`);
    }
    if (m.replacedBy !== undefined && m.status !== 'postponed') {
      ctx.report(origin, ['replacedBy'], `only a postponed meeting is replaced by another; this one is ${m.status}`);
    }
  }
}
