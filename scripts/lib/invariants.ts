/**
 * Cross-record invariants: ids unique and resolving, every source cited, periods ordered, meetings
 * consistent with membership and chairmanship, statements consistent with their speakers. Each
 * problem names the file, the line, the record and the field.
 */
import { certainSpan, dayRange, possibleSpan } from '../../src/_lib/dates.js';
import { type DataIssue, type Dataset, type Entry, issueAt, loadDataset, type Origin } from './dataset.js';

type Path = ReadonlyArray<string | number>;

interface Period {
  readonly from: string;
  readonly to?: string | undefined;
}

/** Days within ±`slack` of a possibly partial date or date span. */
function spanOf(date: string, endDate?: string): [number, number] {
  return [dayRange(date)[0], dayRange(endDate ?? date)[1]];
}

function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Runs every invariant; returns the problems found (none for good data). */
export function checkInvariants(ds: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (origin: Origin, path: Path, message: string) => issues.push(issueAt(origin, path, message));
  const asOf = dayRange(ds.meta.dataAsOf)[1];

  // ---- ids are unique -------------------------------------------------------------------------
  function uniqueIds<T extends { id: string }>(entries: ReadonlyArray<Entry<T>>, kind: string): Map<string, Entry<T>> {
    const byId = new Map<string, Entry<T>>();
    for (const entry of entries) {
      const seen = byId.get(entry.value.id);
      if (seen) report(entry.origin, ['id'], `duplicate ${kind} id; first defined in ${seen.origin.file}`);
      else byId.set(entry.value.id, entry);
    }
    return byId;
  }
  const sources = uniqueIds(ds.sources, 'source');
  const states = uniqueIds(ds.states, 'state');
  const people = uniqueIds(ds.people, 'person');
  const meetings = uniqueIds(ds.meetings, 'meeting');
  uniqueIds(ds.operations, 'operation');
  uniqueIds(ds.statements, 'statement');

  const urls = new Map<string, string>();
  for (const { value, origin } of ds.sources) {
    const seen = urls.get(value.url);
    if (seen) report(origin, ['url'], `the same URL is already catalogued as source "${seen}"`);
    else urls.set(value.url, value.id);
    if (value.published && dayRange(value.published)[0] > asOf) {
      report(origin, ['published'], `published date is after dataAsOf (${ds.meta.dataAsOf})`);
    }
  }
  const alpha2 = new Map<string, string>();
  for (const { value, origin } of ds.states) {
    const seen = alpha2.get(value.alpha2);
    if (seen) report(origin, ['alpha2'], `alpha-2 code already used by ${seen}`);
    else alpha2.set(value.alpha2, value.id);
  }

  // ---- references resolve; every source is cited -----------------------------------------------
  const cited = new Set<string>();
  function checkSources(origin: Origin, value: unknown, path: Path): void {
    if (Array.isArray(value)) value.forEach((v, i) => checkSources(origin, v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(v)) {
          v.forEach((id: string, i) => {
            cited.add(id);
            if (!sources.has(id)) report(origin, [...path, key, i], `unknown source id "${id}" (not in data/sources/)`);
          });
        } else checkSources(origin, v, [...path, key]);
      }
    }
  }
  const refState = (origin: Origin, path: Path, id: string | undefined) => {
    if (id !== undefined && !states.has(id)) report(origin, path, `unknown state id "${id}" (not in data/states.yaml)`);
  };
  const refPerson = (origin: Origin, path: Path, id: string | undefined) => {
    if (id !== undefined && !people.has(id)) report(origin, path, `unknown person id "${id}" (not in data/people/)`);
  };
  const refMeeting = (origin: Origin, path: Path, id: string | undefined) => {
    if (id !== undefined && !meetings.has(id)) report(origin, path, `unknown meeting id "${id}" (not in data/meetings/)`);
  };

  for (const name of Object.keys(ds) as Array<keyof Dataset>) {
    const entries = ds[name];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as ReadonlyArray<Entry<unknown>>) checkSources(entry.origin, entry.value, []);
  }
  for (const { value, origin } of ds.sources) {
    if (!cited.has(value.id)) report(origin, ['id'], 'source is not cited by any record (remove it or cite it)');
  }

  const notAfterAsOf = (origin: Origin, path: Path, date: string | undefined) => {
    if (date !== undefined && dayRange(date)[0] > asOf) report(origin, path, `date is after dataAsOf (${ds.meta.dataAsOf})`);
  };

  for (const { value, origin } of ds.memberships) {
    refState(origin, ['state'], value.state);
    notAfterAsOf(origin, ['from'], value.from);
  }
  for (const { value, origin } of ds.chairmanships) {
    refState(origin, ['state'], value.state);
    refPerson(origin, ['chair'], value.chair);
    const chair = people.get(value.chair)?.value;
    if (chair?.state !== undefined && chair.state !== value.state) {
      report(origin, ['chair'], `chair ${value.chair} is from ${chair.state}, not from the chairing state ${value.state}`);
    }
  }
  for (const { value, origin } of ds.secretariesGeneral) {
    refState(origin, ['state'], value.state);
    refPerson(origin, ['person'], value.person);
    const person = people.get(value.person)?.value;
    if (person?.state !== undefined && person.state !== value.state) {
      report(origin, ['state'], `${value.person} is recorded as from ${person.state}, not ${value.state}`);
    }
  }
  for (const { value, origin } of ds.people) refState(origin, ['state'], value.state);
  for (const { value, origin } of ds.milestones) {
    refMeeting(origin, ['meeting'], value.meeting);
    notAfterAsOf(origin, ['date'], value.date);
  }

  // ---- periods are ordered and do not overlap (beyond a shared handover day) -------------------
  function checkSeries<T extends Period>(entries: ReadonlyArray<Entry<T>>, what: string): void {
    const sorted = [...entries].sort((a, b) => dayRange(a.value.from)[0] - dayRange(b.value.from)[0]);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1] as Entry<T>;
      const next = sorted[i] as Entry<T>;
      if (prev.value.to === undefined) {
        report(prev.origin, ['to'], `${what} is open (no \`to\`) but a later one starts ${next.value.from} (${next.origin.label})`);
      } else if (dayRange(next.value.from)[1] < dayRange(prev.value.to)[0]) {
        report(next.origin, ['from'], `${what} overlaps the previous one (${prev.origin.label}, to ${prev.value.to}) by more than a shared day`);
      }
    }
  }
  const byState = new Map<string, Entry<(typeof ds.memberships)[number]['value']>[]>();
  for (const entry of ds.memberships) {
    const list = byState.get(entry.value.state) ?? [];
    list.push(entry);
    byState.set(entry.value.state, list);
  }
  for (const list of byState.values()) checkSeries(list, 'membership period');
  checkSeries(ds.chairmanships, 'chairmanship term');
  checkSeries(ds.secretariesGeneral, 'secretary-general term');

  const memberOn = (state: string, span: readonly [number, number], certain: boolean) =>
    (byState.get(state) ?? []).some(({ value }) => {
      const p = certain ? certainSpan(value.from, value.to) : possibleSpan(value.from, value.to);
      return certain ? p[0] <= span[0] && span[1] <= p[1] : overlaps(p, span);
    });

  // ---- people's roles ------------------------------------------------------------------------
  for (const { value, origin } of ds.people) {
    value.roles?.forEach((role, i) => notAfterAsOf(origin, ['roles', i, 'from'], role.from));
  }

  // ---- meetings --------------------------------------------------------------------------------
  for (const { value: m, origin } of ds.meetings) {
    const idDate = m.id.slice(0, 10);
    const expected = m.date.length === 10 ? m.date : m.date.length === 7 ? `${m.date}-xx` : undefined;
    if (expected === undefined) report(origin, ['date'], 'a meeting date needs at least the month (YYYY-MM)');
    else if (idDate !== expected) report(origin, ['id'], `id must start with the meeting's date (${expected})`);
    const body = m.id.slice(11).split('-')[0];
    if (m.bodies[0] !== undefined && body !== m.bodies[0].toLowerCase()) {
      report(origin, ['id'], `id's body part "${body}" must be the first of \`bodies\` in lowercase ("${m.bodies[0].toLowerCase()}")`);
    }
    refState(origin, ['host'], m.host);
    refPerson(origin, ['chair'], m.chair);
    if (m.status !== 'planned') notAfterAsOf(origin, ['date'], m.date);
    const span = spanOf(m.date, m.endDate);

    const seen = new Set<string>();
    m.attendance.forEach((a, i) => {
      refState(origin, ['attendance', i, 'state'], a.state);
      refPerson(origin, ['attendance', i, 'delegate'], a.delegate);
      if (seen.has(a.state)) report(origin, ['attendance', i, 'state'], `${a.state} has two attendance entries`);
      seen.add(a.state);
      if (states.has(a.state) && !memberOn(a.state, span, false)) {
        report(origin, ['attendance', i, 'state'], `${a.state} was not a member on ${m.date}; record it as a guest`);
      }
      if (a.status === 'absent' && a.delegate !== undefined) {
        report(origin, ['attendance', i, 'delegate'], 'an absent state has no delegate');
      }
    });
    if (m.attendanceComplete) {
      for (const state of states.keys()) {
        if (memberOn(state, span, true) && !seen.has(state)) {
          report(origin, ['attendanceComplete'], `attendance is marked complete but ${state}, a member on ${m.date}, is not listed`);
        }
      }
    }
    if (m.status !== 'held' && m.attendance.some((a) => a.status !== 'absent')) {
      report(origin, ['attendance'], `a ${m.status} meeting cannot have anyone present`);
    }
    m.guests?.forEach((g, i) => refPerson(origin, ['guests', i, 'person'], g.person));

    if (m.chair !== undefined && people.has(m.chair)) {
      const chairState = people.get(m.chair)?.value.state;
      if (chairState !== undefined) {
        const entry = m.attendance.find((a) => a.state === chairState);
        if (entry !== undefined && entry.status !== 'present' && entry.status !== 'remote') {
          report(origin, ['chair'], `the chair ${m.chair} is from ${chairState}, which is recorded as ${entry.status}`);
        }
        if (m.bodies.includes('CSC') && ds.chairmanships.length > 0) {
          const holders = ds.chairmanships.filter(({ value }) => overlaps(possibleSpan(value.from, value.to), span));
          if (holders.length > 0 && !holders.some(({ value }) => value.state === chairState)) {
            report(origin, ['chair'], `the session's chair is from ${chairState}, but the chairmanship then was held by ${holders.map((h) => h.value.state).join(' / ')}`);
          }
        }
      }
    }

    m.documents?.forEach((doc, i) => {
      doc.effects?.forEach((effect, j) => {
        const path = ['documents', i, 'effects', j];
        if (effect.type === 'chairmanship') {
          refState(origin, [...path, 'state'], effect.state);
          const next = ds.chairmanships.some(
            ({ value }) => value.state === effect.state && dayRange(value.from)[1] >= span[0] && dayRange(value.from)[0] <= span[1] + 400,
          );
          if (!next) report(origin, path, `no chairmanship term of ${effect.state} starts within a year after this meeting`);
        } else if (effect.type === 'secretary-general') {
          refPerson(origin, [...path, 'person'], effect.person);
          // An appointment starts a term within a year; a reappointment falls inside a running one.
          const term = ds.secretariesGeneral.some(
            ({ value }) =>
              value.person === effect.person &&
              ((dayRange(value.from)[1] >= span[0] && dayRange(value.from)[0] <= span[1] + 400) ||
                overlaps(possibleSpan(value.from, value.to), span)),
          );
          if (!term) report(origin, path, `no secretary-general term of ${effect.person} starts within a year after this meeting or runs through it`);
        } else {
          refState(origin, [...path, 'state'], effect.state);
          const periods = byState.get(effect.state) ?? [];
          const ok =
            effect.status === 'ended'
              ? periods.some(({ value }) => value.to !== undefined && overlaps(dayRange(value.to), [span[0] - 400, span[1] + 400]))
              : periods.some(({ value }) => value.status === effect.status && overlaps(dayRange(value.from), [span[0] - 400, span[1] + 400]));
          if (!ok) report(origin, path, `no membership period of ${effect.state} ${effect.status === 'ended' ? 'ends' : `becomes ${effect.status}`} within a year of this meeting`);
        }
      });
    });
  }

  // ---- operations ------------------------------------------------------------------------------
  for (const { value: op, origin } of ds.operations) {
    refState(origin, ['state'], op.state);
    refPerson(origin, ['requestedBy'], op.requestedBy);
    refPerson(origin, ['commander'], op.commander);
    refMeeting(origin, ['meeting'], op.meeting);
    op.contributors?.forEach((c, i) => refState(origin, ['contributors', i, 'state'], c.state));
    if (op.from && op.to && op.to < op.from && !op.from.startsWith(op.to)) report(origin, ['to'], '`to` is before `from`');
  }

  // ---- statements ------------------------------------------------------------------------------
  for (const { value: s, origin } of ds.statements) {
    refPerson(origin, ['speaker'], s.speaker);
    refMeeting(origin, ['meeting'], s.meeting);
    s.about.forEach((id, i) => refState(origin, ['about', i], id));
    notAfterAsOf(origin, ['date'], s.date);
    const prefix = `${s.date}-${s.speaker}-`;
    if (!s.id.startsWith(prefix)) report(origin, ['id'], `id must start with "${prefix}"`);
    const meeting = s.meeting === undefined ? undefined : meetings.get(s.meeting)?.value;
    if (meeting) {
      const [first, last] = spanOf(meeting.date, meeting.endDate);
      if (!overlaps(dayRange(s.date), [first - 7, last + 7])) {
        report(origin, ['date'], `a statement linked to meeting ${meeting.id} must be dated within a week of it`);
      }
    }
    const speaker = people.get(s.speaker)?.value;
    const roles = speaker?.roles ?? [];
    if (speaker !== undefined) {
      const match = roles.some(
        (r) => r.title === s.role && (r.from === undefined || overlaps(possibleSpan(r.from, r.to), dayRange(s.date))),
      );
      if (!match) report(origin, ['role'], `"${s.role}" is not a role of ${s.speaker} held on ${s.date} (see data/people/)`);
    }
  }

  return issues;
}

/**
 * Loads and checks a data directory: the schema problems, or, when every record is well-formed,
 * the cross-record ones (they only make sense on well-formed records).
 */
export function validateData(dataDir: string): { dataset: Dataset; problems: DataIssue[] } {
  const { dataset, issues } = loadDataset(dataDir);
  return { dataset, problems: issues.length > 0 ? issues : checkInvariants(dataset) };
}
