// Used only by the Node ESM build (dist/index.node.mjs): bundlers and browsers never see it.
import { createRequire } from 'node:module';

let fs: typeof import('node:fs') | undefined;

/**
 * Reads one of the package's data files as text. `fs` is reached through `createRequire` on first
 * use rather than imported: importing `node:fs` into an ES module builds a facade of its hundred-odd
 * exports, which cost more than everything else this module does on import.
 */
export function readDataFile(url: URL): string {
  fs ??= createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
  return fs.readFileSync(url, 'utf8');
}

/** Like {@link readDataFile}, but `undefined` when the file does not exist (a by-id shard no id falls in). */
export function readDataFileIfAny(url: URL): string | undefined {
  try {
    return readDataFile(url);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}
