// Used only by the `csto` command (src/cli.ts): usage errors in CLI words, vocabularies read in any
// case, "did you mean", and text laid out to the terminal's width.
import { suggest } from './suggest.js';

/** Bad usage: exit code 2. Says what is accepted and, where close, what was probably meant. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly accepted: readonly string[] = [],
    readonly suggestions: readonly string[] = [],
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** " Did you mean …?" for the suggestions, or nothing. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?` : '';
}

/** An unknown `what` (a command, an option…): the error with close matches among `known`. */
export function unknown(what: string, given: string, known: readonly string[], usage?: string): UsageError {
  const suggestions = suggest(given, known);
  return new UsageError(`unknown ${what} ${JSON.stringify(given)}.${didYouMean(suggestions)}`, known, suggestions, usage);
}

/**
 * A vocabulary value as the data spells it, whatever case it was typed in (`csc` → `CSC`,
 * `Ukraine` → `ukraine`); an error with the accepted values and close matches otherwise.
 */
export function vocabularyValue(option: string, given: string, accepted: readonly string[], usage: string): string {
  const exact = accepted.find((v) => v === given) ?? accepted.find((v) => v.toLowerCase() === given.trim().toLowerCase());
  if (exact !== undefined) return exact;
  const suggestions = suggest(given, accepted);
  return fail(`--${option} must be one of ${accepted.join(', ')}; got ${JSON.stringify(given)}.${didYouMean(suggestions)}`, accepted, suggestions, usage);
}

function fail(message: string, accepted: readonly string[], suggestions: readonly string[], usage: string): never {
  throw new UsageError(message, accepted, suggestions, usage);
}

/**
 * A library error in the words of the command line: `filter.topic` becomes `--topic`, a
 * parameter named in backquotes loses its function prefix, and "a valid Date or a …" (which only a
 * JavaScript caller can pass) becomes a date.
 */
export function inCliWords(message: string): string {
  return message
    .replace(/^[A-Za-z]+: /, '')
    .replace(/`filter\.(\w+)`/g, '--$1')
    .replace(/a valid Date or a "YYYY-MM-DD" string naming a real calendar day/g, 'a day written YYYY-MM-DD')
    .replace(/`(\w+)`/g, '$1');
}

/** The output's width: the terminal's, or $COLUMNS; undefined (no wrapping) for a pipe or a file. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>): number | undefined {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env['COLUMNS']);
  return Number.isInteger(columns) && columns >= 20 ? columns : undefined;
}

/** Breaks `text` into lines of at most `width` characters at spaces (a longer word stays whole). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * Wraps every line longer than `width`, continuing it under its own indentation (a table's last
 * column continues under that column).
 */
export function wrap(text: string, width: number | undefined, hangAt?: (line: string) => number): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const indent = Math.min(hangAt?.(line) ?? line.search(/\S|$/), width - 20);
      if (indent < 0) return [line];
      const pad = ' '.repeat(indent);
      return wrapWords(line.slice(indent), width - indent).map((part, i) => (i === 0 ? line.slice(0, indent) : pad) + part);
    })
    .join('\n');
}


/** Every source id an answer cites, in the order met. */
export function citedSources(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedSources(v, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key !== 'sources' || !Array.isArray(v)) citedSources(v, found);
      else for (const id of v) if (typeof id === 'string') found.add(id);
    }
  }
  return found;
}

/** An error as a script reads it (`--json`): always these three fields. */
export interface ErrorReport {
  readonly error: string;
  readonly accepted: readonly string[];
  readonly suggestions: readonly string[];
  readonly usage?: string | undefined;
}

export function report(error: unknown, options: readonly string[], usage: string | undefined): ErrorReport | undefined {
  if (error instanceof UsageError) return { error: error.message, accepted: error.accepted, suggestions: error.suggestions, usage: error.usage ?? usage };
  if (error instanceof Error && error.name === 'UnknownIdError') {
    const e = error as Error & { kind: string; id: string; suggestions: readonly string[] };
    const accepted = /Accepted: (.*?)\.(?: Did you mean|$)/.exec(error.message)?.[1];
    return { error: `unknown ${e.kind} ${JSON.stringify(e.id)}.${didYouMean(e.suggestions)}`, accepted: accepted ? [accepted] : [], suggestions: e.suggestions, usage };
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
    return report(unknown('option', given.split('=')[0] ?? given, options, usage), options, usage);
  }
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return { error: (error as Error).message.replace(/\. To specify .*$/s, ''), accepted: options, suggestions: [], usage };
  if (error instanceof TypeError || error instanceof RangeError) return { error: inCliWords(error.message), accepted: [], suggestions: [], usage };
  return undefined;
}

type Row = Record<string, string | number | boolean | undefined>;

/**
 * A plain-text table. Given a width, the last column wraps to what is left of it (continuing under
 * that column) instead of running on.
 */
export function table(rows: readonly Row[], columns: readonly string[], width?: number): string {
  const cells = rows.map((r) => columns.map((c) => (r[c] === undefined ? '' : String(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] ?? '').length)));
  const lastStart = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const last = widths.length - 1;
  if (width !== undefined) widths[last] = Math.min(widths[last] ?? 0, Math.max(columns[last]?.length ?? 0, width - lastStart));
  const line = (values: readonly string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const text = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
  return wrap(text, width, () => lastStart);
}
