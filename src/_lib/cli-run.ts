// Used only by the `csto` command: runs one command of a table (src/cli.ts holds the table) with
// the same argument parsing, errors, `--json`, `--sources`, help and exit codes for every command.
import { parseArgs } from 'node:util';
import { citedSources, report, unknown, UsageError, vocabularyValue, wrap, type ErrorReport } from './cli-kit.js';

export type Values = Record<string, string | boolean | undefined>;

export interface Answer {
  readonly json: unknown;
  readonly text: string;
  /** False when the data has no answer. */
  readonly found: boolean;
}

export interface Command {
  readonly usage: string;
  readonly help: string;
  readonly options: Record<string, { type: 'string' | 'boolean' }>;
  /** How many positional arguments it takes (more are rejected). */
  readonly positionals: number;
  /** Options whose values come from a vocabulary: read in any case, checked before the query. */
  readonly vocabularies?: Record<string, readonly string[]>;
  /** `width`: the terminal's, for wrapping; undefined when output goes to a pipe or a file. */
  readonly run: (positionals: readonly string[], values: Values, width: number | undefined) => Answer;
}

/** What the runner needs from the library besides the commands. */
export interface Program {
  readonly commands: Record<string, Command>;
  /** The first lines of `csto --help`. */
  readonly title: string;
  readonly version: string;
  readonly source: (id: string) => { readonly title: string; readonly publisher: string; readonly published?: string | undefined; readonly url: string };
}

function helpText(program: Program): string {
  return [
    program.title,
    '',
    'Commands:',
    ...Object.values(program.commands).map((c) => `  ${c.usage}\n      ${c.help}`),
    '',
    'Options for every command: --json (machine-readable output, errors included), --sources (the sources of the answer), --help.',
    'Exit codes: 0 an answer, 1 no answer in the data, 2 bad usage or output that could not be written.',
  ].join('\n');
}

function sourcesText(ids: readonly string[], source: Program['source']): string {
  if (ids.length === 0) return '\nSources: none cited.';
  const entry = (id: string) => {
    const s = source(id);
    return `  ${id}\n    ${s.title} (${s.publisher}${s.published ? `, ${s.published}` : ''})\n    ${s.url}`;
  };
  return `\nSources:\n${ids.map(entry).join('\n')}`;
}

/** Where `main` writes: the two streams, and the width to wrap text to (none for a pipe). */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly width?: number | undefined;
}

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code.
 * @internal
 */
export function runCommandLine(program: Program, argv: readonly string[], io: Output): number {
  const [command, ...rest] = argv;
  const asJson = argv.includes('--json');
  const spec = command !== undefined && Object.hasOwn(program.commands, command) ? program.commands[command] : undefined;
  const fail = (r: ErrorReport): number => {
    if (asJson) io.err(JSON.stringify({ error: r.error, accepted: r.accepted, suggestions: r.suggestions }));
    else io.err(`csto${spec ? ` ${command}` : ''}: ${r.error}${r.usage ? `\nusage: ${r.usage}` : ''}`);
    return 2;
  };
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(wrap(helpText(program), io.width));
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(program.version);
    return 0;
  }
  if (!spec) {
    const e = unknown('command', command, Object.keys(program.commands));
    return fail({ error: `${e.message} Commands: ${e.accepted.join(', ')}; see csto --help.`, accepted: e.accepted, suggestions: e.suggestions });
  }
  const options = { ...spec.options, json: { type: 'boolean' as const }, sources: { type: 'boolean' as const }, help: { type: 'boolean' as const, short: 'h' } };
  const optionNames = Object.keys(options).map((o) => `--${o}`);
  try {
    // Arguments none of which starts with "-" are all positionals: parseArgs, and the code Node
    // loads for it on first use (about 0.4 ms of a command's start), is needed only for options.
    const { values, positionals } = rest.some((a) => a.startsWith('-'))
      ? parseArgs({ args: [...rest], options, allowPositionals: true, strict: true })
      : { values: {} as ReturnType<typeof parseArgs<{ options: typeof options }>>['values'], positionals: [...rest] };
    if (values.help) {
      io.out(wrap(`usage: ${spec.usage}\n\n${spec.help}\n\nOptions: --json for machine-readable output, --sources to list the sources of the answer.`, io.width, (line) => (line.startsWith('usage: ') ? 'usage: '.length : line.search(/\S|$/))));
      return 0;
    }
    if (positionals.length > spec.positionals) {
      const extra = positionals.slice(spec.positionals);
      throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => JSON.stringify(a)).join(' ')}`, [], [], spec.usage);
    }
    for (const [option, vocabulary] of Object.entries(spec.vocabularies ?? {})) {
      const given = (values as Values)[option];
      if (typeof given === 'string') (values as Values)[option] = vocabularyValue(option, given, vocabulary, spec.usage);
    }
    const answer = spec.run(positionals, values as Values, asJson ? undefined : io.width);
    const cited = values.sources ? [...citedSources(answer.json)] : [];
    if (values.json && answer.json !== undefined) io.out(JSON.stringify(values.sources ? { answer: answer.json, sources: cited.map(program.source) } : answer.json, null, 2));
    else {
      io.out(answer.text);
      if (values.sources) io.out(sourcesText(cited, program.source));
    }
    return answer.found ? 0 : 1;
  } catch (error) {
    const r = report(error, optionNames, spec.usage);
    if (r === undefined) throw error;
    return fail(r);
  }
}
