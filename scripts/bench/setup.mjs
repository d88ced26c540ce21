// Consumer projects for the benchmark: the packed tarball installed as a user installs it, next to
// an empty package (the floor: what Node charges to load any package), and copies whose data is
// replicated ×10 or ×100 (ids made unique) so that every question is asked of a grown collection.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'csto-bench-'));
export const cleanup = () => rmSync(work, { recursive: true, force: true });

function emptyPackage(project) {
  const dir = join(project, 'node_modules', 'empty-package');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty-package', version: '1.0.0', exports: { import: './index.mjs', require: './index.cjs' } }));
  writeFileSync(join(dir, 'index.mjs'), '');
  writeFileSync(join(dir, 'index.cjs'), '');
}

/**
 * An empty package resolved as this one is: the installed csto-data's export map (every condition
 * it sets for bundlers, Bun and Deno), each file it names empty. A yardstick: what Node charges to
 * resolve that map, before any of the package's code runs.
 */
function emptyWithExportMap(project) {
  const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'csto-data', 'package.json'), 'utf8'));
  const dir = join(project, 'node_modules', 'empty-export-map');
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  for (const target of targets(installed.exports['.'])) {
    mkdirSync(join(dir, target, '..'), { recursive: true });
    writeFileSync(join(dir, target), '');
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'empty-export-map', version: '1.0.0', type: installed.type, exports: { '.': installed.exports['.'] } }));
}

/** Packs the built package and installs the tarball in a fresh consumer project; returns its path. */
export function consumerProject(root) {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1);
  const project = join(work, 'x1');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'commonjs' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)], { cwd: project, stdio: 'ignore' });
  emptyPackage(project);
  emptyWithExportMap(project);
  // Peers, from this repository's devDependencies: data packages a user might weigh against this one.
  for (const peer of PEERS) cpSync(join(root, 'node_modules', peer), join(project, 'node_modules', peer), { recursive: true });
  return project;
}

/** The peer packages (and what they need) copied into the consumer project. */
const PEERS = ['countries-list', 'i18n-iso-countries', 'diacritics'];

/** A copy of the consumer project whose installed data has every collection replicated `factor` times. */
export function scaledProject(project, factor) {
  const copy = join(work, `x${factor}`);
  cpSync(project, copy, { recursive: true });
  const data = join(copy, 'node_modules', 'csto-data', 'dist', 'data');
  for (const file of readdirSync(data).filter((f) => f.endsWith('.json'))) {
    const records = JSON.parse(readFileSync(join(data, file), 'utf8'));
    if (!Array.isArray(records)) continue;
    const grown = [];
    for (let k = 0; k < factor; k++) for (const r of records) grown.push(k === 0 || typeof r.id !== 'string' ? r : { ...r, id: `${r.id}-x${k}` });
    writeFileSync(join(data, file), JSON.stringify(grown));
  }
  // The by-id files as the build would write them for the grown data.
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(import.meta.dirname, 'reshard.ts'), join(copy, 'node_modules', 'csto-data')], { stdio: 'inherit' });
  return copy;
}

/** The shipped JSON of a project, parsed as a user would (`JSON.parse`, nothing frozen). */
export function plainJson(project, file) {
  return JSON.parse(readFileSync(join(project, 'node_modules', 'csto-data', 'dist', 'data', `${file}.json`), 'utf8'));
}
