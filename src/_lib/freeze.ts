/** Freezes an object and everything reachable from it, in place, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
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
  /** Whether the whole collection has been loaded. */
  loaded(): boolean;
}

/**
 * Wraps a generated collection's loaders. `loadOne` (where the Node builds ship the collection by
 * id) reads one record without the rest; a record read that way is the very object the whole
 * collection holds once it is loaded, so identity never depends on the order of questions.
 */
export function frozenOnFirstUse<T extends object>(load: () => T[], loadOne?: (id: string) => T | undefined): Store<T> {
  let data: T[] | undefined;
  const readAlone = new Map<string, T>();
  return {
    all() {
      if (data === undefined) {
        const records = load();
        for (let i = 0; i < records.length; i++) {
          const id = (records[i] as { id?: unknown }).id;
          const alone = typeof id === 'string' ? readAlone.get(id) : undefined;
          records[i] = alone ?? deepFreeze(records[i] as T);
        }
        data = records;
        readAlone.clear();
      }
      return data;
    },
    early(id) {
      if (data !== undefined || loadOne === undefined) return undefined;
      let record = readAlone.get(id);
      if (record === undefined) {
        record = loadOne(id);
        if (record !== undefined) readAlone.set(id, deepFreeze(record));
      }
      return record;
    },
    loaded: () => data !== undefined,
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
