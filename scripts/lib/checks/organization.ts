/** Checks on the organization's forces and exercises: strengths within a force's life, exercises hosted by members. */
import { dayRange } from '../../../src/_lib/dates.js';
import { type Context, memberDuring, spanOf } from './context.js';

/** A force's declared strength is dated within its life: not before it was established, not after it ended. */
export function strengthWithinForceLife(ctx: Context): void {
  for (const { value: f, origin } of ctx.ds.forces) {
    f.strength?.forEach((s, i) => {
      if (f.established !== undefined && dayRange(s.date)[1] < dayRange(f.established)[0]) {
        ctx.report(origin, ['strength', i, 'date'], `a strength dated ${s.date} is before the force was established (${f.established})`);
      }
      if (f.ended !== undefined && dayRange(s.date)[0] > dayRange(f.ended)[1]) {
        ctx.report(origin, ['strength', i, 'date'], `a strength dated ${s.date} is after the force ended (${f.ended})`);
      }
    });
  }
}

/** An exercise is hosted by a state that may have been a member on its dates, and its named participants likewise. */
export function exercisesInMemberStates(ctx: Context): void {
  for (const { value: e, origin } of ctx.ds.exercises) {
    const span = spanOf(e.from, e.to);
    if (e.host !== undefined && ctx.states.has(e.host) && !memberDuring(ctx, e.host, span, false)) {
      ctx.report(origin, ['host'], `${e.host} was not a member when ${e.name} was held (${e.from})`);
    }
    e.participants?.forEach((state, i) => {
      if (ctx.states.has(state) && !memberDuring(ctx, state, span, false)) {
        ctx.report(origin, ['participants', i], `${state} was not a member when ${e.name} was held (${e.from}); record it as an observer`);
      }
    });
  }
}
