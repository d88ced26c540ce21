/**
 * csto-data: a sourced, typed record of the Collective Security Treaty Organization (CSTO).
 *
 * Everything returned is deeply frozen. Dates keep the precision of their sources (`YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`); date arguments are a `Date` (read in UTC) or a `"YYYY-MM-DD"` string.
 * Malformed arguments throw `TypeError`/`RangeError` naming the parameter; unknown ids throw
 * {@link UnknownIdError}; questions the data has no answer for return `undefined` or `[]`.
 *
 * @packageDocumentation
 * @module csto-data
 */
export { chairFor, chairmanships, chairOn, chairsIn } from './chairmanships.js';
export { UnknownIdError, type IdKind } from './errors.js';
export { isMember, membersOn, membershipOn, memberships, type MembershipFilter } from './memberships.js';
export {
  absences,
  attendance,
  meeting,
  meetings,
  type Absence,
  type Attendance,
  type MeetingFilter,
} from './meetings.js';
export { milestones } from './milestones.js';
export { agreements, type AgreementFilter } from './agreements.js';
export { bodies, body } from './bodies.js';
export { events, type EventFilter } from './events.js';
export { exercises, type ExerciseFilter } from './exercises.js';
export { findMeeting, findPerson, findSource, findState, findStatement, isMeetingId, isPersonId, isSourceId, isStateId, isStatementId } from './find.js';
export { force, forces } from './forces.js';
export { partners, type PartnerFilter } from './partners.js';
export { snapshot } from './snapshot.js';
export { stateSteps, type StateStepFilter } from './state-steps.js';
export { operations } from './operations.js';
export { stateMeetings, stateYears, type PanelFilter } from './panels.js';
export { people, person, roleOn } from './people.js';
export { secretariesGeneral, secretaryGeneralOn } from './secretaries-general.js';
export { source, sources } from './sources.js';
export { statement, statements, type StatementFilter } from './statements.js';
export { MAX_TEXT_QUERY } from './limits.js';
export { state, states, type StateAlpha2, type StateCode, type StateInput, type StateName, type StateNameRu, type StateRef } from './states.js';
export type * from './types.js';
export {
  ATTENDANCE_STATUSES,
  BODIES,
  DELEGATION_LEVELS,
  DOCUMENT_KINDS,
  MEETING_FORMATS,
  MEETING_KINDS,
  MEETING_STATUSES,
  MEMBERSHIP_EFFECTS,
  MEMBERSHIP_STATUSES,
  MILESTONE_KINDS,
  OPERATION_KINDS,
  SETTINGS,
  TOPICS,
  BODY_KINDS,
  EVENT_KINDS,
  EXERCISE_SERIES,
  ID_KINDS,
  PARTNER_GRANTORS,
  PARTNER_KINDS,
  PARTNER_STATUSES,
  STEP_KINDS,
  STATUTORY_BODIES,
  PANEL_STATUSES,
  COW_IGO_CODES,
} from './vocabulary.js';
export { COLLECTION_NAMES, COLLECTIONS, CSV_TABLES, DERIVED_TABLES, type DerivedTable, type CollectionFile, type CollectionName, type CollectionSpec, type CsvTable } from './collections.js';
export { dataAsOf, dataVersion } from './meta.js';
