import { UnknownIdError, type IdKind } from '../errors.js';
import { readId } from './args.js';
import { lazy, type Store } from './freeze.js';
import { suggester } from './suggest.js';

/**
 * A lookup by id over a collection, with its index built on first use. Throws `TypeError` for a
 * non-string id and {@link UnknownIdError} (with close suggestions) for an unknown one.
 */
export function idLookup<T extends { readonly id: string }>(
  kind: IdKind,
  store: Store<T>,
  accepted: string,
): (id: unknown, where: string) => T {
  const index = lazy(() => new Map(store.all().map((record) => [record.id, record])));
  const suggestions = lazy(() => suggester(index().keys()));
  return (id, where) => {
    const text = readId(id, where, accepted);
    const found = store.early(text) ?? index().get(text);
    if (found) return found;
    throw new UnknownIdError(kind, text, suggestions()(text), accepted);
  };
}
