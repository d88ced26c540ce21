/**
 * The data gate: deliberate corruptions of a copy of the data, each of which must stop the build
 * with a message naming the file, the record and the field.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { type DataIssue, formatIssue, loadDataset, MAX_ALIAS_USES } from '../scripts/lib/dataset.js';
import { fixtureCopy } from './fixtures/dataset.js';
import { validateData } from '../scripts/lib/invariants.js';

const dataDir = process.env['CSTO_DATA_DIR'] ?? join(import.meta.dirname, '..', 'data');
const workDirs: string[] = [];
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

const problemsOf = (dir: string): DataIssue[] => validateData(dir).problems;

type Json = Record<string, any>;

interface Corruption {
  /** File under data/ to corrupt. */
  readonly file: string;
  /** Changes the parsed document; returns the record label and field the error must name. */
  readonly apply: (doc: Document, records: Json[]) => { record: string | RegExp; field: string | RegExp };
}

/** Copies data/, applies one corruption, and returns the problems the gate reports. */
function corrupt({ file, apply }: Corruption): { problems: DataIssue[]; record: string | RegExp; field: string | RegExp } {
  const dir = join(mkdtempSync(join(tmpdir(), 'csto-gate-')), 'data');
  workDirs.push(dir);
  cpSync(dataDir, dir, { recursive: true });
  const path = join(dir, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const records = (doc.toJS() ?? []) as Json[];
  const expected = apply(doc, records);
  writeFileSync(path, doc.toString());
  return { problems: problemsOf(dir), ...expected };
}

const match = (value: string, pattern: string | RegExp) => (typeof pattern === 'string' ? value === pattern : pattern.test(value));

function yamlFiles(folder: string): string[] {
  return readdirSync(join(dataDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `${folder}/${f}`);
}

const meetingFile = yamlFiles('meetings').find((f) => f.includes('2024'))!;
const statementFile = yamlFiles('statements')[0]!;
const sourceFile = yamlFiles('sources')[0]!;
const peopleFile = yamlFiles('people')[0]!;

const periodLabel = (r: Json) => `${r['state'] ?? r['person']} ${r['from']}`;

const CORRUPTIONS: Record<string, Corruption> = {
  'a date in the wrong format': {
    file: 'chairmanships.yaml',
    apply: (doc, rs) => {
      doc.setIn([0, 'from'], '2024/01/01');
      return { record: `${rs[0]!['state']} 2024/01/01`, field: 'from' };
    },
  },
  'a month that does not exist': {
    file: meetingFile,
    apply: (doc, rs) => {
      doc.setIn([0, 'date'], '2024-13-01');
      return { record: rs[0]!['id'], field: 'date' };
    },
  },
  'an end before its start': {
    file: 'memberships.yaml',
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => r['to'] !== undefined);
      doc.setIn([i, 'to'], '1900-01-01');
      return { record: periodLabel(rs[i]!), field: 'to' };
    },
  },
  'two overlapping chair terms': {
    file: 'chairmanships.yaml',
    apply: (doc, rs) => {
      const i = rs.findIndex((r, k) => k > 0 && String(r['from']).length === 10 && String(rs[k - 1]!['from']).length === 10);
      const earlier = rs[i - 1]!['from'] as string;
      doc.setIn([i, 'from'], earlier);
      return { record: new RegExp(`(${rs[i - 1]!['state']}|${rs[i]!['state']}) ${earlier}`), field: /^(from|to)$/ };
    },
  },
  'an open period followed by another': {
    file: 'memberships.yaml',
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => r['state'] === 'UZB' && r['to'] !== undefined);
      doc.deleteIn([i, 'to']);
      return { record: periodLabel(rs[i]!), field: 'to' };
    },
  },
  'an unknown person id': {
    file: 'chairmanships.yaml',
    apply: (doc, rs) => {
      doc.setIn([0, 'chair'], 'nobody-at-all');
      return { record: periodLabel(rs[0]!), field: 'chair' };
    },
  },
  'a chair from another state': {
    file: 'chairmanships.yaml',
    apply: (doc, rs) => {
      const other = rs.find((r) => r['state'] !== rs[0]!['state'])!;
      doc.setIn([0, 'chair'], other['chair']);
      return { record: periodLabel(rs[0]!), field: 'chair' };
    },
  },
  'a record without a source': {
    file: 'states.yaml',
    apply: (doc, rs) => {
      doc.setIn([0, 'sources'], doc.createNode([]));
      return { record: rs[0]!['id'], field: 'sources' };
    },
  },
  'an unknown source id': {
    file: 'milestones.yaml',
    apply: (doc, rs) => {
      doc.setIn([0, 'sources', 0], 'no-such-source-id');
      return { record: `${rs[0]!['kind']} ${rs[0]!['date']}`, field: 'sources.0' };
    },
  },
  'a duplicate id': {
    file: sourceFile,
    apply: (doc, rs) => {
      doc.add(doc.createNode({ ...rs[0], url: 'https://example.org/another-page' }));
      return { record: rs[0]!['id'], field: 'id' };
    },
  },
  'a source URL that is not a URL': {
    file: sourceFile,
    apply: (doc, rs) => {
      doc.setIn([0, 'url'], 'odkb-csto.org/news');
      return { record: rs[0]!['id'], field: 'url' };
    },
  },
  'a source URL with another scheme': {
    file: sourceFile,
    apply: (doc, rs) => {
      doc.setIn([0, 'url'], 'ftp://odkb-csto.org/news');
      return { record: rs[0]!['id'], field: 'url' };
    },
  },
  'the same URL catalogued twice': {
    file: sourceFile,
    apply: (doc, rs) => {
      doc.setIn([1, 'url'], rs[0]!['url']);
      return { record: rs[1]!['id'], field: 'url' };
    },
  },
  'a source nobody cites': {
    file: sourceFile,
    apply: (doc) => {
      doc.add(doc.createNode({ id: 'orphan-2024-01-01-page', url: 'https://example.org/orphan', title: 'Orphan', publisher: 'Nobody', language: 'en' }));
      return { record: 'orphan-2024-01-01-page', field: 'id' };
    },
  },
  'a meeting attended by a non-member': {
    file: meetingFile,
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => r['status'] === 'held');
      const src = rs[i]!['sources'][0];
      doc.addIn([i, 'attendance'], doc.createNode({ state: 'GEO', status: 'present', sources: [src] }));
      const n = (rs[i]!['attendance'] ?? []).length;
      return { record: rs[i]!['id'], field: `attendance.${n}.state` };
    },
  },
  'a state listed twice in one attendance': {
    file: meetingFile,
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => (r['attendance'] ?? []).length > 0);
      const first = rs[i]!['attendance'][0];
      doc.addIn([i, 'attendance'], doc.createNode(first));
      return { record: rs[i]!['id'], field: `attendance.${rs[i]!['attendance'].length}.state` };
    },
  },
  'a meeting id that does not match its date': {
    file: meetingFile,
    apply: (doc, rs) => {
      const id = rs[0]!['id'] as string;
      const wrong = `2001-01-01${id.slice(10)}`;
      doc.setIn([0, 'id'], wrong);
      return { record: wrong, field: 'id' };
    },
  },
  'an unknown attendance status': {
    file: meetingFile,
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => (r['attendance'] ?? []).length > 0);
      doc.setIn([i, 'attendance', 0, 'status'], 'sleeping');
      return { record: rs[i]!['id'], field: 'attendance.0.status' };
    },
  },
  'an empty quote': {
    file: statementFile,
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => r['quote'] !== undefined);
      doc.setIn([i, 'quote'], '');
      return { record: rs[i]!['id'], field: 'quote' };
    },
  },
  'a quote that is a whole speech': {
    file: statementFile,
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => r['quote'] !== undefined);
      doc.setIn([i, 'quote'], 'We spoke. '.repeat(100));
      return { record: rs[i]!['id'], field: 'quote' };
    },
  },
  'a non-English quote without a translation': {
    file: statementFile,
    apply: (doc, rs) => {
      const i = rs.findIndex((r) => r['quote'] !== undefined && r['language'] === 'en');
      doc.setIn([i, 'language'], 'ru');
      return { record: rs[i]!['id'], field: 'translation' };
    },
  },
  'a statement by an unknown speaker': {
    file: statementFile,
    apply: (doc, rs) => {
      doc.setIn([0, 'speaker'], 'nobody-at-all');
      return { record: rs[0]!['id'], field: /^(speaker|id)$/ };
    },
  },
  'a misspelt field name': {
    file: 'states.yaml',
    apply: (doc, rs) => {
      doc.setIn([0, 'nmae'], 'Typo');
      return { record: rs[0]!['id'], field: '(record)' };
    },
  },
  'a membership status outside the vocabulary': {
    file: 'memberships.yaml',
    apply: (doc, rs) => {
      doc.setIn([0, 'status'], 'gone');
      return { record: periodLabel(rs[0]!), field: 'status' };
    },
  },
  'a duplicate alpha-2 code': {
    file: 'states.yaml',
    apply: (doc, rs) => {
      doc.setIn([1, 'alpha2'], rs[0]!['alpha2']);
      return { record: rs[1]!['id'], field: 'alpha2' };
    },
  },
  'a person id that is not a slug': {
    file: peopleFile,
    apply: (doc, rs) => {
      doc.setIn([0, 'id'], 'Vladimir Putin');
      return { record: 'Vladimir Putin', field: 'id' };
    },
  },
};

describe('the data gate', () => {
  it('passes the data as it is', () => {
    expect(problemsOf(dataDir).map(formatIssue)).toEqual([]);
  });

  it.each(Object.entries(CORRUPTIONS))('catches %s, naming the file, the record and the field', (_, corruption) => {
    const { problems, record, field } = corrupt(corruption);
    expect(problems.length).toBeGreaterThan(0);
    const named = problems.filter(
      (p) => p.file === `data/${corruption.file}` && match(p.record, record) && match(p.field, field),
    );
    expect(named.map(formatIssue), problems.map(formatIssue).join('\n')).not.toEqual([]);
    // The printed message carries all three.
    expect(formatIssue(named[0]!)).toContain(`data/${corruption.file}`);
  });

  it('catches a YAML syntax error with its line', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'csto-gate-')), 'data');
    workDirs.push(dir);
    cpSync(dataDir, dir, { recursive: true });
    writeFileSync(join(dir, 'states.yaml'), '- id: KAZ\n  name: { en: Kazakhstan\n');
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.file === 'data/states.yaml' && p.field === '(yaml)' && p.line !== undefined)).toBe(true);
  });

  it(`counts at least twenty distinct corruptions (${Object.keys(CORRUPTIONS).length})`, () => {
    expect(Object.keys(CORRUPTIONS).length).toBeGreaterThanOrEqual(20);
  });
});

describe('the data gate reads files strictly', () => {
  const issuesIn = (dir: string) => loadDataset(dir).issues.map(({ file, record, field, message }) => ({ file, record, field, message }));

  it('refuses a file in data/ that the build does not read', () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, 'meetings', '2027.yml'), '- id: not even valid\n  date: [\n');
    expect(issuesIn(dir)).toEqual([
      { file: 'data/meetings/2027.yml', record: '(file)', field: '(file)', message: 'the build does not read this file: records go in the files and folders of *.yaml that data/FORMAT.md lists' },
    ]);
  });

  it('refuses a byte that is not UTF-8 (Latin-1), with its line', () => {
    const dir = fixtureCopy();
    const path = join(dir, 'states.yaml');
    const text = readFileSync(path, 'utf8').replace('en: Kazakhstan', 'en: Kazakhst\u00e1n');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const { issues } = loadDataset(dir);
    expect(issues.map(({ file, record, field }) => ({ file, record, field }))).toEqual([{ file: 'data/states.yaml', record: '(file)', field: '(encoding)' }]);
    expect(issues[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('Kazakhst')) + 1);
    expect(issues[0]!.message).toMatch(/not valid UTF-8/);
  });

  /** The fixture's 2021 meeting with `count` documents, each citing the meeting's sources through an alias. */
  const withAliases = (count: number) => {
    const dir = fixtureCopy();
    const path = join(dir, 'meetings', '2021.yaml');
    const text = readFileSync(path, 'utf8').replace(
      '  sources: [fixture-2021-06-10-session]\n- id: 2021-09-01-cfm-moscow',
      `  sources: &s [fixture-2021-06-10-session]\n  documents:\n${Array.from({ length: count }, (_, i) => `    - { title: Document ${i + 1}, kind: other, sources: *s }\n`).join('')}- id: 2021-09-01-cfm-moscow`,
    );
    expect(text).toContain('*s');
    writeFileSync(path, text);
    return dir;
  };

  it('reads 120 reuses of one sources list through a YAML alias', () => {
    const { dataset, issues } = loadDataset(withAliases(120));
    expect(issues).toEqual([]);
    expect(dataset.meetings[0]!.value.documents).toHaveLength(120);
  });

  it(`refuses more than ${MAX_ALIAS_USES} alias uses with a message naming the file`, () => {
    expect(issuesIn(withAliases(MAX_ALIAS_USES + 1))).toEqual([
      { file: 'data/meetings/2021.yaml', record: '(file)', field: '(yaml)', message: `the file uses YAML aliases (*name) more than ${MAX_ALIAS_USES} times; write the values out` },
    ]);
  });
});
