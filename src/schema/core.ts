/** Schemas of sources, states, memberships, chairmanships, secretaries general, people and milestones. */
import { z } from 'zod';
import { MEMBERSHIP_STATUSES, MILESTONE_KINDS } from '../vocabulary.js';
import { ConflictSchema, MeetingIdSchema, PartialDateSchema, PersonIdSchema, SourceIdSchema, StateIdSchema, names, periodEvidence, periodMessage, periodOrdered, sources, text } from './common.js';

/** A catalogue entry for a page that records cite. */
export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  url: z
    .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
    .refine((url) => /^[\x21-\x7e]+$/.test(url), { message: 'expected a URI: percent-encode characters outside ASCII (encodeURI)' }),
  title: text,
  publisher: text,
  published: PartialDateSchema.optional(),
  language: z.string().regex(/^[a-z]{2}$/, { message: 'expected an ISO 639-1 code such as "en" or "ru"' }),
});

/** A state that was ever party to the Collective Security Treaty or member of the CSTO. */
export const StateSchema = z.strictObject({
  id: StateIdSchema,
  alpha2: z.string().regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code such as "KZ"' }),
  name: z.strictObject({ en: text, ru: text }),
  codes: z
    .strictObject({
      iso: z.string().regex(/^\d{3}$/, { message: 'expected a three-digit ISO 3166-1 numeric code such as "051"' }),
      cow: z.int().positive(),
      cowAbbreviation: z.string().regex(/^[A-Z][A-Z]{2}$/, { message: 'expected a three-letter COW abbreviation such as "GRG"' }),
      gw: z.int().positive(),
      sources,
    })
    .optional(),
  sources,
  note: text.optional(),
});

/** Membership statuses: `frozen` is a member that froze its own participation. */
export const MembershipStatusSchema = z.enum(MEMBERSHIP_STATUSES);

/** One period of a state's membership with one status. */
export const MembershipSchema = z
  .strictObject({
    state: StateIdSchema,
    from: PartialDateSchema,
    to: PartialDateSchema.optional(),
    status: MembershipStatusSchema,
    ...periodEvidence,
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine(periodOrdered, periodMessage);

/** A term of the rotating chairmanship. */
export const ChairmanshipSchema = z
  .strictObject({
    state: StateIdSchema,
    chair: PersonIdSchema,
    from: PartialDateSchema,
    to: PartialDateSchema.optional(),
    ...periodEvidence,
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine(periodOrdered, periodMessage);

/** A term of a Secretary General (or an acting one). */
export const SecretaryGeneralTermSchema = z
  .strictObject({
    person: PersonIdSchema,
    state: StateIdSchema.optional(),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    acting: z.boolean(),
    ...periodEvidence,
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine(periodOrdered, periodMessage);

/** A dated office a person held. */
export const RoleSchema = z
  .strictObject({
    title: text,
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    ...periodEvidence,
    sources,
    note: text.optional(),
  })
  .refine(periodOrdered, periodMessage);

/** A person: names in English (and Russian where a source gives it), state, dated roles. */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  name: names,
  state: StateIdSchema.optional(),
  roles: z.array(RoleSchema).optional(),
  sources,
  note: text.optional(),
});

/** Kinds of milestone. */
export const MilestoneKindSchema = z.enum(MILESTONE_KINDS);

/** A dated milestone in the history of the treaty and the organization. */
export const MilestoneSchema = z.strictObject({
  date: PartialDateSchema,
  kind: MilestoneKindSchema,
  title: text,
  meeting: MeetingIdSchema.optional(),
  sources,
  note: text.optional(),
  conflicts: z.array(ConflictSchema).optional(),
});
