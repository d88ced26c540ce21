/**
 * States' codes for joining other datasets, as the code lists cited in data/sources/identifiers.yaml
 * give them (countrycode's copies of the COW state list, the Gleditsch-Ward list and ISO 3166-1).
 */
import { describe, expect, it } from 'vitest';
import { state, states, UnknownIdError } from '../src/index.js';

describe('state codes', () => {
  it('every state has ISO numeric, COW and Gleditsch-Ward codes, each sourced', () => {
    for (const s of states()) {
      expect(s.codes, s.id).toBeDefined();
      expect(s.codes!.iso).toMatch(/^\d{3}$/);
      expect(s.codes!.sources.length).toBeGreaterThan(0);
    }
  });

  it('gives the codes the lists give: Georgia is ISO 268, COW 372 "GRG", G&W 372; Kazakhstan COW 705 "KZK"', () => {
    expect(state('GEO').codes).toMatchObject({ iso: '268', cow: 372, cowAbbreviation: 'GRG', gw: 372 });
    expect(state('KAZ').codes).toMatchObject({ iso: '398', cow: 705, cowAbbreviation: 'KZK', gw: 705 });
    expect(state('ARM').codes?.iso).toBe('051');
  });

  it('state() resolves ISO numeric, cow: and gw: codes', () => {
    expect(state('268').id).toBe('GEO');
    expect(state('iso:051').id).toBe('ARM');
    expect(state('cow:365').id).toBe('RUS');
    expect(state('gw:702').id).toBe('TJK');
    expect(() => state('cow:999' as 'cow:365')).toThrow(UnknownIdError);
  });
});
