/**
 * Every record the library returns, and everything inside it, is frozen: a consumer's attempted
 * mutation throws (test files are ES modules, so strict mode) and cannot change any later answer.
 * A list of records is a new array on every call: the consumer's to sort or empty, with no effect
 * on the library (a plain array, because V8 iterates frozen ones several times slower).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

function everyObject(value: unknown, seen = new Set<object>()): object[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return [value, ...Object.values(value).flatMap((v) => everyObject(v, seen))];
}

const answers = () => ({
  states: api.states(),
  memberships: api.memberships({ state: 'UZB' }),
  members: api.membersOn('2012-01-01'),
  chair: api.chairFor(2024),
  chairs: api.chairsIn(2009),
  sg: api.secretaryGeneralOn('2024-06-01'),
  people: api.people(),
  person: api.person('imangali-tasmagambetov'),
  sources: api.sources(),
  milestones: api.milestones(),
  meetings: api.meetings({ year: 2024 }),
  meeting: api.meeting('2024-11-28-csc-astana'),
  attendance: api.attendance('2024-11-28-csc-astana'),
  absences: api.absences('ARM'),
  operations: api.operations(),
  statements: api.statements({ topic: 'afghanistan' }),
  role: api.roleOn('imangali-tasmagambetov', '2024-06-01'),
});

describe('immutability', () => {
  it('every record and everything nested in it is frozen; the lists holding them are new arrays', () => {
    const all = answers();
    const lists = new Set<object>(Object.values(all).filter((v) => Array.isArray(v)));
    expect(lists.size).toBeGreaterThan(8);
    const again = answers();
    for (const [key, value] of Object.entries(all)) {
      if (Array.isArray(value)) {
        expect(Object.isFrozen(value), key).toBe(false);
        expect(value, key).not.toBe(again[key as keyof typeof again]);
      }
    }
    const objects = everyObject(all).filter((o) => !lists.has(o));
    expect(objects.length).toBeGreaterThan(1000);
    for (const o of objects.slice(1)) expect(Object.isFrozen(o)).toBe(true);
  });

  it('changing a returned list changes no later answer', () => {
    const before = JSON.stringify(answers());
    const a = answers();
    (a.states as unknown as unknown[]).push({ id: 'XXX' });
    (a.sources as unknown as unknown[]).length = 0;
    (a.members as unknown as unknown[]).sort(() => -1);
    (a.absences as unknown as unknown[]).reverse();
    (a.meetings as unknown as unknown[]).splice(0, 1);
    expect(JSON.stringify(answers())).toBe(before);
  });

  it('attempted mutations throw and change no later answer', () => {
    const before = JSON.stringify(answers());
    const a = answers();
    const attempts: Array<() => void> = [
      () => ((a.chair as { state: string }).state = 'ARM'),
      () => ((a.attendance.absent as unknown as string[])[0] = 'RUS'),
      () => ((a.meeting.attendance as unknown as unknown[]).length = 0),
      () => delete (a.person.name as { en?: string }).en,
      () => ((a.person.roles![0] as { title: string }).title = 'King'),
      () => Object.defineProperty(a.sg, 'person', { value: 'someone-else' }),
      () => ((a.statements[0]!.topics as unknown as string[])[0] = 'weather'),
      () => ((a.members[0]!.sources as unknown as unknown[]).sort(() => -1)),
      () => Object.setPrototypeOf(a.chair, null),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(JSON.stringify(answers())).toBe(before);
  });

  it('UnknownIdError suggestions are frozen too', () => {
    try {
      api.state('KAZZ' as never);
    } catch (e) {
      expect(Object.isFrozen((e as api.UnknownIdError).suggestions)).toBe(true);
    }
  });
});

describe('the JSON exports are not the library’s own objects', () => {
  it('sorting csto-data/data/meetings.json in place changes no answer (CommonJS build)', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const exported = require('csto-data/data/meetings.json') as Array<{ id: string }>;
    exported.reverse();
    exported[0]!.id = 'tampered';
    const lib = require('csto-data') as typeof import('../src/index.js');
    const list = lib.meetings();
    expect(list[0]!.id).not.toBe('tampered');
    expect(list.map((m) => m.date)).toEqual([...list.map((m) => m.date)].sort((a, b) => (a.slice(0, 10) < b.slice(0, 10) ? -1 : a.slice(0, 10) > b.slice(0, 10) ? 1 : 0)));
  });
});

describe('deepFreeze', () => {
  it('freezes every object and array reachable, ends at a cycle, and returns what it was given', async () => {
    const { deepFreeze } = await import('../src/_lib/freeze.js');
    const inner = { tags: ['a', { deep: [1, 2] }] };
    const value: Record<string, unknown> = { inner, list: [inner, null, 3, 'x'], none: undefined };
    value['self'] = value;
    expect(deepFreeze(value)).toBe(value);
    expect(everyObject(value).every((o) => Object.isFrozen(o))).toBe(true);
    expect(everyObject(value).length).toBe(6); // value, inner, its tags, { deep }, deep, list: each once
    expect(deepFreeze(7)).toBe(7);
    expect(deepFreeze(null)).toBe(null);
  });
});
