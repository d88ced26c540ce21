/**
 * Meetings of the CSTO bodies, attendance, documents, operations.
 *
 * @module
 */
import type { MeetingId, OperationId, PersonId, SourceId, StateId } from '../generated/ids.js';
import type { DateBound, PartialDate } from './dates.js';
import type { Conflict } from './core.js';
import type * as V from '../vocabulary.js';

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
  /** Regular, extraordinary, informal or jubilee; left out where no source says which. */
  readonly kind?: MeetingKind;
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
