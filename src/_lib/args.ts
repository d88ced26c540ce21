/**
 * Reading the helpers' arguments: filters, ids, enumerations, dates and years. Each reader either
 * returns a well-formed value or throws a `TypeError` or `RangeError` naming the parameter.
 */
import { dayNumber, daysInMonth } from './dates.js';

const MS_PER_DAY = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an optional filter or options object, keeping only the keys a helper accepts. Only own,
 * enumerable data properties of a plain object (`{…}` or `Object.create(null)`, from any realm)
 * are read, so a polluted `Object.prototype` changes nothing. Throws `TypeError` naming `where` for
 * anything else: a class instance, a `Map`, a `Date`, an array, a getter, an unknown key, or a proxy
 * whose traps throw.
 *
 * The object returned has the given keys as its own properties and inherits every other accepted
 * key as `undefined` from a blank made once per list of keys, so reading any accepted key never
 * reaches `Object.prototype`, and `Object.keys` lists the keys given. (It is read on every call of a
 * filtering helper: copying every descriptor into a dictionary object, as this did before, cost
 * about 1 µs a call, more than most answers.) Pass `accepted` as a module constant: the blank is
 * kept per array.
 */
export function readFilter<K extends string>(filter: unknown, accepted: readonly K[], where: string, what = 'the filter'): Partial<Record<K, unknown>> {
  const out = Object.create(blankFor(accepted)) as Partial<Record<K, unknown>>;
  if (filter === undefined) return out;
  const expected = () => `${where}: ${what} must be a plain object with any of ${accepted.join(', ')}`;
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) throw new TypeError(`${expected()}; got ${describeValue(filter)}`);
  let problem: string | undefined;
  try {
    if (!isPlainPrototype(Object.getPrototypeOf(filter))) problem = `${expected()}; got ${describeObject(filter)}`;
    const keys = problem === undefined ? Object.keys(filter) : [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const d = Object.getOwnPropertyDescriptor(filter, key);
      if (d === undefined) continue; // a proxy that listed a key it does not have
      if (!hasOwn(d, 'value')) {
        problem = `${expected()}; its key ${JSON.stringify(key)} is a getter, not a plain value`;
        break;
      }
      if (!(accepted as readonly string[]).includes(key)) {
        problem = `${where}: unknown ${what === 'the filter' ? 'filter' : 'option'} key ${describeValue(key)}; accepted: ${accepted.join(', ')}`;
        break;
      }
      if (d.value !== undefined) out[key as K] = d.value;
    }
  } catch {
    problem = `${expected()}; its properties could not be read`;
  }
  if (problem !== undefined) throw new TypeError(problem);
  return out;
}

/**
 * The keys of a filter interface as the list {@link readFilter} accepts, checked by the compiler
 * against the interface: `filterKeys<MeetingFilter>()('year', …)` does not compile when a key is
 * missing or unknown, so the interface stays the one place the keys are written.
 */
export function filterKeys<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    ...keys: K & (Exclude<keyof T, K[number]> extends never ? unknown : { readonly missing: Exclude<keyof T, K[number]> })
  ): K => keys;
}

const hasOwn = Object.hasOwn ?? ((o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));

/** Per list of accepted keys, an object with each of them set to `undefined` and no prototype. */
const blanks = new WeakMap<readonly string[], object>();
function blankFor(accepted: readonly string[]): object {
  let blank = blanks.get(accepted);
  if (blank === undefined) {
    blank = Object.create(null) as Record<string, undefined>;
    for (const key of accepted) (blank as Record<string, undefined>)[key] = undefined;
    blanks.set(accepted, blank);
  }
  return blank;
}

/** `Object.prototype` of this or another realm, or `null`: the prototype of a plain object. */
function isPlainPrototype(proto: unknown): boolean {
  return proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
}

/** What kind of object a non-plain filter is, without calling its code. */
function describeObject(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'an instance of a class' : `a ${tag}`;
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

/** Day numbers of the `"YYYY-MM-DD"` strings read lately (at most 1,024). */
const dayOf = new Map<string, number>();

const DATE_ACCEPTED = 'a valid Date or a "YYYY-MM-DD" string naming a real calendar day';

/**
 * Reads a date argument as a day number. A `Date` is read in UTC; a `"YYYY-MM-DD"` string is a
 * calendar day. Throws `TypeError` for another type, `RangeError` for an invalid value.
 */
export function toDay(value: unknown, where: string): number {
  if (typeof value === 'string') {
    const known = dayOf.get(value);
    if (known !== undefined) return known;
    if (FULL_DATE.test(value)) {
      const year = Number(value.slice(0, 4));
      const month = Number(value.slice(5, 7));
      const day = Number(value.slice(8, 10));
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        const n = dayNumber(year, month, day);
        if (dayOf.size >= 1024) dayOf.clear(); // a bounded memo: days asked again are not parsed again
        dayOf.set(value, n);
        return n;
      }
      throw new RangeError(`${where} must be ${DATE_ACCEPTED}; ${describeValue(value)} is not a calendar day`);
    }
    throw new RangeError(`${where} must be ${DATE_ACCEPTED}; got ${describeValue(value)}`);
  }
  if (value !== null && typeof value === 'object') {
    // A Date of any realm (a vm context, an iframe): the internal slot, not the prototype, decides.
    let ms: number | undefined;
    try {
      ms = Date.prototype.getTime.call(value);
    } catch {
      // Not a Date (or a proxy of one): falls through to the TypeError below.
    }
    if (ms !== undefined) {
      if (Number.isNaN(ms)) throw new RangeError(`${where} must be ${DATE_ACCEPTED}; got an invalid Date`);
      return Math.floor(ms / MS_PER_DAY);
    }
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

const POSSIBLE_KEYS = ['possible'] as const;

/** Reads the `{ possible }` option of the helpers that answer for a day: true to ask for every reading. */
export function readPossible(options: unknown, where: string): boolean {
  const o = readFilter(options, POSSIBLE_KEYS, where, 'the options');
  if (o.possible === undefined) return false;
  if (typeof o.possible !== 'boolean') throw new TypeError(`${where}: \`options.possible\` must be true or false; got ${describeValue(o.possible)}`);
  return o.possible;
}
