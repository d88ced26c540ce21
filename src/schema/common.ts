/** Building blocks of the record schemas: partial dates, days, ids, sources, conflicts, bounds and attestations. */
import { z } from 'zod';

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and names a real calendar year, month or day. */
export function isPartialDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (never padded to a made-up day). */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isPartialDate, {
    message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .describe('A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD.');

export const slug = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `expected a ${what}: lowercase ASCII words joined by single hyphens` });

/** An ISO 3166-1 alpha-3 code in capitals. */
export const StateIdSchema = z.string().regex(/^[A-Z]{3}$/, { message: 'expected an ISO 3166-1 alpha-3 code such as "KAZ"' });
/** A person id: the lowercase ASCII slug of the person's common English name. */
export const PersonIdSchema = slug('person id (e.g. "imangali-tasmagambetov")');
/** A source id: `<publisher>-<date>-<slug>` in lowercase ASCII. */
export const SourceIdSchema = slug('source id (e.g. "odkb-2023-11-23-csc-minsk")');
/** A meeting id: `YYYY-MM-DD-body-place` (`xx` for an unknown day). */
export const MeetingIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-(?:\d{2}|xx)-[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected a meeting id YYYY-MM-DD-body-place such as "2024-11-28-csc-astana"',
  });
/** A statement id: `<date>-<speaker>-<slug>`. */
export const StatementIdSchema = slug('statement id (e.g. "2024-11-27-imangali-tasmagambetov-afghanistan")');
/** An operation id. */
export const OperationIdSchema = slug('operation id (e.g. "2022-01-kazakhstan-peacekeeping")');

export const sources = z.array(SourceIdSchema).min(1, { message: 'every record cites at least one source' });
export const text = z.string().trim().min(1, { message: 'must not be empty' });
/** A name in English and, where a source gives it, in Russian (people, bodies, forces). */
export const names = z.strictObject({ en: text, ru: text.optional() });

/** An alternative claim that a source makes where the record follows a better source. */
export const ConflictSchema = z.strictObject({
  field: text,
  value: z.union([z.string(), z.number(), z.boolean()]),
  sources,
  note: text.optional(),
});

/** A full calendar day, `YYYY-MM-DD`. */
export const DaySchema = PartialDateSchema.refine((d) => d.length === 10, { message: 'expected a full day YYYY-MM-DD' }).describe(
  'A full calendar day: YYYY-MM-DD.',
);

/**
 * What is known of when a date falls, beyond its own precision: the earliest and the latest day it
 * can be, each from a source (a report that a term had begun by a day, a law that took effect no
 * earlier than another). In the shipped data the build fills both in wherever the date is not a
 * single day, from the date's precision, these bounds, the record's attestations and its series.
 */
export const DateBoundSchema = z
  .strictObject({
    earliest: DaySchema.optional(),
    latest: DaySchema.optional(),
    sources: z.array(SourceIdSchema).min(1).optional(),
    note: text.optional(),
  })
  .refine((b) => b.earliest !== undefined || b.latest !== undefined, { message: 'a bound needs `earliest` or `latest`' })
  .refine((b) => b.earliest === undefined || b.latest === undefined || b.earliest <= b.latest, {
    message: '`earliest` is after `latest`',
    path: ['latest'],
  });

/** Bounds on a period's start and end. */
export const PeriodBoundsSchema = z.strictObject({ from: DateBoundSchema.optional(), to: DateBoundSchema.optional() });

/**
 * A source that attests that a period was in force on a day ("Kyrgyzstan, which currently chairs"):
 * the period began on or before that day and ended on or after it.
 */
export const AttestationSchema = z.strictObject({
  on: DaySchema,
  sources,
  quote: text.max(700).optional(),
  language: z.string().regex(/^[a-z]{2}$/, { message: 'expected an ISO 639-1 code such as "en" or "ru"' }).optional(),
  translation: text.optional(),
  note: text.optional(),
});

/** Inclusive period: `to` (when present) is not before `from`. */
export function periodOrdered(p: { from?: string | undefined; to?: string | undefined }): boolean {
  return p.from === undefined || p.to === undefined || p.to >= p.from || p.from.startsWith(p.to);
}
export const periodMessage = { message: '`to` is before `from`', path: ['to'] };

/** What sources settle of a period's dates beyond their precision: bounds, and days it is attested in force. */
export const periodEvidence = {
  bounds: PeriodBoundsSchema.optional(),
  attested: z.array(AttestationSchema).optional(),
};
