import { describe, expect, it } from 'vitest';
import { dayRange } from '../src/_lib/dates.js';
import { person, roleOn, statement, statements, UnknownIdError } from '../src/index.js';

describe('statements: the seed documents', () => {
  it('Tasmagambetov on Afghanistan before the Astana session is quoted verbatim', () => {
    const found = statements({ speaker: 'imangali-tasmagambetov', topic: 'afghanistan', text: 'Afghan issue' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s.quote?.includes('The Afghan issue is one of the relevant areas of activity'))).toBe(true);
  });

  it('Tokayev\'s chairmanship priorities include the anti-terrorism component', () => {
    expect(statements({ speaker: 'kassym-jomart-tokayev', text: 'anti-terrorism component' }).length).toBeGreaterThan(0);
  });

  it('Kaliyev, Nurtleu and Peskov are in, paraphrases flagged as such', () => {
    expect(statements({ speaker: 'talgat-kaliyev' }).length).toBeGreaterThanOrEqual(3);
    expect(statements({ speaker: 'murat-nurtleu' }).length).toBeGreaterThan(0);
    for (const s of statements()) {
      if (s.paraphrase) expect(s.quote).toBeUndefined();
      else expect(s.quote && s.quote.length).toBeGreaterThan(0);
    }
  });
});

describe('statements: breadth and invariants', () => {
  it('meet the breadth the issue asks for', () => {
    const all = statements();
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(new Set(all.map((s) => s.speaker)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(all.map((s) => s.date.slice(0, 4))).size).toBeGreaterThanOrEqual(15);
    const speakerStates = new Set(all.map((s) => person(s.speaker).state));
    for (const st of ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']) expect(speakerStates).toContain(st);
  });

  it('every statement has a summary, a source, and a translation for a non-English quote', () => {
    for (const s of statements()) {
      expect(s.summary.length).toBeGreaterThan(0);
      expect(s.sources.length).toBeGreaterThan(0);
      if (s.quote && s.language !== 'en') expect(s.translation).toBeDefined();
    }
  });

  it('are sorted by date', () => {
    const days = statements().map((s) => dayRange(s.date)[0]);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
});

describe('statements: search', () => {
  it('text search ignores case and diacritics', () => {
    const plain = statements({ text: 'armenia' });
    expect(plain.length).toBeGreaterThan(0);
    expect(statements({ text: 'ÁRMENIA' })).toEqual(plain);
  });

  it('filters combine', () => {
    const list = statements({ about: 'ARM', from: '2023-01-01', to: '2024-12-31' });
    for (const s of list) {
      expect(s.about).toContain('ARM');
      expect(s.date >= '2023' && s.date <= '2024-12-31').toBe(true);
    }
    for (const s of statements({ state: 'ARM' })) expect(person(s.speaker).state).toBe('ARM');
  });

  it('statement(id) finds a statement and rejects unknown ids', () => {
    const first = statements()[0]!;
    expect(statement(first.id)).toBe(first);
    expect(() => statement('no-such-statement' as never)).toThrow(UnknownIdError);
    expect(() => statements({ topic: 'weather' as never })).toThrow(RangeError);
    expect(() => statements({ text: 5 as never })).toThrow(TypeError);
    expect(() => statements({ speaker: 'nobody-at-all' as never })).toThrow(UnknownIdError);
  });

  it('roleOn gives the dated role a person held', () => {
    expect(roleOn('imangali-tasmagambetov', '2024-11-27')?.title).toBe('CSTO Secretary General');
    expect(roleOn('imangali-tasmagambetov', '1990-01-01')).toBeUndefined();
    expect(() => roleOn('imangali-tasmagambetov', 'yesterday')).toThrow(RangeError);
  });
});
