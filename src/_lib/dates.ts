/**
 * Day arithmetic for the query helpers. A day is an integer count of days since 1970-01-01 (UTC),
 * so no time zone ever shifts a date.
 */
import type { PartialDate } from '../types.js';

const MS_PER_DAY = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Days since 1970-01-01 for a year, month (1-12) and day, by arithmetic alone (H. Hinnant's
 * days-from-civil): no Date object, no time zone, and years below 100 are what they say.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days in a month of a year (Gregorian). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First and last day a partial date can stand for: `"2012-06"` → 1 June and 30 June 2012. */
export function dayRange(date: PartialDate): readonly [first: number, last: number] {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  const month = Number(date.slice(5, 7));
  if (date.length === 7) return [dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month))];
  const day = dayNumber(year, month, Number(date.slice(8, 10)));
  return [day, day];
}

/**
 * The days a period certainly covers, whatever the precision of its bounds: from the last day its
 * start can stand for to the first day its end can stand for. An open period runs on without end.
 */
export function certainSpan(from: PartialDate, to: PartialDate | undefined): readonly [first: number, last: number] {
  return [dayRange(from)[1], to === undefined ? Infinity : dayRange(to)[0]];
}

/** The days a period may cover: from the first day its start can stand for to the last its end can. */
export function possibleSpan(from: PartialDate, to: PartialDate | undefined): readonly [first: number, last: number] {
  return [dayRange(from)[0], to === undefined ? Infinity : dayRange(to)[1]];
}

/** First and last day of a calendar year. */
export function yearSpan(year: number): readonly [first: number, last: number] {
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/** A short, safe description of any argument for error messages (never calls user code). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'bigint':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'symbol':
      return 'a symbol';
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

const DATE_ACCEPTED = 'a valid Date or a "YYYY-MM-DD" string naming a real calendar day';

/**
 * Reads a date argument as a day number. A `Date` is read in UTC; a `"YYYY-MM-DD"` string is a
 * calendar day. Throws `TypeError` for another type, `RangeError` for an invalid value.
 */
export function toDay(value: unknown, where: string): number {
  if (typeof value === 'string') {
    if (FULL_DATE.test(value)) {
      const year = Number(value.slice(0, 4));
      const month = Number(value.slice(5, 7));
      const day = Number(value.slice(8, 10));
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return dayNumber(year, month, day);
      throw new RangeError(`${where} must be ${DATE_ACCEPTED}; ${describeValue(value)} is not a calendar day`);
    }
    throw new RangeError(`${where} must be ${DATE_ACCEPTED}; got ${describeValue(value)}`);
  }
  let isDate = false;
  try {
    isDate = value instanceof Date;
  } catch {
    // A proxy whose prototype cannot be read is not a Date.
  }
  if (isDate) {
    let ms: number;
    try {
      ms = Date.prototype.getTime.call(value);
    } catch {
      throw new TypeError(`${where} must be ${DATE_ACCEPTED}; got an object that only looks like a Date`);
    }
    if (Number.isNaN(ms)) throw new RangeError(`${where} must be ${DATE_ACCEPTED}; got an invalid Date`);
    return Math.floor(ms / MS_PER_DAY);
  }
  throw new TypeError(`${where} must be ${DATE_ACCEPTED}; got ${describeValue(value)}`);
}

/** Reads a year argument: an integer from 1 to 9999. */
export function toYear(value: unknown, where: string): number {
  if (typeof value !== 'number') throw new TypeError(`${where} must be an integer year such as 2024; got ${describeValue(value)}`);
  if (!Number.isInteger(value) || value < 1 || value > 9999) {
    throw new RangeError(`${where} must be an integer year from 1 to 9999; got ${Object.is(value, -0) ? '-0' : String(value)}`);
  }
  return value;
}
