/** Schemas of the derived tables' JSON rows: the state-year and state-meeting panels and the crosswalk. */
import { z } from 'zod';
import { ATTENDANCE_STATUSES, COW_IGO_CODES, MEMBERSHIP_STATUSES, PANEL_STATUSES } from '../vocabulary.js';
import { MeetingIdSchema, PartialDateSchema, PersonIdSchema, SourceIdSchema, StateIdSchema } from './common.js';
import { StateSchema } from './core.js';
import { BodySchema, DelegationLevelSchema, MeetingKindSchema } from './meetings.js';

/** A state's standing on a day in the panels. */
export const PanelStatusSchema = z.enum(PANEL_STATUSES);

const days = z.int().nonnegative();

/** One state in one calendar year. */
export const StateYearSchema = z.strictObject({
  state: StateIdSchema,
  year: z.int(),
  length: z.int().min(365).max(366),
  on: z.strictObject({ jan1: PanelStatusSchema, jul1: PanelStatusSchema, dec31: PanelStatusSchema }),
  days: z.strictObject(Object.fromEntries(PANEL_STATUSES.map((s) => [s, days])) as Record<(typeof PANEL_STATUSES)[number], typeof days>),
  chairDays: days,
  chaired: z.boolean().optional(),
  cow: z.union(Object.values(COW_IGO_CODES).map((c) => z.literal(c))),
});

/** One member state at one held session of a statutory body. */
export const StateMeetingSchema = z.strictObject({
  meeting: MeetingIdSchema,
  date: PartialDateSchema,
  bodies: z.array(BodySchema).min(1),
  kind: MeetingKindSchema.optional(),
  state: StateIdSchema,
  membership: z.enum([...MEMBERSHIP_STATUSES, 'unknown']),
  attendance: z.enum([...ATTENDANCE_STATUSES, 'unknown']),
  delegate: PersonIdSchema.optional(),
  level: DelegationLevelSchema.optional(),
  sources: z.array(SourceIdSchema),
});

/** One state in the crosswalk: its id, alpha-2 code, names and codes. */
export const CrosswalkRowSchema = StateSchema.pick({ id: true, alpha2: true, name: true, codes: true });

/** The schema of one JSON row of each derived table, by the table's name (see `DERIVED_TABLES`). */
export const DERIVED_SCHEMAS = {
  'state-years': StateYearSchema,
  'state-meetings': StateMeetingSchema,
  crosswalk: CrosswalkRowSchema,
} as const;
