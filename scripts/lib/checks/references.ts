/** Checks that ids are unique and that every reference — to a source, state, person or meeting — resolves. */
import type { Entry } from '../dataset.js';
import { type Context, type Path, refTo } from './context.js';

/** No two records of a collection share an id. */
export function uniqueIds(ctx: Context): void {
  const { ds } = ctx;
  const collections: Array<[string, ReadonlyArray<Entry<{ id: string }>>]> = [
    ['source', ds.sources],
    ['state', ds.states],
    ['person', ds.people],
    ['meeting', ds.meetings],
    ['operation', ds.operations],
    ['statement', ds.statements],
    ['body', ds.bodies],
    ['force', ds.forces],
    ['exercise', ds.exercises],
    ['partnership', ds.partners],
    ['agreement', ds.agreements],
    ['state step', ds.stateSteps],
  ];
  for (const [kind, entries] of collections) {
    const seen = new Map<string, Entry<{ id: string }>>();
    for (const entry of entries) {
      const first = seen.get(entry.value.id);
      if (first) ctx.report(entry.origin, ['id'], `duplicate ${kind} id; first defined in ${first.origin.file}`);
      else seen.set(entry.value.id, entry);
    }
  }
}

/** No URL is catalogued twice. */
export function uniqueUrls(ctx: Context): void {
  // Two addresses that differ only after `#` are the same page.
  const pages = new Map<string, { id: string; url: string }>();
  for (const { value, origin } of ctx.ds.sources) {
    const page = value.url.split('#')[0] ?? value.url;
    const seen = pages.get(page);
    if (seen === undefined) pages.set(page, { id: value.id, url: value.url });
    else if (seen.url === value.url) ctx.report(origin, ['url'], `the same URL is already catalogued as source "${seen.id}"`);
    else ctx.report(origin, ['url'], `the same page (the URL up to its #fragment) is already catalogued as source "${seen.id}"`);
  }
}

/** No two states share an alpha-2 code. */
export function uniqueAlpha2(ctx: Context): void {
  const alpha2 = new Map<string, string>();
  for (const { value, origin } of ctx.ds.states) {
    const seen = alpha2.get(value.alpha2);
    if (seen) ctx.report(origin, ['alpha2'], `alpha-2 code already used by ${seen}`);
    else alpha2.set(value.alpha2, value.id);
  }
}

/** Calls `visit` with every `sources` list of a record, nested ones included, and its path. */
function eachSourceList(value: unknown, path: Path, visit: (ids: readonly string[], path: Path) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => eachSourceList(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(v)) visit(v as string[], [...path, key]);
      else eachSourceList(v, [...path, key], visit);
    }
  }
}

function everyRecord(ctx: Context): Array<Entry<unknown>> {
  return Object.values(ctx.ds).filter(Array.isArray).flat() as Array<Entry<unknown>>;
}

/** Every source id a record cites is in the catalogue. */
export function sourcesResolve(ctx: Context): void {
  for (const { value, origin } of everyRecord(ctx)) {
    eachSourceList(value, [], (ids, path) =>
      ids.forEach((id, i) => {
        if (!ctx.sources.has(id)) ctx.report(origin, [...path, i], `unknown source id "${id}" (not in data/sources/)`);
      }),
    );
  }
}

/** Every catalogued source is cited by some record. */
export function sourcesCited(ctx: Context): void {
  const cited = new Set<string>();
  for (const { value } of everyRecord(ctx)) eachSourceList(value, [], (ids) => ids.forEach((id) => cited.add(id)));
  for (const { value, origin } of ctx.ds.sources) {
    if (!cited.has(value.id)) ctx.report(origin, ['id'], 'source is not cited by any record (remove it or cite it)');
  }
}

/** Every state, person and meeting a record names exists. */
export function referencesResolve(ctx: Context): void {
  const { ds } = ctx;
  const state = refTo.bind(null, 'state', ctx);
  const person = refTo.bind(null, 'person', ctx);
  const meeting = refTo.bind(null, 'meeting', ctx);
  for (const { value, origin } of ds.memberships) state(origin, ['state'], value.state);
  for (const { value, origin } of ds.chairmanships) {
    state(origin, ['state'], value.state);
    person(origin, ['chair'], value.chair);
  }
  for (const { value, origin } of ds.secretariesGeneral) {
    state(origin, ['state'], value.state);
    person(origin, ['person'], value.person);
  }
  for (const { value, origin } of ds.people) state(origin, ['state'], value.state);
  for (const { value, origin } of ds.milestones) meeting(origin, ['meeting'], value.meeting);
  for (const { value: m, origin } of ds.meetings) {
    state(origin, ['host'], m.host);
    person(origin, ['chair'], m.chair);
    meeting(origin, ['replacedBy'], m.replacedBy);
    m.attendance.forEach((a, i) => {
      state(origin, ['attendance', i, 'state'], a.state);
      person(origin, ['attendance', i, 'delegate'], a.delegate);
    });
    m.guests?.forEach((g, i) => person(origin, ['guests', i, 'person'], g.person));
    m.documents?.forEach((doc, i) =>
      doc.effects?.forEach((effect, j) => {
        if (effect.type === 'secretary-general') person(origin, ['documents', i, 'effects', j, 'person'], effect.person);
        else state(origin, ['documents', i, 'effects', j, 'state'], effect.state);
      }),
    );
  }
  for (const { value: op, origin } of ds.operations) {
    state(origin, ['state'], op.state);
    person(origin, ['requestedBy'], op.requestedBy);
    person(origin, ['commander'], op.commander);
    person(origin, ['decision', 'announcedBy'], op.decision?.announcedBy);
    meeting(origin, ['meeting'], op.meeting);
    op.contributors?.forEach((c, i) => state(origin, ['contributors', i, 'state'], c.state));
  }
  for (const { value: b, origin } of ds.bodies) {
    meeting(origin, ['createdBy', 'meeting'], b.createdBy?.meeting);
    b.heads?.forEach((h, i) => {
      person(origin, ['heads', i, 'person'], h.person);
      state(origin, ['heads', i, 'state'], h.state);
    });
  }
  const forceIds = new Set(ds.forces.map((e) => e.value.id));
  const operationIds = new Set(ds.operations.map((e) => e.value.id));
  for (const { value: f, origin } of ds.forces) {
    meeting(origin, ['decidedAt'], f.decidedAt);
    f.operations?.forEach((id, i) => {
      if (!operationIds.has(id)) ctx.report(origin, ['operations', i], `unknown operation id "${id}" (not in data/operations.yaml)`);
    });
  }
  for (const { value: e, origin } of ds.exercises) {
    state(origin, ['host'], e.host);
    e.participants?.forEach((id, i) => state(origin, ['participants', i], id));
    e.forces?.forEach((id, i) => {
      if (!forceIds.has(id)) ctx.report(origin, ['forces', i], `unknown force id "${id}" (not in data/forces.yaml)`);
    });
  }
  for (const { value: a, origin } of ds.agreements) a.signatories?.forEach((sig, i) => person(origin, ['signatories', i, 'person'], sig.person));
  for (const { value: st, origin } of ds.stateSteps) state(origin, ['state'], st.state);
  for (const { value: s, origin } of ds.statements) {
    person(origin, ['speaker'], s.speaker);
    meeting(origin, ['meeting'], s.meeting);
    s.about.forEach((id, i) => state(origin, ['about', i], id));
  }
}
