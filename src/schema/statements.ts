/** Schemas of statements. */
import { z } from 'zod';
import { SETTINGS, TOPICS } from '../vocabulary.js';
import { ConflictSchema, MeetingIdSchema, PartialDateSchema, PersonIdSchema, StateIdSchema, StatementIdSchema, sources, text } from './common.js';

/** Topics a statement can be about. */
export const TopicSchema = z.enum(TOPICS);

/** Where a statement was made. */
export const SettingSchema = z.enum(SETTINGS);

/** The longest quote accepted: a few sentences. */
export const MAX_QUOTE_LENGTH = 700;

/** What a named person said about a CSTO matter, with the source that reports it. */
export const StatementSchema = z
  .strictObject({
    id: StatementIdSchema,
    date: PartialDateSchema,
    speaker: PersonIdSchema,
    role: text,
    setting: SettingSchema,
    meeting: MeetingIdSchema.optional(),
    quote: text.max(MAX_QUOTE_LENGTH, { message: `a quote is at most ${MAX_QUOTE_LENGTH} characters (a few sentences)` }).optional(),
    language: z.string().regex(/^[a-z]{2}$/, { message: 'expected an ISO 639-1 code such as "en" or "ru"' }).optional(),
    translation: text.optional(),
    paraphrase: z.boolean(),
    summary: text,
    about: z.array(StateIdSchema),
    topics: z.array(TopicSchema).min(1),
    sources,
    note: text.optional(),
    conflicts: z.array(ConflictSchema).optional(),
  })
  .refine((s) => s.paraphrase || s.quote !== undefined, {
    message: 'a statement that is not a paraphrase needs its verbatim `quote`',
    path: ['quote'],
  })
  .refine((s) => !s.paraphrase || s.quote === undefined, {
    message: 'a paraphrase has no `quote`; set `paraphrase: false` for a verbatim quote',
    path: ['paraphrase'],
  })
  .refine((s) => s.quote === undefined || s.language !== undefined, {
    message: 'a quote needs the `language` it is printed in',
    path: ['language'],
  })
  .refine((s) => s.quote === undefined || s.language === 'en' || s.translation !== undefined, {
    message: 'a quote not in English needs an English `translation`',
    path: ['translation'],
  });
