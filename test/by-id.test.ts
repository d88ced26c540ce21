/**
 * Looking up one record by id: the Node builds read it from its by-id file (dist/by-id/) instead of
 * loading the whole collection. Here the generated meetings module is a spy over the fixture, so the
 * test sees which loader each question uses; and the built files are checked against the JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionSpec } from '../src/collections.js';
import { shardOf } from '../src/_lib/shard.js';

const loaders = vi.hoisted(() => ({ load: 0, loadOne: 0 }));
vi.mock('../src/generated/meetings.js', async () => {
  const fixture = (await import('./fixtures/mock.js')).fixtureModule('meetings');
  return {
    load: () => (loaders.load++, fixture.load()),
    loadOne: (id: string) => (loaders.loadOne++, fixture.loadOne(id)),
  };
});
for (const name of ['states', 'memberships', 'chairmanships', 'secretaries-general', 'people', 'statements', 'sources']) {
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

describe('shardOf', () => {
  it('is the low byte of FNV-1a (32-bit), in hex: the published test vectors', () => {
    expect(shardOf('')).toBe('c5'); // 0x811c9dc5
    expect(shardOf('a')).toBe('2c'); // 0xe40c292c
    expect(shardOf('foobar')).toBe('68'); // 0xbf9cf968
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
