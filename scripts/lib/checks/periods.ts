/** Checks on dated periods and dates: series that do not overlap, officials from the right state, nothing after dataAsOf. */
import { dateWindow, dayRange, isoDay } from '../../../src/_lib/dates.js';
import { initial, periodWindows } from '../bounds.js';
import type { Entry } from '../dataset.js';
import { type Context, notAfterAsOf } from './context.js';

interface Period {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly attested?: Array<{ on: string }> | undefined;
  readonly bounds?: { readonly from?: { earliest?: string | undefined; latest?: string | undefined } | undefined; readonly to?: { earliest?: string | undefined; latest?: string | undefined } | undefined } | undefined;
}

/** Checks one series of periods: sorted by start, each ends (by a shared day at the latest) before the next starts. */
function checkSeries<T extends Period>(ctx: Context, entries: ReadonlyArray<Entry<T>>, what: string): void {
  const start = (p: Period) => initial(p).from;
  const sorted = [...entries].sort((a, b) => start(a.value)[1] - start(b.value)[1] || start(a.value)[0] - start(b.value)[0]);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Entry<T>;
    const next = sorted[i] as Entry<T>;
    if (prev.value.to === undefined && prev.value.bounds?.to === undefined) {
      ctx.report(prev.origin, ['to'], `${what} is open (no \`to\`) but a later one starts ${next.value.from ?? '(unknown)'} (${next.origin.label})`);
    } else if (start(next.value)[1] < dateWindow(prev.value.to, prev.value.bounds?.to)[0]) {
      ctx.report(next.origin, ['from'], `${what} overlaps the previous one (${prev.origin.label}, to ${prev.value.to ?? '(unknown)'}) by more than a shared day`);
    }
  }
}

/** A state's membership periods, the chairmanship terms and the secretary-general terms each form a series without overlaps. */
export function seriesDoNotOverlap(ctx: Context): void {
  for (const list of ctx.membershipsOf.values()) checkSeries(ctx, list, 'membership period');
  checkSeries(ctx, ctx.ds.chairmanships, 'chairmanship term');
  checkSeries(ctx, ctx.ds.secretariesGeneral, 'secretary-general term');
}

/** The heads of a body do not overlap (beyond a shared handover day). */
export function bodyHeadsDoNotOverlap(ctx: Context): void {
  for (const { value: b, origin } of ctx.ds.bodies) {
    const heads = (b.heads ?? []).map((h, i) => ({ value: h, origin: { ...origin, label: b.id }, i }));
    const start = (h: Period) => initial(h).from;
    const end = (h: Period) => (h.to === undefined && h.bounds?.to === undefined ? [Infinity, Infinity] : dateWindow(h.to, h.bounds?.to));
    const sorted = [...heads].sort((x, y) => start(x.value)[1] - start(y.value)[1] || start(x.value)[0] - start(y.value)[0]);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const next = sorted[k]!;
      if (start(next.value)[1] < end(prev.value)[0]) {
        ctx.report(origin, ['heads', next.i, 'from'], `head ${next.value.name} overlaps the previous head ${prev.value.name} by more than a shared day`);
      }
    }
  }
}

/** A chair is the head of the chairing state; a secretary general's state is the person's. */
export function officialsFromTheirState(ctx: Context): void {
  for (const { value, origin } of ctx.ds.chairmanships) {
    const chair = ctx.people.get(value.chair)?.value;
    if (chair?.state !== undefined && chair.state !== value.state) {
      ctx.report(origin, ['chair'], `chair ${value.chair} is from ${chair.state}, not from the chairing state ${value.state}`);
    }
  }
  for (const { value, origin } of ctx.ds.secretariesGeneral) {
    const person = ctx.people.get(value.person)?.value;
    if (person?.state !== undefined && person.state !== value.state) {
      ctx.report(origin, ['state'], `${value.person} is recorded as from ${person.state}, not ${value.state}`);
    }
  }
}

/** Nothing that has happened is dated after `dataAsOf` (only a planned meeting may be). */
export function nothingAfterDataAsOf(ctx: Context): void {
  const { ds } = ctx;
  for (const { value, origin } of ds.sources) {
    if (value.published && dayRange(value.published)[0] > ctx.asOf) {
      ctx.report(origin, ['published'], `published date is after dataAsOf (${ds.meta.dataAsOf})`);
    }
  }
  for (const { value, origin } of ds.memberships) notAfterAsOf(ctx, origin, ['from'], value.from);
  for (const { value, origin } of ds.milestones) notAfterAsOf(ctx, origin, ['date'], value.date);
  for (const { value, origin } of ds.people) value.roles?.forEach((role, i) => notAfterAsOf(ctx, origin, ['roles', i, 'from'], role.from));
  // A meeting announced but not known to have taken place may be dated later; its status says so.
  for (const { value, origin } of ds.meetings) if (value.status !== 'planned' && value.status !== 'unconfirmed') notAfterAsOf(ctx, origin, ['date'], value.date);
  for (const { value, origin } of ds.statements) notAfterAsOf(ctx, origin, ['date'], value.date);
}

const shown = (n: number) => (Number.isFinite(n) ? isoDay(n) : n > 0 ? 'no end' : 'no start');

/**
 * Every start and end can fall on some day: its precision, the bounds and attestations sources give,
 * and the neighbouring periods of its series leave a window that is not empty.
 */
export function boundsConsistent(ctx: Context): void {
  for (const p of periodWindows(ctx.ds)) {
    for (const side of ['from', 'to'] as const) {
      const [earliest, latest] = p.windows[side];
      if (earliest > latest) {
        ctx.report(
          p.origin,
          [...p.path, side],
          `contradictory bounds: \`${side}\` can be no earlier than ${shown(earliest)} and no later than ${shown(latest)} ` +
            '(from its precision, its bounds, its attestations and the neighbouring periods)',
        );
      }
    }
  }
}

/** `dataAsOf` is no later than the newest source read: the data claims no review it did not do. */
export function dataAsOfReviewed(ctx: Context): void {
  const newest = ctx.ds.sources.reduce((max, { value }) => (value.published !== undefined && value.published.length === 10 && value.published > max ? value.published : max), '');
  if (newest !== '' && ctx.ds.meta.dataAsOf > newest) {
    ctx.problem({
      file: 'data/meta.yaml',
      line: undefined,
      record: 'meta',
      field: 'dataAsOf',
      message: `dataAsOf (${ctx.ds.meta.dataAsOf}) is later than the newest source read (published ${newest})`,
    });
  }
}
