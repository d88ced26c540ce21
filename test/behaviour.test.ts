/**
 * The query helpers' rules, tested on the made-up fixture dataset (test/fixtures/data/) instead of
 * the bundled data, so each case exists by construction and no test depends on what the CSTO did.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { dayNumber, isoDay } from '../src/_lib/dates.js';

vi.mock('../src/generated/states.js', async () => (await import('./fixtures/mock.js')).fixtureModule('states'));
vi.mock('../src/generated/memberships.js', async () => (await import('./fixtures/mock.js')).fixtureModule('memberships'));
vi.mock('../src/generated/chairmanships.js', async () => (await import('./fixtures/mock.js')).fixtureModule('chairmanships'));
vi.mock('../src/generated/secretaries-general.js', async () => (await import('./fixtures/mock.js')).fixtureModule('secretariesGeneral'));
vi.mock('../src/generated/people.js', async () => (await import('./fixtures/mock.js')).fixtureModule('people'));
vi.mock('../src/generated/milestones.js', async () => (await import('./fixtures/mock.js')).fixtureModule('milestones'));
vi.mock('../src/generated/meetings.js', async () => (await import('./fixtures/mock.js')).fixtureModule('meetings'));
vi.mock('../src/generated/operations.js', async () => (await import('./fixtures/mock.js')).fixtureModule('operations'));
vi.mock('../src/generated/statements.js', async () => (await import('./fixtures/mock.js')).fixtureModule('statements'));
vi.mock('../src/generated/sources.js', async () => (await import('./fixtures/mock.js')).fixtureModule('sources'));
vi.mock('../src/generated/bodies.js', async () => (await import('./fixtures/mock.js')).fixtureModule('bodies'));
vi.mock('../src/generated/forces.js', async () => (await import('./fixtures/mock.js')).fixtureModule('forces'));
vi.mock('../src/generated/exercises.js', async () => (await import('./fixtures/mock.js')).fixtureModule('exercises'));
vi.mock('../src/generated/partners.js', async () => (await import('./fixtures/mock.js')).fixtureModule('partners'));
vi.mock('../src/generated/agreements.js', async () => (await import('./fixtures/mock.js')).fixtureModule('agreements'));
vi.mock('../src/generated/state-steps.js', async () => (await import('./fixtures/mock.js')).fixtureModule('stateSteps'));

const api = await import('../src/index.js');

describe('the helpers read the fixture, not the bundled data', () => {
  it('states() is the fixture’s three states', () => {
    expect(api.states().map((s) => s.id)).toEqual(['ARM', 'KAZ', 'RUS']);
  });
});

describe('chairmanship periods (fixture: RUS 2020, KAZ 2021-01-01..2021-06, ARM 2021-06..2022, RUS from 2023-01-01)', () => {
  it('a day inside both terms’ day-precise bounds answers', () => {
    expect(api.chairOn('2020-06-01')?.state).toBe('RUS');
    expect(api.chairOn('2021-03-01')?.state).toBe('KAZ');
  });
  it('a day only possibly inside a term (a month- or year-only bound) gets no certain answer', () => {
    expect(api.chairOn('2021-06-15')).toBeUndefined();
    expect(api.chairOn('2022-12-30')).toBeUndefined();
  });
  it('an open term runs on', () => {
    expect(api.chairOn('2030-01-01')?.state).toBe('RUS');
  });
  it('chairFor picks the term that held most of the year', () => {
    expect(api.chairFor(2020)?.state).toBe('RUS');
    expect(api.chairFor(2019)).toBeUndefined();
  });
});

describe('membership periods (fixture: ARM active to 2024-02-22, then frozen; KAZ from 1994-04)', () => {
  it('the day of a change answers with the later period', () => {
    expect(api.membershipOn('ARM', '2024-02-22')?.status).toBe('frozen');
    expect(api.membershipOn('ARM', '2024-02-21')?.status).toBe('active');
  });
  it('a month-only start counts from the end of that month', () => {
    expect(api.isMember('KAZ', '1994-04-30')).toBe(true);
    expect(api.isMember('KAZ', '1994-04-15')).toBe(false);
  });
});

describe('attendance (fixture: Almaty 2021 complete, ARM absent; a cancelled Moscow meeting)', () => {
  it('sorts states into present, absent and unknown', () => {
    const a = api.attendance('2021-06-10-csc-almaty' as never);
    expect(a.present).toEqual(['KAZ', 'RUS']);
    expect(a.absent).toEqual(['ARM']);
    expect(a.unknown).toEqual([]);
  });
  it('absences() lists the meeting with its reason', () => {
    expect(api.absences('Armenia').map((x) => [x.meeting.id, x.reason])).toEqual([['2021-06-10-csc-almaty', 'Stayed away.']]);
  });
});

describe('people and roles', () => {
  it('roleOn finds the role covering a day, and none outside it', () => {
    expect(api.roleOn('sg-person' as never, '2021-06-10')?.title).toBe('CSTO Secretary General');
    expect(api.roleOn('sg-person' as never, '2023-01-01')).toBeUndefined();
  });
});

describe('certain and possible answers (fixture: KAZ to "2021-06", ARM from "2021-06", ARM attested on 2021-06-20)', () => {
  it('an attestation makes the days after it certain', () => {
    expect(api.chairOn('2021-06-20')?.state).toBe('ARM');
    expect(api.chairOn('2021-06-25')?.state).toBe('ARM');
  });
  it('inside the handover window there is no certain answer, and both terms are possible, with the window', () => {
    expect(api.chairOn('2021-06-10')).toBeUndefined();
    const readings = api.chairOn('2021-06-10', { possible: true });
    expect(readings.map((r) => [r.record.state, r.certain])).toEqual([
      ['KAZ', false],
      ['ARM', false],
    ]);
    expect(readings[0]?.window).toEqual({ earliest: '2021-06-01', latest: '2021-06-20' });
    expect(readings[1]?.window).toEqual({ earliest: '2021-06-01', latest: '2021-06-20' });
  });
  it('a certain day has exactly one reading, the certain answer', () => {
    expect(api.chairOn('2020-06-01', { possible: true }).map((r) => [r.record.state, r.certain])).toEqual([['RUS', true]]);
  });
  it('the options are checked', () => {
    expect(() => api.chairOn('2020-06-01', { possible: 'yes' } as never)).toThrow(TypeError);
    expect(() => api.chairOn('2020-06-01', { maybe: true } as never)).toThrow(TypeError);
  });
});

describe('property: readings agree with the certain answer', () => {
  const days = fc.integer({ min: dayNumber(2019, 1, 1), max: dayNumber(2024, 12, 31) }).map(isoDay);
  it('the certain answer, where given, is among the readings and is their only certain one', () => {
    fc.assert(
      fc.property(days, (day) => {
        const certain = api.chairOn(day);
        const readings = api.chairOn(day, { possible: true });
        const certainOnes = readings.filter((r) => r.certain).map((r) => r.record);
        expect(certainOnes).toEqual(certain === undefined ? [] : [certain]);
      }),
      { numRuns: 500 },
    );
  });
  it('every possible reading covers the day between its window’s bounds', () => {
    fc.assert(
      fc.property(days, (day) => {
        for (const r of api.chairOn(day, { possible: true })) {
          if (r.certain) continue;
          expect(r.window?.earliest === undefined || r.window.earliest <= day).toBe(true);
          expect(r.window?.latest === undefined || day <= r.window.latest).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('meetings that were not held', () => {
  it('attendance() of a cancelled meeting has its status, a reason and empty lists', () => {
    const a = api.attendance('2021-09-01-cfm-moscow' as never);
    expect(a.status).toBe('cancelled');
    expect(a.reason).toMatch(/cancelled/);
    expect([a.present, a.absent, a.unknown, a.records]).toEqual([[], [], [], []]);
    expect(a.complete).toBe(false);
  });
});

describe('the organization on the fixture', () => {
  it('exercises() filters by year, host, participant, series and name', () => {
    expect(api.exercises({ year: 2021 }).map((e) => e.id)).toEqual(['2021-09-fixture-2021']);
    expect(api.exercises({ year: 2020 })).toEqual([]);
    expect(api.exercises({ participant: 'RUS' }).length).toBe(1);
    expect(api.exercises({ host: 'RUS' })).toEqual([]);
    expect(api.exercises({ name: 'FIXTURE' }).length).toBe(1);
    expect(() => api.exercises({ series: 'war-games' } as never)).toThrow(RangeError);
  });
  it('a meeting whose kind no source gives matches no kind filter and is described without one', () => {
    expect(api.meeting('2021-09-01-cfm-moscow' as never).kind).toBeUndefined();
    expect(api.meetings({ kind: 'regular' }).map((m) => m.id)).toEqual(['2021-06-10-csc-almaty']);
    expect(api.events({ from: '2021-09-01', to: '2021-09-01', kind: 'meeting' }).map((e) => e.description)).toEqual([expect.not.stringMatching(/undefined|regular/)]);
  });

  it('events() merges every dated record in order, and filters by period, state and kind', () => {
    const all = api.events();
    const firsts = all.map((e) => e.earliest ?? '');
    expect(firsts).toEqual([...firsts].sort());
    expect(api.events({ kind: 'exercise' }).map((e) => e.record)).toEqual([{ collection: 'exercises', id: '2021-09-fixture-2021' }]);
    expect(api.events({ from: '2021-06-10', to: '2021-06-10', kind: 'meeting' }).map((e) => e.record.id)).toEqual(['2021-06-10-csc-almaty']);
    for (const e of api.events({ state: 'ARM' })) expect(e.states).toContain('ARM');
  });
  it('snapshot() reads the day: certain chair, possible chairs inside a handover window', () => {
    expect(api.snapshot('2021-03-01').chair.map((r) => [r.record.state, r.certain])).toEqual([['KAZ', true]]);
    expect(api.snapshot('2021-06-10').chair.map((r) => [r.record.state, r.certain])).toEqual([
      ['KAZ', false],
      ['ARM', false],
    ]);
    expect(api.snapshot('2021-06-10').forces.map((f) => f.id)).toEqual(['rapid-force']);
    expect(api.snapshot('2021-06-11').previousSession?.id).toBe('2021-06-10-csc-almaty');
  });
  it('body heads are dated periods', () => {
    expect(api.body('joint-staff' as never).heads?.map((h) => h.name)).toEqual(['First Chief', 'Second Chief']);
  });
});
