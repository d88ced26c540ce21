import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { COLLECTIONS } from '../../src/collections.js';

/** Every collection's generated module: the Node builds load them all lazily. */
const LAZY = new Set<string>(Object.values(COLLECTIONS).map((c) => c.file));

/**
 * In the Node builds, collection modules come from src/generated/node/ (the CommonJS chunks) or
 * node-esm/ (dist/index.node.mjs): instead of embedding the
 * records they read the package's own dist/data/ files on first use, so importing costs Node
 * almost nothing whatever the size of the data. (Ids and meta, which are small, stay as they are.)
 */
export function nodeCollections(variant: 'node' | 'node-esm'): Plugin {
  return {
    name: `csto-node-collections-${variant}`,
    setup(build) {
      build.onResolve({ filter: /^\.\/generated\/[a-z-]+\.js$/ }, (args) => {
        const name = args.path.slice('./generated/'.length, -'.js'.length);
        if (!LAZY.has(name)) return undefined;
        return { path: join(args.resolveDir, 'generated', variant, `${name}.ts`) };
      });
    },
  };
}
