/**
 * The state-year and state-meeting panels agree with the helpers they summarize, day by day, and
 * the `csto export` command prints the same panel as the API.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANEL_COLUMNS } from '../scripts/export/panels.js';
import { toCsv } from '../scripts/export/csv-format.js';
import { dayNumber, isoDay } from '../src/_lib/dates.js';
import { attendance, chairOn, meetings, membershipOn, stateMeetings, states, stateYears, STATUTORY_BODIES, type PanelStatus } from '../src/index.js';

const bin = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const csto = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** A state's standing on a day, read through the public helpers only. */
function standing(state: string, day: string): PanelStatus {
  const period = membershipOn(state as 'ARM', day);
  if (period) return period.status;
  return membershipOn(state as 'ARM', day, { possible: true }).length > 0 ? 'unknown' : 'none';
}

describe('state-year panel', () => {
  const rows = stateYears();

  it('has one row per state and year from 1992 to the year of dataAsOf', () => {
    expect(rows.length).toBe(states().length * (rows.at(-1)!.year - 1992 + 1));
    expect(new Set(rows.map((r) => `${r.state} ${r.year}`)).size).toBe(rows.length);
  });

  it("adds each state's days per year up to the year's length, and matches membershipOn on every day", () => {
    for (const row of rows) {
      const total = Object.values(row.days).reduce((a, b) => a + b, 0);
      expect(total, `${row.state} ${row.year}`).toBe(row.length);
      expect(row.length).toBe(dayNumber(row.year + 1, 1, 1) - dayNumber(row.year, 1, 1));
      const counted: Record<string, number> = {};
      for (let d = dayNumber(row.year, 1, 1); d < dayNumber(row.year + 1, 1, 1); d += 1) {
        const s = standing(row.state, isoDay(d));
        counted[s] = (counted[s] ?? 0) + 1;
      }
      for (const [status, days] of Object.entries(row.days)) expect(days, `${row.state} ${row.year} ${status}`).toBe(counted[status] ?? 0);
      expect(row.on.jan1).toBe(standing(row.state, `${row.year}-01-01`));
      expect(row.on.jul1).toBe(standing(row.state, `${row.year}-07-01`));
      expect(row.on.dec31).toBe(standing(row.state, `${row.year}-12-31`));
      expect(row.cow).toBe(row.on.dec31 === 'none' ? 0 : row.on.dec31 === 'unknown' ? -9 : 1);
    }
  }, 60_000);

  it('counts the chair days chairOn gives', () => {
    for (const row of rows.filter((r) => r.year % 3 === 0)) {
      let days = 0;
      for (let d = dayNumber(row.year, 1, 1); d < dayNumber(row.year + 1, 1, 1); d += 1) if (chairOn(isoDay(d))?.state === row.state) days += 1;
      expect(row.chairDays, `${row.state} ${row.year}`).toBe(days);
      if (days > 0) expect(row.chaired).toBe(true);
    }
  }, 60_000);

  it("counts Armenia's 2024 handover day once: 52 days active, 314 frozen (freeze from 22 February 2024)", () => {
    // memberships.yaml: the freeze period starts 2024-02-22 (sources cited there).
    const arm = stateYears({ state: 'Armenia' }).find((r) => r.year === 2024)!;
    expect(arm.days).toEqual({ active: 52, suspended: 0, frozen: 314, none: 0, unknown: 0 });
    expect(arm.on).toEqual({ jan1: 'active', jul1: 'frozen', dec31: 'frozen' });
  });
});

describe('state-meeting panel', () => {
  it('has a row per member state of every held statutory session, unknown where attendance() says so', () => {
    const rows = stateMeetings();
    const statutory = meetings().filter((m) => m.status === 'held' && m.bodies.some((b) => (STATUTORY_BODIES as readonly string[]).includes(b)));
    expect(new Set(rows.map((r) => r.meeting)).size).toBe(statutory.length);
    for (const m of statutory) {
      const a = attendance(m.id);
      const mine = rows.filter((r) => r.meeting === m.id);
      expect(mine.filter((r) => r.attendance === 'unknown').map((r) => r.state)).toEqual(a.unknown);
      for (const rec of a.records) {
        const row = mine.find((r) => r.state === rec.state)!;
        expect(row.attendance).toBe(rec.status);
        expect(row.delegate).toBe(rec.delegate);
      }
      if (/^\d{4}-\d{2}-\d{2}$/.test(m.date) && m.endDate === undefined)
        for (const row of mine) expect(row.membership, `${m.id} ${row.state}`).toBe(membershipOn(row.state, m.date)?.status ?? 'unknown');
    }
  });

  it('rejects a bad filter', () => {
    expect(() => stateMeetings({ state: 'Atlantis' as 'ARM' })).toThrow(/state/);
    expect(() => stateYears({ year: 2020 } as never)).toThrow(TypeError);
  });
});

describe('csto export of the panels', () => {
  it('prints the same state-year panel as the API, as JSON and as CSV', () => {
    const json = csto('export', 'state-years');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(stateYears())));
    const csv = csto('export', 'state-years', '--format', 'csv');
    expect(csv.status).toBe(0);
    expect(`${csv.stdout.replace(/\n$/, '')}\r\n`).toBe(toCsv(stateYears(), PANEL_COLUMNS['state-years']));
  });

  it('prints the same state-meeting panel as the API', () => {
    const json = csto('export', 'state-meetings');
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(stateMeetings())));
  });
});
