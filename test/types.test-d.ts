import { describe, expectTypeOf, it } from 'vitest';
import { chairFor, person, source, state, type Chairmanship, type PersonId, type StateId } from '../src/index.js';

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

  it('helpers return typed, readonly records', () => {
    expectTypeOf(chairFor).returns.toEqualTypeOf<Chairmanship | undefined>();
    expectTypeOf<Chairmanship['state']>().toEqualTypeOf<StateId>();
    expectTypeOf<Chairmanship['chair']>().toEqualTypeOf<PersonId>();
  });
});
