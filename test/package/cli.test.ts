/** Runs the built `csto` command as a user would, and checks its output and exit codes. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

function csto(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('csto command', { timeout: 30_000 }, () => {
  it('turns on Node’s compile cache before it loads the library, except in CI', () => {
    // A preload stands in for Node 22.8+'s module.enableCompileCache and notes when the library loads.
    const preload = join(mkdtempSync(join(tmpdir(), 'csto-cache-')), 'spy.cjs');
    writeFileSync(
      preload,
      `const Module = require('node:module');
Module.enableCompileCache = () => process.stderr.write('[cache]');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/index\\.cjs$/.test(request)) process.stderr.write('[library]');
  return load.call(this, request, ...rest);
};`,
    );
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['-r', preload, bin, 'chair', '2024'], { encoding: 'utf8', env }).stderr;
    const { CI: _ci, ...withoutCi } = process.env;
    expect(run(withoutCi)).toBe('[cache][library]');
    expect(run({ ...withoutCi, CI: 'true' })).toBe('[library]');
  });

  // Node before 22.1 has no compile cache of its own: the command keeps one for the package's files.
  it.skipIf(typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function' || process.platform === 'win32')(
    'keeps the compiled code of its own files per build where Node has no cache, and reads it back only if it is safe',
    () => {
      const base = mkdtempSync(join(tmpdir(), 'csto-own-cache-'));
      const { CI: _ci, ...withoutCi } = process.env;
      const run = (env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [bin, 'chair', '2024'], { encoding: 'utf8', env: { ...withoutCi, NODE_COMPILE_CACHE: base, ...env } });
      const expected = run({ NODE_DISABLE_COMPILE_CACHE: '1' }).stdout;
      expect(existsSync(join(base, 'csto-data'))).toBe(false); // turned off: nothing written

      expect(run().stdout).toBe(expected);
      const [build] = readdirSync(join(base, 'csto-data'));
      expect(build).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version}-${process.arch}$`));
      const dir = join(base, 'csto-data', build!);
      expect(readdirSync(dir).sort()).toEqual(['cli-main.cjs', 'index.cjs', 'node__chairmanships.cjs', 'node__people.cjs', 'node__states.cjs']);
      expect(statSync(dir).mode & 0o777).toBe(0o700);

      // Read back, not written again.
      const written = statSync(join(dir, 'cli-main.cjs')).mtimeMs;
      expect(run().stdout).toBe(expected);
      expect(statSync(join(dir, 'cli-main.cjs')).mtimeMs).toBe(written);

      // A damaged file is refused by V8: the file is compiled as usual and its cache written anew.
      writeFileSync(join(dir, 'index.cjs'), 'not compiled code');
      expect(run().stdout).toBe(expected);
      expect(readFileSync(join(dir, 'index.cjs'), 'utf8')).not.toBe('not compiled code');

      // A directory that others may write is not used at all.
      rmSync(join(dir, 'index.cjs'));
      chmodSync(dir, 0o777);
      expect(run().stdout).toBe(expected);
      expect(existsSync(join(dir, 'index.cjs'))).toBe(false);
    },
  );

  it('answers who chaired in a year and on a day', () => {
    const y = csto('chair', '2024');
    expect(y.code).toBe(0);
    expect(y.out).toMatch(/^2024: Kazakhstan \(Kassym-Jomart Tokayev\)/);
    const d = csto('chair', '--on', '2009-07-01');
    expect(d.code).toBe(0);
    expect(d.out).toMatch(/RUS\s+Russia\s+Dmitry Medvedev/);
  });

  it('lists members with status, and the secretary general', () => {
    const m = csto('members', '--on', '2012-01-01');
    expect(m.code).toBe(0);
    expect(m.out).toMatch(/UZB\s+Uzbekistan\s+active/);
    const sg = csto('sg', '--on', '2018-06-01');
    expect(sg.code).toBe(0);
    expect(sg.out).toMatch(/Yuri Khachaturov/);
  });

  it('lists meetings, attendance and absences', () => {
    expect(csto('meetings', '--year', '2024').out).toContain('2024-11-28-csc-astana');
    const a = csto('attendance', '2024-11-28-csc-astana');
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/ARM\s+absent/);
    expect(csto('absences', 'ARM').out).toContain('2023-11-23-csc-minsk');
  });

  it('says a meeting was not held instead of listing members as unknown, and exits 1', () => {
    const a = csto('attendance', '2018-12-06-csc-saint-petersburg');
    expect(a.code).toBe(1);
    expect(a.out).toMatch(/cancelled/);
    expect(a.out).not.toMatch(/unknown/);
    expect(csto('meetings', '--year', '2018').out).toMatch(/2018-12-06-csc-saint-petersburg.*cancelled/);
  });

  it('prints the timeline of a year in order, each line with its kind, and the CSTO on a day', () => {
    const t = csto('timeline', '--from', '2022-01-01', '--to', '2022-12-31');
    expect(t.code).toBe(0);
    const dates = t.out.split('\n').slice(2).filter(Boolean).map((line) => line.slice(0, 10).trim());
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort());
    expect(t.out).toMatch(/operation/);
    const on = csto('on', '2015-01-01');
    expect(on.code).toBe(0);
    expect(on.out).toMatch(/Chair: Tajikistan/);
    expect(on.out).toMatch(/Secretary General: Nikolai Bordyuzha/);
    expect(csto('exercises', '--series', 'rubezh').out).toMatch(/Rubezh-2010/);
  });

  it('searches statements', () => {
    const s = csto('statements', '--speaker', 'imangali-tasmagambetov', '--topic', 'afghanistan');
    expect(s.code).toBe(0);
    expect(s.out).toContain('Imangali Tasmagambetov');
  });

  it('prints JSON with --json', () => {
    const j = csto('attendance', '2024-11-28-csc-astana', '--json');
    expect(JSON.parse(j.out).absent).toEqual(['ARM']);
    expect(JSON.parse(csto('chair', '2023', '--json').out).chair.state).toBe('BLR');
  });

  it('exports a collection as CSV or JSON', () => {
    const csv = csto('export', 'meetings', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[0]).toMatch(/^id,date,date_precision,/);
    expect(Array.isArray(JSON.parse(csto('export', 'statements').out))).toBe(true);
  });

  it('has --help for the command and every subcommand', () => {
    expect(csto('--help').code).toBe(0);
    for (const cmd of ['chair', 'members', 'sg', 'meetings', 'attendance', 'absences', 'statements', 'export']) {
      const h = csto(cmd, '--help');
      expect(h.code).toBe(0);
      expect(h.out).toMatch(/^usage: csto /);
    }
  });

  it('exits 1 when the data has no answer', () => {
    const r = csto('chair', '1980');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/No chair recorded for 1980/);
    expect(csto('meetings', '--year', '1980').code).toBe(1);
  });

  it('exits 2 on bad usage, saying what is accepted', () => {
    const unknown = csto('attendance', '2024-11-28-csc-astna');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Did you mean "2024-11-28-csc-astana"/);
    expect(csto('chair', 'last-year').code).toBe(2);
    expect(csto('chair', '--on', '2024-02-30').err).toMatch(/YYYY-MM-DD/);
    expect(csto('frobnicate').code).toBe(2);
    expect(csto('meetings', '--colour', 'red').code).toBe(2);
    expect(csto('export', 'meetings', '--format', 'xml').err).toMatch(/--format must be one of json, csv; got "xml"/);
    expect(csto('absences', 'Atlantis').code).toBe(2);
    expect(csto().code).toBe(2);
  });
});
