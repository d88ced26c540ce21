/**
 * Every controlled vocabulary of csto-data, written once. The record types (`src/types/`), the
 * zod schemas (`csto-data/schema`), the helpers' argument checks, the `csto` command's help and the
 * data dictionary all take their values from these arrays. No zod here: the main entry imports
 * this module.
 *
 * @module
 */

/**
 * CSTO bodies: `CSC` Collective Security Council (heads of state), `CFM` Council of Foreign
 * Ministers, `CMD` Council of Defence Ministers, `CSSC` Committee of Secretaries of Security
 * Councils, `PC` Permanent Council, `PA` Parliamentary Assembly.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { BODIES } from 'csto-data';
 * BODIES.includes('CSC'); // true
 * ```
 */
export const BODIES = ['CSC', 'CFM', 'CMD', 'CSSC', 'PC', 'PA'] as const;

/**
 * Kinds of meeting: a `regular` session, an `extraordinary` one called for a crisis, an `informal`
 * summit, or a `jubilee` session marking an anniversary.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEETING_KINDS } from 'csto-data';
 * MEETING_KINDS[0]; // 'regular'
 * ```
 */
export const MEETING_KINDS = ['regular', 'extraordinary', 'informal', 'jubilee'] as const;

/**
 * How a meeting was held: in person, by video conference, or both at once.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEETING_FORMATS } from 'csto-data';
 * MEETING_FORMATS.length; // 3
 * ```
 */
export const MEETING_FORMATS = ['in-person', 'video', 'hybrid'] as const;

/**
 * Whether a meeting took place: `held`; `planned` (announced for a day after `dataAsOf`);
 * `cancelled`; `postponed` (moved, see `replacedBy`); `unconfirmed` (announced for a day on or
 * before `dataAsOf`, and no source read says whether it took place).
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEETING_STATUSES } from 'csto-data';
 * MEETING_STATUSES.includes('unconfirmed'); // true
 * ```
 */
export const MEETING_STATUSES = ['held', 'planned', 'cancelled', 'postponed', 'unconfirmed'] as const;

/**
 * How a member state took part in a meeting: in person, by video, at a lower level than the body's
 * own (by a stand-in), or not at all.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { ATTENDANCE_STATUSES } from 'csto-data';
 * ATTENDANCE_STATUSES.includes('absent'); // true
 * ```
 */
export const ATTENDANCE_STATUSES = ['present', 'remote', 'represented', 'absent'] as const;

/**
 * The rank of who led a member state's delegation.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { DELEGATION_LEVELS } from 'csto-data';
 * DELEGATION_LEVELS[0]; // 'head-of-state'
 * ```
 */
export const DELEGATION_LEVELS = [
  'head-of-state',
  'head-of-government',
  'minister',
  'security-council-secretary',
  'deputy',
  'ambassador',
  'other',
] as const;

/**
 * Membership statuses: `active`; `suspended` (participation suspended by the state, as
 * Uzbekistan's in 2012); `frozen` (a member that froze its own participation, as Armenia in 2024).
 * A state is a member in all three.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEMBERSHIP_STATUSES } from 'csto-data';
 * MEMBERSHIP_STATUSES; // ['active', 'suspended', 'frozen']
 * ```
 */
export const MEMBERSHIP_STATUSES = ['active', 'suspended', 'frozen'] as const;

/**
 * What a document can do to a membership: give it one of the {@link MEMBERSHIP_STATUSES}, or end it.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MEMBERSHIP_EFFECTS } from 'csto-data';
 * MEMBERSHIP_EFFECTS.includes('ended'); // true
 * ```
 */
export const MEMBERSHIP_EFFECTS = [...MEMBERSHIP_STATUSES, 'ended'] as const;

/**
 * Kinds of document a meeting adopts.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { DOCUMENT_KINDS } from 'csto-data';
 * DOCUMENT_KINDS.includes('declaration'); // true
 * ```
 */
export const DOCUMENT_KINDS = ['declaration', 'decision', 'statement', 'agreement', 'programme', 'protocol', 'other'] as const;

/**
 * Kinds of milestone in the history of the treaty and the organization.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { MILESTONE_KINDS } from 'csto-data';
 * MILESTONE_KINDS[0]; // 'treaty-signed'
 * ```
 */
export const MILESTONE_KINDS = [
  'treaty-signed',
  'treaty-in-force',
  'treaty-prolonged',
  'organization-founded',
  'charter-signed',
  'charter-in-force',
  'un-observer-status',
  'other',
] as const;

/**
 * Kinds of collective operation: a peacekeeping deployment, a monitoring mission, or other.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { OPERATION_KINDS } from 'csto-data';
 * OPERATION_KINDS[0]; // 'peacekeeping'
 * ```
 */
export const OPERATION_KINDS = ['peacekeeping', 'monitoring', 'other'] as const;

/**
 * The controlled vocabulary of statement topics.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { TOPICS } from 'csto-data';
 * TOPICS.includes('afghanistan'); // true
 * ```
 */
export const TOPICS = [
  'afghanistan',
  'armenia-azerbaijan',
  'chairmanship',
  'membership',
  'terrorism',
  'extremism',
  'drug-trafficking',
  'cyber',
  'peacekeeping',
  'military-cooperation',
  'ukraine',
  'un-cooperation',
  'nato',
  'border-security',
  'crisis-response',
  'collective-forces',
  'cooperation',
  'secretary-general',
  'other',
] as const;

/**
 * Where a statement was made: at a meeting, in an interview, in parliament, at a press conference,
 * in a publication, or at a briefing.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { SETTINGS } from 'csto-data';
 * SETTINGS.includes('interview'); // true
 * ```
 */
export const SETTINGS = ['meeting', 'interview', 'parliament', 'press-conference', 'publication', 'briefing'] as const;

/**
 * A state's standing on a day in the panels: a membership status, `none` (certainly not a member),
 * or `unknown` (the day falls in the window of a change whose day no source gives).
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { PANEL_STATUSES } from 'csto-data';
 * PANEL_STATUSES; // ['active', 'suspended', 'frozen', 'none', 'unknown']
 * ```
 */
export const PANEL_STATUSES = [...MEMBERSHIP_STATUSES, 'none', 'unknown'] as const;

export * from './vocabulary-organization.js';
