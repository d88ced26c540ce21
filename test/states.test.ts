import { describe, expect, it } from 'vitest';
import { state, states, UnknownIdError } from '../src/index.js';

describe('states', () => {
  it('lists the nine states ever party to the treaty, sorted by id', () => {
    const ids = states().map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']));
  });

  it('gives every state an alpha-2 code and names in English and Russian', () => {
    for (const s of states()) {
      expect(s.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(s.name.en.length).toBeGreaterThan(0);
      expect(s.name.ru).toMatch(/[А-Яа-яЁё]/);
    }
  });

  it('finds a state by alpha-3, alpha-2 or English name in any case', () => {
    expect(state('KAZ').name.en).toBe('Kazakhstan');
    expect(state('kz').id).toBe('KAZ');
    expect(state('kazakhstan').id).toBe('KAZ');
    expect(state('ARMENIA').id).toBe('ARM');
    expect(state('Kyrgyzstan').alpha2).toBe('KG');
  });

  it('throws UnknownIdError with suggestions for an unknown state', () => {
    let error: unknown;
    try {
      state('KAZZ' as 'KAZ');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownIdError);
    const e = error as UnknownIdError;
    expect(e.kind).toBe('state');
    expect(e.id).toBe('KAZZ');
    expect(e.suggestions).toContain('KAZ');
    expect(e.message).toMatch(/Unknown state "KAZZ".*alpha-3/);
    expect(() => state('Kazakstan' as 'KAZ')).toThrow(/Did you mean "Kazakhstan"/);
  });

  it('throws TypeError for a non-string reference', () => {
    expect(() => state(42 as unknown as 'KAZ')).toThrow(TypeError);
    expect(() => state(undefined as unknown as 'KAZ')).toThrow(/state: `ref` must be/);
  });
});
