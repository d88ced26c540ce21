import { describe, expect, it } from 'vitest';
import { dayRange, isoDay } from '../src/_lib/dates.js';
import { statesByKey } from '../src/states.js';
import { isMember, membersOn, membershipOn, memberships, UnknownIdError } from '../src/index.js';

const ids = (list: ReadonlyArray<{ state: string }>) => list.map((p) => p.state);

describe('memberships: known facts', () => {
  it('the treaty signed in Tashkent on 15 May 1992 had six parties', () => {
    expect(ids(membersOn('1992-05-15'))).toEqual(['ARM', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
    expect(membersOn('1992-05-14')).toEqual([]);
  });

  it('Azerbaijan, Georgia and Uzbekistan left when the treaty was not prolonged in 1999', () => {
    for (const s of ['AZE', 'GEO', 'UZB'] as const) {
      expect(isMember(s, '1998-01-01')).toBe(true);
      expect(isMember(s, '2000-01-01')).toBe(false);
    }
    expect(ids(membersOn('2003-01-01'))).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });

  it('Uzbekistan returned in 2006, suspended its participation in 2012 and then was out', () => {
    expect(membershipOn('UZB', '2010-01-01')?.status).toBe('active');
    expect(membershipOn('UZB', '2012-09-01')?.status).toBe('suspended');
    expect(isMember('Uzbekistan', '2013-01-01')).toBe(false);
  });

  it('Armenia froze its participation in 2024 but stayed a member', () => {
    expect(membershipOn('ARM', '2023-06-01')?.status).toBe('active');
    expect(membershipOn('ARM', '2025-06-01')?.status).toBe('frozen');
    expect(isMember('am', '2025-06-01')).toBe(true);
  });
});

describe('memberships: behaviour', () => {
  it('returns one period per member, sorted by state id', () => {
    const list = ids(membersOn('2025-01-01'));
    expect(list).toEqual([...new Set(list)].sort());
  });

  it('on a shared boundary day, the later period is in force', () => {
    const all = memberships();
    for (const a of all) {
      for (const b of all) {
        if (a !== b && a.state === b.state && a.to !== undefined && a.to === b.from && a.to.length === 10) {
          expect(membershipOn(a.state, a.to)).toBe(b);
        }
      }
    }
  });

  it('a day inside a bound known only to the month or year gets no guessed answer', () => {
    for (const p of memberships()) {
      if (p.from.length < 10) {
        const [first, last] = dayRange(p.from);
        if (first < last) {
          const day = new Date(first * 86_400_000).toISOString().slice(0, 10);
          expect(membershipOn(p.state, day)).not.toBe(p);
        }
      }
    }
  });

  it('filters by state, status and day', () => {
    expect(memberships({ state: 'UZB' }).every((p) => p.state === 'UZB')).toBe(true);
    expect(memberships({ status: 'frozen' }).map((p) => p.state)).toContain('ARM');
    expect(memberships({ on: '2010-01-01' })).toEqual(membersOn('2010-01-01'));
    expect(memberships({})).toEqual(memberships());
  });

  it('isMember gives every spelling of a state the answer its id gets, on every boundary day', () => {
    // isMember finds a state's periods by its spelling in one lookup; memberships() resolves the state first.
    const days = memberships().flatMap((p) => [p.from, p.to ?? p.from]).flatMap((d) => {
      const [first, last] = dayRange(d);
      return [first - 1, first, last, last + 1].map(isoDay);
    });
    for (const [spelling, s] of statesByKey()) {
      for (const day of days) {
        const expected = memberships({ state: s.id, on: day }).length > 0;
        expect(isMember(spelling, day), `${spelling} on ${day}`).toBe(expected);
        expect(isMember(spelling.toUpperCase(), day), `${spelling.toUpperCase()} on ${day}`).toBe(expected);
      }
    }
  });

  it('rejects bad input with documented errors', () => {
    expect(() => memberships({ stat: 'active' } as never)).toThrow(/unknown filter key "stat"; accepted: state, status, on/);
    expect(() => memberships('ARM' as never)).toThrow(TypeError);
    expect(() => memberships({ status: 'gone' as never })).toThrow(RangeError);
    expect(() => memberships({ state: 'XYZ' as never })).toThrow(UnknownIdError);
    expect(() => membershipOn('ARM', '2024-02-30')).toThrow(RangeError);
    expect(() => isMember('Atlantis' as never, '2024-01-01')).toThrow(UnknownIdError);
    expect(() => membersOn(2024 as never)).toThrow(TypeError);
  });

  it('returns frozen records in new arrays', () => {
    expect(membersOn('2020-01-01')).not.toBe(membersOn('2020-01-01'));
    expect(Object.isFrozen(membersOn('2020-01-01')[0])).toBe(true);
    expect(Object.isFrozen(memberships()[0])).toBe(true);
  });
});
