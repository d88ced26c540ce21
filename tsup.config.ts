import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { COLLECTIONS } from './src/collections.js';

/** Every collection's generated module: the Node builds load them all lazily. */
const LAZY = new Set<string>(Object.values(COLLECTIONS).map((c) => c.file));

/**
 * In the Node builds, collection modules come from src/generated/node/ (CommonJS) and node-esm/
 * (ESM): instead of embedding the records they load the package's own JSON exports on first use,
 * so importing costs Node almost nothing whatever the size of the data.
 */
function lazyCollections(variant: 'node' | 'node-esm', extension: string): Plugin {
  return {
    name: `csto-lazy-collections-${variant}`,
    setup(build) {
      build.onResolve({ filter: /^\.\/generated\/[a-z-]+\.js$/ }, (args) => {
        const name = args.path.slice('./generated/'.length, -'.js'.length);
        if (!LAZY.has(name)) return undefined; // ids and meta stay as they are
        return { path: join(args.resolveDir, 'generated', variant, `${name}${extension}`) };
      });
    },
  };
}

const library: Options = {
  entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
  target: 'es2022',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: false, // `npm run build` empties dist/ once, before every build
  treeshake: true,
  splitting: false,
  sourcemap: false,
  external: ['zod'],
};

export default defineConfig([
  // ESM for bundlers, browsers and Deno: every collection embedded, so a bundle keeps only what it uses.
  { ...library, format: ['esm'], platform: 'neutral' },
  // CommonJS: collections `require`d from dist/data/ on first use. (tsup's rollup tree-shaking is
  // off here: it would turn those requires into a dynamic shim that bundlers cannot follow.)
  {
    ...library,
    format: ['cjs'],
    platform: 'node',
    treeshake: false,
    external: ['zod', /^\.\/data\//],
    esbuildPlugins: [lazyCollections('node', '.cjs')],
    // As for the Node ESM build: whitespace and syntax only, so there is less for `require` to compile.
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
  // ESM for Node (the "node" export condition): collections read from dist/data/ on first use.
  {
    ...library,
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    platform: 'node',
    dts: false,
    outExtension: () => ({ js: '.mjs' }),
    esbuildPlugins: [lazyCollections('node-esm', '.ts')],
    // Whitespace and syntax only (names kept, so stack traces stay readable): less for Node to parse.
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
  },
  {
    // The `csto` command: Node only, and CommonJS: a command pays for its start on every run, and
    // Node starts a CommonJS file without its ES module loader, a few milliseconds less. It
    // `require`s the built CommonJS entry (collections read from dist/data/ on first use) rather
    // than a copy of the library.
    entry: { cli: 'src/bin.ts' },
    format: ['cjs'],
    target: 'node18',
    platform: 'node',
    dts: false,
    clean: false,
    splitting: false,
    // `import.meta.url` (for the files `csto export` reads) as CommonJS knows it, path-encoded; and,
    // before anything else is required, Node's compile cache (Node 22.8+; a no-op before): a command
    // run again and again then skips compiling itself and the library, most of what it costs above a
    // bare start. Not in CI, where the first, cache-writing run is usually the only one (as the
    // Netlify CLI does). NODE_DISABLE_COMPILE_CACHE=1 turns it off.
    define: { 'import.meta.url': '__csto_cli_url' },
    banner: {
      js: "'use strict'; if (!process.env.CI) require('node:module').enableCompileCache?.(); const __csto_cli_url = require('node:url').pathToFileURL(__filename).href;",
    },
    outExtension: () => ({ js: '.cjs' }),
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
    esbuildPlugins: [
      {
        name: 'csto-cli-uses-cjs-entry',
        setup(build) {
          build.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: './index.cjs', external: true }));
        },
      },
    ],
  },
]);
