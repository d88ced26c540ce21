/**
 * Each invariant check, run alone on the made-up fixture dataset with one thing broken, reports
 * exactly that problem: file, record, field and message.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../scripts/lib/dataset.js';
import { CHECKS, type CheckName, checkInvariants } from '../scripts/lib/invariants.js';
import { fixtureCopy, FIXTURE_DIR } from './fixtures/dataset.js';

type Edit = { file: string; edit: (records: any[]) => void };
const meeting = (edit: (m: any) => void): Edit => ({ file: 'meetings/2021.yaml', edit: (r) => edit(r[0]) });

/** One breakage per check, and the single problem it must produce. */
const CASES: Record<CheckName, [Edit, { file: string; record: string; field: string; message: string }]> = {
  'unique-ids': [
    { file: 'people/people.yaml', edit: (r) => r.push({ ...r[0] }) },
    { file: 'data/people/people.yaml', record: 'arm-leader', field: 'id', message: 'duplicate person id; first defined in data/people/people.yaml' },
  ],
  'unique-urls': [
    { file: 'sources/sources.yaml', edit: (r) => (r[1].url = r[0].url) },
    { file: 'data/sources/sources.yaml', record: 'fixture-nd-chairs', field: 'url', message: 'the same URL is already catalogued as source "fixture-nd-states"' },
  ],
  'text-well-formed': [
    { file: 'statements/statements.yaml', edit: (r) => (r[0].quote = '\u200B') },
    { file: 'data/statements/statements.yaml', record: '2021-06-10-sg-person-opening', field: 'quote', message: 'text is only invisible characters (spaces, zero-width or control characters)' },
  ],
  'dates-in-range': [
    { file: 'people/people.yaml', edit: (r) => (r[0].roles[0] = { title: r[0].roles[0].title, to: '1066', sources: r[0].roles[0].sources }) },
    { file: 'data/people/people.yaml', record: 'arm-leader', field: 'roles.0.to', message: 'date 1066 is before 1950, earlier than anything this data can be about' },
  ],
  'chairs-are-members': [
    { file: 'chairmanships.yaml', edit: (r) => (r[0].state = 'UZB') },
    { file: 'data/chairmanships.yaml', record: 'UZB 2020-01-01', field: 'state', message: 'UZB was never a member during this term; only a member state chairs' },
  ],
  'delegates-of-their-state': [
    meeting((m) => (m.attendance[1].delegate = 'rus-leader')),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'attendance.1.delegate', message: 'delegate rus-leader is from RUS, not from KAZ' },
  ],
  'unique-alpha2': [
    { file: 'states.yaml', edit: (r) => (r[1].alpha2 = 'AM') },
    { file: 'data/states.yaml', record: 'KAZ', field: 'alpha2', message: 'alpha-2 code already used by ARM' },
  ],
  'sources-resolve': [
    { file: 'milestones.yaml', edit: (r) => (r[0].sources = ['fixture-nd-states', 'nowhere-nd-x']) },
    { file: 'data/milestones.yaml', record: 'treaty-signed 1992-05-15', field: 'sources.1', message: 'unknown source id "nowhere-nd-x" (not in data/sources/)' },
  ],
  'sources-cited': [
    { file: 'sources/sources.yaml', edit: (r) => r.push({ id: 'fixture-nd-extra', url: 'https://example.org/extra', title: 'x', publisher: 'x', language: 'en' }) },
    { file: 'data/sources/sources.yaml', record: 'fixture-nd-extra', field: 'id', message: 'source is not cited by any record (remove it or cite it)' },
  ],
  'references-resolve': [
    meeting((m) => (m.attendance[0].delegate = 'nobody-here')),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'attendance.0.delegate', message: 'unknown person id "nobody-here" (not in data/people/)' },
  ],
  'nothing-after-data-as-of': [
    { file: 'milestones.yaml', edit: (r) => (r[0].date = '2025-01') },
    { file: 'data/milestones.yaml', record: 'treaty-signed 2025-01', field: 'date', message: 'date is after dataAsOf (2024-12-31)' },
  ],
  'data-as-of-reviewed': [
    { file: 'sources/sources.yaml', edit: (r) => (r[0].published = '2024-01-01') },
    { file: 'data/meta.yaml', record: 'meta', field: 'dataAsOf', message: 'dataAsOf (2024-12-31) is later than the newest source read (published 2024-01-01)' },
  ],
  'officials-from-their-state': [
    { file: 'chairmanships.yaml', edit: (r) => (r[0].chair = 'kaz-leader') },
    { file: 'data/chairmanships.yaml', record: 'RUS 2020-01-01', field: 'chair', message: 'chair kaz-leader is from KAZ, not from the chairing state RUS' },
  ],
  'series-do-not-overlap': [
    { file: 'chairmanships.yaml', edit: (r) => (r[1].from = '2020-12-01') },
    { file: 'data/chairmanships.yaml', record: 'KAZ 2020-12-01', field: 'from', message: 'chairmanship term overlaps the previous one (RUS 2020-01-01, to 2020-12-31) by more than a shared day' },
  ],
  'bounds-consistent': [
    { file: 'people/people.yaml', edit: (r) => (r[3].roles[0].attested = [{ on: '2023-03-01', sources: ['fixture-nd-people'] }]) },
    {
      file: 'data/people/people.yaml',
      record: 'sg-person',
      field: 'roles.0.to',
      message:
        'contradictory bounds: `to` can be no earlier than 2023-03-01 and no later than 2022-12-31 (from its precision, its bounds, its attestations and the neighbouring periods)',
    },
  ],
  'body-heads-do-not-overlap': [
    { file: 'bodies.yaml', edit: (r) => (r[0].heads[1].from = '2014-01-01') },
    { file: 'data/bodies.yaml', record: 'joint-staff', field: 'heads.1.from', message: 'head Second Chief overlaps the previous head First Chief by more than a shared day' },
  ],
  'strength-within-force-life': [
    { file: 'forces.yaml', edit: (r) => (r[0].strength[0].date = '2008') },
    { file: 'data/forces.yaml', record: 'rapid-force', field: 'strength.0.date', message: 'a strength dated 2008 is before the force was established (2009-02-04)' },
  ],
  'exercises-in-member-states': [
    { file: 'exercises.yaml', edit: (r) => Object.assign(r[0], { from: '1994-04-10', to: '1994-04-12', participants: ['RUS'] }) },
    { file: 'data/exercises.yaml', record: '2021-09-fixture-2021', field: 'participants.0', message: 'RUS was not a member when Fixture-2021 was held (1994-04-10); record it as an observer' },
  ],
  'meeting-ids': [
    meeting((m) => (m.date = '2021-06-11')),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'id', message: "id must start with the meeting's date (2021-06-11)" },
  ],
  'meeting-statuses': [
    meeting((m) => Object.assign(m, { status: 'planned', attendance: [], attendanceComplete: false })),
    {
      file: 'data/meetings/2021.yaml',
      record: '2021-06-10-csc-almaty',
      field: 'status',
      message: 'a meeting dated 2021-06-10, on or before dataAsOf (2024-12-31), cannot be planned: it is held, cancelled, postponed or unconfirmed',
    },
  ],
  'attendance-entries': [
    meeting((m) => (m.attendance[2].delegate = 'arm-leader')),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'attendance.2.delegate', message: 'an absent state has no delegate' },
  ],
  'attendance-complete': [
    meeting((m) => m.attendance.pop()),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'attendanceComplete', message: 'attendance is marked complete but ARM, a member on 2021-06-10, is not listed' },
  ],
  'meeting-chair': [
    meeting((m) => (m.chair = 'rus-leader')),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'chair', message: "the session's chair is from RUS, but the chairmanship then was held by KAZ / ARM" },
  ],
  'document-effects': [
    meeting((m) => (m.documents = [{ title: 'Decision', kind: 'decision', effects: [{ type: 'chairmanship', state: 'KAZ' }], sources: m.sources }])),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'documents.0.effects.0', message: 'no chairmanship term of KAZ starts within a year after this meeting' },
  ],
  'operation-dates': [
    { file: 'operations.yaml', edit: (r) => (r[0].to = '2021-06-01') },
    { file: 'data/operations.yaml', record: '2021-06-fixture-mission', field: 'to', message: '`to` is before `from`' },
  ],
  'statement-ids': [
    { file: 'statements/statements.yaml', edit: (r) => (r[0].id = '2021-06-10-someone-else') },
    { file: 'data/statements/statements.yaml', record: '2021-06-10-someone-else', field: 'id', message: 'id must start with "2021-06-10-sg-person-"' },
  ],
  'statements-near-their-meeting': [
    { file: 'statements/statements.yaml', edit: (r) => Object.assign(r[0], { id: '2021-07-10-sg-person-opening', date: '2021-07-10' }) },
    { file: 'data/statements/statements.yaml', record: '2021-07-10-sg-person-opening', field: 'date', message: 'a statement linked to meeting 2021-06-10-csc-almaty must be dated within a week of it' },
  ],
  'statement-roles': [
    { file: 'statements/statements.yaml', edit: (r) => (r[0].role = 'President of Kazakhstan') },
    { file: 'data/statements/statements.yaml', record: '2021-06-10-sg-person-opening', field: 'role', message: '"President of Kazakhstan" is not a role of sg-person held on 2021-06-10 (see data/people/)' },
  ],
};

/** Further cases of some checks: each breakage and the single problem it must produce. */
const MORE_CASES: Array<[string, CheckName, Edit, { file: string; record: string; field: string; message: string }]> = [
  [
    'a role ending in 2999',
    'dates-in-range',
    { file: 'people/people.yaml', edit: (r) => (r[0].roles[0].to = '2999') },
    { file: 'data/people/people.yaml', record: 'arm-leader', field: 'roles.0.to', message: 'date 2999 is more than a year after dataAsOf (2024-12-31)' },
  ],
  [
    'a meeting dated before 1990',
    'dates-in-range',
    { file: 'milestones.yaml', edit: (r) => (r[0].date = '1989-05-15') },
    { file: 'data/milestones.yaml', record: 'treaty-signed 1989-05-15', field: 'date', message: 'date 1989-05-15 is before 1990, earlier than anything this data can be about' },
  ],
  [
    'text not in NFC',
    'text-well-formed',
    { file: 'states.yaml', edit: (r) => (r[1].name.en = 'Kazakhsta\u0301n') },
    { file: 'data/states.yaml', record: 'KAZ', field: 'name.en', message: 'text is not in Unicode NFC (normalize it: a composed character was written as two)' },
  ],
  [
    'a control character inside a summary',
    'text-well-formed',
    { file: 'statements/statements.yaml', edit: (r) => (r[0].summary = `${r[0].summary}\u0000more`) },
    { file: 'data/statements/statements.yaml', record: '2021-06-10-sg-person-opening', field: 'summary', message: 'text holds the control character U+0000' },
  ],
  [
    'a 21 MB note',
    'text-well-formed',
    meeting((m) => (m.note = 'x'.repeat(21_000_000))),
    { file: 'data/meetings/2021.yaml', record: '2021-06-10-csc-almaty', field: 'note', message: 'text of 21000000 characters is longer than the 4000 any field may hold' },
  ],
  [
    'a URL duplicated up to its #fragment',
    'unique-urls',
    { file: 'sources/sources.yaml', edit: (r) => (r[1].url = `${r[0].url}#section-2`) },
    { file: 'data/sources/sources.yaml', record: 'fixture-nd-chairs', field: 'url', message: 'the same page (the URL up to its #fragment) is already catalogued as source "fixture-nd-states"' },
  ],
];

const strip = ({ file, record, field, message }: { file: string; record: string; field: string; message: string }) => ({ file, record, field, message });

describe('invariant checks, one at a time, on the fixture dataset', () => {
  it('the fixture passes every check', () => {
    const { dataset, issues } = loadDataset(FIXTURE_DIR);
    expect(issues).toEqual([]);
    expect(checkInvariants(dataset)).toEqual([]);
  });

  it('every check has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(Object.entries(CASES) as Array<[CheckName, (typeof CASES)[CheckName]]>)('%s', (name, [edit, expected]) => {
    const { dataset, issues } = loadDataset(fixtureCopy(edit));
    expect(issues).toEqual([]);
    const found = checkInvariants(dataset, [name]).map(strip);
    expect(found).toEqual([expected]);
  });

  it.each(MORE_CASES)('%s (%s)', (_what, name, edit, expected) => {
    const { dataset, issues } = loadDataset(fixtureCopy(edit));
    expect(issues).toEqual([]);
    expect(checkInvariants(dataset, [name]).map(strip)).toEqual([expected]);
  });
});
