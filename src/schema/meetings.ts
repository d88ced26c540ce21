/** Schemas of meetings, attendance, documents and operations. */
import { z } from 'zod';
import { ATTENDANCE_STATUSES, BODIES, DELEGATION_LEVELS, DOCUMENT_KINDS, MEETING_FORMATS, MEETING_KINDS, MEETING_STATUSES, MEMBERSHIP_EFFECTS, OPERATION_KINDS } from '../vocabulary.js';
import { ConflictSchema, DateBoundSchema, MeetingIdSchema, OperationIdSchema, PartialDateSchema, PersonIdSchema, StateIdSchema, sources, text } from './common.js';

/** CSTO bodies: Collective Security Council, Council of Foreign Ministers, Council of Defence Ministers, Committee of Secretaries of Security Councils, Permanent Council, Parliamentary Assembly. */
export const BodySchema = z.enum(BODIES);
/** Kinds of meeting. */
export const MeetingKindSchema = z.enum(MEETING_KINDS);
/** How a meeting was held. */
export const MeetingFormatSchema = z.enum(MEETING_FORMATS);
/** Whether a meeting took place. */
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);
/** How a member state took part: in person, by video, at a lower level, or not at all. */
export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);

/** The rank of who led a member state's delegation. */
export const DelegationLevelSchema = z.enum(DELEGATION_LEVELS);

/** One member state's attendance at a meeting. */
export const AttendanceRecordSchema = z.strictObject({
  state: StateIdSchema,
  status: AttendanceStatusSchema,
  delegate: PersonIdSchema.optional(),
  level: DelegationLevelSchema.optional(),
  note: text.optional(),
  sources,
});

/** An invited guest (not a member state's delegation). */
export const GuestSchema = z.strictObject({
  name: text,
  person: PersonIdSchema.optional(),
  role: text.optional(),
  sources,
});

/** Kinds of document a meeting adopts. */
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

/** A link from a document to the record it changes. */
export const DocumentEffectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('chairmanship'), state: StateIdSchema }),
  z.strictObject({ type: z.literal('secretary-general'), person: PersonIdSchema }),
  z.strictObject({
    type: z.literal('membership'),
    state: StateIdSchema,
    status: z.enum(MEMBERSHIP_EFFECTS),
  }),
]);

/** A document adopted at a meeting. */
export const MeetingDocumentSchema = z.strictObject({
  title: text,
  kind: DocumentKindSchema,
  effects: z.array(DocumentEffectSchema).optional(),
  sources,
  note: text.optional(),
});

/** A count of documents signed, as one or more sources give it. */
export const DocumentCountSchema = z.strictObject({
  count: z.number().int().nonnegative(),
  sources,
  note: text.optional(),
});

/** A meeting of one or more CSTO bodies. */
export const MeetingSchema = z
  .strictObject({
    id: MeetingIdSchema,
    date: PartialDateSchema,
    endDate: PartialDateSchema.optional(),
    bounds: z.strictObject({ date: DateBoundSchema.optional() }).optional(),
    bodies: z.array(BodySchema).min(1),
    kind: MeetingKindSchema.optional(),
    format: MeetingFormatSchema.optional(),
    city: text.optional(),
    host: StateIdSchema.optional(),
    status: MeetingStatusSchema,
    replacedBy: MeetingIdSchema.optional(),
    chair: PersonIdSchema.optional(),
    attendanceComplete: z.boolean(),
    attendance: z.array(AttendanceRecordSchema).default([]),
    guests: z.array(GuestSchema).optional(),
    documents: z.array(MeetingDocumentSchema).optional(),
    documentCount: z.array(DocumentCountSchema).optional(),
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine((m) => m.endDate === undefined || m.endDate >= m.date, {
    message: '`endDate` is before `date`',
    path: ['endDate'],
  });

/** A state's contribution to an operation. */
export const ContributorSchema = z.strictObject({
  state: StateIdSchema,
  personnel: z.number().int().positive().optional(),
  sources,
  note: text.optional(),
});

/** A collective action of the organization. */
export const OperationSchema = z.strictObject({
  id: OperationIdSchema,
  name: text,
  kind: z.enum(OPERATION_KINDS),
  state: StateIdSchema.optional(),
  requested: PartialDateSchema.optional(),
  requestedBy: PersonIdSchema.optional(),
  decided: PartialDateSchema.optional(),
  meeting: MeetingIdSchema.optional(),
  decision: z
    .strictObject({
      title: text,
      date: PartialDateSchema,
      announcedBy: PersonIdSchema.optional(),
      withoutSession: z.boolean(),
      sources,
      note: text.optional(),
    })
    .optional(),
  from: PartialDateSchema.optional(),
  withdrawalFrom: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
  commander: PersonIdSchema.optional(),
  contributors: z.array(ContributorSchema).optional(),
  sources,
  note: text.optional(),
  conflicts: z.array(ConflictSchema).optional(),
});
