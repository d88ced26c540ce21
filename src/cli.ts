/**
 * `csto`: the CSTO record at a terminal. Human-readable tables by default, `--json` for scripts.
 * Exit codes: 0 an answer, 1 a question the data has no answer for, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { table, unknown, UsageError, wrap } from './_lib/cli-kit.js';
import { runCommandLine, type Answer, type Command, type Output, type Values } from './_lib/cli-run.js';
import {
  absences,
  attendance,
  chairFor,
  chairOn,
  chairsIn,
  dataAsOf,
  dataVersion,
  meetings,
  membersOn,
  person,
  secretaryGeneralOn,
  source,
  TOPICS,
  MEETING_KINDS,
  state,
  statements,
  UnknownIdError,
  BODIES,
  COLLECTIONS,
  EVENT_KINDS,
  events,
  EXERCISE_SERIES,
  exercises,
  snapshot,
  type EventFilter,
  type ExerciseFilter,
  CSV_TABLES,
  DERIVED_TABLES,
  MEETING_STATUSES,
  MEMBERSHIP_STATUSES,
  type Chairmanship,
  type Membership,
  type MeetingFilter,
  type PersonId,
  type SourceId,
  type SecretaryGeneralTerm,
  type StatementFilter,
} from './index.js';

type Row = Record<string, string | number | boolean | undefined>;

const name = (id: PersonId) => person(id).name.en;
const today = () => new Date().toISOString().slice(0, 10);

const str = (values: Values, key: string) => values[key] as string | undefined;
const strings = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, { type: 'string' as const }]));
const choices = (values: readonly string[]) => values.join('|');

function year(text: string | undefined, usage: string): number {
  if (text === undefined) throw new UsageError('expected a year such as 2024, or --on and a day', ['YYYY'], [], usage);
  if (!/^\d{1,4}$/.test(text)) throw new UsageError(`expected a year such as 2024; got ${JSON.stringify(text)}`, ['YYYY'], [], usage);
  return Number(text);
}

/**
 * A day for --on (today without one). A year or a month is refused with a pointer rather than
 * guessed: membership and terms can change within either.
 */
function day(text: string | undefined, usage: string): string {
  if (text !== undefined && /^\d{4}(-\d{2})?$/.test(text)) {
    throw new UsageError(`--on needs a day here (YYYY-MM-DD), since this can change within ${text.length === 4 ? 'a year' : 'a month'}; csto timeline lists the changes`, ['YYYY-MM-DD'], [], usage);
  }
  return text ?? today();
}

/** A filter object from the options that were given (`year` read as a number). */
function filterOf(keys: readonly string[], values: Values, usage: string): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const key of keys) {
    const value = str(values, key);
    if (value !== undefined) filter[key] = key === 'year' ? year(value, usage) : key === 'from' || key === 'to' ? periodEnd(value, key) : value;
  }
  return filter;
}

/** A range bound given as a year or a month (`--from 2012`, `--to 2012-05`): its first or last day. */
function periodEnd(value: string, end: 'from' | 'to'): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!m || Number(m[2] ?? 1) < 1 || Number(m[2] ?? 1) > 12) return value; // a day, or left for the library to refuse
  const [y, month] = [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])];
  if (end === 'from') return `${m[1]}-${m[2] ?? '01'}-01`;
  const last = new Date(Date.UTC(y, month ?? 12, 0)).getUTCDate();
  return `${m[1]}-${m[2] ?? '12'}-${String(last).padStart(2, '0')}`;
}

const chairRow = (t: Chairmanship): Row => ({ state: t.state, name: state(t.state).name.en, chair: name(t.chair), from: t.from, to: t.to ?? '(open)' });

const MEETING_KEYS = ['year', 'from', 'to', 'body', 'kind', 'host', 'status', 'attendee', 'absentee'] as const;
const STATEMENT_KEYS = ['speaker', 'topic', 'about', 'state', 'meeting', 'text', 'from', 'to'] as const;
const EXERCISE_KEYS = ['year', 'host', 'participant', 'series', 'name'] as const;
const EVENT_KEYS = ['from', 'to', 'state', 'kind'] as const;
/** What `csto export` can print. (Read on use, like every vocabulary below: a command that needs none never loads them.) */
const exportNames = () => [...Object.values(COLLECTIONS).map((c) => c.file), ...CSV_TABLES, ...DERIVED_TABLES];

/** Every command: its usage, help, options and what it does. */
const COMMANDS: Record<string, Command> = {
  chair: {
    usage: 'csto chair <year> | csto chair --on <YYYY-MM-DD|YYYY>',
    help: 'Who chaired the CSTO: for a year, the term that held the chair for most of it (and every term of that year); or on a day.',
    options: strings(['on']),
    positionals: 1,
    run(positionals, values, width) {
      if (positionals[0] !== undefined && values['on'] !== undefined) throw new UsageError('give a year or --on, not both', [], [], this.usage);
      // A year given as --on (a partial date): the year's answer, with chairFor's certainty rules.
      const on = /^\d{4}$/.test(str(values, 'on') ?? '') ? undefined : str(values, 'on');
      if (on !== undefined) {
        const term = chairOn(on);
        return { json: term ?? null, found: term !== undefined, text: term ? table([chairRow(term)], ['state', 'name', 'chair', 'from', 'to'], width) : `No chair recorded for ${on}.` };
      }
      const y = year(positionals[0] ?? str(values, 'on'), this.usage);
      const term = chairFor(y);
      const all = chairsIn(y);
      return {
        json: { chair: term ?? null, terms: all },
        found: term !== undefined,
        text: term ? `${y}: ${state(term.state).name.en} (${name(term.chair)})\n\n${table(all.map(chairRow), ['state', 'name', 'chair', 'from', 'to'], width)}` : `No chair recorded for ${y}.`,
      };
    },
  },
  members: {
    usage: 'csto members [--on <YYYY-MM-DD>]',
    get help() {
      return `The member states on a day (today by default), with their status: ${MEMBERSHIP_STATUSES.join(', ')}.`;
    },
    options: strings(['on']),
    positionals: 0,
    run(_, values, width) {
      const on = day(str(values, 'on'), this.usage);
      const list = membersOn(on);
      const rows = list.map((m: Membership) => ({ state: m.state, name: state(m.state).name.en, status: m.status, since: m.from }));
      // The context of a status: the formal steps the members had taken by that day.
      const steps = snapshot(on).steps.filter((s) => list.some((m) => m.state === s.state));
      const context = steps.length ? `\n\nFormal steps by members:\n${steps.map((s) => `  ${s.date}  ${s.state}  ${s.kind}`).join('\n')}` : '';
      return { json: list, found: list.length > 0, text: list.length ? `Members on ${on}:\n\n${table(rows, ['state', 'name', 'status', 'since'], width)}${context}` : `No members on ${on}.` };
    },
  },
  sg: {
    usage: 'csto sg [--on <YYYY-MM-DD>]',
    help: 'The Secretary General (or acting one) on a day, today by default.',
    options: strings(['on']),
    positionals: 0,
    run(_, values, width) {
      const on = day(str(values, 'on'), this.usage);
      const term = secretaryGeneralOn(on);
      const row = (t: SecretaryGeneralTerm): Row => ({ name: name(t.person), state: t.state, from: t.from, to: t.to ?? '(open)', acting: t.acting ? 'acting' : '' });
      return { json: term ?? null, found: term !== undefined, text: term ? table([row(term)], ['name', 'state', 'from', 'to', 'acting'], width) : `No Secretary General recorded for ${on}.` };
    },
  },
  meetings: {
    get usage() {
      return `csto meetings [--year <YYYY>] [--from <date>] [--to <date>] [--body ${choices(BODIES)}] [--kind <kind>] [--host <state>] [--status ${choices(MEETING_STATUSES)}] [--attendee <state>] [--absentee <state>]`;
    },
    help: 'Meetings of the CSTO bodies, filtered, in date order.',
    options: strings(MEETING_KEYS),
    positionals: 0,
    get vocabularies() {
      return { body: BODIES, kind: MEETING_KINDS, status: MEETING_STATUSES };
    },
    run(_, values, width) {
      const list = meetings(filterOf(MEETING_KEYS, values, this.usage) as MeetingFilter);
      const rows = list.map((m) => ({ id: m.id, date: m.date, bodies: m.bodies.join('+'), kind: m.kind, format: m.format, city: m.city, status: m.status }));
      return { json: list, found: list.length > 0, text: list.length ? table(rows, ['id', 'date', 'bodies', 'kind', 'format', 'city', 'status'], width) : 'No meetings match.' };
    },
  },
  attendance: {
    usage: 'csto attendance <meeting-id>',
    help: 'Who came to a meeting: present, by video, represented, absent, and members no source reports on.',
    options: {},
    positionals: 1,
    run(positionals, _, width) {
      if (positionals[0] === undefined) throw new UsageError('expected a meeting id such as 2024-11-28-csc-astana (see csto meetings)', [], [], this.usage);
      const a = attendance(positionals[0] as never);
      if (a.status !== 'held') return { json: a, found: false, text: `${a.meeting} — ${a.status}: ${a.reason ?? ''}; no attendance to report.` };
      const rows: Row[] = a.records.map((r) => ({ state: r.state, status: r.status, delegate: r.delegate ? name(r.delegate) : undefined, note: r.note }));
      for (const s of a.unknown) rows.push({ state: s, status: 'unknown', delegate: undefined, note: 'not reported by any source' });
      return { json: a, found: true, text: `${a.meeting} — attendance ${a.complete ? 'complete' : 'incomplete'}\n\n${table(rows, ['state', 'status', 'delegate', 'note'], width)}` };
    },
  },
  absences: {
    usage: 'csto absences <state>',
    help: 'The meetings a state is recorded as absent from, with the reason where sources give one.',
    options: {},
    positionals: 1,
    run(positionals, _, width) {
      if (positionals[0] === undefined) throw new UsageError('expected a state: an id, a name or a code such as ARM', [], [], this.usage);
      const list = absences(positionals[0] as never);
      const rows = list.map((a) => ({ meeting: a.meeting.id, date: a.meeting.date, reason: a.reason }));
      return { json: list, found: list.length > 0, text: list.length ? table(rows, ['meeting', 'date', 'reason'], width) : 'No recorded absences.' };
    },
  },
  statements: {
    usage: 'csto statements [--speaker <person-id>] [--topic <topic>] [--about <state>] [--state <state>] [--meeting <id>] [--text <words>] [--from <date>] [--to <date>]',
    help: 'Statements about the CSTO, filtered, in date order.',
    options: strings(STATEMENT_KEYS),
    positionals: 0,
    get vocabularies() {
      return { topic: TOPICS };
    },
    run(_, values, width) {
      const list = statements(filterOf(STATEMENT_KEYS, values, this.usage) as StatementFilter);
      const text = list
        .map((s) => `${s.date}  ${name(s.speaker)} (${s.role})\n  ${s.quote ? `“${s.quote}”${s.translation ? `\n  [${s.translation}]` : ''}` : `(paraphrase) ${s.summary}`}`)
        .join('\n\n');
      return { json: list, found: list.length > 0, text: list.length ? wrap(text, width) : 'No statements match.' };
    },
  },
  exercises: {
    get usage() {
      return `csto exercises [--year <YYYY>] [--host <state>] [--participant <state>] [--series ${choices(EXERCISE_SERIES)}] [--name <words>]`;
    },
    help: 'CSTO exercises, one line per edition, in date order.',
    options: strings(EXERCISE_KEYS),
    positionals: 0,
    get vocabularies() {
      return { series: EXERCISE_SERIES };
    },
    run(_, values, width) {
      const list = exercises(filterOf(EXERCISE_KEYS, values, this.usage) as ExerciseFilter);
      const rows = list.map((e) => ({ id: e.id, from: e.from, to: e.to, name: e.name, host: e.host, participants: (e.participants ?? []).join(' ') }));
      return { json: list, found: list.length > 0, text: list.length ? table(rows, ['id', 'from', 'to', 'name', 'host', 'participants'], width) : 'No exercises match.' };
    },
  },
  timeline: {
    get usage() {
      return `csto timeline [--from <date>] [--to <date>] [--state <state>] [--kind ${choices(EVENT_KINDS)}]`;
    },
    help: 'Every dated thing in the data, in order: membership changes, chair handovers, meetings, exercises, agreements, steps of member states…',
    options: strings(EVENT_KEYS),
    positionals: 0,
    get vocabularies() {
      return { kind: EVENT_KINDS };
    },
    run(_, values, width) {
      const list = events(filterOf(EVENT_KEYS, values, this.usage) as EventFilter);
      const rows = list.map((e) => ({ date: e.date, kind: e.kind, states: e.states.join(' '), event: e.description }));
      return { json: list, found: list.length > 0, text: list.length ? table(rows, ['date', 'kind', 'states', 'event'], width) : 'No events match.' };
    },
  },
  on: {
    usage: 'csto on <YYYY-MM-DD>',
    help: 'The CSTO on a day: members and their status, chair, secretary general, forces in being, observers and partners, the sessions before and after.',
    options: {},
    positionals: 1,
    run(positionals, _, width) {
      if (positionals[0] === undefined) throw new UsageError('expected a day written YYYY-MM-DD', ['YYYY-MM-DD'], [], this.usage);
      const s = snapshot(positionals[0]);
      const reading = (r: { certain: boolean }) => (r.certain ? '' : ' (possible)');
      const lines = [
        `The CSTO on ${s.date}`,
        '',
        `Members: ${s.members.map((r) => `${r.record.state} ${r.record.status}${reading(r)}`).join(', ') || '(none)'}`,
        `Chair: ${s.chair.map((r) => `${state(r.record.state).name.en} (${name(r.record.chair)})${reading(r)}`).join('; ') || '(none recorded)'}`,
        `Secretary General: ${s.secretaryGeneral.map((r) => `${name(r.record.person)}${r.record.acting ? ' (acting)' : ''}${reading(r)}`).join('; ') || '(none recorded)'}`,
        `Forces: ${s.forces.map((f) => f.abbreviation ?? f.name.en).join(', ') || '(none recorded)'}`,
        `Observers and partners: ${s.partners.map((p) => `${p.partner.name} (${p.status} of the ${p.of})`).join('; ') || '(none recorded)'}`,
        `Previous session: ${s.previousSession?.id ?? '(none)'}`,
        `Next session: ${s.nextSession ? `${s.nextSession.id} (${s.nextSession.status})` : '(none recorded)'}`,
      ];
      return { json: s, found: s.members.length > 0, text: wrap(lines.join('\n'), width, (line) => line.indexOf(': ') + 2) };
    },
  },
  export: {
    usage: 'csto export <collection> [--format json|csv]',
    get help() {
      return `Prints a whole collection as JSON (default) or CSV. Collections: ${exportNames().join(', ')} (${CSV_TABLES.join(', ')}: CSV only; ${DERIVED_TABLES.join(', ')}: the panels and the code crosswalk).`;
    },
    options: strings(['format']),
    positionals: 1,
    vocabularies: { format: ['json', 'csv'] },
    run(positionals, values) {
      const format = str(values, 'format') ?? 'json';
      const names = exportNames();
      if (positionals[0] === undefined) throw new UsageError(`expected a collection: ${names.join(', ')}`, names, [], this.usage);
      const collection = names.find((e) => e === positionals[0]?.toLowerCase());
      if (collection === undefined) throw unknown('collection', positionals[0], names, this.usage);
      let body: string;
      try {
        body = readFileSync(new URL(`./data/${collection}.${format}`, import.meta.url), 'utf8');
      } catch {
        throw new UsageError(`no ${format.toUpperCase()} export of ${collection} (${CSV_TABLES.join(', ')}: CSV only)`, ['csv'], [], this.usage);
      }
      return { json: undefined, found: true, text: body.replace(/\r?\n$/, '') };
    },
  },
};

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code.
 * @internal
 */
export function main(argv: readonly string[], io: Output): number {
  const program = {
    commands: COMMANDS,
    get title() {
      return `csto ${dataVersion} — the CSTO, sourced (data reviewed up to ${dataAsOf})`;
    },
    get version() {
      return dataVersion;
    },
    source: (id: string) => source(id as SourceId),
  };
  return runCommandLine(program, argv, io);
}
