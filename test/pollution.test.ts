/**
 * Hostile callers: a polluted `Object.prototype` / `Array.prototype` must not change any answer, and
 * a filter or options object that is not a plain object is refused, not silently ignored.
 */
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as library from '../src/index.js';

const api = library;

/** Every key any helper's filter or options accepts, with a value that would change the answer if read. */
const POLLUTION: Record<string, unknown> = {
  year: 1999, from: '2020-01-01', to: '1999-12-31', body: 'CFM', kind: 'extraordinary', host: 'RUS', status: 'planned',
  attendee: 'ARM', absentee: 'ARM', speaker: 'imangali-tasmagambetov', state: 'ARM', about: 'ARM', topic: 'afghanistan',
  meeting: '2024-11-28-csc-astana', text: 'peace', of: 'PA', on: '2010-01-01', party: 'CIS', participant: 'RUS',
  series: 'rubezh', name: 'x', possible: true,
};

/** A second set of values, so that a key read from the prototype cannot happen to give the same answer. */
const POLLUTION_2: Record<string, unknown> = {
  year: 2024, from: '1990-01-01', to: '2100-12-31', body: 'CSC', kind: 'regular', host: 'KAZ', status: 'held',
  attendee: 'RUS', absentee: 'RUS', speaker: 'nikol-pashinyan', state: 'RUS', about: 'RUS', topic: 'membership',
  meeting: '2022-11-23-csc-yerevan', text: 'csto', of: 'CSTO', on: '2024-01-01', party: 'SCO', participant: 'KAZ',
  series: 'interaction', name: 'Rubezh', possible: false, endDate: '2100-01-01', bounds: {}, attested: [], roles: [],
};

/** One call per helper and filter key (and a few without), named for the failure message. */
function answers(api: typeof import('../src/index.js')): Record<string, unknown> {
  const calls: Record<string, () => unknown> = {
    'chairFor(2024)': () => api.chairFor(2024), 'chairsIn(2009)': () => api.chairsIn(2009), 'chairOn': () => api.chairOn('2007-05-01'),
    'chairOn possible': () => api.chairOn('2007-05-01', { possible: true }), 'chairmanships()': () => api.chairmanships(),
    'isMember': () => api.isMember('UZB', '2013-01-01'), 'membersOn': () => api.membersOn('2012-01-01'),
    'membershipOn': () => api.membershipOn('ARM', '2025-01-01'), 'membershipOn {}': () => api.membershipOn('ARM', '2025-01-01', {} as never),
    'memberships()': () => api.memberships(), 'memberships({state})': () => api.memberships({ state: 'UZB' }),
    'memberships({status})': () => api.memberships({ status: 'active' }), 'memberships({on})': () => api.memberships({ on: '2000-01-01' }),
    'secretaryGeneralOn': () => api.secretaryGeneralOn('2024-11-28'), 'secretariesGeneral()': () => api.secretariesGeneral(),
    'roleOn': () => api.roleOn('nikol-pashinyan', '2024-02-22'), 'people()': () => api.people(), 'states()': () => api.states(),
    'meetings()': () => api.meetings(), 'meetings({kind})': () => api.meetings({ kind: 'regular' }), 'meetings({year})': () => api.meetings({ year: 2022 }),
    'meetings({from,to})': () => api.meetings({ from: '2010-01-01', to: '2012-12-31' }), 'meetings({body})': () => api.meetings({ body: 'CSC' }),
    'meetings({host})': () => api.meetings({ host: 'KAZ' }), 'meetings({status})': () => api.meetings({ status: 'held' }),
    'meetings({attendee})': () => api.meetings({ attendee: 'UZB' }), 'meetings({absentee})': () => api.meetings({ absentee: 'BLR' }),
    'attendance': () => api.attendance('2024-11-28-csc-astana'), 'absences': () => api.absences('Armenia'),
    'statements()': () => api.statements(), 'statements({topic})': () => api.statements({ topic: 'afghanistan' }),
    'statements({speaker})': () => api.statements({ speaker: 'nikol-pashinyan' }), 'statements({state})': () => api.statements({ state: 'KAZ' }),
    'statements({about})': () => api.statements({ about: 'ARM' }), 'statements({meeting})': () => api.statements({ meeting: '2022-11-23-csc-yerevan' }),
    'statements({from,to})': () => api.statements({ from: '2022-01-01', to: '2022-12-31' }), 'statements({text})': () => api.statements({ text: 'terror' }),
    'events()': () => api.events(), 'events({from,to,state,kind})': () => api.events({ from: '2022-01-01', to: '2022-12-31' }),
    'events({state})': () => api.events({ state: 'UZB' }), 'events({kind})': () => api.events({ kind: 'meeting' }),
    'exercises()': () => api.exercises(), 'exercises({year})': () => api.exercises({ year: 2023 }), 'exercises({host})': () => api.exercises({ host: 'KGZ' }),
    'exercises({participant})': () => api.exercises({ participant: 'ARM' }), 'exercises({series})': () => api.exercises({ series: 'rubezh' }),
    'exercises({name})': () => api.exercises({ name: 'Interaction' }), 'partners()': () => api.partners(), 'partners({of})': () => api.partners({ of: 'CSTO' }),
    'partners({status})': () => api.partners({ status: 'observer' }), 'partners({on})': () => api.partners({ on: '2020-01-01' }),
    'agreements()': () => api.agreements(), 'agreements({year})': () => api.agreements({ year: 2007 }), 'agreements({party})': () => api.agreements({ party: 'SCO' }),
    'stateSteps()': () => api.stateSteps(), 'stateSteps({state})': () => api.stateSteps({ state: 'ARM' }), 'stateSteps({kind,year})': () => api.stateSteps({ year: 2024 }),
    'snapshot': () => api.snapshot('2015-01-01'), 'bodies()': () => api.bodies(), 'forces()': () => api.forces(), 'milestones()': () => api.milestones(),
    'operations()': () => api.operations(), 'sources()': () => api.sources(),
  };
  const out: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) {
    try {
      out[name] = JSON.stringify(call());
    } catch (error) {
      out[name] = `throws ${(error as Error).name}: ${(error as Error).message}`;
    }
  }
  return out;
}

const protos = [Object.prototype, Array.prototype] as Array<Record<string, unknown>>;
afterEach(() => {
  for (const proto of protos) for (const key of [...Object.keys(POLLUTION), ...Object.keys(POLLUTION_2)]) delete proto[key];
});

describe('a polluted prototype changes no answer', () => {
  const clean = answers(library);
  it('every call answers when nothing is polluted', () => {
    expect(Object.values(clean).filter((a) => typeof a === 'string' && a.startsWith('throws'))).toEqual([]);
  });
  for (const [name, pollution] of Object.entries({ 'one set of values': POLLUTION, 'another set of values': POLLUTION_2 })) {
    it(`with every filter key on Object.prototype and Array.prototype (${name})`, async () => {
      // A fresh copy of the library, so that no index built before the pollution hides it.
      vi.resetModules();
      const fresh = await import('../src/index.js');
      for (const proto of protos) for (const [key, value] of Object.entries(pollution)) proto[key] = value;
      let polluted: Record<string, unknown>;
      try {
        polluted = answers(fresh);
      } finally {
        for (const proto of protos) for (const key of Object.keys(pollution)) delete proto[key];
      }
      const changed = Object.keys(clean).filter((call) => polluted[call] !== clean[call]);
      expect(changed).toEqual([]);
    });
  }
});

describe('filters and options are plain objects, or a TypeError naming the parameter', () => {
  class WithGetter {
    get year() {
      return 2024;
    }
  }
  const hostile: Record<string, unknown> = {
    'a class instance': new WithGetter(),
    'a Map': new Map([['year', 2024]]),
    'a Date': new Date(),
    'an object with a getter': Object.defineProperty({}, 'year', { get: () => 2024, enumerable: true }),
    'a proxy whose traps throw': new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }),
    'a proxy whose ownKeys trap throws': new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }),
    // A trap's own TypeError, worded like the library's, is still reported as an unreadable filter.
    'a proxy whose descriptor trap throws': new Proxy({ year: 2024 }, { getOwnPropertyDescriptor: () => { throw new TypeError('meetings: from the trap'); } }),
  };
  for (const [what, filter] of Object.entries(hostile)) {
    it(`refuses ${what}`, () => {
      expect(() => api.meetings(filter as never)).toThrow(TypeError);
      expect(() => api.meetings(filter as never)).toThrow(/^meetings: the filter must be a plain object/);
      expect(() => api.chairOn('2024-01-01', filter as never)).toThrow(/^chairOn: the options must be a plain object/);
    });
  }
  it('reads own enumerable data properties only', () => {
    const inherited = Object.create({ year: 1999 }) as object;
    expect(() => api.meetings(inherited as never)).toThrow(/plain object/);
    const hidden = Object.defineProperty({ kind: 'regular' }, 'year', { value: 1999, enumerable: false });
    expect(api.meetings(hidden as never)).toEqual(api.meetings({ kind: 'regular' }));
    expect(api.meetings(Object.assign(Object.create(null), { kind: 'regular' }))).toEqual(api.meetings({ kind: 'regular' }));
    expect(api.meetings({ kind: 'regular', [Symbol('x')]: 1 } as never)).toEqual(api.meetings({ kind: 'regular' }));
  });
  it('accepts a plain object and a Date from another realm', () => {
    const filter = runInNewContext('({ year: 2022, body: "CSC" })') as object;
    expect(api.meetings(filter as never)).toEqual(api.meetings({ year: 2022, body: 'CSC' }));
    const day = runInNewContext('new Date(Date.UTC(2024, 5, 1))') as Date;
    expect(day instanceof Date).toBe(false);
    expect(api.chairOn(day)).toEqual(api.chairOn('2024-06-01'));
    expect(() => api.chairOn(runInNewContext('new Date(NaN)') as Date)).toThrow(RangeError);
  });
});
