/**
 * Dates with bounds and statuses that stay true, on the bundled data: facts from sources, the rule
 * that a record without bounds or attestations answers as it always did, and the bounds columns of
 * every CSV.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, dayRange, isoDay } from '../src/_lib/dates.js';
import { inForce, spansOf } from '../src/_lib/periods.js';
import { chairmanships, chairOn, dataAsOf, meetings, secretaryGeneralOn, source, sources } from '../src/index.js';
import { parseCsv } from './fixtures/csv.js';

const root = join(import.meta.dirname, '..');

describe('facts the bounds settle (sources on the records)', () => {
  it('6 October 2007: Kyrgyzstan chairs, as RIA Novosti reported that day', () => {
    const term = chairOn('2007-10-06');
    expect(term?.state).toBe('KGZ');
    const attestation = term?.attested?.find((a) => a.on === '2007-10-06');
    expect(attestation?.sources.map((id) => source(id).publisher).join()).toMatch(/RIA/);
  });
  it('the Belarus–Kyrgyzstan handover of 2007 is possible on any day up to 6 October, certain on none', () => {
    expect(chairOn('2007-05-01')).toBeUndefined();
    expect(chairOn('2007-05-01', { possible: true }).map((r) => r.record.state)).toEqual(['BLR', 'KGZ']);
  });
  it('1 April 2003: the Secretary General of the Treaty’s Council, Valery Nikolaenko, in office (his start is unknown)', () => {
    const term = secretaryGeneralOn('2003-04-01');
    expect(term?.person).toBe('valery-nikolaenko');
    expect(term?.from).toBeUndefined();
  });
});

describe('a record without bounds or attestations answers exactly as before', () => {
  const stripped = chairmanships().map(({ bounds: _b, ...rest }) => rest);
  const plain = chairmanships().map((t, i) => ({ shipped: t, stripped: stripped[i]! })).filter(({ shipped }) => shipped.attested === undefined);
  it('its certain days are those its precision gives', () => {
    const a = spansOf(plain.map((p) => p.shipped));
    const b = spansOf(plain.map((p) => p.stripped));
    expect(a.map((s) => [s.first, s.last])).toEqual(b.map((s) => [s.first, s.last]));
  });
  it('and the term in force on any day is the same', () => {
    const a = spansOf(plain.map((p) => p.shipped));
    const b = spansOf(plain.map((p) => p.stripped));
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1992, 1, 1), max: dayNumber(2027, 12, 31) }), (day) => {
        expect(inForce(a, day)).toBe(plain.find((p) => p.stripped === inForce(b, day))?.shipped);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('statuses stay true', () => {
  it('no meeting dated on or before dataAsOf is planned', () => {
    const stale = meetings({ status: 'planned' }).filter((m) => dayRange(m.date)[0] <= dayRange(dataAsOf)[1]);
    expect(stale.map((m) => m.id)).toEqual([]);
  });
  it('dataAsOf is no later than the newest source read', () => {
    const newest = sources()
      .map((s) => s.published ?? '')
      .filter((d) => d.length === 10)
      .sort()
      .at(-1);
    expect(dataAsOf <= newest!).toBe(true);
  });
});


describe('every CSV date column has its bounds as full days and its EDTF form', () => {
  // Every shipped CSV: the ones with a date column must carry its bounds; most have one.
  const files = readdirSync(join(root, 'dist', 'data'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => f.replace(/\.csv$/, ''));
  it('most CSVs have a date column', () => {
    const dated = files.filter((name) => readFileSync(join(root, 'dist', 'data', `${name}.csv`), 'utf8').split('\r\n')[0]!.includes('_precision'));
    expect(dated.length).toBeGreaterThan(files.length / 2);
  });
  it.each(files)('%s.csv', (name) => {
    const [header, ...rows] = parseCsv(readFileSync(join(root, 'dist', 'data', `${name}.csv`), 'utf8'));
    const dates = header!.filter((h) => header!.includes(`${h}_precision`));
    for (const column of dates) {
      for (const suffix of ['_earliest', '_latest', '_edtf']) expect(header).toContain(`${column}${suffix}`);
      const at = (suffix: string) => header!.indexOf(`${column}${suffix}`);
      for (const row of rows) {
        const [value, earliest, latest, edtf] = [row[header!.indexOf(column)]!, row[at('_earliest')]!, row[at('_latest')]!, row[at('_edtf')]!];
        for (const day of [earliest, latest]) if (day !== '') expect(isoDay(dayRange(day)[0])).toBe(day); // a real full day
        if (earliest !== '' && latest !== '') expect(earliest <= latest).toBe(true);
        if (value !== '') {
          const [first, last] = dayRange(value);
          if (earliest !== '') expect(dayRange(earliest)[0]).toBeGreaterThanOrEqual(first);
          if (latest !== '') expect(dayRange(latest)[0]).toBeLessThanOrEqual(last);
          expect(edtf === value || edtf.startsWith('[') || edtf === earliest).toBe(true);
        }
      }
    }
  });
});
