// The benchmark's questions: each lookup beside the naive find or filter a user would write over
// the shipped JSON, the loops a user would run over what the library returns, and one question
// per helper family for the growth table.

const DAY = '2024-06-01';
const MEETING = '2024-11-28-csc-astana';
const within = (p, day) => p.from <= day && (p.to === undefined || p.to >= day);

/** [name, the library's call, the naive call over plain JSON]. */
export function lookupPairs(api, json) {
  const chairs = json('chairmanships');
  const memberships = json('memberships');
  const sgs = json('secretaries-general');
  const meetings = json('meetings');
  const statements = json('statements');
  const people = json('people');
  const sources = json('sources');
  const states = json('states');
  const statementId = statements.at(-1).id;
  const sourceId = sources.at(-1).id;
  return [
    ['chairFor(2024)', () => api.chairFor(2024), () => chairs.find((t) => t.from <= '2024-12-31' && (t.to === undefined || t.to >= '2024-01-01'))],
    [`chairOn("${DAY}")`, () => api.chairOn(DAY), () => chairs.find((t) => within(t, DAY))],
    [`isMember("KAZ", "${DAY}")`, () => api.isMember('KAZ', DAY), () => memberships.some((p) => p.state === 'KAZ' && p.status === 'active' && within(p, DAY))],
    [`membersOn("${DAY}")`, () => api.membersOn(DAY), () => memberships.filter((p) => p.status === 'active' && within(p, DAY))],
    [`secretaryGeneralOn("${DAY}")`, () => api.secretaryGeneralOn(DAY), () => sgs.find((t) => t.from !== undefined && within(t, DAY))],
    ['state("Kazakhstan")', () => api.state('Kazakhstan'), () => states.find((s) => s.name.en === 'Kazakhstan')],
    ['meeting(id)', () => api.meeting(MEETING), () => meetings.find((m) => m.id === MEETING)],
    ['attendance(id)', () => api.attendance(MEETING), () => {
      const m = meetings.find((x) => x.id === MEETING);
      return { present: m.attendance.filter((a) => a.status !== 'absent').map((a) => a.state), absent: m.attendance.filter((a) => a.status === 'absent').map((a) => a.state) };
    }],
    ['absences("ARM")', () => api.absences('ARM'), () => meetings.filter((m) => m.attendance.some((a) => a.state === 'ARM' && a.status === 'absent'))],
    ['meetings({ year: 2022 })', () => api.meetings({ year: 2022 }), () => meetings.filter((m) => m.date.startsWith('2022'))],
    ['statement(id)', () => api.statement(statementId), () => statements.find((s) => s.id === statementId)],
    ['statements({ speaker })', () => api.statements({ speaker: 'nikol-pashinyan' }), () => statements.filter((s) => s.speaker === 'nikol-pashinyan')],
    ['statements({ text })', () => api.statements({ text: 'afghan' }), () => statements.filter((s) => `${s.quote ?? ''}\n${s.translation ?? ''}\n${s.summary}`.toLowerCase().includes('afghan'))],
    ['person(id)', () => api.person('imangali-tasmagambetov'), () => people.find((p) => p.id === 'imangali-tasmagambetov')],
    ['source(id)', () => api.source(sourceId), () => sources.find((s) => s.id === sourceId)],
  ];
}

/**
 * A loop compiled on its own: the same source, its own type feedback. A user's program iterates
 * the library's records or the plain JSON, not both in one loop; a loop shared by both sides sees
 * the record shapes of both, and whichever side it met first decides how fast both run (1.2–1.7×
 * between runs of the same build).
 */
const compiledAlone = (loop) => new Function(`return ${loop.toString()}`)();

/** [what is iterated, a loop over the library's answer, the same loop over plain JSON]. */
export function iterationPairs(api, json) {
  const meetings = json('meetings');
  const statements = json('statements');
  const sources = json('sources');
  const overMeetings = (list) => {
    let n = 0;
    for (const m of list) n += m.attendance.length + m.date.length + (m.city?.length ?? 0);
    return n;
  };
  const overStatements = (list) => {
    let n = 0;
    for (const s of list) n += s.topics.length + s.summary.length + (s.quote?.length ?? 0);
    return n;
  };
  const overSources = (list) => list.filter((s) => s.language === 'ru').length;
  const pair = (name, loop, answer, plain) => {
    const [overLibrary, overPlain] = [compiledAlone(loop), compiledAlone(loop)];
    return [name, () => overLibrary(answer()), () => overPlain(plain)];
  };
  return [
    pair('meetings()', overMeetings, () => api.meetings(), meetings),
    pair('statements()', overStatements, () => api.statements(), statements),
    pair('sources() with filter()', overSources, () => api.sources(), sources),
  ];
}

/** [family (collection), function imported, the call as code, the same call in process]. */
export const growthFamilies = [
  ['chairmanships', 'chairFor', 'chairFor(2024)', (api) => api.chairFor(2024)],
  ['memberships', 'isMember', `isMember('KAZ', '${DAY}')`, (api) => api.isMember('KAZ', DAY)],
  ['secretaries general', 'secretaryGeneralOn', `secretaryGeneralOn('${DAY}')`, (api) => api.secretaryGeneralOn(DAY)],
  ['people', 'roleOn', `roleOn('nikol-pashinyan', '${DAY}')`, (api) => api.roleOn('nikol-pashinyan', DAY)],
  ['meetings', 'meeting', `meeting('${MEETING}')`, (api) => api.meeting(MEETING)],
  ['meetings (attendance)', 'attendance', `attendance('${MEETING}')`, (api) => api.attendance(MEETING)],
  ['statements (text search)', 'statements', `statements({ text: 'afghan' })`, (api) => api.statements({ text: 'afghan' })],
  ['sources', 'source', `source('tass-2022-12-04-pa-session-observers')`, (api) => api.source('tass-2022-12-04-pa-session-observers')],
  ['timeline', 'events', `events({ from: '2022-01-01', to: '2022-12-31' })`, (api) => api.events({ from: '2022-01-01', to: '2022-12-31' })],
];
