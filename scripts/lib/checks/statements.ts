/** Checks on statements and operations: ids, dates near their meeting, the speaker's role, dates in order. */
import { dayRange, possibleSpan } from '../../../src/_lib/dates.js';
import { type Context, overlaps, spanOf } from './context.js';

/** A statement's id starts with its date and speaker. */
export function statementIds(ctx: Context): void {
  for (const { value: s, origin } of ctx.ds.statements) {
    const prefix = `${s.date}-${s.speaker}-`;
    if (!s.id.startsWith(prefix)) ctx.report(origin, ['id'], `id must start with "${prefix}"`);
  }
}

/** A statement linked to a meeting is dated within a week of it. */
export function statementsNearTheirMeeting(ctx: Context): void {
  for (const { value: s, origin } of ctx.ds.statements) {
    const meeting = s.meeting === undefined ? undefined : ctx.meetings.get(s.meeting)?.value;
    if (meeting === undefined) continue;
    const [first, last] = spanOf(meeting.date, meeting.endDate);
    if (!overlaps(dayRange(s.date), [first - 7, last + 7])) {
      ctx.report(origin, ['date'], `a statement linked to meeting ${meeting.id} must be dated within a week of it`);
    }
  }
}

/** A statement's `role` is one of the speaker's roles, held on the statement's date. */
export function statementRoles(ctx: Context): void {
  for (const { value: s, origin } of ctx.ds.statements) {
    const speaker = ctx.people.get(s.speaker)?.value;
    if (speaker === undefined) continue;
    const match = (speaker.roles ?? []).some(
      (r) => r.title === s.role && (r.from === undefined || overlaps(possibleSpan(r.from, r.to), dayRange(s.date))),
    );
    if (!match) ctx.report(origin, ['role'], `"${s.role}" is not a role of ${s.speaker} held on ${s.date} (see data/people/)`);
  }
}

/** An operation ends no earlier than it starts. */
export function operationDates(ctx: Context): void {
  for (const { value: op, origin } of ctx.ds.operations) {
    if (op.from && op.to && op.to < op.from && !op.from.startsWith(op.to)) ctx.report(origin, ['to'], '`to` is before `from`');
  }
}
