// TypeDoc plugin for csto-data's reference: a long union of literal ids (SourceId lists every source
// in the catalogue) is shown as its first few members and a count, not as a page-long list. The
// full union is still in the type declarations, where editors complete from it. And a guide
// (docs/*.md, CONTRIBUTING.md) is named by its first heading rather than its file name.
import { Converter, LiteralType, ReflectionKind, UnionType, UnknownType } from 'typedoc';

const SHOWN = 3;
const LONGEST = 15;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const document of context.project.getReflectionsByKind(ReflectionKind.Document)) {
      const text = document.content.map((part) => part.text).join('');
      const heading = /^# (.+)$/m.exec(text)?.[1]?.trim();
      if (heading) document.name = heading;
    }
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.TypeAlias)) {
      const type = reflection.type;
      if (!(type instanceof UnionType) || type.types.length <= LONGEST) continue;
      if (!type.types.every((t) => t instanceof LiteralType)) continue;
      const first = type.types.slice(0, SHOWN).map((t) => JSON.stringify(t.value));
      reflection.type = new UnknownType(`${first.join(' | ')} | … (${type.types.length} in all)`);
    }
  });
}
