/**
 * The README's TypeScript examples compile, strictly, against the library's own types (the docs
 * test runs them; this one type-checks them), so an example such as `state('Kazakstan')` that
 * only works at run time cannot slip in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const files = new Map(blocks.map((code, i) => [join(root, 'test', `__readme-block-${i + 1}.ts`), code]));

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
  skipLibCheck: true,
  paths: { 'csto-data': [join(root, 'src', 'index.ts')] },
};
const host = ts.createCompilerHost(options);
const { getSourceFile, fileExists, readFile } = host;
host.getSourceFile = (name, language, ...rest) => (files.has(name) ? ts.createSourceFile(name, files.get(name)!, language) : getSourceFile.call(host, name, language, ...rest));
host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
host.readFile = (name) => files.get(name) ?? readFile.call(host, name);

describe('README examples', () => {
  const program = ts.createProgram([...files.keys()], options, host);
  it('has TypeScript examples to check', () => {
    expect(files.size).toBeGreaterThanOrEqual(5);
  });
  it.each([...files.keys()].map((file, i) => [`block ${i + 1}`, file] as const))('%s compiles under strict TypeScript', (_, file) => {
    const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
