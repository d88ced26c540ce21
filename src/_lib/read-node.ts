// Used only by the Node ESM build's collection modules (src/generated/node-esm/, bundled into
// dist/index.node.mjs): bundlers and browsers never see it. (The CommonJS chunks read through
// read-node-cjs.ts.)
import { createRequire } from 'node:module';
import { unlessMissing } from './unless-missing.js';

let fs: typeof import('node:fs') | undefined;

/**
 * Reads one of the package's data files as text, by its path under dist/ (`data/meetings.json`):
 * this module is bundled into dist/index.node.mjs, so `import.meta.url` is a file of dist/. `fs` is
 * reached through `createRequire` on first use rather than imported: importing `node:fs` into an
 * ES module builds a facade of its hundred-odd exports, which cost more than everything else this
 * module does on import.
 */
export function readDataFile(path: string): string {
  fs ??= createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
  return fs.readFileSync(new URL(path, import.meta.url), 'utf8');
}

/** Like {@link readDataFile}, but `undefined` when the file does not exist (a by-id shard no id falls in). */
export function readDataFileIfAny(path: string): string | undefined {
  return unlessMissing(() => readDataFile(path));
}
