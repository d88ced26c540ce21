/**
 * Reading the helpers' arguments: filters, ids, enumerations, dates and years. Each reader either
 * returns a well-formed value or throws a `TypeError` or `RangeError` naming the parameter.
 */
import { dayNumber, daysInMonth } from './dates.js';

const MS_PER_DAY = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an optional filter object, keeping only the keys a helper accepts. Throws `TypeError` for a
 * filter that is not a plain object, for an unknown key, and when reading a key throws.
 */
export function readFilter<K extends string>(filter: unknown, accepted: readonly K[], where: string): Partial<Record<K, unknown>> {
  if (filter === undefined) return {};
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw new TypeError(`${where}: the filter must be an object with any of ${accepted.join(', ')}; got ${describeValue(filter)}`);
  }
  const out: Partial<Record<K, unknown>> = {};
  let keys: string[];
  try {
    keys = Object.keys(filter);
  } catch {
    throw new TypeError(`${where}: the filter's keys could not be read`);
  }
  for (const key of keys) {
    if (!(accepted as readonly string[]).includes(key)) {
      throw new TypeError(`${where}: unknown filter key ${JSON.stringify(key)}; accepted: ${accepted.join(', ')}`);
    }
    let value: unknown;
    try {
      value = (filter as Record<string, unknown>)[key];
    } catch {
      throw new TypeError(`${where}: reading filter key ${JSON.stringify(key)} threw`);
    }
    if (value !== undefined) out[key as K] = value;
  }
  return out;
}

/** Checks that an id argument is a string. */
export function readId(value: unknown, where: string, accepted: string): string {
  if (typeof value !== 'string') throw new TypeError(`${where} must be ${accepted}; got ${describeValue(value)}`);
  return value;
}

/** Checks that a value is one of a fixed set of strings. */
export function readEnum<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string') throw new TypeError(`${where} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${describeValue(value)}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${where} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${describeValue(value)}`);
  }
  return value as T;
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

/** Reads the `{ possible }` option of the helpers that answer for a day: true to ask for every reading. */
export function readPossible(options: unknown, where: string): boolean {
  const o = readFilter(options, ['possible'], where);
  if (o.possible === undefined) return false;
  if (typeof o.possible !== 'boolean') throw new TypeError(`${where}: \`options.possible\` must be true or false; got ${describeValue(o.possible)}`);
  return o.possible;
}
