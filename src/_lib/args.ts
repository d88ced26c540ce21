import { describeValue } from './dates.js';

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
