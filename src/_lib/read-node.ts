// Used only by the Node ESM build's collection modules (src/generated/node-esm/, bundled into
// dist/index.node.mjs): bundlers and browsers never see it. (The CommonJS chunks read through
// read-node-cjs.ts.)
import { unlessMissing } from './unless-missing.js';

/**
 * `node:fs`, reached without importing it: importing `node:fs` into an ES module builds a facade of
 * its hundred-odd exports, and importing `node:module` for `createRequire` cost an import about
 * 0.7 ms (measured, see docs/performance.md). `process.getBuiltinModule` (Node 20.16, 22.3 and
 * later) hands over the module Node has already loaded; an older Node imports `createRequire`
 * (the one top-level await here, which a newer Node never reaches).
 */
const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
const fs = (typeof builtin === 'function'
  ? builtin('node:fs')
  : (await import('node:module')).createRequire(import.meta.url)('node:fs')) as typeof import('node:fs');

/**
 * Reads one of the package's data files as text, by its path under dist/ (`data/meetings.json`):
 * this module is bundled into dist/index.node.mjs, so `import.meta.url` is a file of dist/.
 */
export function readDataFile(path: string): string {
  return fs.readFileSync(new URL(path, import.meta.url), 'utf8');
}

/** Like {@link readDataFile}, but `undefined` when the file does not exist (a by-id shard no id falls in). */
export function readDataFileIfAny(path: string): string | undefined {
  return unlessMissing(() => readDataFile(path));
}
