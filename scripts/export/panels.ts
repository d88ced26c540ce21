/**
 * The panels and the crosswalk of state codes as CSV and JSON: the same builders as the API's `stateYears` and `stateMeetings`
 * (src/_lib/panels.ts), run on the records the data step ships. CSV columns are snake_case; the
 * days columns follow PANEL_STATUSES.
 */
import type { DerivedTable } from '../../src/collections.js';
import { buildStateMeetings, buildStateYears } from '../../src/_lib/panels.js';
import type { State, StateMeeting, StateYear } from '../../src/types.js';
import { PANEL_STATUSES } from '../../src/vocabulary.js';
import type { Shipped } from '../lib/generate.js';
import { toCsv } from './csv-format.js';

type Cell = string | number | boolean | undefined | readonly string[];

/** The columns of each panel's CSV: header and value. Exported for the Table Schemas. */
export const PANEL_COLUMNS = {
  'state-years': [
    ['state', (r) => r.state],
    ['year', (r) => r.year],
    ['length', (r) => r.length],
    ['status_jan1', (r) => r.on.jan1],
    ['status_jul1', (r) => r.on.jul1],
    ['status_dec31', (r) => r.on.dec31],
    ...PANEL_STATUSES.map((s) => [`days_${s}`, (r: StateYear) => r.days[s]] as const),
    ['chair_days', (r) => r.chairDays],
    ['chaired', (r) => r.chaired],
    ['cow_igo', (r) => r.cow],
  ],
  'state-meetings': [
    ['meeting', (r) => r.meeting],
    ['date', (r) => r.date],
    ['bodies', (r) => r.bodies],
    ['kind', (r) => r.kind],
    ['state', (r) => r.state],
    ['membership', (r) => r.membership],
    ['attendance', (r) => r.attendance],
    ['delegate', (r) => r.delegate],
    ['level', (r) => r.level],
    ['sources', (r) => r.sources],
  ],
} as const satisfies {
  'state-years': ReadonlyArray<readonly [string, (r: StateYear) => Cell]>;
  'state-meetings': ReadonlyArray<readonly [string, (r: StateMeeting) => Cell]>;
};

/** The crosswalk's columns: one row per state, its id and every code it has (empty where none is sourced). */
export const CROSSWALK_COLUMNS = [
  ['state', (s) => s.id],
  ['name_en', (s) => s.name.en],
  ['iso_alpha2', (s) => s.alpha2],
  ['iso_alpha3', (s) => s.id],
  ['iso_numeric', (s) => s.codes?.iso],
  ['cow_code', (s) => s.codes?.cow],
  ['cow_abbreviation', (s) => s.codes?.cowAbbreviation],
  ['gw_code', (s) => s.codes?.gw],
  ['sources', (s) => s.codes?.sources ?? []],
] as const satisfies ReadonlyArray<readonly [string, (s: State) => Cell]>;

/** The crosswalk's JSON rows. */
const crosswalkRow = (s: State) => ({ id: s.id, alpha2: s.alpha2, name: s.name, ...(s.codes === undefined ? {} : { codes: s.codes }) });

/** The panels' rows, built from the shipped records; the last year is that of `dataAsOf`. */
export function panelRows(api: Shipped, dataAsOf: string): { 'state-years': StateYear[]; 'state-meetings': StateMeeting[] } {
  return {
    'state-years': buildStateYears(api.states.map((s) => s.id), api.memberships, api.chairmanships, Number(dataAsOf.slice(0, 4))),
    'state-meetings': buildStateMeetings(api.memberships, api.meetings),
  };
}

/** File name → text: each panel as CSV and JSON. */
export function panelExports(api: Shipped, dataAsOf: string): Record<`${DerivedTable}.${'csv' | 'json'}`, string> {
  const rows = panelRows(api, dataAsOf);
  return {
    'crosswalk.csv': toCsv(api.states, CROSSWALK_COLUMNS),
    'crosswalk.json': `${JSON.stringify(api.states.map(crosswalkRow), null, 2)}\n`,
    'state-years.csv': toCsv(rows['state-years'], PANEL_COLUMNS['state-years']),
    'state-years.json': `${JSON.stringify(rows['state-years'], null, 2)}\n`,
    'state-meetings.csv': toCsv(rows['state-meetings'], PANEL_COLUMNS['state-meetings']),
    'state-meetings.json': `${JSON.stringify(rows['state-meetings'], null, 2)}\n`,
  };
}
