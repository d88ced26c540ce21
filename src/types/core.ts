/**
 * States and membership, chairmanship, secretaries general, people and their roles, milestones, sources.
 *
 * @module
 */
import type { MeetingId, PersonId, SourceId, StateId } from '../generated/ids.js';
import type { PartialDate, PeriodEvidence } from './dates.js';
import type * as V from '../vocabulary.js';

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
  /** Codes for joining other datasets, each as the code list cited gives it. */
  readonly codes?: StateCodes;
  /** Sources showing the state as a party or member. */
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A state's codes in other standards and datasets, for joining.
 *
 * @category States and membership
 */
export interface StateCodes {
  /** ISO 3166-1 numeric code, three digits as ISO writes it (`"051"`). */
  readonly iso: string;
  /** Correlates of War state number (`ccode`). */
  readonly cow: number;
  /** Correlates of War state abbreviation (`stateabb`), e.g. `"GRG"` for Georgia. */
  readonly cowAbbreviation: string;
  /** Gleditsch and Ward state number. */
  readonly gw: number;
  /** The code lists read. */
  readonly sources: readonly SourceId[];
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
export interface Membership extends PeriodEvidence {
  /** The member state. */
  readonly state: StateId;
  /** First day of the period (as precise as sources give it). */
  readonly from: PartialDate;
  /** Last day of the period; absent while the period is open. */
  readonly to?: PartialDate;
  /** Its status during the period. */
  readonly status: MembershipStatus;
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A term of the rotating chairmanship: the state and the head of state who chaired.
 *
 * @category Chairmanship
 */
export interface Chairmanship extends PeriodEvidence {
  /** The chairing state. */
  readonly state: StateId;
  /** Person id of who chaired. */
  readonly chair: PersonId;
  /** First day of the term; when the chair passed at a session, the session's day. */
  readonly from: PartialDate;
  /** Last day of the term; absent while it is open. */
  readonly to?: PartialDate;
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A term of a Secretary General, acting ones included.
 *
 * @category Secretaries general and people
 */
export interface SecretaryGeneralTerm extends PeriodEvidence {
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
  readonly sources: readonly SourceId[];
  readonly note?: string;
  readonly conflicts?: readonly Conflict[];
}

/**
 * A dated office a person held.
 *
 * @category Secretaries general and people
 */
export interface Role extends PeriodEvidence {
  /** The office, e.g. `"President of Kazakhstan"`, `"CSTO Secretary General"`. */
  readonly title: string;
  /** First day, where sources give it. */
  readonly from?: PartialDate;
  /** Last day; absent while held or when unknown. */
  readonly to?: PartialDate;
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
