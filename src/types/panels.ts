/**
 * The panels: the state-year and state-meeting tables analysts would otherwise build by hand.
 *
 * @module
 */
import type { MeetingId, PersonId, SourceId, StateId } from '../generated/ids.js';
import type { PartialDate } from './dates.js';
import type { AttendanceStatus, Body, DelegationLevel, MeetingKind } from './meetings.js';
import type { MembershipStatus } from './core.js';
import type * as V from '../vocabulary.js';

/**
 * A state's standing on a day: a membership status, `none`, or `unknown` (a day inside the window
 * of a change whose day no source gives).
 *
 * @category Panels
 */
export type PanelStatus = (typeof V.PANEL_STATUSES)[number];

/**
 * A Correlates of War IGO membership code: 0 none, 1 full, 2 associate, 3 observer, -9 missing.
 *
 * @category Panels
 */
export type CowIgoCode = (typeof V.COW_IGO_CODES)[keyof typeof V.COW_IGO_CODES];

/**
 * One state in one calendar year.
 *
 * @category Panels
 */
export interface StateYear {
  readonly state: StateId;
  readonly year: number;
  /** The days in the year: 365 or 366. */
  readonly length: number;
  /** The standing on 1 January, 1 July and 31 December. */
  readonly on: { readonly jan1: PanelStatus; readonly jul1: PanelStatus; readonly dec31: PanelStatus };
  /**
   * Days in each standing. Every day counts once (a handover day goes to the period that starts on
   * it, as {@link membershipOn} reads it), so the five add up to `length`.
   */
  readonly days: { readonly [K in PanelStatus]: number };
  /** Days on which the state certainly held the chairmanship. */
  readonly chairDays: number;
  /** Whether it chaired on some day of the year; absent when the data cannot say (only possible days). */
  readonly chaired?: boolean;
  /** The COW IGO code of its standing on 31 December: 1 a member (any status), 0 not, -9 unknown. */
  readonly cow: CowIgoCode;
}

/**
 * One member state at one held session of a statutory body.
 *
 * @category Panels
 */
export interface StateMeeting {
  readonly meeting: MeetingId;
  readonly date: PartialDate;
  readonly bodies: readonly Body[];
  /** The meeting's kind, where a source says which. */
  readonly kind?: MeetingKind;
  readonly state: StateId;
  /** Its membership status on every day of the session, or `unknown` when that is not certain or changed. */
  readonly membership: MembershipStatus | 'unknown';
  /** How it took part, or `unknown` where no source reports on it (never read as absent). */
  readonly attendance: AttendanceStatus | 'unknown';
  /** Who led its delegation, where a source names them. */
  readonly delegate?: PersonId;
  /** The delegation's level, where known. */
  readonly level?: DelegationLevel;
  /** The sources of the attendance record; empty for `unknown`. */
  readonly sources: readonly SourceId[];
}
