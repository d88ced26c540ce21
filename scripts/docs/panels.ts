/**
 * The panels' section of docs/data.md: the rules and every CSV column. Column names come from the
 * exporters (scripts/export/panels.ts) and the statuses from the vocabularies, so a column added
 * there without a meaning here fails the docs test.
 */
import { CROSSWALK_COLUMNS, PANEL_COLUMNS } from '../export/panels.js';
import { COW_IGO_CODES, PANEL_STATUSES, STATUTORY_BODIES } from '../../src/vocabulary.js';

const MEANINGS: Record<string, string> = {
  state: 'The state (ISO alpha-3 id).',
  year: 'The calendar year.',
  length: 'Days in the year (365 or 366).',
  status_jan1: 'Standing on 1 January.',
  status_jul1: 'Standing on 1 July.',
  status_dec31: 'Standing on 31 December.',
  ...Object.fromEntries(PANEL_STATUSES.map((s) => [`days_${s}`, `Days of the year with standing \`${s}\`.`])),
  chair_days: 'Days on which the state certainly held the chairmanship.',
  chaired: 'Whether it chaired on some day of the year; empty when only possible (a handover on a day no source gives).',
  cow_igo: 'Correlates of War IGO code of the standing on 31 December (see the mapping below).',
  meeting: 'The session (meeting id).',
  date: 'Its date, as precise as the sources (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).',
  bodies: 'The bodies that met, joined by "; ".',
  kind: 'regular, extraordinary, informal or jubilee.',
  membership: 'The state\'s membership status on every day of the session, or `unknown`.',
  attendance: 'present, remote, represented, absent — or `unknown` where no source reports on the state (never read as absent).',
  delegate: 'Who led its delegation (person id), where a source names them.',
  level: 'The delegation\'s level, where known.',
  sources: 'The sources, joined by "; ": of the attendance record (empty for `unknown`), or of the code lists read.',
  name_en: 'English name.',
  iso_alpha2: 'ISO 3166-1 alpha-2 code.',
  iso_alpha3: 'ISO 3166-1 alpha-3 code (the state id).',
  iso_numeric: 'ISO 3166-1 numeric code, three digits with leading zeros (read it as text).',
  cow_code: 'Correlates of War state number (`ccode`).',
  cow_abbreviation: 'Correlates of War state abbreviation (`stateabb`).',
  gw_code: 'Gleditsch and Ward state number.',
};

function table(name: keyof typeof PANEL_COLUMNS | 'crosswalk'): string[] {
  const columns = name === 'crosswalk' ? CROSSWALK_COLUMNS : PANEL_COLUMNS[name];
  return [
    '| column | meaning |',
    '|---|---|',
    ...columns.map(([column]) => {
      const meaning = MEANINGS[column];
      if (meaning === undefined) throw new Error(`docs/data.md: no meaning for the ${name} column ${column} (scripts/docs/panels.ts)`);
      return `| \`${column}\` | ${meaning} |`;
    }),
  ];
}

/** The markdown of the panels section. */
export function panelsSection(): string {
  const cow = Object.entries(COW_IGO_CODES).map(([k, v]) => `${v} ${k}`).join(', ');
  return [
    '## Panels',
    '',
    'Two tables analysts would otherwise build by hand, from the same records: `stateYears()` and `stateMeetings()` in the API, `csto-data/data/state-years.{csv,json}` and `state-meetings.{csv,json}`, and `csto export state-years --format csv`. All three give the same rows. Each JSON row has a JSON Schema (`csto-data/schemas/<table>-row.schema.json`), each CSV a Table Schema in `datapackage.json`.',
    '',
    '### State-year (`state-years`)',
    '',
    'One row per state ever party to the treaty and calendar year, from 1992 to the year of `dataAsOf`, sorted by state and year. Rules:',
    '',
    `- A day's **standing** is one of ${PANEL_STATUSES.map((s) => `\`${s}\``).join(', ')}: the status of the membership period in force (as \`membershipOn\` reads it); \`unknown\` when a period may cover the day but the change that decides it happened on a day no source gives (Georgia's accession in 1993 is known to the year); \`none\` otherwise.`,
    "- **Every day counts once.** Two consecutive periods share the day of a change; that day counts for the period that starts on it (Armenia 2024: 52 days `active`, 1 January to 21 February, and 314 `frozen` from 22 February). The `days_*` columns add up to `length`.",
    '- Days after `dataAsOf` are read as the data stood then: an open period goes on.',
    `- **COW IGO code** (\`cow_igo\`), as the Correlates of War IGO dataset codes a state's standing in an organization (${cow}): from the standing on 31 December — \`active\`, \`suspended\` and \`frozen\` are all **1**, since a state that suspended (Uzbekistan, 2012) or froze (Armenia, from 2024) its participation stays a member under the Charter until it leaves, and COW codes formal membership; \`none\` is 0; \`unknown\` is -9. The CSTO has no associate members and the panel no observer states, so 2 and 3 do not occur. COW's own CSTO series ends in 2014; this one runs by day to \`dataAsOf\`.`,
    '- **Chair**: `chair_days` counts the days the state certainly held the chairmanship (as `chairOn` reads them); `chaired` is true when there is one, false when no term of the state can touch the year, and empty when one may (a handover whose day is unknown).',
    '',
    ...table('state-years'),
    '',
    '### State-meeting (`state-meetings`)',
    '',
    `One row per member state and held session of a statutory body (${STATUTORY_BODIES.join(', ')}), in meeting order, then by state. The members of a session are the states whose membership certainly covers one of its days, as \`attendance()\` reads them; a member no source reports on is written \`unknown\`, never \`absent\`, so a rate of attendance has the whole denominator. Sessions that were planned, cancelled, postponed or unconfirmed have no rows.`,
    '',
    ...table('state-meetings'),
    '',
    '### Crosswalk of state codes (`crosswalk`)',
    '',
    'One row per state: its id and its codes in ISO 3166-1, the Correlates of War state list and Gleditsch and Ward\'s list, each as the code list cited in `sources` gives it (the state records carry them as `codes`). `state()` accepts them too: `state("268")`, `state("cow:372")`, `state("gw:372")`. Wikidata ids are added only where read in a source.',
    '',
    ...table('crosswalk'),
    '',
  ].join('\n');
}
