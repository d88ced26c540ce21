/** Freezes an object and everything reachable from it, in place, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Wraps a generated collection's loader so that the records are parsed and deep-frozen the first
 * time they are asked for, not on import: a process that never asks for a collection never pays
 * for it.
 */
export function frozenOnFirstUse<T>(load: () => T): () => T {
  let data: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      data = deepFreeze(load());
      loaded = true;
    }
    return data as T;
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

/** A frozen array of the given items. */
export function frozenList<T>(items: T[]): readonly T[] {
  return Object.freeze(items);
}
