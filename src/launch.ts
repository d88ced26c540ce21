#!/usr/bin/env node
/**
 * The file the `csto` command starts (dist/cli.cjs): it turns on a compile cache, then runs the
 * command itself (dist/cli-main.cjs, from src/bin.ts).
 *
 * A command run again and again then skips compiling itself and the library's chunks, most of what
 * it costs above a bare start: Node's own cache where there is one (22.1 and later), and on an older
 * Node the package's own (src/_lib/compile-cache.ts), kept per build. Not in CI, where the first,
 * cache-writing run is usually the only one (as the Netlify CLI does); `NODE_DISABLE_COMPILE_CACHE=1`
 * turns both off.
 */
import Module from 'node:module';
import { sep } from 'node:path';

/** A digest of the package's code, written in by the build (scripts/build-cli.ts). */
declare const CSTO_BUILD: string;

if (!process.env.CI && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  const node = Module as unknown as { enableCompileCache?: () => unknown };
  if (typeof node.enableCompileCache === 'function') node.enableCompileCache();
  else {
    // Required here, not imported: a Node with its own cache, or a run without one, never loads it.
    const { cacheCompiledCode, cacheDirectory } = require('./_lib/compile-cache.js') as typeof import('./_lib/compile-cache.js');
    const dir = cacheDirectory(CSTO_BUILD);
    if (dir !== undefined) cacheCompiledCode(dir, (file) => file.startsWith(__dirname + sep) && file.endsWith('.cjs'), __dirname);
  }
}
require('./cli-main.cjs');
