import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: main entry and the zod schemas, ESM and CJS, each with its own declarations.
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false, // `npm run build` empties dist/ once, before both builds
    treeshake: true,
    splitting: false,
    sourcemap: false,
    external: ['zod'],
  },
  {
    // The `csto` command: Node only, and it imports the built main entry rather than a copy of it.
    entry: { cli: 'src/bin.ts' },
    format: ['esm'],
    target: 'node18',
    platform: 'node',
    dts: false,
    clean: false,
    splitting: false,
    external: [/^\.\/index\.js$/],
  },
]);
