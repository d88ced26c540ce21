import { own } from './_lib/own.js';
import { readEnum, filterKeys, readFilter, toDay } from './_lib/args.js';
import { dateWindow, isoDay } from './_lib/dates.js';
import { handOut, lazy } from './_lib/freeze.js';
import { agreements } from './agreements.js';
import { bodies } from './bodies.js';
import { chairmanships } from './chairmanships.js';
import { exercises } from './exercises.js';
import { forces } from './forces.js';
import { meetings } from './meetings.js';
import { memberships } from './memberships.js';
import { milestones } from './milestones.js';
import { operations } from './operations.js';
import { partners } from './partners.js';
import { person } from './people.js';
import { secretariesGeneral } from './secretaries-general.js';
import { stateSteps } from './state-steps.js';
import { resolveState, state, type StateInput, type StateRef } from './states.js';
import type { DateInput, EventKind, PartialDate, PeriodBounds, SourceId, StateId, TimelineEvent } from './types.js';
import { EVENT_KINDS } from './vocabulary.js';

interface Draft {
  readonly kind: EventKind;
  readonly date: PartialDate | undefined;
  readonly bound?: PeriodBounds['from'];
  readonly states: readonly StateId[];
  readonly description: string;
  readonly record: TimelineEvent['record'];
  readonly sources: readonly SourceId[];
}

const nameOf = (id: StateId) => state(id).name.en;
const personName = (id: string) => person(id as never).name.en;

/** Every dated record as one or more drafts of events. */
function drafts(): Draft[] {
  const out: Draft[] = [];
  for (const m of milestones()) out.push({ kind: 'milestone', date: m.date, states: [], description: m.title, record: { collection: 'milestones', id: `${m.kind} ${m.date}` }, sources: m.sources });
  for (const p of memberships()) {
    out.push({
      kind: 'membership',
      date: p.from,
      bound: own(own(p, 'bounds'), 'from'),
      states: [p.state],
      description: `${nameOf(p.state)}: membership ${p.status}`,
      record: { collection: 'memberships', id: `${p.state} ${p.from}` },
      sources: p.sources,
    });
    const end = own(p, 'to');
    if (end !== undefined && !memberships().some((q) => q.state === p.state && q.from === end)) {
      out.push({ kind: 'membership', date: end, bound: own(own(p, 'bounds'), 'to'), states: [p.state], description: `${nameOf(p.state)}: membership ends`, record: { collection: 'memberships', id: `${p.state} ${p.from}` }, sources: p.sources });
    }
  }
  for (const t of chairmanships()) {
    out.push({ kind: 'chair-handover', date: t.from, bound: own(own(t, 'bounds'), 'from'), states: [t.state], description: `${nameOf(t.state)} takes the chair (${personName(t.chair)})`, record: { collection: 'chairmanships', id: `${t.state} ${t.from}` }, sources: t.sources });
  }
  for (const t of secretariesGeneral()) {
    out.push({
      kind: 'secretary-general',
      date: own(t, 'from'),
      bound: own(own(t, 'bounds'), 'from'),
      states: own(t, 'state') === undefined ? [] : [t.state!],
      description: `${personName(t.person)} becomes ${t.acting ? 'acting ' : ''}secretary general`,
      record: { collection: 'secretariesGeneral', id: `${t.person} ${own(t, 'from') ?? ''}`.trim() },
      sources: t.sources,
    });
  }
  for (const b of bodies()) if (b.established) out.push({ kind: 'body', date: b.established, states: [], description: `${b.name.en} established`, record: { collection: 'bodies', id: b.id }, sources: b.sources });
  for (const f of forces()) if (f.established) out.push({ kind: 'force', date: f.established, states: [], description: `${f.name.en} established`, record: { collection: 'forces', id: f.id }, sources: f.sources });
  for (const m of meetings()) {
    const what = `${m.bodies.join('+')} ${own(m, 'kind') === undefined ? '' : `${own(m, 'kind')} `}session${m.city ? ` in ${m.city}` : m.format === 'video' ? ' by video' : ''}`;
    out.push({
      kind: 'meeting',
      date: m.date,
      bound: own(own(m, 'bounds'), 'date'),
      states: m.attendance.filter((a) => a.status !== 'absent').map((a) => a.state),
      description: m.status === 'held' ? what : `${what} (${m.status})`,
      record: { collection: 'meetings', id: m.id },
      sources: m.sources,
    });
  }
  for (const o of operations()) {
    if (o.decision) {
      out.push({
        kind: 'operation',
        date: o.decision.date,
        states: own(o, 'state') ? [o.state!] : [],
        description: `${o.decision.title}${o.decision.withoutSession ? ' (taken without a session)' : ''}`,
        record: { collection: 'operations', id: o.id },
        sources: o.decision.sources,
      });
    }
    const date = own(o, 'from') ?? own(o, 'decided') ?? own(o, 'requested');
    out.push({ kind: 'operation', date, states: own(o, 'state') ? [o.state!] : [], description: o.name, record: { collection: 'operations', id: o.id }, sources: o.sources });
  }
  for (const e of exercises()) {
    const host = own(e, 'host');
    const states = [...new Set([...(host ? [host] : []), ...(own(e, 'participants') ?? [])])];
    out.push({ kind: 'exercise', date: own(e, 'from'), states, description: `Exercise ${e.name}${host ? ` hosted by ${nameOf(host)}` : ''}`, record: { collection: 'exercises', id: e.id }, sources: e.sources });
  }
  for (const a of agreements()) out.push({ kind: 'agreement', date: a.date, states: [], description: a.title, record: { collection: 'agreements', id: a.id }, sources: a.sources });
  for (const p of partners()) {
    out.push({ kind: 'partner-status', date: own(p, 'from'), states: [], description: `${p.partner.name}: ${p.status} of the ${p.of === 'PA' ? 'Parliamentary Assembly' : 'CSTO'}`, record: { collection: 'partners', id: p.id }, sources: p.sources });
  }
  for (const s of stateSteps()) out.push({ kind: 'state-step', date: s.date, states: [s.state], description: `${nameOf(s.state)}: ${s.kind.replace(/-/g, ' ')}`, record: { collection: 'stateSteps', id: s.id }, sources: s.sources });
  return out;
}

const ORDER = new Map<EventKind, number>(EVENT_KINDS.map((k, i) => [k, i]));

/** Every event, with its window, in order: by first possible day, then kind, then record. */
const timeline = /* @__PURE__ */ lazy(() => {
  const list: Array<{ event: TimelineEvent; first: number; last: number }> = [];
  for (const d of drafts()) {
    if (d.date === undefined && d.bound === undefined) continue; // an undated record has no place in time
    const [first, last] = dateWindow(d.date, d.bound);
    const event: TimelineEvent = {
      kind: d.kind,
      date: d.date ?? `${Number.isFinite(last) ? isoDay(last).slice(0, 4) : ''}`,
      ...(Number.isFinite(first) && { earliest: isoDay(first) }),
      ...(Number.isFinite(last) && { latest: isoDay(last) }),
      states: Object.freeze([...d.states].sort()),
      description: d.description,
      record: Object.freeze(d.record),
      sources: d.sources,
    };
    list.push({ event: Object.freeze(event), first, last });
  }
  const key = (x: { event: TimelineEvent }) => `${x.event.record.collection} ${x.event.record.id}`;
  return list.sort((a, b) => a.first - b.first || (ORDER.get(a.event.kind) ?? 0) - (ORDER.get(b.event.kind) ?? 0) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
});

/**
 * Filter for {@link events}. Every key is optional; given keys must all match.
 *
 * @category Timeline
 */
export interface EventFilter<S extends string = StateRef> {
  /** Events that may fall on or after this day. */
  readonly from?: DateInput;
  /** Events that may fall on or before this day. */
  readonly to?: DateInput;
  /** Events involving this state. */
  readonly state?: StateInput<S>;
  /** Events of this kind. */
  readonly kind?: EventKind;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<EventFilter>()('from', 'to', 'state', 'kind');

/**
 * One chronological stream of every dated thing in the data — membership changes, chair
 * handovers, secretary-general terms, bodies and forces established, meetings, operations,
 * exercises, agreements, partner statuses, milestones and member states' formal steps — each typed
 * with a `kind`, its date (with the first and last day it can be), the states involved, one line in
 * our words, the record it comes from and its sources.
 *
 * @param filter - Optional `{ from, to, state, kind }`.
 * @returns A new array (yours to change) of frozen events, in date order.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value; RangeError for a malformed date or an unknown kind; {@link UnknownIdError} for an unknown state.
 * @category Timeline
 * @example
 * ```ts
 * import { events } from 'csto-data';
 * const year = events({ from: '2022-01-01', to: '2022-12-31' });
 * year.some((e) => e.kind === 'operation'); // true
 * events({ state: 'ARM', kind: 'state-step' }).length > 0; // true
 * ```
 */
export function events<S extends string>(filter?: EventFilter<S>): readonly TimelineEvent[] {
  const f = readFilter(filter, FILTER_KEYS, 'events');
  const first = f.from === undefined ? -Infinity : toDay(f.from, 'events: `filter.from`');
  const last = f.to === undefined ? Infinity : toDay(f.to, 'events: `filter.to`');
  const stateId = f.state === undefined ? undefined : resolveState(f.state, 'events: `filter.state`').id;
  const kind = f.kind === undefined ? undefined : readEnum(f.kind, EVENT_KINDS, 'events: `filter.kind`');
  return handOut(
    timeline()
      .filter((x) => x.last >= first && x.first <= last && (stateId === undefined || x.event.states.includes(stateId)) && (kind === undefined || x.event.kind === kind))
      .map((x) => x.event),
  );
}
