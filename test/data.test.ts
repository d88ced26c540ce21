import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../scripts/lib/dataset.js';
import { validateData } from '../scripts/lib/invariants.js';
import * as api from '../src/index.js';

const dataDir = join(import.meta.dirname, '..', 'data');

describe('the bundled data', () => {
  it('passes every schema and every cross-record invariant', () => {
    expect(validateData(dataDir).problems.map(formatIssue)).toEqual([]);
  });

  it('every record of the main entry cites at least one catalogued source', () => {
    const collections = [api.states(), api.memberships(), api.chairmanships(), api.secretariesGeneral(), api.people(), api.milestones()];
    for (const list of collections) {
      expect(list.length).toBeGreaterThan(0);
      for (const record of list) {
        expect(record.sources.length).toBeGreaterThan(0);
        for (const id of record.sources) expect(api.source(id).id).toBe(id);
      }
    }
  });

  it('every id a record refers to resolves through the public API', () => {
    for (const m of api.memberships()) expect(api.state(m.state).id).toBe(m.state);
    for (const t of api.chairmanships()) {
      expect(api.state(t.state).id).toBe(t.state);
      expect(api.person(t.chair).id).toBe(t.chair);
    }
    for (const t of api.secretariesGeneral()) expect(api.person(t.person).id).toBe(t.person);
    for (const p of api.people()) if (p.state) expect(api.state(p.state).id).toBe(p.state);
  });

  it('source URLs are unique http(s) URLs', () => {
    const urls = api.sources().map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(new URL(url).protocol).toMatch(/^https?:$/);
  });

  it('dataAsOf is a full date no record goes beyond', () => {
    expect(api.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const m of api.milestones()) expect(m.date <= api.dataAsOf).toBe(true);
  });
});
