/**
 * The CommonJS entry for Node, dist/index.cjs, which compiles only the helpers a process uses.
 *
 * A process that asks one question should not compile the other forty helpers: on a 60 ms Node
 * start, compiling and running the whole library (about 55 kB) was 2–3 ms, more than the question.
 * So each module of src/ that the package's exports come from (src/chairmanships.ts,
 * src/meetings.ts, …) is built into a chunk of its own under dist/node/:
 *
 * - the private code it uses (src/_lib/, src/generated/) and the constants it reads (the
 *   vocabularies: frozen data) are copied in;
 * - every other module of src/ stays in its own chunk, reached through a small proxy that requires
 *   that chunk when one of its exports is first read, so that each collection, index and class
 *   (`UnknownIdError`) exists once per process whichever helper reached it first, and meeting(id)
 *   never loads the memberships that attendance(id) reads.
 *
 * dist/index.cjs exports each function as a wrapper that requires its module's chunk on the first
 * call, and the classes and constants as getters on core.cjs.
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

/** One value export: its name, the module that declares it, and what it is. */
interface Export {
  name: string;
  module: string;
  /** A plain function (answered through a wrapper that loads its chunk), a class, or another value. */
  kind: 'function' | 'class' | 'value';
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
    const kind = ts.isFunctionDeclaration(declaration) ? 'function' : ts.isClassDeclaration(declaration) ? 'class' : 'value';
    out.push({ name: symbol.name, module: declaration.getSourceFile().fileName, kind });
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
/** The modules that declare a class: never copied, since a class must be one object (`instanceof UnknownIdError`). */
const classModules = new Set(exports.filter((e) => e.kind === 'class').map((e) => e.module));
/**
 * The modules of the other exported values (the vocabularies, `dataAsOf`, `MAX_TEXT_QUERY`): frozen
 * data, copied into every chunk that uses them, so that no chunk waits on another for a constant.
 */
const constantModules = new Set(exports.filter((e) => e.kind === 'value' && !classModules.has(e.module)).map((e) => e.module));
/** What the entry reads from core.cjs: the classes and constants, and any function of a constants' module. */
const inCore = (e: Export) => e.kind !== 'function' || constantModules.has(e.module);
/** The modules of the functions: a chunk each, required on a first call. */
const lazyModules = [...new Set(exports.filter((e) => !inCore(e)).map((e) => e.module))];

/**
 * Builds one chunk from `entry` (a module of src/, or core.cjs's generated entry) with the private
 * code and the constants it uses, every other module of src/ left to its own chunk and required
 * from there. (Private helpers hold no state that matters when copied: caches at most.)
 */
async function chunk(name: string, entry: string): Promise<void> {
  const split: Plugin = {
    name: 'csto-chunks',
    setup(b) {
      // A module of src/, by a relative path (`./meetings.js`, from another module) or an absolute one (core.cjs's entry).
      b.onResolve({ filter: /^(\.\.?\/[a-z-]+\.js|\/.*\.ts)$/ }, (args) => {
        const module = args.path.startsWith('/') ? args.path : join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (dirname(module) !== src || module.endsWith('/types.ts') || module === entry || constantModules.has(module)) return undefined;
        return { path: module, namespace: 'csto-chunk' };
      });
      // Another module's chunk, required when one of its exports is first read: meeting(id) never
      // loads the memberships that attendance(id) reads, nor the error class it throws only for an
      // unknown id. The proxy is CommonJS, so that the bundle reads each export as a property when
      // used (a getter), not once when the chunk loads.
      b.onLoad({ filter: /.*/, namespace: 'csto-chunk' }, (args) => ({
        loader: 'js',
        resolveDir: chunks,
        contents:
          `let m;const chunk=()=>m??=require(${JSON.stringify(`./${chunkName(args.path)}.cjs`)});\n` +
          `Object.defineProperties(exports,{${exportsOf(args.path).map((e) => `${e.name}:{enumerable:true,get:()=>chunk().${e.name}}`).join(',')}});\n`,
      }));
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
writeFileSync(coreEntry, exports.filter(inCore).map((e) => `export { ${e.name} } from ${JSON.stringify(e.module)};`).join('\n'));
const closure = new Set(lazyModules);
/** Every module a chunk requires gets its chunk too (found by reading the chunk just built). */
const requiredBy = (name: string) => {
  for (const [, required] of readFileSync(join(chunks, `${name}.cjs`), 'utf8').matchAll(/require\("\.\/([a-z-]+)\.cjs"\)/g)) closure.add(join(src, `${required}.ts`));
};
await chunk('core', coreEntry);
rmSync(coreEntry);
requiredBy('core');
for (const module of closure) {
  await chunk(chunkName(module), module);
  requiredBy(chunkName(module));
}

// The entry is compiled by every process that requires the package, so it is written small: a
// loader per chunk (each `require` a plain string, for tools that follow them); a wrapper per
// function, each its own code so that a call site stays monomorphic (one shared wrapper made every
// call 10–20 ns slower); and the classes and constants as getters on core.cjs, so that a process
// that never reads one never loads it.
const byModule = new Map(lazyModules.map((m, i) => [m, i]));
writeFileSync(
  join(dist, 'index.cjs'),
  `// Generated by scripts/build-node.ts. Each function requires its module's chunk (./node/) on its first call.\n'use strict';\n` +
    `let ${lazyModules.map((_, i) => `m${i}`).join(',')},core;\n` +
    lazyModules.map((m, i) => `const c${i}=()=>m${i}??=require(${JSON.stringify(`./node/${chunkName(m)}.cjs`)});`).join('') +
    '\n' +
    exports
      .filter((e) => !inCore(e))
      .map((e) => `exports.${e.name}=function ${e.name}(...a){return c${byModule.get(e.module)}().${e.name}(...a)};`)
      .join('\n') +
    `\nfor(const name of ${JSON.stringify(exports.filter(inCore).map((e) => e.name))})Object.defineProperty(exports,name,{enumerable:true,get:()=>(core??=require('./node/core.cjs'))[name]});\n`,
);
console.log(`build-node: ${exports.length} exports; core.cjs and ${closure.size} chunks in dist/node/`);
