// Limits the helpers enforce on their arguments, exported so that callers can check first.
// (Its own module, apart from the helpers: importing the package gives it without loading them.)

/**
 * The longest `text` that {@link statements} searches for (1,000 characters): no quote is longer,
 * and a longer one is a `RangeError` rather than a long search.
 *
 * @category Statements
 * @example
 * ```ts
 * import { MAX_TEXT_QUERY, statements } from 'csto-data';
 * const words = 'collective security';
 * if (words.length <= MAX_TEXT_QUERY) statements({ text: words });
 * ```
 */
export const MAX_TEXT_QUERY = 1000;
