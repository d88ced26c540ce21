/**
 * Reading an optional field of a record as the record's own: a record without the field answers
 * `undefined` even when another package has set that name on `Object.prototype`.
 */
const hasOwn = Object.hasOwn ?? ((o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k));

/** `record[key]` if the record itself has it, else `undefined` (also for an absent record). */
export function own<T extends object, K extends keyof T>(record: T | undefined, key: K): T[K] | undefined {
  return record !== undefined && hasOwn(record, key) ? record[key] : undefined;
}
