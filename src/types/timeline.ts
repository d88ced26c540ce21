/**
 * The timeline, the snapshot of a day, and the record type of each collection.
 *
 * @module
 */
import type { SourceId, StateId } from '../generated/ids.js';
import type { Day, PartialDate, Reading } from './dates.js';
import type { Chairmanship, Membership, Milestone, Person, SecretaryGeneralTerm, Source, State } from './core.js';
import type { Meeting, Operation } from './meetings.js';
import type { Statement } from './statements.js';
import type { Agreement, BodyRecord, Exercise, Force, Partnership, StateStep } from './organization.js';
import type * as V from '../vocabulary.js';

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
  /**
   * The formal steps member states had taken towards the organization by that day (a frozen
   * participation, a refused budget share…), in date order: the context of their membership status.
   */
  readonly steps: readonly StateStep[];
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
