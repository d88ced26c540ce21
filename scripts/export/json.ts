/** JSON exports: every collection exactly as the main entry returns it. */
import * as api from '../../src/index.js';

/** File name → JSON text, for every collection. */
export function jsonExports(): Record<string, string> {
  const collections: Record<string, unknown> = {
    states: api.states(),
    memberships: api.memberships(),
    chairmanships: api.chairmanships(),
    'secretaries-general': api.secretariesGeneral(),
    people: api.people(),
    milestones: api.milestones(),
    meetings: api.meetings(),
    operations: api.operations(),
    statements: api.statements(),
    sources: api.sources(),
  };
  return Object.fromEntries(Object.entries(collections).map(([name, value]) => [`${name}.json`, `${JSON.stringify(value, null, 2)}\n`]));
}
