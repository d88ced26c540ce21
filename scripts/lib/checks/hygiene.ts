/**
 * Checks that no record, however well-typed, carries text or dates a curator could not have meant:
 * text outside Unicode NFC, longer than any field needs, made only of invisible characters or
 * holding a control character; a date outside the years the data can be about; a chair or a
 * delegate from the wrong state.
 */
import { dayRange, possibleSpan } from '../../../src/_lib/dates.js';
import { COLLECTION_NAMES } from '../../../src/collections.js';
import { type Context, overlaps, type Path } from './context.js';

/** The longest text any field may hold (the longest note today is under 2,000 characters). */
export const MAX_TEXT_LENGTH = 4000;
/** The first year a record about the organization may be dated (the treaty was signed in 1992). */
export const FIRST_YEAR = 1990;
/** The first year a person's role may be dated (a career can begin before the organization). */
export const FIRST_ROLE_YEAR = 1950;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** Control characters no text means: all but tab, line feed and carriage return (U+0000 also separates the texts of the search file). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Characters that print nothing: format characters (zero-width space, joiners, BOM…), separators, controls. */
const INVISIBLE = /[\p{Cf}\p{Z}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Every string in a value, with its path. */
function* strings(value: unknown, path: Path = []): Generator<[string, Path]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Text is NFC, of bounded length, and not only invisible characters. */
export function textWellFormed(ctx: Context): void {
  for (const name of COLLECTION_NAMES) {
    for (const { value, origin } of ctx.ds[name]) {
      for (const [text, path] of strings(value)) {
        if (text.length > MAX_TEXT_LENGTH) ctx.report(origin, path, `text of ${text.length} characters is longer than the ${MAX_TEXT_LENGTH} any field may hold`);
        else if (text.normalize('NFC') !== text) ctx.report(origin, path, 'text is not in Unicode NFC (normalize it: a composed character was written as two)');
        if (text !== '' && text.replace(INVISIBLE, '') === '') ctx.report(origin, path, 'text is only invisible characters (spaces, zero-width or control characters)');
        else if (CONTROL.test(text)) ctx.report(origin, path, `text holds the control character U+${text.charCodeAt(text.search(CONTROL)).toString(16).toUpperCase().padStart(4, '0')}`);
      }
    }
  }
}

/** Every date lies between the first year records can be about and a year after `dataAsOf`. */
export function datesInRange(ctx: Context): void {
  const last = ctx.asOf + 366;
  for (const name of COLLECTION_NAMES) {
    for (const { value, origin } of ctx.ds[name]) {
      for (const [text, path] of strings(value)) {
        if (!PARTIAL_DATE.test(text) || typeof path[path.length - 1] !== 'string') continue;
        const first = name === 'people' ? FIRST_ROLE_YEAR : FIRST_YEAR;
        const [from, to] = dayRange(text);
        if (Number(text.slice(0, 4)) < first) ctx.report(origin, path, `date ${text} is before ${first}, earlier than anything this data can be about`);
        else if (from > last && to > last) ctx.report(origin, path, `date ${text} is more than a year after dataAsOf (${ctx.ds.meta.dataAsOf})`);
      }
    }
  }
}

/** A chairmanship is held by a state that was a member during (some of) the term. */
export function chairsAreMembers(ctx: Context): void {
  for (const { value: t, origin } of ctx.ds.chairmanships) {
    const term = possibleSpan(t.from, t.to);
    const member = (ctx.membershipsOf.get(t.state) ?? []).some(({ value: p }) => overlaps(possibleSpan(p.from, p.to), term));
    if (!member) ctx.report(origin, ['state'], `${t.state} was never a member during this term; only a member state chairs`);
  }
}

/** A delegate at a meeting is from the state whose attendance the entry records. */
export function delegatesOfTheirState(ctx: Context): void {
  for (const { value: m, origin } of ctx.ds.meetings) {
    m.attendance.forEach((a, i) => {
      if (a.delegate === undefined) return;
      const from = ctx.people.get(a.delegate)?.value.state;
      if (from !== undefined && from !== a.state) ctx.report(origin, ['attendance', i, 'delegate'], `delegate ${a.delegate} is from ${from}, not from ${a.state}`);
    });
  }
}
