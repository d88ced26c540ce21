/**
 * The data split for the Node builds (see `byId` and `byYear` in src/collections.ts): the files a
 * lookup by id or a question about one year reads instead of the whole collection, and the side
 * files a text search and a membership question read instead of the records. The build and the
 * benchmark's grown copies (scripts/bench/reshard.ts) both write them with {@link writeNodeFiles},
 * the generated modules read the side files through the loaders {@link SIDE_FILES} lists, and the
 * test fixture's stand-in modules read them too, so all agree with the loaders.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { yearOfDay } from '../../src/_lib/dates.js';
import { type SpanRow, spansOf, yearsOf } from '../../src/_lib/periods.js';
import { SEPARATOR, statementSearchText } from '../../src/_lib/search-text.js';
import { shardOf } from '../../src/_lib/shard.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type CollectionSpec } from '../../src/collections.js';

/** Whether the registry ships this collection by id as well (dist/by-id/). */
export function isById(name: CollectionName): boolean {
  return (COLLECTIONS[name] as CollectionSpec).byId === true;
}

/**
 * The by-id files of every collection the registry ships by id: `<file>/<shard>.json`, each the
 * compact JSON array of the records whose id falls in that shard (see src/_lib/shard.ts). Empty
 * shards are not written: a lookup reads a missing file as "not here".
 */
export function byIdFiles(shipped: { readonly [K in CollectionName]: ReadonlyArray<unknown> }): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of COLLECTION_NAMES) {
    if (!isById(name)) continue;
    const shards = new Map<string, unknown[]>();
    for (const record of shipped[name]) {
      const shard = shardOf((record as { id: string }).id);
      const list = shards.get(shard) ?? [];
      if (list.length === 0) shards.set(shard, list);
      list.push(record);
    }
    for (const [shard, records] of shards) files[`${COLLECTIONS[name].file}/${shard}.json`] = JSON.stringify(records);
  }
  return files;
}

/** Whether the registry ships this collection by year as well (dist/by-year/). */
export function isByYear(name: CollectionName): boolean {
  return (COLLECTIONS[name] as CollectionSpec).byYear === true;
}

/**
 * The by-year files of every collection the registry ships by year: `<file>/<year>.json`, each the
 * compact JSON array of `[place in the collection, record]` for the records that may fall in that
 * year (`yearsOf`, src/_lib/periods.ts), for every year from the first any record may fall in to
 * the last any record names (an open period runs into every later year written). A year outside
 * has no file, and a question about it reads the whole collection.
 */
export function byYearFiles(shipped: { readonly [K in CollectionName]: ReadonlyArray<unknown> }): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of COLLECTION_NAMES) {
    if (!isByYear(name)) continue;
    const spans = spansOf(shipped[name] as ReadonlyArray<Parameters<typeof spansOf>[0][number]>);
    const named = spans.flatMap((s) => [s.from, s.to]).filter(Number.isFinite).map(yearOfDay);
    if (named.length === 0) continue;
    const [floor, ceiling] = [Math.min(...named), Math.max(...named)];
    const byYear = new Map<number, Array<[number, unknown]>>();
    for (let year = floor; year <= ceiling; year++) byYear.set(year, []);
    spans.forEach((span, index) => {
      const years = yearsOf(span, floor, ceiling);
      if (years === undefined) return;
      for (let year = years[0]; year <= years[1]; year++) byYear.get(year)?.push([index, span.record]);
    });
    for (const [year, entries] of byYear) files[`${COLLECTIONS[name].file}/${year}.json`] = JSON.stringify(entries);
  }
  return files;
}

/** Where the Node builds ship the statements' folded search text, and their ids in the same order, relative to dist/. */
export const SEARCH_TEXT = `search/${COLLECTIONS.statements.file}.txt`;
export const SEARCH_IDS = `search/${COLLECTIONS.statements.file}-ids.txt`;

/**
 * The search files (see src/_lib/search-text.ts): every statement's folded text, in the order of
 * the collection, joined by the separator, so that a search reads one string and folds nothing;
 * and their ids, one a line in the same order, so that a search that finds a few reads just those
 * by id. Keyed by their paths relative to dist/.
 */
export function searchFiles(shipped: { readonly statements: ReadonlyArray<Parameters<typeof statementSearchText>[0] & { readonly id: string }> }): Record<string, string> {
  const texts = shipped.statements.map((s) => {
    const text = statementSearchText(s);
    if (text.includes(SEPARATOR)) throw new Error(`statement ${s.id}: its text holds U+0000, which separates the texts of ${SEARCH_TEXT}`);
    return text;
  });
  return { [SEARCH_TEXT]: texts.join(SEPARATOR), [SEARCH_IDS]: shipped.statements.map((s) => s.id).join('\n') };
}

/** Where the Node builds ship the membership periods' spans, relative to dist/. */
export const MEMBERSHIP_SPANS = `spans/${COLLECTIONS.memberships.file}.json`;

/**
 * The spans file (see `loadSpans` in src/memberships.ts): for each membership period, in the
 * order of the collection, `[state, first, last, from, to]`, the days it certainly and possibly
 * covers as src/_lib/periods.ts reads them (`null` for a day without bound), so that `isMember`
 * and `attendance` answer from a few bytes a period instead of loading the records. Keyed by its
 * path relative to dist/.
 */
export function spanFiles(shipped: { readonly memberships: ReadonlyArray<Parameters<typeof spansOf>[0][number] & { readonly state: string }> }): Record<string, string> {
  const day = (n: number) => (Number.isFinite(n) ? n : null);
  const rows: SpanRow[] = spansOf(shipped.memberships).map((s) => [s.record.state, day(s.first), day(s.last), day(s.from), day(s.to)]);
  return { [MEMBERSHIP_SPANS]: JSON.stringify(rows) };
}

/**
 * The side files of some collections, each with the loader its Node modules read it through (a
 * bundled module answers `undefined` from the same loader, and the helpers use the records):
 * `parse` says what the loader makes of the file's text; `type` is the loader's result, given the
 * path of src/_lib/ from the generated module.
 */
export const SIDE_FILES: Partial<Record<CollectionName, ReadonlyArray<{ path: string; loader: string; what: string; parse: 'text' | 'lines' | 'json'; type: (lib: string) => string }>>> = {
  statements: [
    { path: SEARCH_TEXT, loader: 'loadSearchText', what: "the statements' folded texts, joined (see src/_lib/search-text.ts)", parse: 'text', type: () => 'string' },
    { path: SEARCH_IDS, loader: 'loadSearchIds', what: "the statements' ids, in the order of the search text", parse: 'lines', type: () => 'string[]' },
  ],
  memberships: [
    { path: MEMBERSHIP_SPANS, loader: 'loadSpans', what: "the membership periods' spans", parse: 'json', type: (lib) => `Array<import('${lib}/periods.js').SpanRow<Records["memberships"]["state"]>>` },
  ],
};

/** The folders of dist/ the Node builds read besides data/, each written whole by {@link writeNodeFiles}. */
const NODE_FOLDERS = ['by-id', 'by-year', 'search', 'spans'];

/** Writes every file of the data split under `dist`, replacing what those folders held. */
export function writeNodeFiles(dist: string, shipped: Parameters<typeof byIdFiles>[0] & Parameters<typeof searchFiles>[0] & Parameters<typeof spanFiles>[0]): void {
  const files: Record<string, string> = {
    ...Object.fromEntries(Object.entries(byIdFiles(shipped)).map(([path, text]) => [`by-id/${path}`, text])),
    ...Object.fromEntries(Object.entries(byYearFiles(shipped)).map(([path, text]) => [`by-year/${path}`, text])),
    ...searchFiles(shipped),
    ...spanFiles(shipped),
  };
  for (const folder of NODE_FOLDERS) rmSync(join(dist, folder), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    if (!NODE_FOLDERS.includes(path.split('/')[0]!)) throw new Error(`split: ${path} is outside the folders the split writes`);
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
}
