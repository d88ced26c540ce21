/**
 * The reference cannot drift from the code: every export of the main entry has TSDoc with a
 * summary, its parameters, what it returns and throws, and an @example; and every example runs
 * against the real data, with each `expression; // value` comment checked as an assertion.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const root = join(import.meta.dirname, '..');
const entry = join(root, 'src', 'index.ts');
const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true });
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;

interface Documented {
  readonly name: string;
  readonly decl: ts.Declaration;
  readonly summary: string;
  readonly tags: readonly ts.JSDocTag[];
}

const exported: Documented[] = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decl = target.declarations![0]!;
  const holder = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
  return { name: symbol.name, decl, summary, tags: ts.getJSDocTags(holder) };
});

const tagText = (tag: ts.JSDocTag) => (typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '');
const runtimeExports = exported.filter((e) => ts.isFunctionDeclaration(e.decl) || ts.isVariableDeclaration(e.decl) || ts.isClassDeclaration(e.decl));

describe('TSDoc of every export', () => {
  it.each(exported.map((e) => [e.name, e] as const))('%s has a summary', (_, e) => {
    expect(e.summary.length).toBeGreaterThan(10);
  });

  it.each(runtimeExports.map((e) => [e.name, e] as const))('%s has an @example', (_, e) => {
    expect(e.tags.some((t) => t.tagName.text === 'example')).toBe(true);
  });

  const functions = exported.filter((e) => ts.isFunctionDeclaration(e.decl)) as Array<Documented & { decl: ts.FunctionDeclaration }>;
  it.each(functions.map((e) => [e.name, e] as const))('%s documents its parameters, return value and errors', (_, e) => {
    const params = e.tags.filter((t): t is ts.JSDocParameterTag => ts.isJSDocParameterTag(t)).map((t) => t.name.getText());
    for (const p of e.decl.parameters) expect(params).toContain(p.name.getText());
    expect(e.tags.some((t) => t.tagName.text === 'returns')).toBe(true);
    if (e.decl.parameters.length > 0) expect(e.tags.some((t) => t.tagName.text === 'throws')).toBe(true);
  });
});

/** The examples of an export, as code. */
function examples(e: Documented): string[] {
  return e.tags
    .filter((t) => t.tagName.text === 'example')
    .map((t) => tagText(t).replace(/^\s*```\w*\n?/, '').replace(/```\s*$/, ''));
}

/**
 * Turns an example into a function of the API: imports become parameters, and every
 * `expression; // literal` line becomes a check that the expression equals the literal.
 */
function compile(code: string): (lib: typeof api, check: (actual: unknown, expected: unknown, line: string) => void) => void {
  const body = code
    .split('\n')
    .filter((line) => !/^\s*import /.test(line))
    .map((line) => {
      const m = /^(\s*)(.+?);\s*\/\/\s*(.+?)(?::.*)?$/.exec(line);
      if (!m) return line;
      const [, indent, expression, full] = m;
      const comment = full!.split(' — ')[0]!.trim();
      try {
        new Function(`return (${comment});`);
      } catch {
        return line; // a comment in words, not a value
      }
      if (/^[a-z]/i.test(comment!) && !/^(true|false|undefined|null)\b/.test(comment!)) return line;
      return `${indent}check((${expression}), (${comment}), ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
  const names = Object.keys(api).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const js = ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  const fn = new Function('lib', 'check', `const { ${names.join(', ')} } = lib;\n${js}`);
  return (lib, check) => fn(lib, check);
}

describe('TSDoc examples run against the real data', () => {
  const cases = runtimeExports.flatMap((e) => examples(e).map((code, i) => [`${e.name} #${i + 1}`, code] as const));
  // Each example must run without throwing, and each `expr; // value` comment in it must hold.
  it.each(cases)('%s', (_, code) => {
    compile(code)(api, (actual, expected, line) => expect(actual, line).toEqual(expected));
  });

  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const readmeBlocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => [`README block ${i + 1}`, m[1]!] as const);
  it.each(readmeBlocks)('%s', (_, code) => {
    compile(code)(api, (actual, expected, line) => expect(actual, line).toEqual(expected));
  });

  it('most examples state their answers, so they are checked', () => {
    let checked = 0;
    for (const [, code] of cases) {
      compile(code)(api, () => {
        checked++;
      });
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});
