/**
 * The collections of csto-data, listed once. Loading and validating `data/`, the generated modules,
 * the Node builds' lazy loaders, the JSON, CSV and JSON Schema exports, the docs and the `csto`
 * command all take their list from here; `Records` (src/types/timeline.ts) and the schemas
 * (src/schema/index.ts) are checked against it by the compiler. No zod here: the main entry and
 * the CLI import this module.
 *
 * @module
 */

/**
 * How a collection is kept and shipped.
 *
 * @category Sources
 */
export interface CollectionSpec {
  /** Its file name in exports (`dist/data/<file>.json`, `.csv`) and generated modules. */
  readonly file: string;
  /** One record's name, for its JSON Schema (`<record>.schema.json`) and the docs. */
  readonly record: string;
  /** Where its YAML lives under `data/`: a file, or a folder of `*.yaml` files. */
  readonly data: { readonly path: string; readonly folder: boolean; readonly required: boolean };
  /** The fields that name a record in error messages: its id, or its key fields joined by a space. */
  readonly label: readonly string[];
  /** The order it ships in: by these fields in turn (`date:` fields compare as days). */
  readonly order: readonly string[];
  /**
   * For a collection whose records have an `id`: the name of the literal union of its ids that the
   * build generates (`MeetingId`), and the subject it is documented under.
   */
  readonly idType?: { readonly name: string; readonly category: string };
  /**
   * Also shipped split by id (`dist/by-id/<file>/<shard>.json`, see src/_lib/shard.ts), for the
   * collections users look up one record at a time: the Node builds then read one small file to
   * answer `meeting(id)`, whatever the size of the collection.
   */
  readonly byId?: true;
  /**
   * For a collection of dated periods without ids: also shipped split by calendar year
   * (`dist/by-year/<file>/<year>.json`, each record with its place in the collection), so that the
   * Node builds answer `chairFor(2024)` from the terms that may fall in 2024 alone. A collection is
   * split by id or by year, not both.
   */
  readonly byYear?: true;
}

const file = (path: string, required = true) => ({ path, folder: false, required }) as const;
const ids = (name: string, category: string) => ({ name, category }) as const;
const folder = (path: string, required = true) => ({ path, folder: true, required }) as const;

/**
 * Every collection, in the order the docs and exports list them.
 *
 * @category Sources
 * @example
 * ```ts
 * import { COLLECTIONS } from 'csto-data';
 * COLLECTIONS.secretariesGeneral.file; // 'secretaries-general'
 * ```
 */
export const COLLECTIONS = {
  states: { file: 'states', record: 'state', data: file('states.yaml'), label: ['id'], order: ['id'], idType: ids('StateId', 'States and membership') },
  memberships: { file: 'memberships', record: 'membership', data: file('memberships.yaml'), label: ['state', 'from'], order: ['state', 'date:from'] },
  chairmanships: { file: 'chairmanships', record: 'chairmanship', data: file('chairmanships.yaml'), label: ['state', 'from'], order: ['date:from'], byYear: true },
  secretariesGeneral: {
    file: 'secretaries-general',
    record: 'secretary-general-term',
    data: file('secretaries-general.yaml'),
    label: ['person', 'from'],
    order: ['date:from'],
  },
  people: { file: 'people', record: 'person', data: folder('people'), label: ['id'], order: ['id'], idType: ids('PersonId', 'Secretaries general and people'), byId: true },
  milestones: { file: 'milestones', record: 'milestone', data: file('milestones.yaml'), label: ['kind', 'date'], order: ['date:date', 'kind'] },
  meetings: { file: 'meetings', record: 'meeting', data: folder('meetings', false), label: ['id'], order: ['date:date', 'id'], idType: ids('MeetingId', 'Meetings and attendance'), byId: true },
  operations: {
    file: 'operations',
    record: 'operation',
    data: file('operations.yaml', false),
    label: ['id'],
    order: ['date:from|decided|requested', 'id'],
    idType: ids('OperationId', 'Meetings and attendance'),
  },
  statements: { file: 'statements', record: 'statement', data: folder('statements', false), label: ['id'], order: ['date:date', 'id'], idType: ids('StatementId', 'Statements'), byId: true },
  sources: { file: 'sources', record: 'source', data: folder('sources'), label: ['id'], order: ['id'], idType: ids('SourceId', 'Sources'), byId: true },
  bodies: { file: 'bodies', record: 'body-record', data: file('bodies.yaml', false), label: ['id'], order: ['date:established', 'id'], idType: ids('BodyId', 'The organization') },
  forces: { file: 'forces', record: 'force', data: file('forces.yaml', false), label: ['id'], order: ['date:established', 'id'], idType: ids('ForceId', 'The organization') },
  exercises: { file: 'exercises', record: 'exercise', data: file('exercises.yaml', false), label: ['id'], order: ['date:from', 'id'], idType: ids('ExerciseId', 'The organization') },
  partners: { file: 'partners', record: 'partnership', data: file('partners.yaml', false), label: ['id'], order: ['date:from', 'id'], idType: ids('PartnershipId', 'The organization') },
  agreements: { file: 'agreements', record: 'agreement', data: file('agreements.yaml', false), label: ['id'], order: ['date:date', 'id'], idType: ids('AgreementId', 'The organization') },
  stateSteps: { file: 'state-steps', record: 'state-step', data: file('state-steps.yaml', false), label: ['id'], order: ['date:date', 'id'], idType: ids('StateStepId', 'The organization') },
} as const satisfies Record<string, CollectionSpec>;

/**
 * The name of a collection: a key of {@link COLLECTIONS}.
 *
 * @category Sources
 */
export type CollectionName = keyof typeof COLLECTIONS;

/**
 * The names of every collection, in registry order.
 *
 * @category Sources
 * @example
 * ```ts
 * import { COLLECTION_NAMES } from 'csto-data';
 * COLLECTION_NAMES.includes('meetings'); // true
 * ```
 */
export const COLLECTION_NAMES = /* @__PURE__ */ Object.freeze(Object.keys(COLLECTIONS)) as readonly CollectionName[];

/**
 * Tables shipped as CSV only: the nested records of a collection, one row each (a person's roles, a
 * meeting's attendance entries and documents, a body's heads, a force's strengths), in
 * `dist/data/<name>.csv`.
 *
 * @category Sources
 * @example
 * ```ts
 * import { CSV_TABLES } from 'csto-data';
 * CSV_TABLES.includes('attendance'); // true
 * ```
 */
export const CSV_TABLES = ['roles', 'attendance', 'documents', 'body-heads', 'force-strengths'] as const;

/**
 * The name of a CSV-only table.
 *
 * @category Sources
 */
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * Tables derived from the collections, shipped as CSV and JSON (`dist/data/<name>.csv`, `.json`):
 * the state-year and state-meeting panels ({@link stateYears}, {@link stateMeetings}) and the
 * crosswalk of state codes (ISO 3166-1, Correlates of War, Gleditsch-Ward).
 *
 * @category Sources
 * @example
 * ```ts
 * import { DERIVED_TABLES } from 'csto-data';
 * DERIVED_TABLES.includes('state-years'); // true
 * ```
 */
export const DERIVED_TABLES = ['state-years', 'state-meetings', 'crosswalk'] as const;

/**
 * The name of a derived table.
 *
 * @category Sources
 */
export type DerivedTable = (typeof DERIVED_TABLES)[number];

/**
 * The file name of a collection's exports (`dist/data/<file>.json` and `.csv`).
 *
 * @category Sources
 */
export type CollectionFile = (typeof COLLECTIONS)[CollectionName]['file'];
