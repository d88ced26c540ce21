/**
 * The CommonJS entry for Node (dist/index.cjs, built by scripts/build-node.ts): it exports what
 * src/index.ts exports, loads a module's chunk (dist/node/) only when one of its functions is first
 * called, and keeps one copy of each module per process, so that records, indexes and classes are
 * the same objects whichever helper reached them. Each check runs in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const entry = join(dist, 'index.cjs');

/** Runs CommonJS code in a fresh process, with `csto` the entry and `loaded()` the package files required so far. */
function run(code: string): unknown {
  const script = `const csto = require(${JSON.stringify(entry)});
const loaded = () => Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(dist)})).map((f) => f.slice(${dist.length + 1})).sort();
const out = (() => { ${code} })();
process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

describe('the CommonJS entry for Node', { timeout: 30_000 }, () => {
  it('exports exactly what src/index.ts exports, and so does the ES module entry', async () => {
    const names = Object.keys(api).sort();
    expect(run('return Object.keys(csto).sort();')).toEqual(names);
    const esm = await import(join(dist, 'index.node.mjs'));
    expect(Object.keys(esm).sort()).toEqual(names);
  });

  it('loads nothing but itself on require, and then only the chunk a first call needs', () => {
    expect(run('return loaded();')).toEqual(['index.cjs']);
    expect(run('csto.chairFor(2024); return loaded();')).toEqual(['index.cjs', 'node/chairmanships.cjs']);
    // A constant comes from core.cjs, read on first use.
    expect(run('csto.TOPICS.length; return loaded();')).toEqual(['index.cjs', 'node/core.cjs']);
    // meeting(id) needs its own chunk, not the class it throws for an unknown id; attendance(id)
    // reads the member states from the spans file, not from the memberships chunk.
    const id = JSON.stringify(api.meetings()[0]!.id);
    expect(run(`csto.meeting(${id}); return loaded();`)).toEqual(['index.cjs', 'node/meetings.cjs']);
    expect(run(`csto.attendance(${id}); try { csto.meeting('no-such-meeting'); } catch {} return loaded();`)).toEqual(['index.cjs', 'node/errors.cjs', 'node/meetings.cjs']);
    expect(run(`csto.isMember('KAZ', '2024-06-01'); return loaded();`)).toEqual(['index.cjs', 'node/memberships.cjs', 'node/states.cjs']);
  });

  it('answers through its wrappers as the functions themselves do', () => {
    expect(run('return csto.chairFor(2024);')).toEqual(JSON.parse(JSON.stringify(api.chairFor(2024))));
    expect(run(`return csto.statements({ text: 'afghan' }).map((s) => s.id);`)).toEqual(api.statements({ text: 'afghan' }).map((s) => s.id));
    expect(run('return [csto.chairFor.name, typeof csto.UnknownIdError, csto.dataAsOf];')).toEqual(['chairFor', 'function', api.dataAsOf]);
  });

  it('keeps one copy of each module: a record, a class and a store are the same whichever chunk reached them', () => {
    const id = api.meetings().at(-1)!.id;
    const same = run(`
      const viaFind = csto.findMeeting(${JSON.stringify(id)}); // find.cjs requires meetings.cjs
      const direct = csto.meeting(${JSON.stringify(id)});
      let thrown;
      try { csto.isMember('KAZZ', '2024-01-01'); } catch (error) { thrown = error; } // memberships.cjs → states.cjs → core.cjs
      const chunks = loaded().filter((f) => f.startsWith('node/'));
      return { record: viaFind === direct, error: thrown instanceof csto.UnknownIdError, unique: new Set(chunks).size === chunks.length };
    `);
    expect(same).toEqual({ record: true, error: true, unique: true });
  });

  it('has a chunk for every module it requires, and nothing else in dist/node/', () => {
    const files = readdirSync(join(dist, 'node')).sort();
    const everything = run(`
      for (const [name, value] of Object.entries(csto)) {
        if (typeof value !== 'function' || /^class\\b/.test(Function.prototype.toString.call(value))) continue;
        try { value(); } catch {} // a first call, answered or refused, loads the chunk
      }
      return loaded();
    `) as string[];
    expect(everything.filter((f) => f.startsWith('node/')).map((f) => f.slice('node/'.length)).sort()).toEqual(files);
  });
});

describe('the ES module entry for Node', { timeout: 30_000 }, () => {
  const esm = join(dist, 'index.node.mjs');
  const answer = (preload: string[]) =>
    execFileSync(process.execPath, [...preload, '--input-type=module', '-e', `import { chairFor, meeting, statements } from ${JSON.stringify(esm)};
process.stdout.write(JSON.stringify([chairFor(2024)?.state, meeting('2024-11-28-csc-astana').date, statements({ text: 'afghan' }).length]));`], { encoding: 'utf8' });

  it('reads its data files on a Node without process.getBuiltinModule (before 20.16) as on one with it', () => {
    const withBuiltin = answer([]);
    expect(JSON.parse(withBuiltin)).toEqual([api.chairFor(2024)?.state, api.meeting('2024-11-28-csc-astana').date, api.statements({ text: 'afghan' }).length]);
    const older = answer(['--import', 'data:text/javascript,delete process.getBuiltinModule']);
    expect(older).toBe(withBuiltin);
  });
});
