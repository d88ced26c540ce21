/**
 * The record types of csto-data. Every record and array the library returns is deeply frozen,
 * hence the `readonly` everywhere.
 *
 * @module
 */
import type {
  AgreementId,
  BodyId,
  ExerciseId,
  ForceId,
  MeetingId,
  OperationId,
  PartnershipId,
  PersonId,
  SourceId,
  StateId,
  StatementId,
  StateStepId,
} from './generated/ids.js';
import type * as V from './vocabulary.js';

export type {
  AgreementId,
  BodyId,
  ExerciseId,
  ForceId,
  MeetingId,
  OperationId,
  PartnershipId,
  PersonId,
  SourceId,
  StateId,
  StatementId,
  StateStepId,
} from './generated/ids.js';

/**
 * A date exactly as precise as its source: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`. A date known
 * only to the month is never padded to a made-up day.
 *
 * @category Dates
 */
export type PartialDate = string;

/**
 * A date argument: a `Date` (read in UTC) or a `"YYYY-MM-DD"` string (a calendar day, never shifted
 * by the machine's time zone).
 *
 * @category Dates
 */
export type DateInput = Date | string;

/**
 * A full calendar day, `"YYYY-MM-DD"`.
 *
 * @category Dates
 */
export type Day = string;

/**
 * What is known of when a date falls beyond its own precision: the earliest and the latest day it
 * can be. In the shipped data every date that is not a single day has its bounds filled in by the
 * build — from the date's precision, bounds that sources give (with those `sources`), the record's
 * attestations and the series it belongs to (a chair term cannot start before the previous one ended).
 * An absent side is unbounded.
 *
 * @category Dates
 */
export interface DateBound {
  /** The first day the date can be. */
  readonly earliest?: Day;
  /** The last day the date can be. */
  readonly latest?: Day;
  /** Sources that set this bound, where a source did (not only the date's precision or its series). */
  readonly sources?: readonly SourceId[];
  readonly note?: string;
}

/**
 * Bounds on a period's start (`from`) and end (`to`).
 *
 * @category Dates
 */
export interface PeriodBounds {
  /** What is known of the first day. */
  readonly from?: DateBound;
  /** What is known of the last day. */
  readonly to?: DateBound;
}

/**
 * A source attesting that a period was in force on a day (e.g. a report calling Kyrgyzstan "the
 * current chair"): the period began on or before that day and ended on or after it.
 *
 * @category Dates
 */
export interface Attestation {
  /** The day the source says the period was in force. */
  readonly on: Day;
  readonly sources: readonly SourceId[];
  /** The source's words, verbatim and short, in `language`. */
  readonly quote?: string;
  /** The language of the quote, ISO 639-1. */
  readonly language?: string;
  /** Our English rendering of a quote in another language. */
  readonly translation?: string;
  readonly note?: string;
}

/**
 * One reading of a question whose answer depends on a date known only within bounds: the record,
 * whether it certainly applies on the day asked about, and, where it only may, the `window` (first
 * and last possible day) of the start or end that decides it.
 *
 * @category Dates
 */
export interface Reading<T> {
  readonly record: T;
  readonly certain: boolean;
  /** For a possible reading: the days within which the change that decides it happened. */
  readonly window?: { readonly earliest?: Day; readonly latest?: Day };
}

/**
 * Options of the helpers that answer for a day: `{ possible: true }` asks for every reading, each
 * marked certain or possible, instead of the one certain answer.
 *
 * @category Dates
 */
export interface PossibleOptions {
  /** Return every reading of the day, certain or possible, instead of the certain answer alone. */
  readonly possible: true;
}

/**
 * Where sources disagree, the record holds what the better source says and lists each other claim
 * here.
 *
 * @category Sources
 */
export interface Conflict {
  /** The field the other claim is about, e.g. `"date"`. */
  readonly field: string;
  /** The value the other source gives. */
  readonly value: string | number | boolean;
  /** The sources that make the other claim. */
  readonly sources: readonly SourceId[];
  /** Why the record does not follow them, in our words. */
  readonly note?: string;
}

/**
 * A catalogue entry for a page that records cite.
 *
 * @category Sources
 */
export interface Source {
  /** Unique id: `<publisher>-<date>-<slug>`. */
  readonly id: SourceId;
  /** The page's address. */
  readonly url: string;
  /** The page's own headline. */
  readonly title: string;
  /** Who published it: `CSTO`, `TASS`, `Kazinform`, … */
  readonly publisher: string;
  /** When it was published, as precise as the page shows; absent when the page shows no date. */
  readonly published?: PartialDate;
  /** The page's language, ISO 639-1. */
  readonly language: string;
}

/**
 * A state that was ever party to the Collective Security Treaty (1992) or member of the CSTO.
 *
 * @category States and membership
 */
export interface State {
  /** ISO 3166-1 alpha-3 code. */
  readonly id: StateId;
  /** ISO 3166-1 alpha-2 code. */
  readonly alpha2: string;
  /** Common short names in English and Russian. */
  readonly name: { readonly en: string; readonly ru: string };
  /** Sources showing the state as a party or member. */
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * Membership status during a period: `active`; `suspended` (participation suspended by the state,
 * as Uzbekistan's in 2012); `frozen` (a member that froze its own participation, as Armenia in 2024).
 * A state is a member in all three.
 *
 * @category States and membership
 */
export type MembershipStatus = (typeof V.MEMBERSHIP_STATUSES)[number];

/**
 * One period of a state's membership with one status. Periods are inclusive; `to` is absent while
 * the period is open.
 *
 * @category States and membership
 */
export interface Membership {
  /** The member state. */
  readonly state: StateId;
  /** First day of the period (as precise as sources give it). */
  readonly from: PartialDate;
  /** Last day of the period; absent while the period is open. */
  readonly to?: PartialDate;
  /** Its status during the period. */
  readonly status: MembershipStatus;
  /** What is known of when the period began and ended, beyond the precision of `from` and `to`. */
  readonly bounds?: PeriodBounds;
  /** Days on which sources attest the period in force. */
  readonly attested?: readonly Attestation[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A term of the rotating chairmanship: the state and the head of state who chaired.
 *
 * @category Chairmanship
 */
export interface Chairmanship {
  /** The chairing state. */
  readonly state: StateId;
  /** Person id of who chaired. */
  readonly chair: PersonId;
  /** First day of the term; when the chair passed at a session, the session's day. */
  readonly from: PartialDate;
  /** Last day of the term; absent while it is open. */
  readonly to?: PartialDate;
  /** What is known of when the term began and ended, beyond the precision of `from` and `to`. */
  readonly bounds?: PeriodBounds;
  /** Days on which sources attest the term in force. */
  readonly attested?: readonly Attestation[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A term of a Secretary General, acting ones included.
 *
 * @category Secretaries general and people
 */
export interface SecretaryGeneralTerm {
  /** The secretary general (person id). */
  readonly person: PersonId;
  /** The state the secretary general comes from; absent where no source read says. */
  readonly state?: StateId;
  /** First day of the term; absent where no source gives it (then `bounds.from` says what is known). */
  readonly from?: PartialDate;
  /** Last day of the term; absent while it is open. */
  readonly to?: PartialDate;
  /** True for an acting secretary general. */
  readonly acting: boolean;
  /** What is known of when the term began and ended, beyond the precision of `from` and `to`. */
  readonly bounds?: PeriodBounds;
  /** Days on which sources attest the term in force. */
  readonly attested?: readonly Attestation[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A dated office a person held.
 *
 * @category Secretaries general and people
 */
export interface Role {
  /** The office, e.g. `"President of Kazakhstan"`, `"CSTO Secretary General"`. */
  readonly title: string;
  /** First day, where sources give it. */
  readonly from?: PartialDate;
  /** Last day; absent while held or when unknown. */
  readonly to?: PartialDate;
  /** What is known of when the role began and ended, beyond the precision of `from` and `to`. */
  readonly bounds?: PeriodBounds;
  /** Days on which sources attest the role held. */
  readonly attested?: readonly Attestation[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A person who chaired, served as secretary general, attended or spoke.
 *
 * @category Secretaries general and people
 */
export interface Person {
  /** Lowercase ASCII slug of the common English name, e.g. `"imangali-tasmagambetov"`. */
  readonly id: PersonId;
  /** Names in English and, where a source gives it, Russian. */
  readonly name: { readonly en: string; readonly ru?: string };
  /** The state the person served, where one applies. */
  readonly state?: StateId;
  /** Dated offices relevant to this dataset. */
  readonly roles?: readonly Role[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * Kinds of milestone.
 *
 * @category Milestones
 */
export type MilestoneKind = (typeof V.MILESTONE_KINDS)[number];

/**
 * A dated milestone in the history of the treaty and the organization.
 *
 * @category Milestones
 */
export interface Milestone {
  /** When it happened, as precise as sources give it. */
  readonly date: PartialDate;
  /** What kind of milestone. */
  readonly kind: MilestoneKind;
  /** What happened, in our words. */
  readonly title: string;
  /** The meeting at which it happened, where there was one. */
  readonly meeting?: MeetingId;
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * CSTO bodies: `CSC` Collective Security Council (heads of state), `CFM` Council of Foreign
 * Ministers, `CMD` Council of Defence Ministers, `CSSC` Committee of Secretaries of Security
 * Councils, `PC` Permanent Council, `PA` Parliamentary Assembly.
 *
 * @category Meetings and attendance
 */
export type Body = (typeof V.BODIES)[number];

/**
 * Kinds of meeting: a `regular` session, an `extraordinary` one called for a crisis, an `informal`
 * summit, or a `jubilee` session marking an anniversary.
 *
 * @category Meetings and attendance
 */
export type MeetingKind = (typeof V.MEETING_KINDS)[number];

/**
 * How a meeting was held: in person, by video conference, or both at once.
 *
 * @category Meetings and attendance
 */
export type MeetingFormat = (typeof V.MEETING_FORMATS)[number];

/**
 * Whether a meeting took place. `planned`: announced for a day after `dataAsOf`;
 * `unconfirmed`: announced for a day on or before `dataAsOf`, and no source read says whether it
 * took place; `postponed`: moved to a later date (see `replacedBy`); `cancelled`: called off.
 *
 * @category Meetings and attendance
 */
export type MeetingStatus = (typeof V.MEETING_STATUSES)[number];

/**
 * The rank of who led a member state's delegation.
 *
 * @category Meetings and attendance
 */
export type DelegationLevel = (typeof V.DELEGATION_LEVELS)[number];

/**
 * How a member state took part: in person, by video, at a lower level than the body's own (by a
 * stand-in), or not at all.
 *
 * @category Meetings and attendance
 */
export type AttendanceStatus = (typeof V.ATTENDANCE_STATUSES)[number];

/**
 * One member state's attendance at a meeting, as sources report it. States no source reports on
 * have no record: that is unknown, not absence.
 *
 * @category Meetings and attendance
 */
export interface AttendanceRecord {
  /** The member state. */
  readonly state: StateId;
  /** How it took part. */
  readonly status: AttendanceStatus;
  /** Who attended or stood in, where known. */
  readonly delegate?: PersonId;
  /** The rank of who led the delegation, where sources say. */
  readonly level?: DelegationLevel;
  /** Why, where sources explain (a boycott, a frozen participation, an illness), in our words. */
  readonly note?: string;
  readonly sources: readonly SourceId[];
}

/**
 * An invited guest: a non-member's leader, the head of another organization.
 *
 * @category Meetings and attendance
 */
export interface Guest {
  /** The guest's name as sources give it. */
  readonly name: string;
  /** Person id, where the guest is in the people list. */
  readonly person?: PersonId;
  /** The guest's office, e.g. "CIS Secretary General". */
  readonly role?: string;
  readonly sources: readonly SourceId[];
}

/**
 * Kinds of document a meeting adopts.
 *
 * @category Meetings and attendance
 */
export type DocumentKind = (typeof V.DOCUMENT_KINDS)[number];

/**
 * A link from an adopted document to the record it changes: a chairmanship handed over, a
 * secretary general appointed, a membership changed (`ended`: the state's membership ended).
 *
 * @category Meetings and attendance
 */
export type DocumentEffect =
  | { readonly type: 'chairmanship'; readonly state: StateId }
  | { readonly type: 'secretary-general'; readonly person: PersonId }
  | { readonly type: 'membership'; readonly state: StateId; readonly status: (typeof V.MEMBERSHIP_EFFECTS)[number] };

/**
 * A document a meeting adopted.
 *
 * @category Meetings and attendance
 */
export interface MeetingDocument {
  /** The document's title (our English rendering where sources give another language). */
  readonly title: string;
  /** What kind of document. */
  readonly kind: DocumentKind;
  /** The records it changed: a chairmanship, a secretary general, a membership. */
  readonly effects?: readonly DocumentEffect[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * How many documents a meeting signed, as given by some sources; a meeting lists several counts
 * when sources disagree.
 *
 * @category Meetings and attendance
 */
export interface DocumentCount {
  /** The number of documents signed or adopted. */
  readonly count: number;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A meeting of one or more CSTO bodies.
 *
 * @category Meetings and attendance
 */
export interface Meeting {
  /** `YYYY-MM-DD-body-place`, e.g. `2024-11-28-csc-astana` (`xx` for a day the sources do not give). */
  readonly id: MeetingId;
  /** The (first) day of the meeting, as precise as sources give it. */
  readonly date: PartialDate;
  /** Last day of a meeting that ran over several days. */
  readonly endDate?: PartialDate;
  /** What is known of the meeting's day beyond the precision of `date`. */
  readonly bounds?: { readonly date?: DateBound };
  /** The bodies that met; a joint session lists several. */
  readonly bodies: readonly Body[];
  /** Regular, extraordinary, informal or jubilee. */
  readonly kind: MeetingKind;
  /** Absent when no source says how it was held. */
  readonly format?: MeetingFormat;
  /** Where it was held; absent for a meeting held only by video. */
  readonly city?: string;
  /** The hosting state. */
  readonly host?: StateId;
  readonly status: MeetingStatus;
  /** For a postponed meeting, the meeting that took its place, where there is one. */
  readonly replacedBy?: MeetingId;
  /** Who presided, where sourced. */
  readonly chair?: PersonId;
  /** True when sources account for every member state. */
  readonly attendanceComplete: boolean;
  /** Per-state attendance, sorted by state id. */
  readonly attendance: readonly AttendanceRecord[];
  /** Invited guests who are not member states' delegations. */
  readonly guests?: readonly Guest[];
  /** What the meeting adopted, where sourced. */
  readonly documents?: readonly MeetingDocument[];
  /** How many documents were signed, per source (several entries when sources disagree). */
  readonly documentCount?: readonly DocumentCount[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A state's contribution to an operation.
 *
 * @category Meetings and attendance
 */
export interface Contributor {
  readonly state: StateId;
  /** How many personnel the state sent, where a source gives the number. */
  readonly personnel?: number;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * Kinds of collective operation: a peacekeeping deployment, a monitoring mission, or other.
 *
 * @category Meetings and attendance
 */
export type OperationKind = (typeof V.OPERATION_KINDS)[number];

/**
 * A collective action of the organization: a peacekeeping deployment, a mission.
 *
 * @category Meetings and attendance
 */
export interface Operation {
  /** Unique id of the operation. */
  readonly id: OperationId;
  /** What it was, in our words. */
  readonly name: string;
  /** Peacekeeping deployment, monitoring mission, or other. */
  readonly kind: OperationKind;
  /** Where it took place. */
  readonly state?: StateId;
  /** When a member requested it. */
  readonly requested?: PartialDate;
  /** Who requested it (person id). */
  readonly requestedBy?: PersonId;
  /** When it was decided. */
  readonly decided?: PartialDate;
  /** The meeting that decided it. */
  readonly meeting?: MeetingId;
  /**
   * The decision that started it, where sources describe it: its title, day, who announced it, and
   * whether it was taken without a session (by consultation, announced by the chair).
   */
  readonly decision?: {
    readonly title: string;
    readonly date: PartialDate;
    readonly announcedBy?: PersonId;
    readonly withoutSession: boolean;
    readonly sources: readonly SourceId[];
    readonly note?: string;
  };
  /** When it began. */
  readonly from?: PartialDate;
  /** When the withdrawal began. */
  readonly withdrawalFrom?: PartialDate;
  /** When it ended. */
  readonly to?: PartialDate;
  /** Who commanded it (person id). */
  readonly commander?: PersonId;
  /** The member states that sent personnel, with numbers where sourced. */
  readonly contributors?: readonly Contributor[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * The controlled vocabulary of statement topics.
 *
 * @category Statements
 */
export type Topic = (typeof V.TOPICS)[number];

/**
 * Where a statement was made.
 *
 * @category Statements
 */
export type Setting = (typeof V.SETTINGS)[number];

/**
 * What a named person said about a CSTO matter. `quote` is verbatim as the source prints it, in
 * `language`; `translation` is our English rendering of a non-English quote. A statement the
 * sources only report in their own words has `paraphrase: true` and no `quote`. `summary` is always
 * in our words.
 *
 * @category Statements
 */
export interface Statement {
  /** `<date>-<speaker>-<slug>`. */
  readonly id: StatementId;
  /** When it was said, as precise as sources give it. */
  readonly date: PartialDate;
  /** Who said it (person id). */
  readonly speaker: PersonId;
  /** The speaker's role at that moment, as one of the speaker's {@link Role} titles. */
  readonly role: string;
  /** Where it was said: at a meeting, in an interview, in parliament, at a press conference, in a publication, or at a briefing. */
  readonly setting: Setting;
  /** The meeting it was made at, where there was one. */
  readonly meeting?: MeetingId;
  /** Verbatim words, as the source prints them; absent for a paraphrase. */
  readonly quote?: string;
  /** Language of the quote (ISO 639-1); absent for a paraphrase that does not say. */
  readonly language?: string;
  /** Our English rendering of a quote that is not in English. */
  readonly translation?: string;
  /** True when the source reports the statement without quoting it. */
  readonly paraphrase: boolean;
  /** What was said, in our words. */
  readonly summary: string;
  /** The states the statement is about. */
  readonly about: readonly StateId[];
  /** What it is about, from a controlled vocabulary. */
  readonly topics: readonly Topic[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * Kinds of body: statutory organ, permanent working body, or advisory body.
 *
 * @category The organization
 */
export type BodyKind = (typeof V.BODY_KINDS)[number];

/**
 * A term of a body's head (the Chief of the Joint Staff, the chair of the Parliamentary Assembly…).
 *
 * @category The organization
 */
export interface BodyHead {
  /** Person id, where the person is in the people list. */
  readonly person?: PersonId;
  /** The head's name as sources give it. */
  readonly name: string;
  /** The office, e.g. "Chief of the CSTO Joint Staff". */
  readonly title: string;
  /** The head's state, where sources say. */
  readonly state?: StateId;
  /** First day of the term, where sources give it. */
  readonly from?: PartialDate;
  /** Last day; absent while the term is open. */
  readonly to?: PartialDate;
  /** What is known of when the term began and ended, beyond the precision of `from` and `to`. */
  readonly bounds?: PeriodBounds;
  /** Days on which sources attest the term. */
  readonly attested?: readonly Attestation[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * An organ of the Treaty or of the organization: the councils, the Permanent Council, the
 * Secretariat, the Joint Staff, the Parliamentary Assembly.
 *
 * @category The organization
 */
export interface BodyRecord {
  /** Unique id, e.g. `"joint-staff"`. */
  readonly id: BodyId;
  /** Names in English and, where a source gives it, Russian. */
  readonly name: { readonly en: string; readonly ru?: string };
  /** The abbreviation meetings use for the body, where it has one. */
  readonly abbreviation?: Body;
  /** Statutory organ, permanent working body, or advisory body. */
  readonly kind: BodyKind;
  /** When it was established, where sources say. */
  readonly established?: PartialDate;
  /** When it ceased to exist, if it did. */
  readonly ended?: PartialDate;
  /** The meeting and document that created it, where sources say. */
  readonly createdBy?: { readonly meeting?: MeetingId; readonly document?: string; readonly sources: readonly SourceId[] };
  /** Its heads, for a body with an appointed or rotating head, in order. */
  readonly heads?: readonly BodyHead[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A declared or reported strength of a force, dated as the source dates it.
 *
 * @category The organization
 */
export interface Strength {
  /** When the figure applied, as precise as the source gives it. */
  readonly date: PartialDate;
  /** The number of personnel. */
  readonly personnel: number;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A collective force of the organization.
 *
 * @category The organization
 */
export interface Force {
  /** Unique id, e.g. `"crrf"`. */
  readonly id: ForceId;
  /** Names in English and, where a source gives it, Russian. */
  readonly name: { readonly en: string; readonly ru?: string };
  /** Its abbreviation, e.g. `"CRRF"`. */
  readonly abbreviation?: string;
  /** When it was created (the deciding meeting's day, or the agreement's). */
  readonly established?: PartialDate;
  /** The meeting that decided it. */
  readonly decidedAt?: MeetingId;
  /** When it ceased to exist, if it did. */
  readonly ended?: PartialDate;
  /** Declared or reported strengths over time; conflicting figures are separate entries. */
  readonly strength?: readonly Strength[];
  /** The operations it served in. */
  readonly operations?: readonly OperationId[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * Series of exercises.
 *
 * @category The organization
 */
export type ExerciseSeries = (typeof V.EXERCISE_SERIES)[number];

/**
 * One edition of a CSTO exercise.
 *
 * @category The organization
 */
export interface Exercise {
  /** Unique id: `<year>-<month>-<name>`. */
  readonly id: ExerciseId;
  /** Its name as sources give it in English, e.g. `"Interaction-2022"`. */
  readonly name: string;
  /** Its Russian name. */
  readonly nameRu?: string;
  /** The series it belongs to. */
  readonly series: ExerciseSeries;
  /** First day (as precise as sources give it). */
  readonly from: PartialDate;
  /** Last day. */
  readonly to?: PartialDate;
  /** The host state. */
  readonly host?: StateId;
  /** Where it was held. */
  readonly place?: string;
  /** The states that sources name as taking part. */
  readonly participants?: readonly StateId[];
  /** The collective forces involved. */
  readonly forces?: readonly ForceId[];
  /** Observers, as sources describe them. */
  readonly observers?: readonly string[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * An observer or partner status held by a state, a parliament or an organization, with the body
 * that granted it.
 *
 * @category The organization
 */
export interface Partnership {
  /** Unique id. */
  readonly id: PartnershipId;
  /** Who holds the status. */
  readonly partner: {
    readonly kind: (typeof V.PARTNER_KINDS)[number];
    readonly name: string;
    /** The partner's state (ISO alpha-3), where there is one; not necessarily a state in `states()`. */
    readonly state?: string;
  };
  /** Observer or partner. */
  readonly status: (typeof V.PARTNER_STATUSES)[number];
  /** Of the organization or of its Parliamentary Assembly. */
  readonly of: (typeof V.PARTNER_GRANTORS)[number];
  /** The body or decision that granted it, where sources say. */
  readonly grantedBy?: string;
  /** When the status began. */
  readonly from?: PartialDate;
  /** When it ended. */
  readonly to?: PartialDate;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A cooperation document between the CSTO and another organization or a state.
 *
 * @category The organization
 */
export interface Agreement {
  /** Unique id: `<date>-<parties>-<kind>`. */
  readonly id: AgreementId;
  /** Its title, in English. */
  readonly title: string;
  /** When it was signed or adopted. */
  readonly date: PartialDate;
  /** Where. */
  readonly place?: string;
  /** The parties: organizations (`CSTO`, `UN`, `SCO`…) or state ids. */
  readonly parties: readonly string[];
  /** Who signed, for which party. */
  readonly signatories?: readonly { readonly name: string; readonly person?: PersonId; readonly for: string }[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * Kinds of formal step a member state takes towards the organization.
 *
 * @category The organization
 */
export type StepKind = (typeof V.STEP_KINDS)[number];

/**
 * A formal step a member state took towards the organization: freezing its participation, refusing
 * its budget share, a note or notification, a ratification. A step is not a change of membership
 * status unless `membershipChange` says so.
 *
 * @category The organization
 */
export interface StateStep {
  /** Unique id: `<date>-<state>-<slug>`. */
  readonly id: StateStepId;
  /** The state that took the step. */
  readonly state: StateId;
  /** When. */
  readonly date: PartialDate;
  /** What kind of step. */
  readonly kind: StepKind;
  /** What the state did, in our words. */
  readonly summary: string;
  /** True only where sources say the step changed the state's membership status. */
  readonly membershipChange: boolean;
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * Kinds of event in the timeline.
 *
 * @category Timeline
 */
export type EventKind = (typeof V.EVENT_KINDS)[number];

/**
 * One dated thing in the timeline: a membership change, a chair handover, a meeting, an exercise…
 * described in one line of our words, with the record it comes from and that record's sources.
 *
 * @category Timeline
 */
export interface TimelineEvent {
  /** What kind of event. */
  readonly kind: EventKind;
  /** When, as precise as sources give it. */
  readonly date: PartialDate;
  /** The first and last day it can be (both the day itself for a date known to the day). */
  readonly earliest?: Day;
  readonly latest?: Day;
  /** The states involved. */
  readonly states: readonly StateId[];
  /** One line, in our words. */
  readonly description: string;
  /** The record it comes from: its collection and its id (or key fields, for a period). */
  readonly record: { readonly collection: keyof Records; readonly id: string };
  readonly sources: readonly SourceId[];
}

/**
 * The CSTO on a day: each part is a list of readings, each marked `certain` or not (see
 * {@link Reading}), and every record carries its sources.
 *
 * @category Timeline
 */
export interface Snapshot {
  /** The day asked about. */
  readonly date: Day;
  /** One reading per member state (several where a status changed on an uncertain day). */
  readonly members: readonly Reading<Membership>[];
  /** Who chaired. */
  readonly chair: readonly Reading<Chairmanship>[];
  /** Who was secretary general. */
  readonly secretaryGeneral: readonly Reading<SecretaryGeneralTerm>[];
  /** The collective forces established on or before the day and not ended. */
  readonly forces: readonly Force[];
  /** The observer and partner statuses held that day. */
  readonly partners: readonly Partnership[];
  /** The last statutory session held on or before the day. */
  readonly previousSession?: Meeting;
  /** The first statutory session after the day (held, or announced). */
  readonly nextSession?: Meeting;
}

/**
 * The record type of each collection, by the collection's name in {@link COLLECTIONS}.
 *
 * @category Sources
 */
export interface Records {
  sources: Source;
  states: State;
  memberships: Membership;
  chairmanships: Chairmanship;
  secretariesGeneral: SecretaryGeneralTerm;
  people: Person;
  milestones: Milestone;
  meetings: Meeting;
  operations: Operation;
  statements: Statement;
  bodies: BodyRecord;
  forces: Force;
  exercises: Exercise;
  partners: Partnership;
  agreements: Agreement;
  stateSteps: StateStep;
}
