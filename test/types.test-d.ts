import { describe, expectTypeOf, it } from 'vitest';
import { absences, chairFor, isMember, isStateId, person, source, state, type Chairmanship, type PersonId, type StateId } from '../src/index.js';
import { filterKeys } from '../src/_lib/args.js';
import type { Disagreeing, Equals, Parsed, Plain } from '../src/schema/shapes.js';
import type { Guest, Meeting } from '../src/types.js';

describe('filter keys', () => {
  it('the keys a helper accepts are checked against its filter interface, both ways', () => {
    interface Filter {
      readonly year?: number;
      readonly body?: string;
    }
    expectTypeOf(filterKeys<Filter>()('year', 'body')).toEqualTypeOf<readonly ['year', 'body']>();
    // @ts-expect-error -- a key of the interface is missing
    filterKeys<Filter>()('year');
    // @ts-expect-error -- a key the interface does not have
    filterKeys<Filter>()('year', 'body', 'kind');
  });
});

describe('literal id unions', () => {
  it('StateId is a union of the data’s codes, not string', () => {
    expectTypeOf<'KAZ'>().toExtend<StateId>();
    expectTypeOf<string>().not.toExtend<StateId>();
    expectTypeOf<'imangali-tasmagambetov'>().toExtend<PersonId>();
  });

  it('a typo in an id is a compile error', () => {
    // @ts-expect-error -- not a state
    state('KAZZ');
    // @ts-expect-error -- misspelt person id
    person('imangali-tasmagambetow');
    // @ts-expect-error -- not a source id
    source('no-such-source');
    state('kazakhstan');
    state('kz');
  });

  it('a state helper takes a string known only at run time, and any listed name, Russian included', () => {
    const input: string = 'Армения';
    expectTypeOf(state(input).id).toEqualTypeOf<StateId>();
    isMember(input, '2024-01-01');
    absences(input);
    state('Армения');
    state('Kazakhstan');
    // @ts-expect-error -- a misspelt literal still fails to compile
    state('Kazakstan');
    // @ts-expect-error -- not a state
    isMember('Atlantis', '2024-01-01');
    if (isStateId(input)) expectTypeOf(input).toEqualTypeOf<StateId>();
  });

  it('helpers return typed, readonly records', () => {
    expectTypeOf(chairFor).returns.toEqualTypeOf<Chairmanship | undefined>();
    expectTypeOf<Chairmanship['state']>().toEqualTypeOf<StateId>();
    expectTypeOf<Chairmanship['chair']>().toEqualTypeOf<PersonId>();
  });
});

describe('meetings and statements are typed too', () => {
  it('ids, filters and results', async () => {
    const { attendance, meeting, meetings, statements, statement, roleOn } = await import('../src/index.js');
    type Api = typeof import('../src/index.js');
    expectTypeOf<'2024-11-28-csc-astana'>().toExtend<import('../src/index.js').MeetingId>();
    expectTypeOf<string>().not.toExtend<import('../src/index.js').MeetingId>();
    expectTypeOf(attendance).returns.toEqualTypeOf<import('../src/index.js').Attendance>();
    expectTypeOf<ReturnType<Api['attendance']>['absent']>().toEqualTypeOf<readonly StateId[]>();
    expectTypeOf<Parameters<Api['meetings']>[0]>().toEqualTypeOf<import('../src/index.js').MeetingFilter<string> | undefined>();
    // A state in a filter: a literal must be a known reference; a string known only at run time is accepted.
    // @ts-expect-error -- misspelt state literal
    meetings({ host: 'Kazakstan' });
    const fromUser: string = 'Kazakhstan';
    meetings({ host: fromUser, attendee: 'ARM' });
    statements({ about: fromUser });
    expectTypeOf<NonNullable<Parameters<Api['statements']>[0]>['topic']>().toEqualTypeOf<import('../src/index.js').Topic | undefined>();
    // @ts-expect-error -- not a topic of the vocabulary
    statements({ topic: 'weather' });
    // @ts-expect-error -- not a body
    meetings({ body: 'UN' });
    // @ts-expect-error -- misspelt meeting id
    meeting('2024-11-28-csc-astna');
    // @ts-expect-error -- statements are looked up by their own ids
    statement('2024-11-28-csc-astana');
    expectTypeOf(roleOn).parameter(0).toEqualTypeOf<PersonId>();
  });
});

describe('record types and schemas are checked against each other', () => {
  it('each collection’s hand-written type agrees with its schema', () => {
    expectTypeOf<Disagreeing>().toEqualTypeOf<never>();
  });
  it('a field missing, added, made optional or retyped on one side is a disagreement', () => {
    expectTypeOf<Equals<Plain<Omit<Meeting, 'city'>>, Parsed<'meetings'>>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<Plain<Meeting & { extra: string }>, Parsed<'meetings'>>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<Plain<Omit<Meeting, 'status'> & { status?: Meeting['status'] }>, Parsed<'meetings'>>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<Plain<Omit<Guest, 'role'> & { role?: number }>, Plain<NonNullable<Parsed<'meetings'>['guests']>[number]>>>().toEqualTypeOf<false>();
    expectTypeOf<Equals<Plain<Guest>, Plain<NonNullable<Parsed<'meetings'>['guests']>[number]>>>().toEqualTypeOf<true>();
  });
});
