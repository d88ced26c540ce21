// csto-data benchmark: `npm run bench` (builds first). Everything is measured from consumer
// projects that install the packed tarball, and every figure that has a target is printed as a
// ratio taken within this one run, with PASS or FAIL beside it. With `--write` the run is recorded
// in docs/performance.md. Timings are never asserted in tests.
//
// 1. Import + one question, ESM and CJS, as a ratio of the empty package of the same kind, ×1 and ×100.
// 2. The CLI, `csto chair 2024`, as a ratio of a bare `node` start; then peers (other data packages) doing a comparable lookup.
// 3. Lookups, each beside a naive find/filter over the shipped JSON as `JSON.parse` gives it.
// 4. Iterating what the library returns, beside iterating the shipped JSON.
// 5. Growth: every helper family asked of its own collection replicated ×1, ×10, ×100.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { cleanup, consumerProject, plainJson, scaledProject } from './bench/setup.mjs';

const root = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 41);
/** The Node that runs every measured process: this one, or another given as BENCH_NODE (a path). */
const NODE = process.env.BENCH_NODE ?? process.execPath;
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
const out = [];
const say = (line = '') => (console.log(line), out.push(line));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
/** Records a target: the measured ratio, the limit, PASS or FAIL. */
const target = (what, ratio, limit, unit = '×') => {
  const pass = ratio <= limit;
  results.push({ what, value: unit === '×' ? `${ratio.toFixed(3)}×` : `${ratio.toFixed(2)} ${unit}`, limit: `≤ ${limit}${unit === '×' ? '×' : ` ${unit}`}`, pass });
  return pass;
};

function timeProcess(args, cwd, stdout = 'ignore', env = process.env) {
  const start = process.hrtime.bigint();
  execFileSync(args[0] === 'node' ? NODE : args[0], args.slice(1), { cwd, env, stdio: ['ignore', stdout, 'ignore'] });
  return Number(process.hrtime.bigint() - start);
}
/** Median wall time of each command, runs alternating so that load drifts hit all alike. */
function alternate(commands, runs = RUNS) {
  const times = commands.map(() => []);
  for (let i = 0; i < 2; i++) for (const c of commands) timeProcess(c.args, c.cwd, c.stdout, c.env);
  for (let r = 0; r < runs; r++) commands.forEach((c, i) => times[i].push(timeProcess(c.args, c.cwd, c.stdout, c.env)));
  return times.map(median);
}
const esm = (code, cwd) => ({ args: ['node', '--input-type=module', '-e', code], cwd });
const cjs = (code, cwd) => ({ args: ['node', '-e', code], cwd });

/** The questions of the import target, each as ESM and CJS code. */
const QUESTIONS = {
  'chairFor(2024)': ['chairFor', `chairFor(2024)`],
  'meeting(id)': ['meeting', `meeting('2024-11-28-csc-astana')`],
  'attendance(id)': ['attendance', `attendance('2024-11-28-csc-astana')`],
  'statements({ text })': ['statements', `statements({ text: 'afghan' })`],
};

const x1 = consumerProject(root);
const x10 = scaledProject(x1, 10);
const x100 = scaledProject(x1, 100);

say('# csto-data performance');
say();
say(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${NODE_VERSION} for every process timed (the in-process tables: ${process.version}), from consumer projects that install the packed tarball (\`npm pack\`). Ratios are taken within one run (processes alternate, median of ${RUNS}); absolute times vary with the machine's load.`);
say();

// ---- 1. import + one question ----------------------------------------------------------------
say('## Import and one question, as a ratio of the empty package of the same kind');
say();
say('| question | ESM ×1 | CJS ×1 | ESM ×100 | CJS ×100 |');
say('|---|---:|---:|---:|---:|');
for (const [name, [fn, call]] of Object.entries(QUESTIONS)) {
  const row = [];
  for (const [scale, project] of [['×1', x1], ['×100', x100]]) {
    const [emptyEsm, libEsm, emptyCjs, libCjs] = alternate([
      esm(`import 'empty-package';`, project),
      esm(`import { ${fn} } from 'csto-data'; ${call};`, project),
      cjs(`require('empty-package');`, project),
      cjs(`const { ${fn} } = require('csto-data'); ${call};`, project),
    ]);
    const limit = scale === '×1' ? 1.03 : 1.1;
    target(`import + ${name}, ESM, ${scale}`, libEsm / emptyEsm, limit);
    target(`import + ${name}, CJS, ${scale}`, libCjs / emptyCjs, limit);
    row.push((libEsm / emptyEsm).toFixed(3), (libCjs / emptyCjs).toFixed(3));
  }
  say(`| \`${name}\` | ${row[0]} | ${row[1]} | ${row[2]} | ${row[3]} |`);
}
say();

// What reading one small file costs Node the way the library reads one (CommonJS `require('node:fs')`;
// ES module `process.getBuiltinModule`, or on a Node without it `createRequire`, since importing
// node:fs or node:module into an ES module costs more than the read):
// no target, a yardstick for the import rows above, whose cost is otherwise the library's code.
// And what resolving this package's export map costs Node: an empty package with the same map.
const [floorEsm, readEsm, mapEsm, floorCjs, readCjs, mapCjs] = alternate([
  esm(`import 'empty-package';`, x1),
  esm(`import 'empty-package'; const fs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:fs') : (await import('node:module')).createRequire(import.meta.url)('node:fs'); fs.readFileSync('package.json', 'utf8');`, x1),
  esm(`import 'empty-export-map';`, x1),
  cjs(`require('empty-package');`, x1),
  cjs(`require('empty-package'); require('node:fs').readFileSync('package.json', 'utf8');`, x1),
  cjs(`require('empty-export-map');`, x1),
], RUNS * 3); // a difference of a few per cent at most: three times the runs, so that it stands above the noise
say(`Yardsticks, as a ratio of the empty package (no target; median of ${RUNS * 3}): the empty package that also reads one small file as the library does, and an empty package with this package's export map (its conditions for bundlers, Bun and Deno), each file it names empty.`);
say();
say('| | ESM | CJS |');
say('|---|---:|---:|');
say(`| empty package + one small file read | ${(readEsm / floorEsm).toFixed(3)} | ${(readCjs / floorCjs).toFixed(3)} |`);
say(`| empty package with this package's export map | ${(mapEsm / floorEsm).toFixed(3)} | ${(mapCjs / floorCjs).toFixed(3)} |`);
say();

// ---- 2. the CLI -------------------------------------------------------------------------------
const cli = join(x1, 'node_modules', 'csto-data', 'dist', 'cli.cjs');
// The output is read through a pipe, as a script or `| less` reads it. (Sent to a terminal, or to
// /dev/null, which is a character device too, the command also makes the stream Node writes a
// terminal with, to read its width: that costs more.)
// Run as a user runs it, outside CI (where the command keeps no compile cache): the first run
// writes the cache and the runs measured read it; the last row turns the cache off.
const { CI: _ci, ...userEnv } = process.env;
const piped = (args, env = userEnv) => ({ args, cwd: x1, stdout: 'pipe', env });
const [bare, chair, help, uncached] = alternate([
  piped(['node', '-e', '']),
  piped(['node', cli, 'chair', '2024']),
  piped(['node', cli, '--version']),
  piped(['node', cli, 'chair', '2024'], { ...userEnv, NODE_DISABLE_COMPILE_CACHE: '1' }),
]);
say('## The CLI, as a ratio of a bare `node` start (output read through a pipe)');
say();
say(`| command | median | × bare node |`);
say('|---|---:|---:|');
say(`| bare \`node -e ""\` | ${(bare / 1e6).toFixed(1)} ms | 1.000 |`);
say(`| \`csto chair 2024\` | ${(chair / 1e6).toFixed(1)} ms | ${(chair / bare).toFixed(3)} |`);
say(`| \`csto --version\` | ${(help / 1e6).toFixed(1)} ms | ${(help / bare).toFixed(3)} |`);
say(`| \`csto chair 2024\` with no compile cache (\`NODE_DISABLE_COMPILE_CACHE=1\`) | ${(uncached / 1e6).toFixed(1)} ms | ${(uncached / bare).toFixed(3)} |`);
say();
target('`csto chair 2024` ÷ bare node start', chair / bare, 1.1);

// ---- peers -----------------------------------------------------------------------------------------
say('## Peers: import and a comparable lookup, as a ratio of the empty package');
say();
say('A country by its code from two widely used data packages, beside `state()` here (no target: context for the figures above).');
say();
say('| package | lookup | ESM | CJS |');
say('|---|---|---:|---:|');
for (const [pkg, esmCode, cjsCode, shown] of [
  ['csto-data', `import { state } from 'csto-data'; state('KAZ');`, `require('csto-data').state('KAZ');`, "`state('KAZ')`"],
  ['countries-list', `import { getCountryData } from 'countries-list'; getCountryData('KZ');`, `require('countries-list').getCountryData('KZ');`, "`getCountryData('KZ')`"],
  ['i18n-iso-countries', `import countries from 'i18n-iso-countries'; countries.alpha3ToAlpha2('KAZ');`, `require('i18n-iso-countries').alpha3ToAlpha2('KAZ');`, "`alpha3ToAlpha2('KAZ')`"],
]) {
  const [emptyEsm, libEsm, emptyCjs, libCjs] = alternate([esm(`import 'empty-package';`, x1), esm(esmCode, x1), cjs(`require('empty-package');`, x1), cjs(cjsCode, x1)]);
  say(`| ${pkg} | ${shown} | ${(libEsm / emptyEsm).toFixed(3)} | ${(libCjs / emptyCjs).toFixed(3)} |`);
}
say();

// ---- 3 and 4. lookups and iteration, in process ------------------------------------------------
const { lookupPairs, iterationPairs, growthFamilies } = await import('./bench/queries.mjs');
const nsPerCall = async (tasks, time = 250) => {
  const bench = new Bench({ time, warmupTime: 50 });
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  return Object.fromEntries(bench.tasks.map((t) => [t.name, (t.result.latency?.mean ?? t.result.mean) * 1e6]));
};
const load = async (project, tag) => import(`${pathToFileURL(join(project, 'node_modules', 'csto-data', 'dist', 'index.node.mjs')).href}?${tag}`);
const api = await load(x1, 'x1');
const json = (file) => plainJson(x1, file);

say('## Lookups, beside a naive find or filter over the shipped JSON (`JSON.parse`d, nothing frozen)');
say();
say('| question | csto-data | naive over plain JSON | ratio |');
say('|---|---:|---:|---:|');
const pairs = lookupPairs(api, json);
for (const [name, fn, base] of pairs) fn(), base(); // build the indexes once, as a long-running process has them
const times = await nsPerCall(pairs.flatMap(([name, fn, base]) => [[name, fn], [`${name} :: naive`, base]]));
for (const [name] of pairs) {
  const ratio = times[name] / times[`${name} :: naive`];
  target(`\`${name}\` ÷ naive find over plain JSON`, ratio, 1);
  say(`| \`${name}\` | ${times[name].toFixed(0)} ns | ${times[`${name} :: naive`].toFixed(0)} ns | ${ratio.toFixed(2)} |`);
}
say();

say('## Iterating what the library returns, beside iterating the shipped JSON');
say();
say('| loop | over csto-data | over plain JSON | ratio |');
say('|---|---:|---:|---:|');
const loops = iterationPairs(api, json);
const loopTimes = await nsPerCall(loops.flatMap(([name, fn, base]) => [[name, fn], [`${name} :: plain`, base]]));
for (const [name] of loops) {
  const ratio = loopTimes[name] / loopTimes[`${name} :: plain`];
  target(`iterating ${name} ÷ iterating the JSON`, ratio, 1.2);
  say(`| ${name} | ${(loopTimes[name] / 1000).toFixed(1)} µs | ${(loopTimes[`${name} :: plain`] / 1000).toFixed(1)} µs | ${ratio.toFixed(2)} |`);
}
say();

// ---- 5. growth ----------------------------------------------------------------------------------
say('## Growth: each helper family asked of its own collection, replicated');
say();
say('Every collection is replicated in the installed copy (ids made unique). Import + question is a whole ESM process as a ratio of the empty ESM package; the query is the mean time per call in a warm process.');
say();
say('| family (collection) | question | import + question ×1 / ×10 / ×100 | query ×1 / ×10 / ×100 |');
say('|---|---|---:|---:|');
const scaledApis = { 1: api, 10: await load(x10, 'x10'), 100: await load(x100, 'x100') };
for (const [family, fn, call, run] of growthFamilies) {
  const ratios = [];
  const queries = [];
  for (const [factor, project] of [[1, x1], [10, x10], [100, x100]]) {
    const [floor, lib] = alternate([esm(`import 'empty-package';`, project), esm(`import { ${fn} } from 'csto-data'; ${call};`, project)]);
    ratios.push((lib / floor).toFixed(3));
    const scaledApi = scaledApis[factor];
    run(scaledApi);
    const t = (await nsPerCall([[family, () => run(scaledApi)]], 150))[family];
    queries.push(t < 10_000 ? `${t.toFixed(0)} ns` : `${(t / 1000).toFixed(1)} µs`);
    if (family.startsWith('statements')) target(`text search at ×${factor}`, t / 1000, factor === 1 ? 10 : factor === 100 ? 1000 : Infinity, 'µs');
  }
  say(`| ${family} | \`${call}\` | ${ratios.join(' / ')} | ${queries.join(' / ')} |`);
}
say();

// ---- targets ------------------------------------------------------------------------------------
say('## Targets');
say();
say('| target | measured | limit | |');
say('|---|---:|---:|---|');
for (const r of results.filter((r) => r.limit !== '≤ Infinity µs')) say(`| ${r.what} | ${r.value} | ${r.limit} | ${r.pass ? 'PASS' : '**FAIL**'} |`);
say();
const failed = results.filter((r) => !r.pass && r.limit !== '≤ Infinity µs').length;
say(`${results.length - failed} of ${results.length} targets met in this run.`);

cleanup();
if (process.argv.includes('--write')) {
  const notes = (await import('./bench/notes.mjs')).NOTES;
  // A run with another Node (BENCH_NODE) is recorded beside the main one, named by its major version.
  const file = NODE === process.execPath ? 'performance.md' : `performance-node${NODE_VERSION.slice(1).split('.')[0]}.md`;
  writeFileSync(join(root, 'docs', file), `${[...out, '', ...notes].join('\n')}\n`);
  console.log(`\nwrote docs/${file}`);
}
