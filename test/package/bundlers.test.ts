/**
 * Every bundler and runtime users reach for, from the packed tarball: each bundle is written to a
 * folder of its own outside the consumer project (so nothing can be read from node_modules at run
 * time), run, and asked the same three questions. Node bundles run with node; browser and edge
 * bundles run in a fresh V8 context that has no Node globals (no require, process or Buffer), where
 * they leave their answer on globalThis.
 *
 * The tools are dev dependencies (installed once by `npm ci`); the targets run concurrently.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { build as esbuild, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
let work: string;
let consumer: string;

/** The questions every bundle answers: a bundle prints them where it has a `process` (Node, Bun) or is in Deno. */
const ENTRY = `import { attendance, chairFor, statements } from 'csto-data';
const answer = JSON.stringify({
  chair: chairFor(2024)?.state,
  absent: attendance('2024-11-28-csc-astana').absent,
  found: statements({ text: 'peacekeeping' }).length > 0,
});
globalThis.answer = answer;
if (typeof process === 'object' || typeof Deno === 'object') console.log(answer);
`;
const EXPECTED = { chair: 'KAZ', absent: ['ARM'], found: true };

async function sh(file: string, args: string[], cwd: string): Promise<string> {
  try {
    return (await run(file, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 24 })).stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** An empty folder of its own for one target's output. */
function outDir(name: string): string {
  const dir = join(work, 'out', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs a Node bundle from its own folder and reads its answer. */
async function runNode(file: string): Promise<unknown> {
  return JSON.parse(await sh(process.execPath, [file], join(file, '..')));
}

/** Runs a script bundle in a V8 context with nothing but the language's own globals. */
function runIsolated(code: string): unknown {
  expect(code).not.toMatch(/\brequire\(["']node:|\bprocess\.versions\b/);
  const context: Record<string, unknown> = {};
  runInNewContext(code, context);
  return JSON.parse(context['answer'] as string);
}

async function bundleWithEsbuild(name: string, options: BuildOptions): Promise<string> {
  const file = join(outDir(name), `bundle.${options.format === 'cjs' ? 'cjs' : options.format === 'esm' ? 'mjs' : 'js'}`);
  await esbuild({ entryPoints: [join(consumer, 'entry.mjs')], bundle: true, outfile: file, logLevel: 'silent', absWorkingDir: consumer, ...options });
  return file;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'csto-bundlers-'));
  const packed = JSON.parse(await sh('npm', ['pack', '--json', '--pack-destination', work], root)) as Array<{ filename: string }>;
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  writeFileSync(join(consumer, 'entry.mjs'), ENTRY);
  await sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', join(work, packed[0]!.filename)], consumer);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('plain Node keeps the lazily loading builds (docs/performance.md)', () => {
  it('resolves dist/index.node.mjs for import and dist/index.cjs for require', async () => {
    const esm = await sh(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('csto-data'))"], consumer);
    const cjs = await sh(process.execPath, ['-e', "console.log(require.resolve('csto-data'))"], consumer);
    expect(esm.trim()).toMatch(/\/csto-data\/dist\/index\.node\.mjs$/);
    expect(cjs.trim()).toMatch(/\/csto-data\/dist\/index\.cjs$/);
  });
});

describe.concurrent('bundles built from the packed package run and answer', { timeout: 120_000 }, () => {
  it('esbuild --platform=node, ESM', async () => {
    expect(await runNode(await bundleWithEsbuild('esbuild-node-esm', { platform: 'node', format: 'esm' }))).toEqual(EXPECTED);
  });

  it('esbuild --platform=node, CommonJS', async () => {
    expect(await runNode(await bundleWithEsbuild('esbuild-node-cjs', { platform: 'node', format: 'cjs' }))).toEqual(EXPECTED);
  });

  it('esbuild --platform=browser', async () => {
    const file = await bundleWithEsbuild('esbuild-browser', { platform: 'browser', format: 'iife', minify: true });
    expect(runIsolated(readFileSync(file, 'utf8'))).toEqual(EXPECTED);
  });

  it('esbuild --platform=neutral', async () => {
    expect(await runNode(await bundleWithEsbuild('esbuild-neutral', { platform: 'neutral', format: 'esm' }))).toEqual(EXPECTED);
  });

  it('a Web-standard edge bundle (worker conditions, no Node built-ins) in a bare V8 context', async () => {
    const file = await bundleWithEsbuild('edge', { platform: 'neutral', format: 'iife', conditions: ['workerd', 'worker', 'edge-light'], minify: true });
    expect(runIsolated(readFileSync(file, 'utf8'))).toEqual(EXPECTED);
  });

  for (const target of ['node', 'web'] as const) {
    it(`webpack 5, target ${target}`, async () => {
      const { default: webpack } = await import('webpack');
      const path = outDir(`webpack-${target}`);
      const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
        webpack(
          { mode: 'production', target, context: consumer, entry: './entry.mjs', output: { path, filename: 'bundle.cjs' }, optimization: { minimize: false } },
          (error, result) => (error || result === undefined ? reject(error) : resolve(result)),
        ),
      );
      expect(stats.hasErrors(), stats.toString('errors-only')).toBe(false);
      const file = join(path, 'bundle.cjs');
      expect(target === 'node' ? await runNode(file) : runIsolated(readFileSync(file, 'utf8'))).toEqual(EXPECTED);
    });
  }

  it('Rollup with @rollup/plugin-node-resolve', async () => {
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const bundle = await rollup({ input: join(consumer, 'entry.mjs'), plugins: [nodeResolve()], onwarn: () => {} });
    const file = join(outDir('rollup'), 'bundle.mjs');
    await bundle.write({ file, format: 'esm' });
    expect(await runNode(file)).toEqual(EXPECTED);
  });

  it('Vite, client build', async () => {
    const { build } = await import('vite');
    const path = outDir('vite-client');
    await build({
      root: consumer,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: path, emptyOutDir: false, lib: { entry: join(consumer, 'entry.mjs'), formats: ['iife'], name: 'csto', fileName: () => 'bundle.js' } },
    });
    expect(runIsolated(readFileSync(join(path, 'bundle.js'), 'utf8'))).toEqual(EXPECTED);
  });

  it('Vite, SSR build with the package bundled in', async () => {
    const { build } = await import('vite');
    const path = outDir('vite-ssr');
    await build({
      root: consumer,
      configFile: false,
      logLevel: 'silent',
      ssr: { noExternal: true },
      build: { outDir: path, emptyOutDir: false, ssr: join(consumer, 'entry.mjs'), rollupOptions: { output: { entryFileNames: 'bundle.mjs' } } },
    });
    expect(await runNode(join(path, 'bundle.mjs'))).toEqual(EXPECTED);
  });

  it('bun build --target=node', async () => {
    const file = join(outDir('bun-node'), 'bundle.mjs');
    await sh(bin('bun'), ['build', 'entry.mjs', '--target=node', `--outfile=${file}`], consumer);
    expect(await runNode(file)).toEqual(EXPECTED);
  });

  it('bun build --compile: a single binary', async () => {
    const file = join(outDir('bun-compile'), 'csto-answer');
    await sh(bin('bun'), ['build', 'entry.mjs', '--compile', `--outfile=${file}`], consumer);
    expect(JSON.parse(await sh(file, [], join(file, '..')))).toEqual(EXPECTED);
  });

  it('Deno runs the package from node_modules', async () => {
    const out = await sh(bin('deno'), ['run', '--quiet', '--allow-read', '--allow-env', 'entry.mjs'], consumer);
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });
});
