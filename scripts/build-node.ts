/**
 * The CommonJS entry for Node, dist/index.cjs, which compiles only the helpers a process uses.
 *
 * A process that asks one question should not compile the other forty helpers: on a 60 ms Node
 * start, compiling and running the whole library (about 55 kB) was 2–3 ms, more than the question.
 * So each module of src/ that the package's exports come from (src/chairmanships.ts,
 * src/meetings.ts, …) is built into a chunk of its own under dist/node/, with the private code it
 * uses (src/_lib/, src/generated/) copied in; a module it imports from src/ stays in that module's
 * chunk and is required from there, so that each collection, index and class exists once per
 * process whichever helper reached it first.
 *
 * dist/index.cjs exports each function as a wrapper that requires its module's chunk on the first
 * call, and the classes and constants (`UnknownIdError`, the vocabularies, `dataAsOf`) as getters
 * on core.cjs, the chunk of the modules that define them, which the other chunks share.
 *
 * The ES module entry for Node (dist/index.node.mjs) is not built here but by tsup, as one file:
 * an ES module cannot load code synchronously on first use, and reaching these chunks from one
 * (through `createRequire`, or by re-exporting dist/index.cjs) cost Node 20 more than compiling the
 * whole library as ESM (measured; see docs/performance.md).
 *
 * What the package exports comes from src/index.ts through the TypeScript checker: the barrel stays
 * the one list of exports, and each name is traced to the module that declares it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { nodeCollections } from './lib/node-collections.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const chunks = join(dist, 'node');

/** One value export of the package: its name, the module that defines it, and whether it is a plain function. */
interface Export {
  name: string;
  module: string;
  lazy: boolean;
}

const index = join(src, 'index.ts');
const program = ts.createProgram([index], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();

/** The value exports of a module of src/, each traced to its declaration. */
function exportsOf(module: string): Export[] {
  const file = program.getSourceFile(module);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (moduleSymbol === undefined) throw new Error(`build-node: ${module} has no exports`);
  const out: Export[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & ts.SymbolFlags.Value)) continue; // types only
    const declaration = target.declarations?.[0];
    if (declaration === undefined) throw new Error(`build-node: no declaration for ${symbol.name}`);
    out.push({ name: symbol.name, module: declaration.getSourceFile().fileName, lazy: ts.isFunctionDeclaration(declaration) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The value exports of src/index.ts. */
function publicExports(): Export[] {
  const out = exportsOf(index);
  const here = out.find((e) => e.module === index);
  if (here !== undefined) throw new Error(`build-node: ${here.name} is declared in src/index.ts; declare it in a module and re-export it`);
  return out;
}

/** A chunk's name for a source module: src/chairmanships.ts → chairmanships. */
const chunkName = (module: string) => basename(module, '.ts');

const exports = publicExports();
/** The modules of the classes and constants, which the entry must hold from the start: one chunk, core.cjs. */
const core = new Set(exports.filter((e) => !e.lazy).map((e) => e.module));
/** The modules of the functions: a chunk each, required on a first call. */
const lazyModules = [...new Set(exports.filter((e) => e.lazy).map((e) => e.module))].filter((m) => !core.has(m));

/**
 * Builds one chunk: `unit` (a module of src/, or the core modules together) bundled with the
 * private code it uses (src/_lib/, src/generated/), every other module of src/ left to its own
 * chunk and required from there, so that each collection, index and class exists once per
 * process. (Private helpers hold no state that matters when copied: caches at most.)
 */
async function chunk(name: string, entry: string, unit: (module: string) => boolean): Promise<void> {
  const split: Plugin = {
    name: 'csto-chunks',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\/[a-z-]+\.js$/ }, (args) => {
        const module = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (dirname(module) !== src || module.endsWith('/types.ts') || unit(module)) return undefined;
        if (core.has(module)) return { path: './core.cjs', external: true };
        return { path: module, namespace: 'csto-chunk' };
      });
      // Another module's chunk, required when one of its functions is first called: meeting(id)
      // never loads the memberships that attendance(id) needs. Its constants, if any are imported,
      // are read when this chunk loads.
      b.onLoad({ filter: /.*/, namespace: 'csto-chunk' }, (args) => {
        const file = JSON.stringify(`./${chunkName(args.path)}.cjs`);
        return {
          loader: 'js',
          resolveDir: chunks,
          contents:
            `let m;const chunk=()=>m??=require(${file});\n` +
            exportsOf(args.path)
              .map((e) => (e.lazy ? `export function ${e.name}(...a){return chunk().${e.name}(...a)}` : `export const ${e.name}=chunk().${e.name};`))
              .join('\n'),
        };
      });
      b.onResolve({ filter: /^\.\/[a-z-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    outfile: join(chunks, `${name}.cjs`),
    // Whitespace and syntax only (names kept, so stack traces stay readable): less for Node to parse.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    plugins: [split, nodeCollections('node')],
  });
}

rmSync(chunks, { recursive: true, force: true });
mkdirSync(chunks, { recursive: true });
const coreEntry = join(chunks, 'core-entry.ts');
writeFileSync(coreEntry, [...core].map((m) => `export * from ${JSON.stringify(m)};`).join('\n'));
await chunk('core', coreEntry, (m) => core.has(m));
rmSync(coreEntry);
const closure = new Set(lazyModules);
// Every module a chunk requires gets its chunk too (found by reading the chunks just built).
for (const module of closure) {
  await chunk(chunkName(module), module, (m) => m === module);
  for (const [, required] of readFileSync(join(chunks, `${chunkName(module)}.cjs`), 'utf8').matchAll(/require\("\.\/([a-z-]+)\.cjs"\)/g)) {
    if (required !== 'core') closure.add(join(src, `${required}.ts`));
  }
}

const loaderOf = new Map(lazyModules.map((m, i) => [m, `(m${i}??=require(${JSON.stringify(`./node/${chunkName(m)}.cjs`)}))`]));
// Short names: this file is compiled by every process that requires the package.
const lazyExport = (e: Export) => e.lazy && !core.has(e.module);
const wrapper = (e: Export) => `function ${e.name}(...a){return${loaderOf.get(e.module)}.${e.name}(...a)}`;
const HEADER = `// Generated by scripts/build-node.ts. Each function requires its module's chunk (./node/) on its first call.\n`;
const slots = `let k,${lazyModules.map((_, i) => `m${i}`).join(',')};const core=()=>k??=require('./node/core.cjs');\n`;

// CommonJS: the classes and constants are getters too, so that a process that never reads one never
// loads core.cjs. Each export is written in a form Node's cjs-module-lexer reads (a getter that
// returns `c.NAME`; `c` holds the lazy getters), so that an ES module importing this file gets
// every name.
const eager = exports.filter((e) => !lazyExport(e));
writeFileSync(
  join(dist, 'index.cjs'),
  `${HEADER}'use strict';\n${slots}` +
    `const c={${eager.map((e) => `get ${e.name}(){return core().${e.name}}`).join(',')}};\n` +
    exports
      .map((e) =>
        lazyExport(e)
          ? `exports.${e.name}=${wrapper(e)};`
          : `Object.defineProperty(exports,${JSON.stringify(e.name)},{enumerable:true,get(){return c.${e.name}}});`,
      )
      .join('\n') +
    '\n',
);
console.log(`build-node: ${exports.length} exports, core and ${closure.size} chunks in dist/node/`);
