/**
 * Cross-record invariants, as named checks: ids unique and resolving, every source cited, periods
 * ordered, meetings consistent with membership and chairmanship, statements consistent with their
 * speakers. Each problem names the file, the line, the record and the field. Every check is listed
 * once, in {@link CHECKS}, and can be run alone.
 */
import { type Context, contextOf } from './checks/context.js';
import { attendanceComplete, attendanceEntries, documentEffects, meetingChair, meetingIds, meetingStatuses } from './checks/meetings.js';
import { chairsAreMembers, datesInRange, delegatesOfTheirState, textWellFormed } from './checks/hygiene.js';
import { exercisesInMemberStates, strengthWithinForceLife } from './checks/organization.js';
import { bodyHeadsDoNotOverlap, boundsConsistent, dataAsOfReviewed, nothingAfterDataAsOf, officialsFromTheirState, seriesDoNotOverlap } from './checks/periods.js';
import { referencesResolve, sourcesCited, sourcesResolve, uniqueAlpha2, uniqueIds, uniqueUrls } from './checks/references.js';
import { operationDates, statementIds, statementRoles, statementsNearTheirMeeting } from './checks/statements.js';
import { type DataIssue, type Dataset, loadDataset } from './dataset.js';

/** Every invariant, by name, in the order they run. */
export const CHECKS = {
  'unique-ids': uniqueIds,
  'unique-urls': uniqueUrls,
  'unique-alpha2': uniqueAlpha2,
  'text-well-formed': textWellFormed,
  'dates-in-range': datesInRange,
  'sources-resolve': sourcesResolve,
  'sources-cited': sourcesCited,
  'references-resolve': referencesResolve,
  'nothing-after-data-as-of': nothingAfterDataAsOf,
  'data-as-of-reviewed': dataAsOfReviewed,
  'officials-from-their-state': officialsFromTheirState,
  'series-do-not-overlap': seriesDoNotOverlap,
  'bounds-consistent': boundsConsistent,
  'body-heads-do-not-overlap': bodyHeadsDoNotOverlap,
  'strength-within-force-life': strengthWithinForceLife,
  'exercises-in-member-states': exercisesInMemberStates,
  'meeting-ids': meetingIds,
  'meeting-statuses': meetingStatuses,
  'attendance-entries': attendanceEntries,
  'attendance-complete': attendanceComplete,
  'meeting-chair': meetingChair,
  'chairs-are-members': chairsAreMembers,
  'delegates-of-their-state': delegatesOfTheirState,
  'document-effects': documentEffects,
  'operation-dates': operationDates,
  'statement-ids': statementIds,
  'statements-near-their-meeting': statementsNearTheirMeeting,
  'statement-roles': statementRoles,
} as const satisfies Record<string, (ctx: Context) => void>;

/** The name of an invariant check. */
export type CheckName = keyof typeof CHECKS;

/** Runs the named checks (all by default) on a well-formed dataset; returns the problems found. */
export function checkInvariants(ds: Dataset, only: readonly CheckName[] = Object.keys(CHECKS) as CheckName[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const ctx = contextOf(ds, issues);
  for (const name of only) CHECKS[name](ctx);
  return issues;
}

/**
 * Loads and checks a data directory: the schema problems, or, when every record is well-formed,
 * the cross-record ones (they only make sense on well-formed records).
 */
export function validateData(dataDir: string): { dataset: Dataset; problems: DataIssue[] } {
  const { dataset, issues } = loadDataset(dataDir);
  return { dataset, problems: issues.length > 0 ? issues : checkInvariants(dataset) };
}
