/** docs/coverage.md: what the data knows and, honestly, what it does not. */
import { dayRange } from '../../src/_lib/dates.js';
import * as api from '../../src/index.js';

const table = (header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function count<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return map;
}

export function coverageReport(): string {
  const meetings = api.meetings();
  const statements = api.statements();
  const collections: Array<[string, number]> = [
    ['states', api.states().length],
    ['membership periods', api.memberships().length],
    ['chairmanship terms', api.chairmanships().length],
    ['secretary-general terms', api.secretariesGeneral().length],
    ['people', api.people().length],
    ['dated roles', api.people().reduce((n, p) => n + (p.roles ?? []).filter((r) => r.from !== undefined).length, 0)],
    ['milestones', api.milestones().length],
    ['meetings', meetings.length],
    ['— of which Collective Security Council sessions', meetings.filter((m) => m.bodies.includes('CSC')).length],
    ['attendance records', meetings.reduce((n, m) => n + m.attendance.length, 0)],
    ['adopted documents', meetings.reduce((n, m) => n + (m.documents?.length ?? 0), 0)],
    ['operations', api.operations().length],
    ['statements', statements.length],
    ['— of which paraphrases', statements.filter((s) => s.paraphrase).length],
    ['speakers', new Set(statements.map((s) => s.speaker)).size],
    ['bodies', api.bodies().length],
    ['— heads of bodies', api.bodies().reduce((n, b) => n + (b.heads?.length ?? 0), 0)],
    ['forces', api.forces().length],
    ['exercises', api.exercises().length],
    ['observer and partner statuses', api.partners().length],
    ['agreements with other organizations', api.agreements().length],
    ["member states' formal steps", api.stateSteps().length],
    ['timeline events', api.events().length],
    ['sources', api.sources().length],
  ];

  const years = new Set([...meetings.map((m) => m.date.slice(0, 4)), ...statements.map((s) => s.date.slice(0, 4))]);
  const meetingsByYear = count(meetings, (m) => m.date.slice(0, 4));
  const statementsByYear = count(statements, (s) => s.date.slice(0, 4));
  const byYear = [...years].sort().map((y) => [y, meetingsByYear.get(y) ?? 0, statementsByYear.get(y) ?? 0]);

  const publishers = [...count(api.sources(), (s) => s.publisher)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = publishers.slice(0, 30);
  const rest = publishers.slice(30).reduce((n, [, c]) => n + c, 0);

  const incomplete = meetings.filter((m) => m.status === 'held' && !m.attendanceComplete);
  const notHeld = meetings.filter((m) => m.status !== 'held');
  // Every delegate and speaker should have a dated role on the day they appear.
  const uncovered: string[] = [];
  for (const m of meetings) {
    if (m.date.length !== 10) continue;
    for (const a of m.attendance) if (a.delegate && !api.roleOn(a.delegate, m.date)) uncovered.push(`delegate ${a.delegate} at \`${m.id}\``);
  }
  for (const s of statements) if (s.date.length === 10 && !api.roleOn(s.speaker, s.date)) uncovered.push(`speaker ${s.speaker} in \`${s.id}\``);
  const partial = [
    ...api.memberships().flatMap((p) => [p.from, p.to].filter((d): d is string => d !== undefined && d.length < 10).map((d) => `membership ${p.state} ${d}`)),
    ...api.chairmanships().flatMap((t) => [t.from, t.to].filter((d): d is string => d !== undefined && d.length < 10).map((d) => `chairmanship ${t.state} ${d}`)),
    ...meetings.filter((m) => m.date.length < 10).map((m) => `meeting ${m.id}`),
    ...statements.filter((s) => s.date.length < 10).map((s) => `statement ${s.id}`),
  ];

  // Every start or end known only within a window: where the chair, secretary general or a
  // membership changed on a day no source gives, and what bounds it.
  const windows: string[] = [];
  const describe = (what: string, t: { from?: string; to?: string; bounds?: import('../../src/index.js').PeriodBounds; attested?: readonly import('../../src/index.js').Attestation[]; sources: readonly string[] }) => {
    for (const side of ['from', 'to'] as const) {
      const b = t.bounds?.[side];
      if (b === undefined || (b.earliest !== undefined && b.earliest === b.latest)) continue;
      const by = [...(b.sources ?? []), ...(t.attested ?? []).flatMap((a) => a.sources)];
      const attested = (t.attested ?? []).map((a) => a.on);
      windows.push(
        `${what}, ${side === 'from' ? 'start' : 'end'} ${t[side] ?? '(unknown)'}: between ${b.earliest ?? '(no earliest day)'} and ${b.latest ?? '(no latest day)'}` +
          (attested.length ? `; in force on ${attested.join(', ')} (${[...new Set(by)].join(', ')})` : '') +
          `; sources of the record: ${t.sources.join(', ')}`,
      );
    }
  };
  for (const t of api.chairmanships()) describe(`chairmanship ${t.state} ${t.from}`, t);
  for (const t of api.secretariesGeneral()) describe(`secretary general ${t.person}`, t);
  for (const p of api.memberships()) describe(`membership ${p.state} ${p.status} ${p.from}`, p);
  const chairGaps: string[] = [];
  const terms = api.chairmanships();
  for (let i = 1; i < terms.length; i++) {
    const prev = terms[i - 1]!;
    const next = terms[i]!;
    const end = prev.bounds?.to?.latest ?? prev.to;
    const start = next.bounds?.from?.earliest ?? next.from;
    if (end !== undefined && start > end && dayRange(start)[0] - dayRange(end)[1] > 1) chairGaps.push(`after ${prev.state} (to ${prev.to ?? 'open'}) and before ${next.state} (from ${next.from}): no term recorded`);
  }

  const conflicted: string[] = [];
  for (const p of api.memberships()) if (p.conflicts?.length) conflicted.push(`membership ${p.state} from ${p.from}: ${p.conflicts.map((c) => `${c.field} (other claim: ${c.value})`).join('; ')}`);
  for (const t of api.chairmanships()) if (t.conflicts?.length) conflicted.push(`chairmanship ${t.state} from ${t.from}: ${t.conflicts.map((c) => `${c.field} (other claim: ${c.value})`).join('; ')}`);
  for (const t of api.secretariesGeneral()) if (t.conflicts?.length) conflicted.push(`secretary general ${t.person} from ${t.from}: ${t.conflicts.map((c) => c.field).join('; ')}`);
  for (const m of api.milestones()) if (m.conflicts?.length) conflicted.push(`milestone ${m.kind} ${m.date}: ${m.conflicts.map((c) => `${c.field} (other claim: ${c.value})`).join('; ')}`);
  for (const m of meetings) {
    if (m.conflicts?.length) conflicted.push(`meeting ${m.id}: ${m.conflicts.map((c) => `${c.field} (other claim: ${c.value})`).join('; ')}`);
    if ((m.documentCount?.length ?? 0) > 1) conflicted.push(`meeting ${m.id}: document counts ${m.documentCount!.map((c) => c.count).join(' vs ')}`);
  }
  for (const o of api.operations()) if (o.conflicts?.length) conflicted.push(`operation ${o.id}: ${o.conflicts.map((c) => c.field).join('; ')}`);
  for (const s of statements) if (s.conflicts?.length) conflicted.push(`statement ${s.id}: ${s.conflicts.map((c) => `${c.field} (other claim: ${c.value})`).join('; ')}`);

  return [
    '# What the data covers',
    '',
    `Generated by \`npm run docs\` from the data as reviewed up to ${api.dataAsOf}. Every record cites at least one source; this page says how much there is, where it comes from, and where it is thin.`,
    '',
    '## Records',
    '',
    table(['collection', 'records'], collections),
    '',
    '## By year',
    '',
    table(['year', 'meetings', 'statements'], byYear),
    '',
    `## Sources by publisher (top 30 of ${publishers.length})`,
    '',
    table(['publisher', 'sources'], [...top, ...(rest > 0 ? [[`${publishers.length - 30} other publishers`, rest] as const] : [])]),
    '',
    `## Meetings held without a complete attendance list (${incomplete.length} of ${meetings.filter((m) => m.status === 'held').length})`,
    '',
    'For these, the states no source reports on are `unknown` in `attendance()` — never counted as absent.',
    '',
    ...incomplete.map((m) => {
      const a = api.attendance(m);
      return `- \`${m.id}\` — unknown: ${a.unknown.length ? a.unknown.join(', ') : '(none of the members on that date; some records lack detail)'}`;
    }),
    '',
    `## Meetings not known to have been held (${notHeld.length})`,
    '',
    'Announced meetings for which no source read reports that they took place (`unconfirmed`), and cancelled or postponed ones:',
    '',
    ...notHeld.map((m) => `- \`${m.id}\` — ${m.status}`),
    '',
    `## Appearances no dated role covers (${uncovered.length})`,
    '',
    'A delegate or speaker on a day for which no source read gives a dated role (an office whose start or end was not found):',
    '',
    ...uncovered.map((u) => `- ${u}`),
    '',
    `## Dates known only to the month or year (${partial.length})`,
    '',
    'Kept as precise as the sources give them, never padded to a day:',
    '',
    ...partial.map((p) => `- ${p}`),
    '',
    `## Changes known only within a window (${windows.length})`,
    '',
    'Where a term or period began or ended on a day no source gives, the helpers answer only for the days every reading agrees on; ask with `{ possible: true }` for the rest. Each window is narrowed by the date\'s precision, the days sources attest the record in force, and the neighbouring records of its series.',
    '',
    ...windows.map((w) => `- ${w}`),
    '',
    `## Gaps in the chair record (${chairGaps.length})`,
    '',
    ...(chairGaps.length ? chairGaps.map((g) => `- ${g}`) : ['None.']),
    '',
    `## Records where sources disagree (${conflicted.length})`,
    '',
    'Each record holds what the better source says and lists the other claims under `conflicts` (or, for document counts, every count with its sources).',
    '',
    ...conflicted.map((c) => `- ${c}`),
    '',
  ].join('\n');
}
