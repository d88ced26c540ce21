/**
 * Day arithmetic: a day is an integer count of days since 1970-01-01 (UTC), so no time zone ever
 * shifts a date. Pure functions of well-formed input; reading arguments is `args.ts`'s job.
 */
import type { PartialDate } from '../types.js';


/**
 * Days since 1970-01-01 for a year, month (1-12) and day, by arithmetic alone (H. Hinnant's
 * days-from-civil): no Date object, no time zone, and years below 100 are what they say.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First and last day a partial date can stand for: `"2012-06"` → 1 June and 30 June 2012. */
export function dayRange(date: PartialDate): readonly [first: number, last: number] {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  const month = Number(date.slice(5, 7));
  if (date.length === 7) return [dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month))];
  const day = dayNumber(year, month, Number(date.slice(8, 10)));
  return [day, day];
}

/**
 * The days a period certainly covers, whatever the precision of its bounds: from the last day its
 * start can stand for to the first day its end can stand for. An open period runs on without end.
 */
export function certainSpan(from: PartialDate, to: PartialDate | undefined): readonly [first: number, last: number] {
  return [dayRange(from)[1], to === undefined ? Infinity : dayRange(to)[0]];
}

/** The days a period may cover: from the first day its start can stand for to the last its end can. */
export function possibleSpan(from: PartialDate, to: PartialDate | undefined): readonly [first: number, last: number] {
  return [dayRange(from)[0], to === undefined ? Infinity : dayRange(to)[1]];
}

/** First and last day of a calendar year. */
export function yearSpan(year: number): readonly [first: number, last: number] {
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/** Year, month and day of a day number (the inverse of {@link dayNumber}; H. Hinnant's civil-from-days). */
function civil(day: number): readonly [year: number, month: number, day: number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  const [y, m, d] = civil(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar year of a day number, as a number (any year a `Date` can hold, not only four digits). */
export function yearOfDay(day: number): number {
  return civil(day)[0];
}

/** A `YYYY-MM-DD` day as a day number. */
export function dayOf(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * The first and last day a date can be: its precision, narrowed by a bound where one is given.
 * A missing date is unbounded on the side given (`-Infinity` for a start, `Infinity` for an end).
 */
export function dateWindow(
  date: PartialDate | undefined,
  bound: { readonly earliest?: string | undefined; readonly latest?: string | undefined } | undefined,
): readonly [earliest: number, latest: number] {
  const [first, last] = date === undefined ? [-Infinity, Infinity] : dayRange(date);
  return [
    bound?.earliest === undefined ? first : Math.max(first, dayOf(bound.earliest)),
    bound?.latest === undefined ? last : Math.min(last, dayOf(bound.latest)),
  ];
}
