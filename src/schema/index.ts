/**
 * zod schemas for every csto-data record type, exported from `csto-data/schema` for users who
 * validate their own data in the same shape. The main entry (`csto-data`) never loads this module.
 *
 * Ids here are plain strings of the right form; the main entry's types narrow them to the literal
 * unions of the bundled data (`StateId`, `PersonId`, …).
 *
 * @packageDocumentation
 * @module csto-data/schema
 */
import { z } from 'zod';
import type { CollectionName } from '../collections.js';
import { AgreementSchema, BodyRecordSchema, ExerciseSchema, ForceSchema, PartnershipSchema, StateStepSchema } from './organization.js';
import { ChairmanshipSchema, MembershipSchema, MilestoneSchema, PersonSchema, SecretaryGeneralTermSchema, SourceSchema, StateSchema } from './core.js';
import { MeetingSchema, OperationSchema } from './meetings.js';
import { StatementSchema } from './statements.js';
import { DaySchema } from './common.js';

export { AttestationSchema, ConflictSchema, DateBoundSchema, DaySchema, MeetingIdSchema, OperationIdSchema, PartialDateSchema, PeriodBoundsSchema, PersonIdSchema, SourceIdSchema, StateIdSchema, StatementIdSchema, isPartialDate } from './common.js';
export * from './core.js';
export * from './meetings.js';
export * from './statements.js';
export * from './organization.js';
export * from './panels.js';

/** Dataset metadata. */
export const MetaSchema = z.strictObject({
  dataAsOf: DaySchema,
});

/** The schema of one record of each collection, by the collection's name (see `COLLECTIONS`). */
export const RECORD_SCHEMAS = {
  states: StateSchema,
  memberships: MembershipSchema,
  chairmanships: ChairmanshipSchema,
  secretariesGeneral: SecretaryGeneralTermSchema,
  people: PersonSchema,
  milestones: MilestoneSchema,
  meetings: MeetingSchema,
  operations: OperationSchema,
  statements: StatementSchema,
  sources: SourceSchema,
  bodies: BodyRecordSchema,
  forces: ForceSchema,
  exercises: ExerciseSchema,
  partners: PartnershipSchema,
  agreements: AgreementSchema,
  stateSteps: StateStepSchema,
} as const satisfies { readonly [K in CollectionName]: z.ZodType };
