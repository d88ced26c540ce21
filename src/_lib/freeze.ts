/**
 * Freezes an object and everything reachable from it, in place, and returns it. Written for the
 * first load of a collection, which runs before the JIT has warmed up: no call for a primitive, a
 * counted loop over arrays, and a subtree already frozen (a record read alone earlier) not walked
 * again. (The plain recursive version cost a cold process 1–2 ms more on the statements.)
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value); // first, so that a cycle ends here
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  } else {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const item = (value as Record<string, unknown>)[keys[i]!];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  }
  return value;
}

/**
 * A collection as the library holds it: its records parsed and deep-frozen the first time they are
 * asked for, not on import (a process that never asks for a collection never pays for it). The
 * array that holds them stays the library's own and is never handed out (see {@link handOut}).
 */
export interface Store<T> {
  /** Every record, loading the collection on first use. */
  all(): readonly T[];
  /**
   * The record with this id read on its own, before the collection is loaded, where the build
   * ships it by id (the Node builds); `undefined` when it cannot be read that way (use the index).
   */
  early(id: string): T | undefined;
  /**
   * The records that may fall in a calendar year, read on their own before the collection is
   * loaded, where the build ships it by year (the Node builds); `undefined` when they cannot be read
   * that way (use the whole collection).
   */
  year(year: number): readonly T[] | undefined;
}

/** Where the Node builds ship a collection split up: one record by id, or a year's records with their places in the collection. */
export interface PartLoaders<T> {
  readonly loadOne?: (id: string) => T | undefined;
  readonly loadYear?: (year: number) => ReadonlyArray<readonly [index: number, record: T]> | undefined;
}

/**
 * Wraps a generated collection's loaders. `loadOne` and `loadYear` (where the Node builds ship the
 * collection by id or by year) read some records without the rest; a record read that way is the
 * very object the whole collection holds once it is loaded (matched by id, or by its place in the
 * collection), so identity never depends on the order of questions.
 */
export function frozenOnFirstUse<T extends object>(load: () => T[], parts: PartLoaders<T> = {}): Store<T> {
  let data: T[] | undefined;
  /** Records read on their own, by id or by `#<place in the collection>`. */
  const readAlone = new Map<string, T>();
  const years = new Map<number, readonly T[] | null>();
  const keep = (key: string, record: T): T => {
    const known = readAlone.get(key);
    if (known !== undefined) return known;
    readAlone.set(key, deepFreeze(record));
    return record;
  };
  return {
    all() {
      if (data === undefined) {
        const records = load();
        for (let i = 0; i < records.length; i++) {
          const id = (records[i] as { id?: unknown }).id;
          const alone = readAlone.get(`#${i}`) ?? (typeof id === 'string' ? readAlone.get(id) : undefined);
          records[i] = alone ?? deepFreeze(records[i] as T);
        }
        data = records;
        readAlone.clear();
        years.clear();
      }
      return data;
    },
    early(id) {
      if (data !== undefined || parts.loadOne === undefined) return undefined;
      const record = readAlone.get(id) ?? parts.loadOne(id);
      return record === undefined ? undefined : keep(id, record);
    },
    year(year) {
      if (data !== undefined || parts.loadYear === undefined) return undefined;
      const known = years.get(year);
      if (known !== undefined) return known ?? undefined;
      const entries = parts.loadYear(year);
      const records = entries === undefined ? null : entries.map(([index, record]) => keep(`#${index}`, record));
      years.set(year, records);
      return records ?? undefined;
    },
  };
}

/** Builds a value the first time it is needed and keeps it (for indexes). */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * A new array of the given (frozen) records for the caller: theirs to sort or change, while the
 * library's own array, and every record in it, stays as it was. A plain array, not a frozen one:
 * V8 runs `filter`, `map` and `for…of` over a frozen array several times slower, and that cost
 * would fall on every loop a user writes over an answer.
 */
export function handOut<T>(items: readonly T[]): T[] {
  return [...items];
}
