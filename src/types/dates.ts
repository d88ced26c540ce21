/**
 * Dates as precise as their sources, what is known of them beyond that, and readings of a day.
 *
 * @module
 */
import type { SourceId } from '../generated/ids.js';

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
 * What sources settle of a dated period beyond the precision of its `from` and `to`: bounds on
 * each, and days on which sources show it in force. Every period record (a membership period, a
 * term, a role, a body's head) has these.
 *
 * @category Dates
 */
export interface PeriodEvidence {
  /** What is known of when the period began and ended, beyond the precision of `from` and `to`. */
  readonly bounds?: PeriodBounds;
  /** Days on which sources attest the period in force. */
  readonly attested?: readonly Attestation[];
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
