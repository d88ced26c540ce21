/** The code's shape: imports point one way (no cycles), and no hand-written file grows past about 300 lines. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') || path.endsWith('.mjs') ? [resolve(path)] : [];
  });
}

/** Every import cycle among the files, as `a -> b -> a`. */
function cycles(files: readonly string[]): string[] {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|export)[^'"]*?from '(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    graph.set(file, deps.filter((d) => graph.has(d) || files.includes(d)));
  }
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (node: string, stack: string[]) => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep].map((f) => relative(root, f)).join(' -> '));
      else if (!state.has(dep)) visit(dep, stack);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file, []);
  return found;
}

describe('architecture', () => {
  it('finds a cycle when there is one (a check that can fail)', () => {
    const dir = join(root, 'test', 'fixtures', 'cycle');
    expect(cycles(sources(dir)).length).toBeGreaterThan(0);
  });
  it('src/ has no import cycle', () => {
    expect(cycles(sources(join(root, 'src')))).toEqual([]);
  });
  it('scripts/ has no import cycle', () => {
    expect(cycles(sources(join(root, 'scripts')))).toEqual([]);
  });
  it('no hand-written file in src/ or scripts/ is over 330 lines', () => {
    const long = [...sources(join(root, 'src')), ...sources(join(root, 'scripts'))]
      .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 330);
    expect(long).toEqual([]);
  });
});
