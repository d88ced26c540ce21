/**
 * The organization's bodies, forces, exercises, partners, agreements, and its members' formal steps.
 *
 * @module
 */
import type { AgreementId, BodyId, ExerciseId, ForceId, MeetingId, OperationId, PartnershipId, PersonId, SourceId, StateId, StateStepId } from '../generated/ids.js';
import type { PartialDate, PeriodEvidence } from './dates.js';
import type { Conflict } from './core.js';
import type { Body } from './meetings.js';
import type * as V from '../vocabulary.js';

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
export interface BodyHead extends PeriodEvidence {
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
