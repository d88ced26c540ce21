/**
 * The public API surface of the main entry as text: every exported name, what kind of thing it is,
 * and its type. Committed as docs/api-report.md, so an accidental break shows up in review; the
 * literal id unions generated from the data are summarised, since new data legitimately adds ids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The unions the data step generates (src/generated/ids.ts): summarised, since new data adds ids. */
function generatedUnions(root: string): Set<string> {
  const text = readFileSync(join(root, 'src', 'generated', 'ids.ts'), 'utf8');
  return new Set([...text.matchAll(/^export (?:type|interface) (\w+)/gm)].map((m) => m[1] ?? ''));
}

/**
 * A vocabulary type written `(typeof VALUES)[number]`, as the union of the array's values in their
 * written order (the checker would print them in the order it happened to meet them).
 */
function vocabularyUnion(checker: ts.TypeChecker, decl: ts.Declaration): string | undefined {
  if (!ts.isTypeAliasDeclaration(decl)) return undefined;
  let node: ts.TypeNode = decl.type;
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  let object: ts.TypeNode = node.objectType;
  while (ts.isParenthesizedTypeNode(object)) object = object.type;
  if (!ts.isTypeQueryNode(object)) return undefined;
  const tuple = checker.getTypeFromTypeNode(object);
  if (!checker.isTupleType(tuple)) return undefined;
  return checker
    .getTypeArguments(tuple as ts.TypeReference)
    .map((t) => checker.typeToString(t))
    .join(' | ');
}

export function apiReport(root: string): string {
  const GENERATED_UNIONS = generatedUnions(root);
  const entry = join(root, 'src', 'index.ts');
  const program = ts.createProgram([entry], {
    strict: true,
    exactOptionalPropertyTypes: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/index.ts has no exports');
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope | ts.TypeFormatFlags.WriteArrowStyleSignature;
  const lines: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol).sort((a, b) => a.name.localeCompare(b.name))) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.[0];
    if (!decl) continue;
    if (GENERATED_UNIONS.has(exported.name)) {
      lines.push(`type ${exported.name} = (${exported.name === 'IdTypes' ? 'every id union generated from the data, by name' : 'a union of string literals generated from the data'})`);
    } else if (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl)) {
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const props = checker.getPropertiesOfType(type);
      if (ts.isInterfaceDeclaration(decl)) {
        const body = props.map((p) => {
          const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
          const pd = p.declarations?.[0];
          const readonly = pd && ts.getCombinedModifierFlags(pd) & ts.ModifierFlags.Readonly ? 'readonly ' : '';
          // The type as declared (so `Body` stays `Body`), or as the checker sees it where none is written.
          const declared = pd && ts.isPropertySignature(pd) && pd.type ? pd.type.getText() : undefined;
          const text = declared ?? checker.typeToString(checker.getTypeOfSymbol(p), undefined, flags);
          return `  ${readonly}${p.name}${optional}: ${text}${optional && declared ? ' | undefined' : ''};`;
        });
        lines.push(`interface ${exported.name} {\n${body.join('\n')}\n}`);
      } else {
        lines.push(`type ${exported.name} = ${vocabularyUnion(checker, decl) ?? checker.typeToString(type, undefined, flags | ts.TypeFormatFlags.InTypeAlias)}`);
      }
    } else if (ts.isClassDeclaration(decl)) {
      const type = checker.getTypeOfSymbol(symbol);
      const instance = checker.getDeclaredTypeOfSymbol(symbol);
      const ctor = type.getConstructSignatures().map((s) => checker.signatureToString(s, undefined, flags)).join('; ');
      const props = checker.getPropertiesOfType(instance).map((p) => `  ${p.name}: ${checker.typeToString(checker.getTypeOfSymbol(p), undefined, flags)};`);
      lines.push(`class ${exported.name} { new ${ctor}\n${props.join('\n')}\n}`);
    } else {
      const type = checker.getTypeOfSymbol(symbol);
      const kind = ts.isFunctionDeclaration(decl) ? 'function' : 'const';
      lines.push(`${kind} ${exported.name}: ${checker.typeToString(type, undefined, flags)}`);
    }
  }
  return `# API report: csto-data\n\nGenerated by \`npm run api:report\` from src/index.ts. A change here is a change to the public API:\nreview it, and give it the right changeset (removing or changing anything is a major change).\n\n\`\`\`ts\n${lines.join('\n\n')}\n\`\`\`\n`;
}
