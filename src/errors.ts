import type { ID_KINDS } from './vocabulary.js';

/**
 * The kinds of id the library looks up.
 *
 * @category Errors
 */
export type IdKind = (typeof ID_KINDS)[number];

/** How much of an unknown id an error message quotes. */
const MAX_QUOTED = 60;

/**
 * Thrown when a lookup is given an id (or a state reference) that the bundled data does not have.
 * Malformed arguments (a number where an id belongs) throw `TypeError` instead.
 *
 * @category Errors
 * @example
 * ```ts
 * import { state, UnknownIdError } from 'csto-data';
 * try {
 *   state('KAZZ');
 * } catch (error) {
 *   if (error instanceof UnknownIdError) {
 *     console.log(error.kind, error.id, error.suggestions); // "state" "KAZZ" ["KAZ"]
 *   }
 * }
 * ```
 */
export class UnknownIdError extends Error {
  override readonly name = 'UnknownIdError';
  /** What kind of id was looked up. */
  readonly kind: IdKind;
  /** The id as it was given. */
  readonly id: string;
  /** Known ids close to the one given, best first (at most five; possibly none). */
  readonly suggestions: readonly string[];

  constructor(kind: IdKind, id: string, suggestions: readonly string[], accepted: string) {
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : '';
    // The message quotes a short prefix of the id only: a 10 MB id must not make a 10 MB message.
    const shown = id.length > MAX_QUOTED ? `${id.slice(0, MAX_QUOTED)}…` : id;
    super(`Unknown ${kind} ${JSON.stringify(shown)}${id.length > MAX_QUOTED ? ` (${id.length} characters)` : ''}. Accepted: ${accepted}.${hint}`);
    this.kind = kind;
    this.id = id;
    this.suggestions = Object.freeze([...suggestions]);
  }
}
