/**
 * The package as published: `npm pack`, installed into throwaway projects that compile with `tsc`
 * under several module settings and run; a browser bundle built with esbuild; the tree-shaking of
 * a bundle that imports one helper; and what the tarball contains.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let work: string;
let tarball: string;

function sh(file: string, args: string[], cwd: string): string {
  try {
    return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** A project with the packed csto-data installed, and the given files. */
function project(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], dir);
  return dir;
}

/** Code every TypeScript consumer compiles: real answers, and a typo in an id that must not compile. */
const TS_BODY = `
const term = chairFor(2024);
const astana = attendance('2024-11-28-csc-astana');
export function neverCalled() {
  // @ts-expect-error -- a misspelt meeting id is a compile error, so the types are not \`any\`
  attendance('2024-11-28-csc-astna');
  // @ts-expect-error -- not a state
  isMember('KAZZ', '2024-01-01');
}
const state: StateId | undefined = term?.state;
console.log(JSON.stringify({ chair: state, absent: astana.absent, member: isMember('Uzbekistan', '2013-01-01') }));
`;
const EXPECTED = { chair: 'KAZ', absent: ['ARM'], member: false };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'csto-consumers-'));
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root)) as Array<{ filename: string }>;
  tarball = join(work, packed[0]!.filename);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the package as published', { timeout: 60_000 }, () => {
  it('ESM with moduleResolution nodenext: compiles and runs', () => {
    const dir = project('esm-nodenext', {
      'package.json': JSON.stringify({ type: 'module', private: true }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, outDir: 'out', types: [] } }),
      'index.ts': `import { attendance, chairFor, isMember, type StateId } from 'csto-data';\n${TS_BODY}`,
    });
    sh(process.execPath, [tsc, '-p', '.'], dir);
    expect(JSON.parse(sh(process.execPath, ['out/index.js'], dir))).toEqual(EXPECTED);
  });

  it('ESM with moduleResolution bundler: compiles and runs', () => {
    const dir = project('esm-bundler', {
      'package.json': JSON.stringify({ type: 'module', private: true }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', strict: true, outDir: 'out', types: [] } }),
      'index.ts': `import { attendance, chairFor, isMember, type StateId } from 'csto-data';\n${TS_BODY}`,
    });
    sh(process.execPath, [tsc, '-p', '.'], dir);
    expect(JSON.parse(sh(process.execPath, ['out/index.js'], dir))).toEqual(EXPECTED);
  });

  it('CommonJS: TypeScript (node16) and plain require both work', () => {
    const dir = project('cjs', {
      'package.json': JSON.stringify({ private: true }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, outDir: 'out', types: [] } }),
      'index.ts': `import { attendance, chairFor, isMember, type StateId } from 'csto-data';\n${TS_BODY}`,
      'plain.cjs': `const { chairFor, UnknownIdError, meeting } = require('csto-data');
let unknown = false;
try { meeting('nope'); } catch (e) { unknown = e instanceof UnknownIdError; }
console.log(JSON.stringify({ chair: chairFor(2025).state, unknown }));`,
      'schema.cjs': `try { require('csto-data/schema'); console.log('loaded'); } catch (e) { console.log(e.code); }`,
    });
    sh(process.execPath, [tsc, '-p', '.'], dir);
    expect(readFileSync(join(dir, 'out', 'index.js'), 'utf8')).toContain('require("csto-data")');
    expect(JSON.parse(sh(process.execPath, ['out/index.js'], dir))).toEqual(EXPECTED);
    expect(JSON.parse(sh(process.execPath, ['plain.cjs'], dir))).toEqual({ chair: 'KGZ', unknown: true });
    // zod is an optional peer: the schema subpath needs it, the main entry never does.
    expect(sh(process.execPath, ['schema.cjs'], dir).trim()).toBe('MODULE_NOT_FOUND');
  });

  it("CommonJS: the library's own copy neither changes nor evicts a consumer's required JSON", () => {
    const dir = project('cjs-cache', {
      'package.json': JSON.stringify({ private: true }),
      'cache.cjs': `const mine = require('csto-data/data/meetings.json');
mine.reverse(); // a consumer's own, mutated copy
const { meeting, meetings } = require('csto-data');
const first = meetings()[0].id;
const again = require('csto-data/data/meetings.json');
console.log(JSON.stringify({ same: again === mine, first, held: meeting('2024-11-28-csc-astana').status }));`,
    });
    const out = JSON.parse(sh(process.execPath, ['cache.cjs'], dir));
    expect(out).toEqual({ same: true, first: expect.stringMatching(/^1992-/), held: 'held' });
  });

  it('runs as `npx csto-data` from a fresh folder with only the tarball', () => {
    const dir = join(work, 'npx-fresh');
    mkdirSync(dir, { recursive: true });
    const out = sh('npm', ['exec', '--yes', '--offline', `--package=${tarball}`, '--', 'csto-data', 'chair', '2024'], dir);
    expect(out).toMatch(/^2024: Kazakhstan \(Kassym-Jomart Tokayev\)/);
  });

  it('types imported JSON as the records, so it is assignable to them (ESM, bundler and CommonJS)', () => {
    const check = `import type { Meeting, Statement } from 'csto-data';
const mine: readonly Meeting[] = meetings;
const quotes: readonly Statement[] = statements;
// @ts-expect-error -- typed, not any
const wrong: number = meetings;
console.log(JSON.stringify({ meetings: mine.length > 40, statements: quotes.length > 100, wrong: typeof wrong }));`;
    const esm = `import meetings from 'csto-data/data/meetings.json' with { type: 'json' };\nimport statements from 'csto-data/data/statements.json' with { type: 'json' };\n${check}`;
    const cjs = `import meetings = require('csto-data/data/meetings.json');\nimport statements = require('csto-data/data/statements.json');\n${check}`;
    const dir = project('json-types', {
      'package.json': JSON.stringify({ type: 'module', private: true }),
      'nodenext/tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['a.ts', 'b.cts'] }),
      'nodenext/a.ts': esm,
      'nodenext/b.cts': cjs,
      'bundler/tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['a.ts'] }),
      'bundler/a.ts': esm,
    });
    sh(process.execPath, [tsc, '-p', 'nodenext'], dir);
    sh(process.execPath, [tsc, '-p', 'bundler'], dir);
  });

  it('ships JSON and CSV exports and JSON Schemas as subpaths', () => {
    const dir = project('data-subpaths', {
      'package.json': JSON.stringify({ type: 'module', private: true }),
      'read.mjs': `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const meetings = require('csto-data/data/meetings.json');
const csv = readFileSync(require.resolve('csto-data/data/attendance.csv'), 'utf8');
const schema = require('csto-data/schemas/meeting.schema.json');
console.log(JSON.stringify({ meetings: meetings.length, header: csv.split('\\r\\n')[0], schemaType: schema.type }));`,
    });
    const out = JSON.parse(sh(process.execPath, ['read.mjs'], dir));
    expect(out.meetings).toBeGreaterThan(40);
    expect(out.header).toBe('meeting,date,date_precision,date_earliest,date_latest,date_edtf,state,status,delegate,level,sources,source_urls,note');
    expect(out.schemaType).toBe('object');
  });

  it('bundles for the browser with esbuild, with no Node built-ins', async () => {
    const dir = project('browser', {
      'package.json': JSON.stringify({ private: true }),
      'entry.js': `import { chairFor, attendance } from 'csto-data';\nglobalThis.result = { chair: chairFor(2024).state, absent: attendance('2024-11-28-csc-astana').absent };`,
    });
    const result = await build({
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      minify: true,
      write: false,
      absWorkingDir: dir,
    });
    const code = result.outputFiles[0]!.text;
    const sandbox: Record<string, unknown> = {};
    runInNewContext(code, { globalThis: sandbox });
    expect(sandbox['result']).toEqual({ chair: 'KAZ', absent: ['ARM'] });
  });

  it('tree-shakes: a bundle importing only chairFor holds no meetings or statements', async () => {
    const dir = project('tree-shaking', {
      'package.json': JSON.stringify({ private: true }),
      'entry.js': `import { chairFor } from 'csto-data';\nconsole.log(chairFor(2024).state);`,
    });
    const result = await build({ entryPoints: [join(dir, 'entry.js')], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, absWorkingDir: dir });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toContain('2024-11-28-csc-astana'); // a meeting id
    expect(code).not.toContain('The Afghan issue'); // a statement's quote
    expect(code).not.toContain('washingtonoutsider'); // a source id only meetings and statements cite
    expect(code).toContain('kassym-jomart-tokayev'); // chairmanships are in
    console.log(`csto-data: a minified bundle importing only chairFor is ${code.length} bytes`);
    expect(code.length).toBeLessThan(20_000);
  });

  it('holds to its size budgets (size-limit)', () => {
    const out = sh(process.execPath, [join(root, 'node_modules', 'size-limit', 'bin.js'), '--json'], root);
    const budgets = JSON.parse(out) as Array<{ name: string; passed: boolean; size: number }>;
    for (const b of budgets) console.log(`csto-data: ${b.name}: ${b.size} bytes`);
    expect(budgets.length).toBe(2);
    expect(budgets.every((b) => b.passed)).toBe(true);
  });

  it('packs what users need and nothing else', () => {
    const [info] = JSON.parse(sh('npm', ['pack', '--dry-run', '--json'], root)) as Array<{ files: Array<{ path: string }> }>;
    const paths = info!.files.map((f) => f.path);
    for (const path of paths) expect(path).toMatch(/^(dist\/|README\.md$|CHANGELOG\.md$|LICENSE$|LICENSE-DATA\.md$|CITATION\.cff$|package\.json$)/);
    for (const needed of ['dist/index.js', 'dist/index.cjs', 'dist/index.node.mjs', 'dist/data/statements.json', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/schema.js', 'dist/cli.cjs', 'dist/cli-main.cjs', 'dist/search/statements.txt', 'dist/search/statements-ids.txt', 'dist/data/meetings.csv', 'dist/schemas/meeting.schema.json', 'LICENSE', 'LICENSE-DATA.md', 'CITATION.cff', 'dist/data/datapackage.json', 'dist/data/state-years.csv', 'dist/data/state-years.json', 'dist/data/state-meetings.csv', 'dist/data/state-meetings.json', 'dist/data/crosswalk.csv']) {
      expect(paths).toContain(needed);
    }
  });
});
