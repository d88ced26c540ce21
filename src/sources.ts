import { frozenOnFirstUse, handOut } from './_lib/freeze.js';
import { idLookup } from './_lib/lookup.js';
import { load as loadSources, loadOne as loadSource } from './generated/sources.js';
import type { Source, SourceId } from './types.js';

const store = /* @__PURE__ */ frozenOnFirstUse<Source>(loadSources, { loadOne: loadSource });
const all = () => store.all();
const find = /* @__PURE__ */ idLookup('source', store, 'a source id from the catalogue, e.g. "odkb-2023-11-23-csc-minsk"');

/**
 * The sources catalogue: every page a record cites, sorted by id. Every record's `sources` array
 * holds ids from here.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category Sources
 * @example
 * ```ts
 * import { sources } from 'csto-data';
 * sources().filter((s) => s.publisher === 'CSTO').length;
 * ```
 */
export function sources(): readonly Source[] {
  return handOut(all());
}

/**
 * Looks up one source by id — for example to print the citation of a record.
 *
 * @param id - A source id, as found in any record's `sources`.
 * @returns The frozen catalogue entry: URL, title, publisher, date, language.
 * @throws {@link UnknownIdError} for an unknown id (with close suggestions); TypeError for a non-string.
 * @category Sources
 * @example
 * ```ts
 * import { chairFor, source } from 'csto-data';
 * const term = chairFor(2024);
 * term?.sources.map((id) => source(id).url);
 * ```
 */
export function source(id: SourceId): Source {
  return find(id, 'source: `id`');
}
