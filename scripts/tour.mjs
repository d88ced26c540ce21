// A short tour of csto-data: real answers from the bundled data, read through the built package
// exactly as a user imports it. Run with `npm run tour` (it builds first).
import { spawnSync } from 'node:child_process';

// `--build` (as `npm run tour` passes): build first, quietly, and show the build's output only if it fails.
if (process.argv.includes('--build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    process.exit(build.status ?? 1);
  }
}

const {
  absences,
  attendance,
  meetings,
  operations,
  sources,
  statements,
  chairFor,
  chairOn,
  chairsIn,
  dataAsOf,
  isMember,
  membersOn,
  memberships,
  milestones,
  person,
  secretaryGeneralOn,
  snapshot,
  events,
  exercises,
  source,
  state,
} = await import('../dist/index.js');

const today = new Date().toISOString().slice(0, 10);
const asked = today < dataAsOf ? today : dataAsOf;
const name = (id) => person(id).name.en;
const cite = (record) => record.sources.map((id) => `    source: ${source(id).publisher} — ${source(id).url}`).join('\n');
const line = (text = '') => console.log(text);

line(`csto-data — the CSTO, sourced. Data reviewed up to ${dataAsOf}.`);
line();

const chair = chairOn(asked);
line(`Who chairs the CSTO on ${asked}?`);
line(chair ? `  ${state(chair.state).name.en}, chaired by ${name(chair.chair)} (since ${chair.from})` : '  The data has no chair for that day.');
if (chair) line(cite(chair));
line();

line(`Who are the members on ${asked}?`);
for (const period of membersOn(asked)) {
  line(`  ${state(period.state).name.en.padEnd(12)} ${period.status}${period.status === 'active' ? '' : ` since ${period.from}`}`);
}
line();

const sg = secretaryGeneralOn(asked);
line(`Who is Secretary General on ${asked}?`);
line(sg ? `  ${name(sg.person)}${sg.state ? ` (${state(sg.state).name.en})` : ''}, since ${sg.from ?? 'a day no source gives'}${sg.acting ? ', acting' : ''}` : '  The data has none for that day.');
if (sg) line(cite(sg));
line();

line('Who chaired, year by year (chairFor = the chair for most of the year; chairsIn = every term):');
const thisYear = Number(asked.slice(0, 4));
for (let year = thisYear - 5; year <= thisYear; year++) {
  const term = chairFor(year);
  const all = chairsIn(year).map((t) => t.state).join(' → ');
  line(`  ${year}: ${term ? `${state(term.state).name.en} (${name(term.chair)})` : '—'}${chairsIn(year).length > 1 ? `   [terms: ${all}]` : ''}`);
}
line();

line("Uzbekistan's membership over time:");
for (const p of memberships({ state: 'UZB' })) line(`  ${p.from} … ${p.to ?? 'open'}  ${p.status}`);
line(`  A member on 2013-01-01? ${isMember('UZB', '2013-01-01')}`);
line();

line('Milestones:');
for (const m of milestones().slice(0, 8)) line(`  ${m.date.padEnd(10)}  ${m.title}`);
line();

const astana = attendance('2024-11-28-csc-astana');
line('Who came to the Collective Security Council in Astana on 28 November 2024?');
line(`  present: ${astana.present.join(', ')}; absent: ${astana.absent.join(', ') || '—'}; unknown: ${astana.unknown.join(', ') || '—'}`);
for (const r of astana.records.filter((r) => r.note)) line(`  ${r.state}: ${r.note}`);
line();

line('Sessions Armenia stayed away from:');
for (const a of absences('ARM')) line(`  ${a.meeting.date}  ${a.meeting.city ?? ''}${a.meeting.bodies.join('+') ? ` (${a.meeting.bodies.join('+')})` : ''}`);
line();

line('What the secretary general said about Afghanistan:');
for (const s of statements({ speaker: 'imangali-tasmagambetov', topic: 'afghanistan' })) {
  line(`  ${s.date}: ${s.quote ? `“${s.quote}”` : `(paraphrase) ${s.summary}`}`);
  line(`    source: ${source(s.sources[0]).publisher} — ${source(s.sources[0]).url}`);
}
line();

line('Who chaired in 2007? The handover day is unknown; sources bound it:');
for (const day of ['2007-05-01', '2007-10-06']) {
  const readings = chairOn(day, { possible: true });
  line(`  ${day}: ${readings.map((r) => `${state(r.record.state).name.en} (${r.certain ? 'certain' : `possible; changed between ${r.window?.earliest} and ${r.window?.latest}`})`).join('; ')}`);
}
line();

const day = snapshot('2015-01-01');
line('The CSTO on 1 January 2015:');
line(`  members: ${day.members.map((r) => r.record.state).join(', ')}; chair: ${day.chair.map((r) => state(r.record.state).name.en).join('/')}; secretary general: ${day.secretaryGeneral.map((r) => name(r.record.person)).join('/')}`);
line(`  forces: ${day.forces.map((f) => f.abbreviation ?? f.name.en).join(', ')}; observers: ${day.partners.map((p) => p.partner.name).join('; ')}`);
line();

line('2022, in order (first ten events):');
for (const e of events({ from: '2022-01-01', to: '2022-12-31' }).slice(0, 10)) line(`  ${e.date.padEnd(10)}  ${e.kind.padEnd(14)}  ${e.description}`);
line();

const op = operations().find((o) => o.state === 'KAZ');
if (op) line(`January 2022: ${op.name}, ${op.from} to ${op.to ?? '?'}, commanded by ${op.commander ? name(op.commander) : '?'}.`);
line(`\nThe data: ${meetings().length} meetings, ${statements().length} statements, ${exercises().length} exercises, ${events().length} timeline events, ${sources().length} sources.`);
