import { readId } from './_lib/args.js';
import { frozenOnFirstUse, lazy, handOut } from './_lib/freeze.js';
import { suggester } from './_lib/suggest.js';
import { UnknownIdError } from './errors.js';
import type { StateAlpha2, StateCode, StateName, StateNameRu } from './generated/ids.js';
import { load as loadStates } from './generated/states.js';
import type { State, StateId } from './types.js';

export type { StateAlpha2, StateCode, StateName, StateNameRu } from './generated/ids.js';

/**
 * A reference to a state: its ISO 3166-1 alpha-3 code, alpha-2 code, English or Russian name (the
 * type lists them upper-, lower- and title-case; at run time any case is accepted), or a code from
 * another standard ({@link StateCode}): ISO 3166-1 numeric (`"051"`, `"iso:051"`), Correlates of War
 * (`"cow:371"`) or Gleditsch-Ward (`"gw:371"`).
 *
 * @category States and membership
 */
export type StateRef =
  | StateId
  | Lowercase<StateId>
  | StateAlpha2
  | Lowercase<StateAlpha2>
  | StateName
  | Lowercase<StateName>
  | Uppercase<StateName>
  | StateNameRu
  | StateCode;

/**
 * What a helper taking a state accepts: a {@link StateRef} written as a literal (so a misspelt
 * literal is a compile error), or any `string` known only at run time (checked then: an unknown
 * one throws {@link UnknownIdError}, and {@link findState} asks without throwing).
 *
 * @category States and membership
 */
export type StateInput<T extends string> = string extends T ? T : T extends StateRef ? T : StateRef;

const store = /* @__PURE__ */ frozenOnFirstUse<State>(loadStates);
const all = () => store.all();

const byKey = /* @__PURE__ */ lazy(() => {
  const map = new Map<string, State>();
  for (const s of all()) {
    const codes = s.codes === undefined ? [] : [s.codes.iso, `iso:${s.codes.iso}`, `cow:${s.codes.cow}`, `gw:${s.codes.gw}`];
    for (const key of [s.id, s.alpha2, s.name.en, s.name.ru, ...codes]) {
      map.set(key, s); // exact spelling: the common case needs no case folding
      map.set(key.toLowerCase(), s);
    }
  }
  return map;
});

/** @internal Every spelling of a state that {@link resolveState} reads without folding case, with its state. */
export const statesByKey = (): ReadonlyMap<string, State> => byKey();

const suggestions = /* @__PURE__ */ lazy(() => suggester(all().flatMap((s) => [s.id, s.name.en])));

const ACCEPTED =
  'an ISO 3166-1 alpha-3, alpha-2 or numeric code, an English name (any case), or a "cow:" or "gw:" code of a state in the data';

/** @internal Resolves a state reference for another helper; `where` names the parameter. */
export function resolveState(ref: unknown, where: string): State {
  // A spelling in the index as written (an id, a name): one lookup, asked first.
  const exact = typeof ref === 'string' ? byKey().get(ref) : undefined;
  if (exact !== undefined) return exact;
  const text = readId(ref, where, ACCEPTED);
  const found = byKey().get(text.trim().toLowerCase());
  if (found) return found;
  throw new UnknownIdError('state', text, suggestions()(text), ACCEPTED);
}

/**
 * Every state that was ever party to the Collective Security Treaty (1992) or member of the CSTO,
 * sorted by id. Whether a state is a member on a given day is {@link isMember}'s question.
 *
 * @returns A new array (yours to change) of frozen records.
 * @category States and membership
 * @example
 * ```ts
 * import { states } from 'csto-data';
 * states().map((s) => s.id); // ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']
 * ```
 */
export function states(): readonly State[] {
  return handOut(all());
}

/**
 * Looks up one state by alpha-3 code, alpha-2 code or English (or Russian) name, in any case, or by
 * its ISO 3166-1 numeric, Correlates of War or Gleditsch-Ward code.
 *
 * @param ref - `"KAZ"`, `"kz"`, `"Kazakhstan"`, `"398"`, `"cow:705"`, `"gw:705"`…
 * @returns The frozen state record.
 * @throws {@link UnknownIdError} when no state matches (with close suggestions).
 * @throws TypeError when `ref` is not a string.
 * @category States and membership
 * @example
 * ```ts
 * import { state } from 'csto-data';
 * state('kz').name.en; // 'Kazakhstan'
 * state('Armenia').id; // 'ARM'
 * state('cow:372').id;  // 'GEO'
 * state('268').codes?.gw; // 372
 * ```
 */
export function state<T extends string>(ref: StateInput<T>): State {
  return resolveState(ref, 'state: `ref`');
}
