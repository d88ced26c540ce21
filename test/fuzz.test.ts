/**
 * Hostile input: every public helper driven with arbitrary values. Every outcome must be one of the
 * documented ones — a result, `undefined` or an empty array, a TypeError or RangeError whose message
 * names the helper, or an UnknownIdError — never another exception or a hang. fast-check prints
 * the seed and the shrunk counterexample of any failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { UnknownIdError } from '../src/index.js';

const RUNS = 2_000;

/** Values a careless or hostile caller might pass. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e12, -2024, 2024.5, Number.MAX_SAFE_INTEGER, 2n ** 64n),
  fc.constantFrom('', ' ', '\t\n', 'KAZ', 'kaz', 'КАZ' /* Cyrillic К and А */, 'Kazakhstan\u200b', 'ARM\u0000', 'ᴋᴀᴢ'),
  fc.constantFrom('2024-02-30', '2024-13-01', '2023-02-29', '2024-00-01', '2024-11-28T00:00:00Z', '2024-11-28T23:00:00-05:00', '+002024-11-28', '2024-11-28 ', '0000-01-01', '9999-12-31', '2024-11', '2024'),
  fc.constantFrom('2024-11-28-csc-astana', 'imangali-tasmagambetov', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.date({ noInvalidDate: false }),
  fc.integer({ min: -5000, max: 15000 }),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(Symbol('csto')),
  fc.constant([]),
  fc.constant(() => 'KAZ'),
  fc.constant(Object.create(null)),
  fc.constant({
    get year() {
      throw new Error('getter');
    },
  }),
  fc.constant({ toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } }),
  fc.constant({ id: { toString: () => 'x' } }),
  fc.constant(new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } })),
  fc.constant(new Proxy(new Date(), {})),
  fc.dictionary(fc.constantFrom('year', 'from', 'to', 'body', 'state', 'status', 'on', 'speaker', 'topic', 'text', 'about', 'host', 'attendee', 'absentee', 'kind', 'meeting', 'other'), fc.anything()),
);

/** Runs `call` and reports whether the outcome is a documented one. */
function documented(name: string, call: () => unknown): boolean {
  try {
    call();
    return true;
  } catch (error) {
    if (error instanceof UnknownIdError) return true;
    if ((error instanceof TypeError || error instanceof RangeError) && error.message.startsWith(name)) return true;
    throw new Error(`${name} threw an undocumented ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
  }
}

const unary: Array<[string, (x: unknown) => unknown]> = [
  ['state', (x) => api.state(x as never)],
  ['memberships', (x) => api.memberships(x as never)],
  ['membersOn', (x) => api.membersOn(x as never)],
  ['chairOn', (x) => api.chairOn(x as never)],
  ['chairsIn', (x) => api.chairsIn(x as never)],
  ['chairFor', (x) => api.chairFor(x as never)],
  ['secretaryGeneralOn', (x) => api.secretaryGeneralOn(x as never)],
  ['person', (x) => api.person(x as never)],
  ['source', (x) => api.source(x as never)],
  ['meetings', (x) => api.meetings(x as never)],
  ['meeting', (x) => api.meeting(x as never)],
  ['attendance', (x) => api.attendance(x as never)],
  ['absences', (x) => api.absences(x as never)],
  ['statements', (x) => api.statements(x as never)],
  ['statement', (x) => api.statement(x as never)],
];

const binary: Array<[string, (x: unknown, y: unknown) => unknown]> = [
  ['membershipOn', (x, y) => api.membershipOn(x as never, y as never)],
  ['isMember', (x, y) => api.isMember(x as never, y as never)],
  ['roleOn', (x, y) => api.roleOn(x as never, y as never)],
];

describe(`hostile input (${RUNS} runs per helper)`, () => {
  it.each(unary)('%s', (name, call) => {
    fc.assert(fc.property(hostile, (x) => documented(name, () => call(x))), { numRuns: RUNS });
  });

  it.each(binary)('%s', (name, call) => {
    const stateish = fc.oneof(hostile, fc.constantFrom('ARM', 'uz', 'Russia', 'imangali-tasmagambetov'));
    const dateish = fc.oneof(hostile, fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }));
    fc.assert(fc.property(stateish, dateish, (x, y) => documented(name, () => call(x, y))), { numRuns: RUNS });
  });

  it('collections take no arguments and always answer', () => {
    for (const list of [api.states(), api.chairmanships(), api.secretariesGeneral(), api.people(), api.sources(), api.milestones(), api.operations()]) {
      expect(Array.isArray(list)).toBe(true);
    }
  });
});

describe('valid input gets the right answer', () => {
  const day = fc.date({ min: new Date('1985-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('chairOn agrees with a plain scan of the terms', () => {
    const terms = api.chairmanships();
    const last = (d: string) => (d.length === 10 ? d : d.length === 7 ? `${d}-31` : `${d}-12-31`);
    const first = (d: string) => (d.length === 10 ? d : d.length === 7 ? `${d}-01` : `${d}-01-01`);
    fc.assert(
      fc.property(day, (d) => {
        // Certainly covering: its last possible start ≤ d ≤ its first possible end; latest start wins.
        // Where the shipped record bounds a date more narrowly than its precision, the bound counts.
        const start = (t: (typeof terms)[number]) => t.bounds?.from?.latest ?? last(t.from);
        const end = (t: (typeof terms)[number]) => t.bounds?.to?.earliest ?? (t.to === undefined ? undefined : first(t.to));
        const covering = terms.filter((t) => start(t) <= d && (end(t) === undefined || d <= end(t)!));
        expect(api.chairOn(d)).toBe(covering.at(-1));
      }),
      { numRuns: RUNS },
    );
  });

  it('a Date and its UTC calendar day give the same answers', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(api.chairOn(date)).toBe(api.chairOn(iso));
        expect(api.membersOn(date)).toEqual(api.membersOn(iso));
        expect(api.secretaryGeneralOn(date)).toBe(api.secretaryGeneralOn(iso));
      }),
      { numRuns: RUNS },
    );
  });

  it('membersOn lists exactly the states isMember says are members', () => {
    fc.assert(
      fc.property(day, (d) => {
        const members = api.membersOn(d).map((m) => m.state);
        expect(members).toEqual(api.states().map((s) => s.id).filter((id) => api.isMember(id, d)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe(`guards and finders never throw, and agree with the lookups (${RUNS} runs each)`, () => {
  const idish = fc.oneof(hostile, fc.constantFrom('ARM', 'arm', 'Армения', 'Kazakstan', '2024-11-28-csc-astana', 'imangali-tasmagambetov', 'odkb-2023-11-23-csc-minsk'));
  const pairs: Array<[string, (x: unknown) => unknown, (x: unknown) => boolean, (x: unknown) => unknown]> = [
    ['state', api.findState, api.isStateId, (x) => api.state(x as never)],
    ['person', api.findPerson, api.isPersonId, (x) => api.person(x as never)],
    ['meeting', api.findMeeting, api.isMeetingId, (x) => api.meeting(x as never)],
    ['statement', api.findStatement, api.isStatementId, (x) => api.statement(x as never)],
    ['source', api.findSource, api.isSourceId, (x) => api.source(x as never)],
  ];
  it.each(pairs)('%s', (_, find, is, lookup) => {
    fc.assert(
      fc.property(idish, (x) => {
        let looked: unknown;
        try {
          looked = lookup(x);
        } catch {
          looked = undefined;
        }
        expect(find(x)).toBe(looked);
        // A guard says yes exactly for ids as written: then the finder finds that record.
        if (is(x)) expect((find(x) as { id: string }).id).toBe(x);
        else expect(typeof x !== 'string' || find(x) === undefined || (find(x) as { id: string }).id !== x).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
