/**
 * The data split for the Node builds: one record asked by id is read from its by-id file
 * (dist/by-id/), a question about a year from the year's by-year file (dist/by-year/), instead of
 * loading the whole collection, a text search from the statements' folded texts (dist/search/), and
 * whether a state was a member from the periods' spans (dist/spans/). Here the generated meetings,
 * chairmanships, statements and memberships modules are spies over
 * the fixture, so the test sees which loader each question uses; and the built files are checked
 * against the JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionSpec } from '../src/collections.js';
import { shardOf } from '../src/_lib/shard.js';
import { fold, SEPARATOR, statementSearchText } from '../src/_lib/search-text.js';
import { spansOf, yearsOf } from '../src/_lib/periods.js';
import { isoDay } from '../src/_lib/dates.js';

const loaders = vi.hoisted(() => ({ load: 0, loadOne: 0 }));
const chairLoaders = vi.hoisted(() => ({ load: 0, loadYear: 0 }));
const statementLoaders = vi.hoisted(() => ({ load: 0, loadOne: 0, loadSearchText: 0, loadSearchIds: 0 }));
const memberLoaders = vi.hoisted(() => ({ load: 0, loadSpans: 0 }));
vi.mock('../src/generated/memberships.js', async () => {
  const fixture = (await import('./fixtures/mock.js')).fixtureModule('memberships');
  return {
    load: () => (memberLoaders.load++, fixture.load()),
    loadSpans: () => (memberLoaders.loadSpans++, fixture.loadSpans()),
  };
});
vi.mock('../src/generated/statements.js', async () => {
  const fixture = (await import('./fixtures/mock.js')).fixtureModule('statements');
  return {
    load: () => (statementLoaders.load++, fixture.load()),
    loadOne: (id: string) => (statementLoaders.loadOne++, fixture.loadOne(id)),
    loadSearchText: () => (statementLoaders.loadSearchText++, fixture.loadSearchText()),
    loadSearchIds: () => (statementLoaders.loadSearchIds++, fixture.loadSearchIds()),
  };
});
vi.mock('../src/generated/chairmanships.js', async () => {
  const fixture = (await import('./fixtures/mock.js')).fixtureModule('chairmanships');
  return {
    load: () => (chairLoaders.load++, fixture.load()),
    loadYear: (year: number) => (chairLoaders.loadYear++, fixture.loadYear(year)),
  };
});
vi.mock('../src/generated/meetings.js', async () => {
  const fixture = (await import('./fixtures/mock.js')).fixtureModule('meetings');
  return {
    load: () => (loaders.load++, fixture.load()),
    loadOne: (id: string) => (loaders.loadOne++, fixture.loadOne(id)),
  };
});
for (const name of ['states', 'secretaries-general', 'people', 'sources']) {
  vi.doMock(`../src/generated/${name}.js`, async () => (await import('./fixtures/mock.js')).fixtureModule(name === 'secretaries-general' ? 'secretariesGeneral' : (name as never)));
}
const api = await import('../src/index.js');
const { fixtureRecords } = await import('./fixtures/dataset.js');

describe('a lookup by id before the collection is loaded', () => {
  const ids = (fixtureRecords().meetings as Array<{ id: string }>).map((m) => m.id);

  it('reads the one record, not the collection, and keeps its identity once the collection loads', () => {
    const first = api.meeting(ids[0] as never);
    expect(loaders).toEqual({ load: 0, loadOne: 1 });
    expect(Object.isFrozen(first)).toBe(true);
    expect(api.meeting(ids[0] as never)).toBe(first); // read once
    expect(loaders.loadOne).toBe(1);
    const all = api.meetings();
    expect(loaders.load).toBe(1);
    expect(all.find((m) => m.id === first.id)).toBe(first);
    expect(all.every((m) => Object.isFrozen(m))).toBe(true);
    api.meeting(ids[1] as never); // once loaded, the index answers
    expect(loaders.loadOne).toBe(1);
  });
});

describe('a question about a year before the chair terms are loaded', () => {
  it('reads the year’s terms alone, answers as the whole collection does, and keeps identity', async () => {
    const years = [2020, 2021, 2022, 2023]; // the fixture's by-year files: its terms run 2020 to 2023 and on
    const alone = years.map((y) => [api.chairFor(y), api.chairsIn(y)] as const);
    const days = years.flatMap((y) => [`${y}-01-01`, `${y}-06-15`, `${y}-12-31`]);
    const aloneOn = days.map((d) => [api.chairOn(d), api.chairOn(d, { possible: true })] as const);
    expect(chairLoaders.load).toBe(0);
    expect(chairLoaders.loadYear).toBeGreaterThan(0);
    // A Date beyond four-digit years is read by its year, not its first four digits ("202100" is not
    // 2021): it has no by-year file, so the whole collection answers, as below.
    const far = new Date('+202100-06-15T00:00:00Z');
    const aloneFar = api.chairOn(far);
    // The same questions of a fresh copy of the library that loads the whole collection first.
    vi.resetModules();
    const whole = await import('../src/index.js');
    whole.chairmanships();
    expect(years.map((y) => [whole.chairFor(y), whole.chairsIn(y)])).toEqual(alone);
    expect(days.map((d) => [whole.chairOn(d), whole.chairOn(d, { possible: true })])).toEqual(aloneOn);
    expect(aloneFar).toBeDefined(); // the fixture's open term runs on
    expect(aloneFar).toEqual(whole.chairOn(far));
    expect(alone.some(([term]) => term !== undefined)).toBe(true);
    // In the first copy, a term read with its year is the object the collection holds once loaded.
    const term = alone.find(([t]) => t !== undefined)![0]!;
    expect(api.chairmanships()).toContain(term);
    expect(Object.isFrozen(term)).toBe(true);
    // A year with no by-year file (before the first term, after the last named) reads the whole collection.
    for (const y of [2019, 2030]) expect(api.chairFor(y)).toEqual(whole.chairFor(y));

  });
});

describe('a text search before the statements are loaded', () => {
  it('reads the folded texts the build wrote: a search that finds nothing loads no statement', () => {
    expect(api.statements({ text: 'words no statement holds' })).toEqual([]);
    expect(statementLoaders).toEqual({ load: 0, loadOne: 0, loadSearchText: 1, loadSearchIds: 0 });
  });

  it('finds what folding the texts in process finds, in any case and with diacritics, reading the few it finds by id', () => {
    const records = fixtureRecords().statements as unknown as Array<Parameters<typeof statementSearchText>[0] & { id: string; topics: readonly string[] }>;
    const found = [];
    for (const needle of ['PEACEKEEPING', 'peacekéeping', 'shared job', 'common task.']) {
      const folded = fold(needle);
      const expected = records.filter((s) => statementSearchText(s).includes(folded)).map((s) => s.id);
      expect(expected.length, needle).toBeGreaterThan(0);
      const answer = api.statements({ text: needle });
      expect(answer.map((s) => s.id), needle).toEqual(expected);
      found.push(...answer);
    }
    expect(statementLoaders).toMatchObject({ load: 0, loadSearchText: 1, loadSearchIds: 1 }); // each read once
    expect(statementLoaders.loadOne).toBe(1); // the one statement found, read once and kept
    // With another filter, the collection answers; a statement found before is the collection's own object.
    const topic = records[0]!.topics[0]!;
    expect(api.statements({ text: 'peacekeeping', topic: topic as never }).map((s) => s.id)).toEqual(records.filter((s) => statementSearchText(s).includes('peacekeeping') && s.topics.includes(topic)).map((s) => s.id));
    expect(statementLoaders.load).toBe(1);
    for (const s of found) expect(api.statements()).toContain(s);
    expect(found.every((s) => Object.isFrozen(s))).toBe(true);
  });
});

describe('membership questions before the periods are loaded', () => {
  const states = ['ARM', 'KAZ', 'RUS', 'UZB', 'GEO', 'AZE', 'BLR', 'KGZ', 'TJK'].filter((s) => api.findState(s) !== undefined);
  const periods = fixtureRecords().memberships as Array<Parameters<typeof spansOf>[0][number] & { state: string }>;
  // Every day a fixture period starts or ends, and the days around it.
  const days = spansOf(periods)
    .flatMap((s) => [s.first, s.last, s.from, s.to])
    .filter(Number.isFinite)
    .flatMap((d) => [d - 1, d, d + 1])
    .map(isoDay);
  const meetingIds = (fixtureRecords().meetings as Array<{ id: string }>).map((m) => m.id);

  it('isMember and attendance read the spans file, not the periods', () => {
    expect(memberLoaders).toEqual({ load: 0, loadSpans: 0 });
    for (const state of states) for (const day of days) api.isMember(state as never, day);
    expect(memberLoaders).toEqual({ load: 0, loadSpans: 1 });
    // attendance() reads the file itself, so that it never needs the memberships module.
    for (const id of meetingIds) api.attendance(id as never);
    expect(memberLoaders).toEqual({ load: 0, loadSpans: 2 });
  });

  it('answers every membership question as the periods themselves do', async () => {
    const ask = (lib: typeof api) => ({
      isMember: states.map((s) => days.map((d) => lib.isMember(s as never, d))),
      on: states.map((s) => days.map((d) => lib.membershipOn(s as never, d))),
      possible: states.map((s) => days.map((d) => lib.membershipOn(s as never, d, { possible: true }))),
      members: days.map((d) => lib.membersOn(d)),
      filtered: days.map((d) => lib.memberships({ on: d })),
      unknown: meetingIds.map((id) => lib.attendance(id as never).unknown),
    });
    const fromSpans = ask(api);
    expect(memberLoaders.load).toBe(1); // the records, for the questions that return them
    // A fresh copy of the library whose memberships module has no spans file, as the bundled build.
    vi.resetModules();
    const fixture = (await import('./fixtures/mock.js')).fixtureModule('memberships');
    vi.doMock('../src/generated/memberships.js', () => ({ load: fixture.load, loadSpans: () => undefined }));
    const fromRecords = ask(await import('../src/index.js'));
    expect(fromSpans).toEqual(fromRecords);
    expect(fromSpans.isMember.flat()).toContain(true);
    expect(fromSpans.isMember.flat()).toContain(false);
    expect(fromSpans.possible.flat().some((r) => r.some((x) => !x.certain))).toBe(true);
  });
});

describe('shardOf', () => {
  it('is the low byte of FNV-1a (32-bit), in hex: the published test vectors', () => {
    expect(shardOf('')).toBe('c5'); // 0x811c9dc5
    expect(shardOf('a')).toBe('2c'); // 0xe40c292c
    expect(shardOf('foobar')).toBe('68'); // 0xbf9cf968
  });
});

describe('the built by-year files (dist/by-year/)', () => {
  const root = join(import.meta.dirname, '..');
  const byYear = COLLECTION_NAMES.filter((name) => (COLLECTIONS[name] as CollectionSpec).byYear === true);

  it('exist for the collections the registry ships by year, none of them also by id', () => {
    expect(byYear.length).toBeGreaterThan(0);
    expect(readdirSync(join(root, 'dist', 'by-year')).sort()).toEqual(byYear.map((n) => COLLECTIONS[n].file).sort());
    for (const name of byYear) expect((COLLECTIONS[name] as CollectionSpec).byId).toBeUndefined();
  });

  it.each(byYear)('%s: each year holds exactly the records that may fall in it, with their places', (name) => {
    const file = COLLECTIONS[name].file;
    const records = JSON.parse(readFileSync(join(root, 'dist', 'data', `${file}.json`), 'utf8')) as Array<Parameters<typeof spansOf>[0][number]>;
    const dir = join(root, 'dist', 'by-year', file);
    const years = readdirSync(dir).map((f) => Number(f.slice(0, -'.json'.length))).sort((a, b) => a - b);
    const [floor, ceiling] = [years[0]!, years.at(-1)!];
    expect(years).toEqual(Array.from({ length: ceiling - floor + 1 }, (_, i) => floor + i)); // no gap
    const spans = spansOf(records);
    for (const year of years) {
      const entries = JSON.parse(readFileSync(join(dir, `${year}.json`), 'utf8')) as Array<[number, unknown]>;
      const expected = spans.flatMap((span, index) => {
        const range = yearsOf(span, floor, ceiling);
        return range !== undefined && range[0] <= year && year <= range[1] ? [[index, records[index]]] : [];
      });
      expect(entries).toEqual(expected);
    }
  });
});

describe('the built by-id files (dist/by-id/)', () => {
  const root = join(import.meta.dirname, '..');
  const byId = COLLECTION_NAMES.filter((name) => (COLLECTIONS[name] as CollectionSpec).byId === true);

  it('exist for the collections the registry ships by id, and only those', () => {
    expect(byId.length).toBeGreaterThan(0);
    expect(readdirSync(join(root, 'dist', 'by-id')).sort()).toEqual(byId.map((n) => COLLECTIONS[n].file).sort());
  });

  it.each(byId)('%s: every record is in the file its id hashes to, as in the JSON export, and nowhere else', (name) => {
    const file = COLLECTIONS[name].file;
    const records = JSON.parse(readFileSync(join(root, 'dist', 'data', `${file}.json`), 'utf8')) as Array<{ id: string }>;
    const dir = join(root, 'dist', 'by-id', file);
    const seen: Array<{ id: string }> = [];
    for (const shard of readdirSync(dir)) {
      const list = JSON.parse(readFileSync(join(dir, shard), 'utf8')) as Array<{ id: string }>;
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) expect(`${shardOf(r.id)}.json`).toBe(shard);
      seen.push(...list);
    }
    expect(seen.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(existsSync(join(dir, `${shardOf(records[0]!.id)}.json`))).toBe(true);
  });
});

describe('the built search files (dist/search/)', () => {
  it('hold the folded text and the id of every statement of the JSON export, in its order', () => {
    const root = join(import.meta.dirname, '..');
    const records = JSON.parse(readFileSync(join(root, 'dist', 'data', 'statements.json'), 'utf8')) as Array<Parameters<typeof statementSearchText>[0] & { id: string }>;
    const texts = readFileSync(join(root, 'dist', 'search', 'statements.txt'), 'utf8').split(SEPARATOR);
    expect(texts).toHaveLength(records.length);
    expect(texts).toEqual(records.map(statementSearchText));
    const ids = readFileSync(join(root, 'dist', 'search', 'statements-ids.txt'), 'utf8').split('\n');
    expect(ids).toEqual(records.map((s) => s.id));
    expect(readdirSync(join(root, 'dist', 'search')).sort()).toEqual(['statements-ids.txt', 'statements.txt']);
  });
});

describe('the built spans file (dist/spans/)', () => {
  it('holds the spans of every membership period of the JSON export, in its order', () => {
    const root = join(import.meta.dirname, '..');
    const records = JSON.parse(readFileSync(join(root, 'dist', 'data', 'memberships.json'), 'utf8')) as Array<Parameters<typeof spansOf>[0][number] & { state: string }>;
    const rows = JSON.parse(readFileSync(join(root, 'dist', 'spans', 'memberships.json'), 'utf8')) as unknown[];
    const day = (n: number) => (Number.isFinite(n) ? n : null);
    expect(rows).toEqual(spansOf(records).map((s) => [s.record.state, day(s.first), day(s.last), day(s.from), day(s.to)]));
    expect(readdirSync(join(root, 'dist', 'spans'))).toEqual(['memberships.json']);
  });
});
