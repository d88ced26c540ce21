/**
 * The vocabularies of the organization's bodies, forces, exercises, partners and steps, of the
 * timeline, of the panels, and of ids. Re-exported by `vocabulary.ts`; no zod here.
 *
 * @module
 */
/**
 * Kinds of body: a `statutory` organ named in the Charter, a `permanent` working body (the
 * Secretariat, the Joint Staff), or an `advisory` or other body (the Parliamentary Assembly).
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { BODY_KINDS } from 'csto-data';
 * BODY_KINDS[0]; // 'statutory'
 * ```
 */
export const BODY_KINDS = ['statutory', 'permanent', 'advisory'] as const;

/**
 * Series of CSTO exercises.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { EXERCISE_SERIES } from 'csto-data';
 * EXERCISE_SERIES.includes('rubezh'); // true
 * ```
 */
export const EXERCISE_SERIES = ['rubezh', 'interaction', 'search', 'echelon', 'cobalt', 'indestructible-brotherhood', 'other'] as const;

/**
 * What kind of partner holds a status: a state, a parliament or an organization.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { PARTNER_KINDS } from 'csto-data';
 * PARTNER_KINDS.includes('parliament'); // true
 * ```
 */
export const PARTNER_KINDS = ['state', 'parliament', 'organization'] as const;

/**
 * The status a partner holds: observer or partner.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { PARTNER_STATUSES } from 'csto-data';
 * PARTNER_STATUSES; // ['observer', 'partner']
 * ```
 */
export const PARTNER_STATUSES = ['observer', 'partner'] as const;

/**
 * Who granted a partner status: the organization (`CSTO`) or its Parliamentary Assembly (`PA`).
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { PARTNER_GRANTORS } from 'csto-data';
 * PARTNER_GRANTORS; // ['CSTO', 'PA']
 * ```
 */
export const PARTNER_GRANTORS = ['CSTO', 'PA'] as const;

/**
 * Kinds of formal step a member state takes towards the organization.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { STEP_KINDS } from 'csto-data';
 * STEP_KINDS.includes('freeze-participation'); // true
 * ```
 */
export const STEP_KINDS = ['freeze-participation', 'budget-refusal', 'note', 'notification', 'ratification', 'withdrawal', 'other'] as const;

/**
 * Kinds of event in the {@link events} timeline.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { EVENT_KINDS } from 'csto-data';
 * EVENT_KINDS.includes('chair-handover'); // true
 * ```
 */
export const EVENT_KINDS = [
  'milestone',
  'membership',
  'chair-handover',
  'secretary-general',
  'body',
  'force',
  'meeting',
  'operation',
  'exercise',
  'agreement',
  'partner-status',
  'state-step',
] as const;

/**
 * The kinds of id the library looks up, as {@link UnknownIdError} names them.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { ID_KINDS } from 'csto-data';
 * ID_KINDS.includes('meeting'); // true
 * ```
 */
export const ID_KINDS = ['state', 'person', 'source', 'meeting', 'statement', 'operation', 'body', 'force'] as const;

/**
 * The statutory bodies of the CSTO (Charter, article 11): the Collective Security Council and the
 * councils of foreign and defence ministers and the committee of security-council secretaries. The
 * state-meeting panel has a row per member state for each of their sessions that was held.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { STATUTORY_BODIES } from 'csto-data';
 * STATUTORY_BODIES.includes('PA'); // false
 * ```
 */
export const STATUTORY_BODIES = ['CSC', 'CFM', 'CMD', 'CSSC'] as const;


/**
 * The Correlates of War IGO dataset's codes for a state's standing in an organization, as the
 * state-year panel's `cow` column uses them: 0 no membership, 1 full membership, 2 associate
 * membership, 3 observer, -9 missing. The CSTO has no associate members and the panel has no
 * observer states, so the panel uses 0, 1 and -9; a `suspended` or `frozen` member is still a
 * member under the Charter, so it is coded 1.
 *
 * @category Vocabularies
 * @example
 * ```ts
 * import { COW_IGO_CODES } from 'csto-data';
 * COW_IGO_CODES.full; // 1
 * ```
 */
export const COW_IGO_CODES = { none: 0, full: 1, associate: 2, observer: 3, missing: -9 } as const;
