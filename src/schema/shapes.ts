/**
 * Compile-time proof that the hand-written record types (src/types/, which the main entry ships
 * without zod) and the zod schemas (this folder) describe the same records: a field added,
 * removed, made optional or retyped on one side only fails `npm run typecheck`.
 *
 * Types only: nothing here exists at run time, and no entry point imports this module.
 */
import type { z } from 'zod';
import type { CollectionName } from '../collections.js';
import type { IdTypes } from '../generated/ids.js';
import type { Records, StateMeeting, StateYear } from '../types.js';
import type { RECORD_SCHEMAS } from './index.js';
import type { StateMeetingSchema, StateYearSchema } from './panels.js';

/** True when A and B are the same type (modifiers included), false otherwise. */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** True for exactly one of the literal id unions generated from the data (see `IdTypes`). */
type IsIdUnion<T> = [T] extends [never] ? false : true extends { [K in keyof IdTypes]: Equals<T, IdTypes[K]> }[keyof IdTypes] ? true : false;

/**
 * A record type as the schemas see it: the literal id unions read as `string` (the schemas accept
 * any well-formed id; the main entry narrows them to the ids in the data), nothing readonly, and an
 * optional field's `| undefined` (zod writes it, the hand-written types leave it out) dropped.
 */
export type Plain<T> =
  IsIdUnion<Exclude<T, undefined>> extends true ? string | Extract<T, undefined> : PlainInner<T>;
type PlainInner<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<Exclude<T[K], undefined>> }
    : T;

/** The record type a schema validates. */
export type Parsed<K extends CollectionName> = Plain<z.output<(typeof RECORD_SCHEMAS)[K]>>;

/** True when a collection's hand-written type and its schema agree exactly. */
export type Agrees<K extends CollectionName> = Equals<Plain<Records[K]>, Parsed<K>>;

/** The collections whose type and schema disagree. */
export type Disagreeing = { [K in CollectionName]: Agrees<K> extends true ? never : K }[CollectionName];

/** Fails to compile, naming what is left, unless its argument is `never`. */
export type NoneLeft<T extends never> = T;

// Every collection has a record type, and no other name has one.
export type RecordsWithoutCollection = NoneLeft<Exclude<keyof Records, CollectionName>>;
export type CollectionsWithoutRecord = NoneLeft<Exclude<CollectionName, keyof Records>>;
// Each collection's type and schema agree field by field, nested records included; an error here
// names the collection whose two sides differ.
export type ShapesDisagreeIn = NoneLeft<Disagreeing>;

// The derived tables' row types (src/types/panels.ts) and their schemas (./panels.ts) agree too.
type DerivedAgree = {
  'state-years': Equals<Plain<StateYear>, Plain<z.output<typeof StateYearSchema>>>;
  'state-meetings': Equals<Plain<StateMeeting>, Plain<z.output<typeof StateMeetingSchema>>>;
};
export type DerivedShapesDisagreeIn = NoneLeft<{ [K in keyof DerivedAgree]: DerivedAgree[K] extends true ? never : K }[keyof DerivedAgree]>;
