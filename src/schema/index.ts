/**
 * zod schemas for every csto-data record type, exported from `csto-data/schema` for users who
 * validate their own data in the same shape. The main entry (`csto-data`) never loads this module.
 *
 * Ids here are plain strings of the right form; the main entry's types narrow them to the literal
 * unions of the bundled data (`StateId`, `PersonId`, …).
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import type { CollectionName } from '../collections.js';
import {
  ATTENDANCE_STATUSES,
  BODIES,
  DELEGATION_LEVELS,
  DOCUMENT_KINDS,
  MEETING_FORMATS,
  MEETING_KINDS,
  MEETING_STATUSES,
  MEMBERSHIP_EFFECTS,
  MEMBERSHIP_STATUSES,
  MILESTONE_KINDS,
  OPERATION_KINDS,
  SETTINGS,
  TOPICS,
  BODY_KINDS,
  EXERCISE_SERIES,
  PARTNER_GRANTORS,
  PARTNER_KINDS,
  PARTNER_STATUSES,
  STEP_KINDS,
} from '../vocabulary.js';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar year, month or day. */
export function isPartialDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (never padded to a made-up day). */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isPartialDate, {
    message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .describe('A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.');

const slug = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `expected a ${what}: lowercase ASCII words joined by single hyphens` });

/** An ISO 3166-1 alpha-3 code in capitals. */
export const StateIdSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'expected an ISO 3166-1 alpha-3 code such as "KAZ"' });
/** A person id: the lowercase ASCII slug of the person's common English name. */
export const PersonIdSchema = slug('person id (e.g. "imangali-tasmagambetov")');
/** A source id: `<publisher>-<date>-<slug>` in lowercase ASCII. */
export const SourceIdSchema = slug('source id (e.g. "odkb-2023-11-23-csc-minsk")');
/** A meeting id: `YYYY-MM-DD-body-place` (`xx` for an unknown day). */
export const MeetingIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-(?:\d{2}|xx)-[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected a meeting id YYYY-MM-DD-body-place such as "2024-11-28-csc-astana"',
  });
/** A statement id: `<date>-<speaker>-<slug>`. */
export const StatementIdSchema = slug('statement id (e.g. "2024-11-27-imangali-tasmagambetov-afghanistan")');
/** An operation id. */
export const OperationIdSchema = slug('operation id (e.g. "2022-01-kazakhstan-peacekeeping")');

const sources = z.array(SourceIdSchema).min(1, { message: 'every record cites at least one source' });
const text = z.string().trim().min(1, { message: 'must not be empty' });

/** An alternative claim that a source makes where the record follows a better source. */
export const ConflictSchema = z.strictObject({
  field: text,
  value: z.union([z.string(), z.number(), z.boolean()]),
  sources,
  note: text.optional(),
});

/** A full calendar day, `YYYY-MM-DD`. */
export const DaySchema = PartialDateSchema.refine((d) => d.length === 10, { message: 'expected a full day YYYY-MM-DD' }).describe(
  'A full calendar day: YYYY-MM-DD.',
);

/**
 * What is known of when a date falls, beyond its own precision: the earliest and the latest day it
 * can be, each from a source (a report that a term had begun by a day, a law that took effect no
 * earlier than another). In the shipped data the build fills both in wherever the date is not a
 * single day, from the date's precision, these bounds, the record's attestations and its series.
 */
export const DateBoundSchema = z
  .strictObject({
    earliest: DaySchema.optional(),
    latest: DaySchema.optional(),
    sources: z.array(SourceIdSchema).min(1).optional(),
    note: text.optional(),
  })
  .refine((b) => b.earliest !== undefined || b.latest !== undefined, { message: 'a bound needs `earliest` or `latest`' })
  .refine((b) => b.earliest === undefined || b.latest === undefined || b.earliest <= b.latest, {
    message: '`earliest` is after `latest`',
    path: ['latest'],
  });

/** Bounds on a period's start and end. */
export const PeriodBoundsSchema = z.strictObject({ from: DateBoundSchema.optional(), to: DateBoundSchema.optional() });

/**
 * A source that attests that a period was in force on a day ("Kyrgyzstan, which currently chairs"):
 * the period began on or before that day and ended on or after it.
 */
export const AttestationSchema = z.strictObject({
  on: DaySchema,
  sources,
  quote: text.max(700).optional(),
  language: z.string().regex(/^[a-z]{2}$/, { message: 'expected an ISO 639-1 code such as "en" or "ru"' }).optional(),
  translation: text.optional(),
  note: text.optional(),
});

/** Inclusive period: `to` (when present) is not before `from`. */
function periodOrdered(p: { from?: string | undefined; to?: string | undefined }): boolean {
  return p.from === undefined || p.to === undefined || p.to >= p.from || p.from.startsWith(p.to);
}
const periodMessage = { message: '`to` is before `from`', path: ['to'] };

/** A catalogue entry for a page that records cite. */
export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  url: z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }),
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
    bounds: PeriodBoundsSchema.optional(),
    attested: z.array(AttestationSchema).optional(),
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
    bounds: PeriodBoundsSchema.optional(),
    attested: z.array(AttestationSchema).optional(),
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
    bounds: PeriodBoundsSchema.optional(),
    attested: z.array(AttestationSchema).optional(),
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
    bounds: PeriodBoundsSchema.optional(),
    attested: z.array(AttestationSchema).optional(),
    sources,
    note: text.optional(),
  })
  .refine(periodOrdered, periodMessage);

/** A person: names in English (and Russian where a source gives it), state, dated roles. */
export const PersonSchema = z.strictObject({
  id: PersonIdSchema,
  name: z.strictObject({ en: text, ru: text.optional() }),
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
    kind: MeetingKindSchema,
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

/** Topics a statement can be about. */
export const TopicSchema = z.enum(TOPICS);

/** Where a statement was made. */
export const SettingSchema = z.enum(SETTINGS);

/** The longest quote accepted: a few sentences. */
export const MAX_QUOTE_LENGTH = 700;

/** What a named person said about a CSTO matter, with the source that reports it. */
export const StatementSchema = z
  .strictObject({
    id: StatementIdSchema,
    date: PartialDateSchema,
    speaker: PersonIdSchema,
    role: text,
    setting: SettingSchema,
    meeting: MeetingIdSchema.optional(),
    quote: text.max(MAX_QUOTE_LENGTH, { message: `a quote is at most ${MAX_QUOTE_LENGTH} characters (a few sentences)` }).optional(),
    language: z.string().regex(/^[a-z]{2}$/, { message: 'expected an ISO 639-1 code such as "en" or "ru"' }).optional(),
    translation: text.optional(),
    paraphrase: z.boolean(),
    summary: text,
    about: z.array(StateIdSchema),
    topics: z.array(TopicSchema).min(1),
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine((s) => s.paraphrase || s.quote !== undefined, {
    message: 'a statement that is not a paraphrase needs its verbatim `quote`',
    path: ['quote'],
  })
  .refine((s) => !s.paraphrase || s.quote === undefined, {
    message: 'a paraphrase has no `quote`; set `paraphrase: false` for a verbatim quote',
    path: ['paraphrase'],
  })
  .refine((s) => s.quote === undefined || s.language !== undefined, {
    message: 'a quote needs the `language` it is printed in',
    path: ['language'],
  })
  .refine((s) => s.quote === undefined || s.language === 'en' || s.translation !== undefined, {
    message: 'a quote not in English needs an English `translation`',
    path: ['translation'],
  });

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
    bounds: PeriodBoundsSchema.optional(),
    attested: z.array(AttestationSchema).optional(),
    sources,
    note: text.optional(),
  })
  .refine(periodOrdered, periodMessage);

/** An organ of the Treaty or of the organization. */
export const BodyRecordSchema = z.strictObject({
  id: BodyIdSchema,
  name: z.strictObject({ en: text, ru: text.optional() }),
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
  name: z.strictObject({ en: text, ru: text.optional() }),
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
