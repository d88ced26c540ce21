/**
 * Statements: what officials said.
 *
 * @module
 */
import type { MeetingId, PersonId, SourceId, StateId, StatementId } from '../generated/ids.js';
import type { PartialDate } from './dates.js';
import type { Conflict, Role } from './core.js';
import type * as V from '../vocabulary.js';

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
