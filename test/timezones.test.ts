/**
 * Dates without surprises: a "YYYY-MM-DD" string is a calendar day and a Date is read in UTC, so
 * the answers are the same whatever the machine's time zone. Each zone runs in its own process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist', 'index.js');
const script = `
const api = await import(${JSON.stringify(dist)});
const days = ['2022-12-31', '2023-01-01', '2023-12-31', '2024-01-01', '2012-06-28', '2012-12-19', '2012-12-20', '2024-02-22'];
const out = {};
for (const d of days) {
  const dateAtUtcMidnight = new Date(d + 'T00:00:00Z');
  const dateLateUtc = new Date(d + 'T23:59:59Z');
  out[d] = [
    api.chairOn(d)?.state, api.chairOn(dateAtUtcMidnight)?.state, api.chairOn(dateLateUtc)?.state,
    api.membersOn(d).map((m) => m.state + ':' + m.status).join(','),
    api.secretaryGeneralOn(d)?.person,
    api.meetings({ from: d, to: d }).map((m) => m.id).join(','),
  ];
}
console.log(JSON.stringify({ offset: new Date('2024-01-01T00:00:00Z').getTimezoneOffset(), out }));
`;

function runIn(tz: string): { offset: number; out: Record<string, unknown[]> } {
  const text = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return JSON.parse(text);
}

describe('time zones', () => {
  const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns', 'Asia/Almaty'];
  const results = zones.map(runIn);

  it('each process really ran in its zone (UTC offsets from +14 h to -11 h)', () => {
    expect(results.map((r) => r.offset)).toEqual([0, -840, 660, -345, 210, expect.any(Number)]);
  });

  it('gives the same answers in every zone', () => {
    for (const r of results) expect(r.out).toEqual(results[0]!.out);
  });

  it('reads a Date in UTC: midnight and one second before the next UTC day are the same day', () => {
    for (const [, [s, midnight, late]] of Object.entries(results[0]!.out)) {
      expect(midnight).toBe(s);
      expect(late).toBe(s);
    }
  });
});
