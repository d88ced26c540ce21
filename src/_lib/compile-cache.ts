/**
 * A compile cache for the `csto` command on a Node without one of its own (before 22.1).
 *
 * A command pays for its start on every run, and most of what `csto chair 2024` costs above a bare
 * `node` start is compiling the command and the library's chunks (about 60 kB). Node 22.1 and later
 * keep the compiled code between runs (`module.enableCompileCache`), which the command turns on
 * where it exists; on an older Node this does the same for the package's own files only: each is
 * compiled with the code V8 produced for it on an earlier run, and the code of a file run without
 * one is written when the process exits, the functions compiled while it ran included.
 *
 * V8 checks a cached code against the length of the source, not its content, so the cache is kept
 * per build: `build` is a digest of the package's code written in by the build
 * (scripts/build-cli.ts), and a file of another build is never read. The cache lives where Node
 * keeps its own (`NODE_COMPILE_CACHE`, or `node-compile-cache` in the temporary directory), in a
 * directory that must belong to the user and be writable by no one else, because whoever can write
 * it can run code as the user; otherwise, and for any error, the command compiles as usual.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';

/** What Node's CommonJS loader has and its types do not show. */
interface LoaderModule {
  require(id: string): unknown;
  exports: unknown;
  filename: string;
  _compile(content: string, filename: string): unknown;
}
interface Loader {
  prototype: LoaderModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: LoaderModule, isMain: boolean, options?: unknown): string;
  _cache: unknown;
  _extensions: unknown;
}

/** The directory for this build's cache, created if need be; `undefined` when it is not safely the user's. */
export function cacheDirectory(build: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const base = env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache');
  const parent = join(base, 'csto-data');
  const dir = join(parent, `${build}-${process.version}-${process.arch}`);
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  /** A directory (not a link to one) of the user's that no one else can write (where users have ids). */
  const safe = (d: string) => {
    const stat = lstatSync(d, { throwIfNoEntry: false });
    return stat !== undefined && stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
  };
  try {
    if (lstatSync(dir, { throwIfNoEntry: false }) === undefined) mkdirSync(dir, { recursive: true, mode: 0o700 });
    return safe(dir) && safe(parent) && safe(base) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compiles the files `ours` accepts (the package's own, by path) with the code cached in `dir`,
 * and writes the code of those compiled without it when the process exits.
 */
export function cacheCompiledCode(dir: string, ours: (filename: string) => boolean, root: string): void {
  const loader = Module as unknown as Loader;
  const compile = loader.prototype._compile;
  const toWrite: Array<[file: string, script: Script]> = [];
  loader.prototype._compile = function compileWithCache(this: LoaderModule, content: string, filename: string) {
    if (!ours(filename)) return compile.call(this, content, filename);
    const file = join(dir, relative(root, filename).split(sep).join('__'));
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // not cached yet
    }
    const script = new Script(loader.wrap(content.startsWith('#!') ? `//${content}` : content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected === true) toWrite.push([file, script]);
    const module = this;
    const require = Object.assign((id: string) => module.require(id), {
      resolve: (request: string, options?: unknown) => loader._resolveFilename(request, module, false, options),
      main: process.mainModule,
      cache: loader._cache,
      extensions: loader._extensions,
    });
    const run = script.runInThisContext() as (...args: unknown[]) => unknown;
    return run.call(module.exports, module.exports, require, module, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const [file, script] of toWrite) {
      try {
        // Written whole under another name, then renamed: a command started meanwhile reads the old file or the new one.
        const partial = `${file}.${process.pid}`;
        const fd = openSync(partial, 'w', 0o600);
        try {
          writeSync(fd, script.createCachedData());
        } finally {
          closeSync(fd);
        }
        renameSync(partial, file);
      } catch {
        // a cache not written is only a slower next start
      }
    }
  });
}
