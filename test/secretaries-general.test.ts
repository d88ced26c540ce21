import { describe, expect, it } from 'vitest';
import { dayRange } from '../src/_lib/dates.js';
import { person, secretariesGeneral, secretaryGeneralOn } from '../src/index.js';

describe('secretaries general', () => {
  it('Tasmagambetov served from 1 January 2023 (Yerevan session decision, Nov 2022)', () => {
    expect(secretaryGeneralOn('2023-01-01')?.person).toBe('imangali-tasmagambetov');
    expect(secretaryGeneralOn('2024-11-28')?.person).toBe('imangali-tasmagambetov');
    expect(secretaryGeneralOn('2022-06-01')?.person).toBe('stanislav-zas');
    expect(secretaryGeneralOn('2010-01-01')?.person).toBe('nikolai-bordyuzha');
  });

  it('records acting secretaries general as such', () => {
    const acting = secretariesGeneral().filter((t) => t.acting);
    expect(acting.length).toBeGreaterThan(0);
    for (const t of acting) expect(person(t.person).state).toBe(t.state);
  });

  it('terms are ordered and a person from the named state', () => {
    const starts = secretariesGeneral().map((t) => (t.from === undefined ? -Infinity : dayRange(t.from)[0]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const t of secretariesGeneral()) {
      const p = person(t.person);
      if (p.state && t.state) expect(p.state).toBe(t.state);
    }
  });

  it('has no answer before the first term; rejects malformed dates', () => {
    expect(secretaryGeneralOn('1990-01-01')).toBeUndefined();
    expect(() => secretaryGeneralOn('2018-6-1')).toThrow(RangeError);
    expect(() => secretaryGeneralOn(2018 as never)).toThrow(TypeError);
  });
});
