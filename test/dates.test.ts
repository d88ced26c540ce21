import { describe, expect, it } from 'vitest';
import { toDay, toYear } from '../src/_lib/args.js';
import { certainSpan, dayNumber, dayRange, isoDay, possibleSpan, yearOfDay } from '../src/_lib/dates.js';

describe('partial dates', () => {
  it('maps each precision to the days it can stand for', () => {
    expect(dayRange('2012-06-28')).toEqual([dayNumber(2012, 6, 28), dayNumber(2012, 6, 28)]);
    expect(dayRange('2012-06')).toEqual([dayNumber(2012, 6, 1), dayNumber(2012, 6, 30)]);
    expect(dayRange('2024-02')).toEqual([dayNumber(2024, 2, 1), dayNumber(2024, 2, 29)]);
    expect(dayRange('1993')).toEqual([dayNumber(1993, 1, 1), dayNumber(1993, 12, 31)]);
  });

  it('takes only the certain days of a period with partial bounds', () => {
    // Started some day in June, ended some day in 2013: certainly held from 30 June 2012 to 1 January 2013.
    expect(certainSpan('2012-06', '2013')).toEqual([dayNumber(2012, 6, 30), dayNumber(2013, 1, 1)]);
    expect(possibleSpan('2012-06', '2013')).toEqual([dayNumber(2012, 6, 1), dayNumber(2013, 12, 31)]);
    expect(certainSpan('2024-01-01', undefined)[1]).toBe(Infinity);
  });
});

describe('toDay', () => {
  it('reads a YYYY-MM-DD string as a calendar day', () => {
    expect(toDay('2024-11-28', 'x')).toBe(dayNumber(2024, 11, 28));
    expect(toDay('2024-02-29', 'x')).toBe(dayNumber(2024, 2, 29));
  });

  it('reads a Date in UTC', () => {
    expect(toDay(new Date('2024-11-28T23:59:59Z'), 'x')).toBe(dayNumber(2024, 11, 28));
    expect(toDay(new Date('2024-11-29T01:00:00+03:00'), 'x')).toBe(dayNumber(2024, 11, 28));
    expect(toDay(new Date(Date.UTC(1969, 11, 31, 12)), 'x')).toBe(-1);
  });

  it.each(['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-11-28T00:00:00Z', '2024-1-1', '28.11.2024', '', ' 2024-11-28'])(
    'rejects %j with a RangeError naming the parameter',
    (input) => {
      expect(() => toDay(input, 'chairOn: `date`')).toThrow(RangeError);
      expect(() => toDay(input, 'chairOn: `date`')).toThrow(/chairOn: `date` must be .*YYYY-MM-DD/);
    },
  );

  it('rejects an invalid Date with a RangeError', () => {
    expect(() => toDay(new Date('nope'), 'd')).toThrow(RangeError);
  });

  it.each([20241128, null, undefined, {}, [], Symbol('d'), true])('rejects %s with a TypeError', (input) => {
    expect(() => toDay(input, 'membersOn: `date`')).toThrow(TypeError);
    expect(() => toDay(input, 'membersOn: `date`')).toThrow(/membersOn: `date` must be/);
  });
});

describe('toYear', () => {
  it('accepts integer years', () => {
    expect(toYear(2024, 'y')).toBe(2024);
    expect(toYear(1, 'y')).toBe(1);
  });
  it.each([2024.5, NaN, Infinity, -Infinity, 0, -0, -5, 10000, 1e12])('rejects %s with a RangeError', (input) => {
    expect(() => toYear(input, 'chairFor: `year`')).toThrow(RangeError);
    expect(() => toYear(input, 'chairFor: `year`')).toThrow(/chairFor: `year` must be an integer year/);
  });
  it.each(['2024', null, undefined, new Date(), 2024n])('rejects %s with a TypeError', (input) => {
    expect(() => toYear(input, 'chairFor: `year`')).toThrow(TypeError);
  });
});

describe('dayNumber', () => {
  it('agrees with the platform calendar for every day it is given (years 1-9999)', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const expected = Math.floor(d.getTime() / 86_400_000);
        expect(dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('yearOfDay', () => {
  it('is the year dayNumber was given, for any year a Date can hold (not the first four digits)', () => {
    for (const [y, m, d] of [[1, 1, 1], [1992, 5, 15], [2024, 2, 29], [9999, 12, 31], [10_000, 1, 1], [202_100, 6, 15], [275_760, 9, 13]] as const) {
      expect(yearOfDay(dayNumber(y, m, d))).toBe(y);
    }
    expect(isoDay(dayNumber(202_100, 6, 15))).toBe('202100-06-15');
  });
});
