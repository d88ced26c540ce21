// Used only by the collection modules of the CommonJS chunks (src/generated/node/, built into
// dist/node/ by scripts/build-node.ts): bundlers and browsers never see it. (The Node ESM build reads
// through read-node.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unlessMissing } from './unless-missing.js';

/** The package's dist/ folder: the chunks that read data live one level below it, in dist/node/. */
const DIST = join(__dirname, '..');

/** Reads one of the package's data files as text, by its path under dist/ (`data/meetings.json`). */
export function readDataFile(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** Like {@link readDataFile}, but `undefined` when the file does not exist (a by-id shard no id falls in). */
export function readDataFileIfAny(path: string): string | undefined {
  return unlessMissing(() => readDataFile(path));
}
