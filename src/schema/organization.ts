/** Schemas of the organization's bodies, forces, exercises, partners, agreements and its members' steps. */
import { z } from 'zod';
import { BODY_KINDS, EXERCISE_SERIES, PARTNER_GRANTORS, PARTNER_KINDS, PARTNER_STATUSES, STEP_KINDS } from '../vocabulary.js';
import { ConflictSchema, MeetingIdSchema, OperationIdSchema, PartialDateSchema, PersonIdSchema, StateIdSchema, names, periodEvidence, periodMessage, periodOrdered, slug, sources, text } from './common.js';
import { BodySchema } from './meetings.js';

/** A body id, e.g. `"joint-staff"`. */
export const BodyIdSchema = slug('body id (e.g. "joint-staff")');
/** A force id, e.g. `"crrf"`. */
export const ForceIdSchema = slug('force id (e.g. "crrf")');

/** Who headed a body, for a dated term. */
export const BodyHeadSchema = z
  .strictObject({
    person: PersonIdSchema.optional(),
    name: text,
    title: text,
    state: StateIdSchema.optional(),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    ...periodEvidence,
    sources,
    note: text.optional(),
  })
  .refine(periodOrdered, periodMessage);

/** An organ of the Treaty or of the organization. */
export const BodyRecordSchema = z.strictObject({
  id: BodyIdSchema,
  name: names,
  abbreviation: BodySchema.optional(),
  kind: z.enum(BODY_KINDS),
  established: PartialDateSchema.optional(),
  ended: PartialDateSchema.optional(),
  createdBy: z.strictObject({ meeting: MeetingIdSchema.optional(), document: text.optional(), sources }).optional(),
  heads: z.array(BodyHeadSchema).optional(),
  sources,
  note: text.optional(),
});

/** A declared or reported strength of a force on a date. */
export const StrengthSchema = z.strictObject({
  date: PartialDateSchema,
  personnel: z.number().int().positive(),
  sources,
  note: text.optional(),
});

/** A collective force of the organization. */
export const ForceSchema = z.strictObject({
  id: ForceIdSchema,
  name: names,
  abbreviation: text.optional(),
  established: PartialDateSchema.optional(),
  decidedAt: MeetingIdSchema.optional(),
  ended: PartialDateSchema.optional(),
  strength: z.array(StrengthSchema).optional(),
  operations: z.array(OperationIdSchema).optional(),
  sources,
  note: text.optional(),
  conflicts: z.array(ConflictSchema).optional(),
});

/** One edition of an exercise. */
export const ExerciseSchema = z
  .strictObject({
    id: slug('exercise id (e.g. "2022-10-interaction-2022")'),
    name: text,
    nameRu: text.optional(),
    series: z.enum(EXERCISE_SERIES),
    from: PartialDateSchema,
    to: PartialDateSchema.optional(),
    host: StateIdSchema.optional(),
    place: text.optional(),
    participants: z.array(StateIdSchema).optional(),
    forces: z.array(ForceIdSchema).optional(),
    observers: z.array(text).optional(),
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine(periodOrdered, periodMessage);

/** An observer or partner status held by a state, a parliament or an organization. */
export const PartnershipSchema = z
  .strictObject({
    id: slug('partnership id'),
    partner: z.strictObject({ kind: z.enum(PARTNER_KINDS), name: text, state: StateIdSchema.optional() }),
    status: z.enum(PARTNER_STATUSES),
    of: z.enum(PARTNER_GRANTORS),
    grantedBy: text.optional(),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    sources,
    note: text.optional(),
  })
  .refine(periodOrdered, periodMessage);

/** Who signed an agreement, for which party. */
export const SignatorySchema = z.strictObject({ name: text, person: PersonIdSchema.optional(), for: text });

/** A cooperation document between the CSTO and another organization or a state. */
export const AgreementSchema = z.strictObject({
  id: slug('agreement id'),
  title: text,
  date: PartialDateSchema,
  place: text.optional(),
  parties: z.array(text).min(2),
  signatories: z.array(SignatorySchema).optional(),
  sources,
  note: text.optional(),
});

/** A formal step a member state took towards the organization. */
export const StateStepSchema = z.strictObject({
  id: slug('state step id'),
  state: StateIdSchema,
  date: PartialDateSchema,
  kind: z.enum(STEP_KINDS),
  summary: text,
  membershipChange: z.boolean(),
  sources,
  note: text.optional(),
  conflicts: z.array(ConflictSchema).optional(),
});
