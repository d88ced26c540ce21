/**
 * The built `csto` command as a Unix tool: closed pipes and failed writes, "did you mean",
 * vocabularies in any case, a year where a day is asked, errors as JSON, extra arguments, wrapping
 * to the terminal's width and the sources of an answer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

function csto(args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, COLUMNS: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs a shell pipeline and returns csto's own exit code (the pipeline's first command) and stderr. */
function pipeline(script: string): { code: number; out: string; err: string } {
  const r = spawnSync('bash', ['-c', `${script}; echo "exit:\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8', env: { ...process.env, CSTO: `${process.execPath} ${bin}` } });
  const code = Number(/exit:(\d+)\s*$/.exec(r.stderr)?.[1]);
  return { code, out: r.stdout, err: r.stderr.replace(/exit:\d+\s*$/, '') };
}

describe('csto as a Unix tool', { timeout: 30_000 }, () => {
  it('ends quietly with 0 when its reader goes away', () => {
    const r = pipeline('$CSTO export sources --format csv | head -1');
    expect(r.out.trim()).toMatch(/^id,url,title,/);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('reports a failed write once and exits 2', () => {
    const r = pipeline('$CSTO chair 2024 > /dev/full');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^csto: could not write the output: ENOSPC/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('suggests the command, option, id or value that was probably meant', () => {
    const command = csto(['chiar', '2024']);
    expect(command.code).toBe(2);
    expect(command.err).toMatch(/unknown command "chiar"\. Did you mean "chair"\?/);
    expect(csto(['meetings', '--yaer', '2024']).err).toMatch(/unknown option "--yaer"\. Did you mean "--year"\?/);
    expect(csto(['export', 'meeting']).err).toMatch(/unknown collection "meeting"\. Did you mean "meetings"/);
    expect(csto(['statements', '--topic', 'ukriane']).err).toMatch(/Did you mean "ukraine"\?/);
    expect(csto(['__proto__', '--help'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "__proto__"/) });
  });

  it('reads vocabulary values in any case', () => {
    const body = csto(['meetings', '--body', 'csc', '--year', '2022']);
    expect(body.code).toBe(0);
    expect(body.out).toContain('2022-05-16-csc-moscow');
    expect(csto(['statements', '--topic', 'Ukraine']).code).toBe(0);
    expect(csto(['export', 'Meetings', '--format', 'CSV']).out).toMatch(/^id,date,/);
  });

  it('answers the chair for a year given as --on, with the same certainty as for the year', () => {
    const year = csto(['chair', '2012']);
    const on = csto(['chair', '--on', '2012']);
    expect(on).toEqual(year);
    expect(on.out).toMatch(/^2012: Kazakhstan/);
  });

  it('reads a year or a month as a range bound (--from, --to)', () => {
    expect(csto(['timeline', '--from', '2022', '--to', '2022'])).toEqual(csto(['timeline', '--from', '2022-01-01', '--to', '2022-12-31']));
    expect(csto(['meetings', '--from', '2024-02', '--to', '2024-02'])).toEqual(csto(['meetings', '--from', '2024-02-01', '--to', '2024-02-29']));
    expect(csto(['meetings', '--from', '2024-13']).code).toBe(2);
  });

  it('speaks in command-line words, and in JSON under --json', () => {
    const members = csto(['members', '--on', '2012']);
    expect(members.code).toBe(2);
    expect(members.err).not.toMatch(/Date|`|filter\./);
    const json = csto(['statements', '--topic', 'nope', '--json']);
    expect(json.code).toBe(2);
    const error = JSON.parse(json.err) as { error: string; accepted: string[]; suggestions: string[] };
    expect(Object.keys(error)).toEqual(['error', 'accepted', 'suggestions']);
    expect(error.accepted).toContain('ukraine');
    expect(JSON.parse(csto(['chiar', '--json']).err)).toMatchObject({ suggestions: ['chair'] });
    expect(JSON.parse(csto(['attendance', '2024-11-28-csc-astna', '--json']).err).suggestions[0]).toBe('2024-11-28-csc-astana');
  });

  it('rejects extra arguments and says what a bare command needs', () => {
    expect(csto(['chair', '2024', '2025'])).toMatchObject({ code: 2, err: expect.stringMatching(/unexpected argument "2025"/) });
    const bare = csto(['chair']);
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/expected a year such as 2024/);
    expect(bare.err).not.toMatch(/got ""/);
  });

  it('wraps to the terminal width, and not when output goes to a pipe', () => {
    const args = ['attendance', '2024-11-28-csc-astana'];
    const wide = csto(args).out.split('\n');
    const narrow = csto(args, { COLUMNS: '80' }).out.split('\n');
    expect(Math.max(...wide.map((l) => l.length))).toBeGreaterThan(80);
    expect(Math.max(...narrow.map((l) => l.length))).toBeLessThanOrEqual(80);
    const words = (lines: string[]) => lines.filter((l) => !/^[-\s]+$/.test(l)).join(' ').replace(/\s+/g, ' ');
    expect(words(narrow)).toBe(words(wide)); // the same words, only wrapped
  });

  it('prints the sources of an answer with --sources', () => {
    const text = csto(['chair', '2024', '--sources']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/\nSources:\n {2}\S+\n {4}.+\n {4}https?:\/\//);
    const json = JSON.parse(csto(['sg', '--on', '2024-11-28', '--sources', '--json']).out);
    expect(json.answer.person).toBe('imangali-tasmagambetov');
    expect(json.sources.length).toBeGreaterThan(0);
    expect(json.sources[0].url).toMatch(/^https?:\/\//);
  });
});
