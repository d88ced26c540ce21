import { own } from './_lib/own.js';
import { describeValue, readEnum, filterKeys, readFilter, toDay } from './_lib/args.js';
import { dayRange } from './_lib/dates.js';
import { handOut, frozenOnFirstUse, lazy } from './_lib/freeze.js';
import { idLookup } from './_lib/lookup.js';
import { fold, SEPARATOR, statementSearchText } from './_lib/search-text.js';
import { textSearch } from './_lib/text-index.js';
import { MAX_TEXT_QUERY } from './limits.js';
import { load as loadStatements, loadOne as loadStatement, loadSearchIds, loadSearchText } from './generated/statements.js';
import { meetingAt } from './meetings.js';
import { personAt } from './people.js';
import { resolveState, type StateInput, type StateRef } from './states.js';
import { TOPICS } from './vocabulary.js';
import type { DateInput, MeetingId, PersonId, Statement, StatementId, Topic } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Statement>(loadStatements, { loadOne: loadStatement });
const all = () => store.all();
const find = /* @__PURE__ */ idLookup('statement', store, 'a statement id <date>-<speaker>-<slug>, e.g. "2024-11-27-imangali-tasmagambetov-afghanistan"');

const indexed = /* @__PURE__ */ lazy(() =>
  all().map((s) => ({
    statement: s,
    first: dayRange(s.date)[0],
    last: dayRange(s.date)[1],
  })),
);

/** Each statement's speaker's state (for the `state` filter only: it reads the people collection). */
const speakerStates = /* @__PURE__ */ lazy(() => indexed().map((entry) => personAt(entry.statement.speaker, 'statements').state));


/** Each speaker's statements, as indexes into {@link indexed}. */
const bySpeaker = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, number[]>();
  indexed().forEach((entry, i) => {
    const list = map.get(entry.statement.speaker);
    if (list) list.push(i);
    else map.set(entry.statement.speaker, [i]);
  });
  return map;
});

/**
 * The folded texts of all statements, searched as one (see _lib/text-index.ts): as the build wrote
 * them where the Node builds ship them, so that a search that finds nothing never loads a
 * statement; otherwise folded here.
 */
const search = /* @__PURE__ */ lazy(() => textSearch(loadSearchText() ?? all().map(statementSearchText).join(SEPARATOR)));

/**
 * How many statements a search may find and still read them one by one (by id, from the by-id
 * files) rather than load them all: each costs a small file read (about 30 µs at the data's size
 * today), the whole collection about 3.5 ms, and both grow with the data.
 */
const FEW = 64;

/** The statements' ids in the order of the search text, where the Node builds ship them. */
const searchIds = /* @__PURE__ */ lazy(loadSearchIds);

/**
 * The statements at these places in the collection, read one by one by id before the collection
 * is loaded (each then the very object the collection holds); `undefined` where that cannot be done
 * (the bundled build, or the collection already loaded), and the collection answers.
 */
function readAlone(places: readonly number[]): Statement[] | undefined {
  const ids = searchIds();
  if (ids === undefined) return undefined;
  const out: Statement[] = [];
  for (const place of places) {
    const record = store.early(ids[place] ?? '');
    if (record === undefined) return undefined;
    out.push(record);
  }
  return out;
}

/**
 * Filter for {@link statements}. Every key is optional; given keys must all match.
 *
 * @category Statements
 */
export interface StatementFilter<S extends string = StateRef> {
  /** Statements by this person. */
  readonly speaker?: PersonId;
  /** Statements by people of this state. */
  readonly state?: StateInput<S>;
  /** Statements about this state. */
  readonly about?: StateInput<S>;
  readonly topic?: Topic;
  /** Statements made at this meeting. */
  readonly meeting?: MeetingId;
  /** Statements on or after this day (one known only to the month counts if it may be). */
  readonly from?: DateInput;
  /** Statements on or before this day. */
  readonly to?: DateInput;
  /**
   * Words to find in the quote, translation or summary, ignoring case and diacritics; at most
   * {@link MAX_TEXT_QUERY} (1,000) characters.
   */
  readonly text?: string;
}

const FILTER_KEYS = /* @__PURE__ */ filterKeys<StatementFilter>()('speaker', 'state', 'about', 'topic', 'meeting', 'from', 'to', 'text');

/**
 * Statements about CSTO matters by named people, sorted by date. Each has a verbatim `quote` (or is
 * a `paraphrase`), our `summary`, the speaker's `role` at the time, `topics`, and sources.
 *
 * @param filter - Optional `{ speaker, state, about, topic, meeting, from, to, text }`.
 * @returns A new array (yours to change) of frozen records.
 * @throws TypeError for a filter that is not an object, has an unknown key or a wrongly typed value.
 * @throws RangeError for a malformed date, an unknown topic or a `text` longer than {@link MAX_TEXT_QUERY} characters.
 * @throws {@link UnknownIdError} for an unknown speaker, state or meeting.
 * @category Statements
 * @example
 * ```ts
 * import { statements } from 'csto-data';
 * statements({ speaker: 'imangali-tasmagambetov', topic: 'afghanistan' });
 * statements({ about: 'ARM', text: 'absence' }).map((s) => s.summary);
 * ```
 */
export function statements<S extends string>(filter?: StatementFilter<S>): readonly Statement[] {
  if (filter === undefined) return handOut(all()); // the whole collection, asked in loops: no filter to read
  const f = readFilter(filter, FILTER_KEYS, 'statements');
  const given = Object.keys(f).length;
  if (given === 0) return handOut(all());
  const speaker = f.speaker === undefined ? undefined : personAt(f.speaker, 'statements: `filter.speaker`').id;
  const state = f.state === undefined ? undefined : resolveState(f.state, 'statements: `filter.state`').id;
  const about = f.about === undefined ? undefined : resolveState(f.about, 'statements: `filter.about`').id;
  const topic = f.topic === undefined ? undefined : readEnum(f.topic, TOPICS, 'statements: `filter.topic`');
  const meetingId = f.meeting === undefined ? undefined : meetingAt(f.meeting, 'statements: `filter.meeting`').id;
  const first = f.from === undefined ? -Infinity : toDay(f.from, 'statements: `filter.from`');
  const last = f.to === undefined ? Infinity : toDay(f.to, 'statements: `filter.to`');
  if (f.text !== undefined && typeof f.text !== 'string') {
    throw new TypeError(`statements: \`filter.text\` must be a string; got ${describeValue(f.text)}`);
  }
  if (f.text !== undefined && f.text.length > MAX_TEXT_QUERY) {
    throw new RangeError(`statements: \`filter.text\` must be at most ${MAX_TEXT_QUERY} characters; got ${f.text.length}`);
  }
  const needle = f.text === undefined ? '' : fold(f.text.trim());
  const candidates = needle !== '' ? search()(needle) : speaker !== undefined ? (bySpeaker().get(speaker) ?? []) : undefined;
  if (candidates?.length === 0) return [];
  if (needle !== '' && given === 1 && candidates!.length <= FEW) {
    const found = readAlone(candidates!);
    if (found !== undefined) return found;
  }
  const entries = indexed();
  const out: Statement[] = [];
  const states = state === undefined ? undefined : speakerStates();
  const count = candidates === undefined ? entries.length : candidates.length;
  for (let k = 0; k < count; k++) {
    const i = candidates === undefined ? k : (candidates[k] as number);
    const entry = entries[i]!;
    const s = entry.statement;
    if (entry.last < first || entry.first > last) continue;
    if (speaker !== undefined && s.speaker !== speaker) continue;
    if (states !== undefined && states[i] !== state) continue;
    if (about !== undefined && !s.about.includes(about)) continue;
    if (topic !== undefined && !s.topics.includes(topic)) continue;
    if (meetingId !== undefined && own(s, 'meeting') !== meetingId) continue;
    out.push(s);
  }
  return handOut(out);
}

/**
 * Looks up one statement by id.
 *
 * @param id - `<date>-<speaker>-<slug>`.
 * @returns The frozen statement.
 * @throws {@link UnknownIdError} for an unknown id (with close suggestions); TypeError for a non-string.
 * @category Statements
 * @example
 * ```ts
 * import { statement, statements } from 'csto-data';
 * const first = statements()[0]!;
 * statement(first.id) === first; // true
 * ```
 */
export function statement(id: StatementId): Statement {
  return find(id, 'statement: `id`');
}
