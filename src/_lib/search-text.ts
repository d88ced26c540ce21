/**
 * What a text search reads of a statement, folded as the search compares it. The build writes it
 * for every statement (dist/search/statements.txt, see scripts/lib/split.ts), so that a Node
 * process's first search folds nothing: folding 313 statements, most of them in Cyrillic, cost a
 * fresh process about 4.5 ms, more than reading and parsing them.
 */

/** Between two texts in a joined search text: a character no text contains (the data gate refuses control characters). */
export const SEPARATOR = '\u0000';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case without diacritics, for text search: "Tokayev" matches "tokáyev", "Ё" matches "е".
 * Plain ASCII (most summaries and translations) has nothing to strip and skips the Unicode work.
 */
export function fold(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** A statement's quote, translation and summary, folded: the text a search looks in. */
export function statementSearchText(statement: { readonly quote?: string | undefined; readonly translation?: string | undefined; readonly summary: string }): string {
  return fold([statement.quote ?? '', statement.translation ?? '', statement.summary].join('\n'));
}
