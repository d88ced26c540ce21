import { defineConfig, type Options } from 'tsup';
import { nodeCollections } from './scripts/lib/node-collections.js';

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
  // CommonJS: the schemas, and the types of the CommonJS entry. The Node entries themselves
  // (dist/index.cjs, dist/index.node.mjs and their chunks in dist/node/) are built next, by
  // scripts/build-node.ts: split by module, so a process compiles only the helpers it uses.
  {
    ...library,
    entry: { schema: 'src/schema/index.ts' },
    dts: { ...library.dts as object, entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' } },
    format: ['cjs'],
    platform: 'node',
  },
  // ESM for Node (the "node" export condition): collections read from dist/data/ on first use. One
  // file: an ES module cannot load code synchronously on first use, and an ES module that reaches
  // the CommonJS chunks (createRequire, or re-exporting dist/index.cjs) cost Node 20 more than
  // compiling this whole file (measured; see docs/performance.md).
  {
    ...library,
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    platform: 'node',
    dts: false,
    outExtension: () => ({ js: '.mjs' }),
    esbuildPlugins: [nodeCollections('node-esm')],
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
    // than a copy of the library. Started by dist/cli.cjs (src/launch.ts, built last by
    // scripts/build-cli.ts), which turns on a compile cache first.
    entry: { 'cli-main': 'src/bin.ts' },
    format: ['cjs'],
    target: 'node18',
    platform: 'node',
    dts: false,
    clean: false,
    splitting: false,
    // `import.meta.url` (for the files `csto export` reads) as CommonJS knows it, path-encoded.
    define: { 'import.meta.url': '__csto_cli_url' },
    banner: {
      js: "'use strict'; const __csto_cli_url = require('node:url').pathToFileURL(__filename).href;",
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
