import { describe, expect, it } from 'vitest';
import { dayNumber, dayRange, yearSpan } from '../src/_lib/dates.js';
import { chairFor, chairmanships, chairOn, chairsIn, person } from '../src/index.js';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('chairmanship: known facts', () => {
  it('Belarus chaired in 2023, Kazakhstan in 2024, Kyrgyzstan in 2025 (odkb-csto.org, 23 Nov 2023; 24.kg, 28 Nov 2024)', () => {
    expect(chairFor(2023)?.state).toBe('BLR');
    expect(chairFor(2024)?.state).toBe('KAZ');
    expect(chairFor(2025)?.state).toBe('KGZ');
    expect(chairOn('2024-01-01')?.state).toBe('KAZ');
    expect(chairOn('2023-12-31')?.state).toBe('BLR');
  });

  it('the chair is the head of the chairing state', () => {
    expect(chairFor(2024)?.chair).toBe('kassym-jomart-tokayev');
    expect(person(chairFor(2023)!.chair).name.en).toBe('Alexander Lukashenko');
  });

  it('has no answer before the treaty', () => {
    expect(chairFor(1980)).toBeUndefined();
    expect(chairsIn(1980)).toEqual([]);
    expect(chairOn('1990-01-01')).toBeUndefined();
  });
});

describe('chairmanship: behaviour', () => {
  it('lists terms in order', () => {
    const starts = chairmanships().map((t) => dayRange(t.from)[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('on a handover day the incoming term answers chairOn, and chairsIn lists both', () => {
    const terms = chairmanships();
    let checked = 0;
    for (let i = 1; i < terms.length; i++) {
      const prev = terms[i - 1]!;
      const next = terms[i]!;
      if (prev.to !== undefined && prev.to === next.from && next.from.length === 10) {
        expect(chairOn(next.from)).toBe(next);
        expect(chairsIn(Number(next.from.slice(0, 4)))).toEqual(expect.arrayContaining([prev, next]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('chairFor picks the term that held the chair for most of the year, consistent with chairOn', () => {
    for (let year = 1992; year <= 2026; year++) {
      const term = chairFor(year);
      const listed = chairsIn(year);
      if (term === undefined) continue;
      expect(listed).toContain(term);
      // Count, day by day, which term chairOn names: chairFor's term must have the most days.
      const counts = new Map<unknown, number>();
      const [first, last] = yearSpan(year);
      for (let day = first; day <= last; day++) {
        const t = chairOn(iso(day));
        if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      const most = Math.max(...counts.values());
      // chairOn gives a shared handover day to one term only; allow that one day.
      expect(counts.get(term) ?? 0).toBeGreaterThanOrEqual(most - 1);
    }
  });

  it('chairOn accepts a Date, read in UTC', () => {
    expect(chairOn(new Date(Date.UTC(2024, 5, 1)))).toBe(chairOn('2024-06-01'));
    expect(chairOn(new Date(dayNumber(2024, 6, 1) * 86_400_000 + 86_399_999))).toBe(chairOn('2024-06-01'));
  });

  it('rejects bad input with documented errors', () => {
    expect(() => chairFor('2024' as never)).toThrow(TypeError);
    expect(() => chairFor(2024.5)).toThrow(RangeError);
    expect(() => chairFor(NaN)).toThrow(/chairFor: `year` must be an integer year/);
    expect(() => chairsIn(-1)).toThrow(RangeError);
    expect(() => chairOn('2024-13-01')).toThrow(/chairOn: `date`/);
    expect(() => chairOn(null as never)).toThrow(TypeError);
  });

  it('returns frozen records in new arrays', () => {
    expect(Object.isFrozen(chairmanships()[0])).toBe(true);
    expect(chairmanships()).not.toBe(chairmanships());
    expect(Object.isFrozen(chairsIn(2024)[0])).toBe(true);
    expect(Object.isFrozen(chairFor(2024))).toBe(true);
  });
});
