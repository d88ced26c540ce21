/**
 * Bad input costs bounded work: an unknown id's error quotes only a short prefix, suggestions come
 * from an index built once per kind of id, and text queries have a documented maximum length.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/_lib/suggest.js', async (original) => {
  const actual = await original<typeof import('../src/_lib/suggest.js')>();
  return { ...actual, suggester: vi.fn(actual.suggester) };
});

const { suggester } = await import('../src/_lib/suggest.js');
const api = await import('../src/index.js');

function thrown(call: () => unknown): Error & { id?: string; suggestions?: readonly string[] } {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('unknown ids', () => {
  it('quote at most a short prefix of a huge id in the message, and keep the id itself', () => {
    const id = `2024-11-28-csc-astana${'x'.repeat(10_000_000)}`;
    const error = thrown(() => api.meeting(id as never));
    expect(error).toBeInstanceOf(api.UnknownIdError);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain('"2024-11-28-csc-astanaxxx');
    expect(error.message).toContain('(10000021 characters)');
    expect(error.id).toBe(id);
  });

  it('still suggest close ids, from an index built once per kind of id', () => {
    vi.mocked(suggester).mockClear();
    for (const typo of ['2024-11-28-csc-astna', '2024-11-28-csc-astanaa', 'csc-astana']) {
      expect(thrown(() => api.meeting(typo as never)).suggestions).toContain('2024-11-28-csc-astana');
    }
    expect(thrown(() => api.state('Kazakstan' as never)).suggestions).toContain('Kazakhstan');
    expect(thrown(() => api.state('KAZZ' as never)).suggestions).toContain('KAZ');
    expect(thrown(() => api.state('Kyrgyzstn' as never)).suggestions).toContain('Kyrgyzstan');
    expect(thrown(() => api.person('imangali-tasmagambetovv' as never)).suggestions).toContain('imangali-tasmagambetov');
    expect(thrown(() => api.person('tasmagambetov' as never)).suggestions).toContain('imangali-tasmagambetov');
    // One index for meetings, one for states, one for people: not one per miss.
    expect(vi.mocked(suggester).mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('suggest nothing for an input unlike any id', () => {
    expect(thrown(() => api.meeting('\n' as never)).suggestions).toEqual([]);
    expect(thrown(() => api.meeting('zzzzqqqq' as never)).suggestions).toEqual([]);
  });
});

describe('text queries', () => {
  it(`search up to ${api.MAX_TEXT_QUERY} characters and refuse longer, with a RangeError`, () => {
    expect(api.statements({ text: 'a'.repeat(api.MAX_TEXT_QUERY) })).toEqual([]);
    expect(() => api.statements({ text: 'a'.repeat(api.MAX_TEXT_QUERY + 1) })).toThrow(RangeError);
    expect(() => api.statements({ text: 'a'.repeat(10_000_000) })).toThrow(/at most 1000 characters; got 10000000/);
  });
});

describe('text search', () => {
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const naive = (needle: string) =>
    api.statements().filter((s) => fold([s.quote ?? '', s.translation ?? '', s.summary].join('\n')).includes(fold(needle.trim())));
  const needles = ['afghan', 'Peace', 'the', 'of', 'x', 'Армени', 'terrorism', 'zzzz-none', 'CSTO member', 'tokáyev'];

  it('answers as a scan of every statement would, on the first searches and once indexed', () => {
    for (let round = 0; round < 4; round++) {
      for (const needle of needles) expect(api.statements({ text: needle }), `${needle}, round ${round}`).toEqual(naive(needle));
    }
  });

  it('combines with the other filters', () => {
    const both = api.statements({ text: 'armenia', topic: 'membership' });
    expect(both).toEqual(naive('armenia').filter((s) => s.topics.includes('membership')));
    expect(both.length).toBeGreaterThan(0);
  });
});

describe('textSearch', async () => {
  const { textSearch } = await import('../src/_lib/text-index.js');
  it('finds each text holding the needle once, in order, by scan and by index', () => {
    const search = textSearch(['abcabc', 'xyz', 'bca', '', 'zabc'].join('\u0000'));
    for (let i = 0; i < 4; i++) {
      expect(search('abc')).toEqual([0, 4]);
      expect(search('bc')).toEqual([0, 2, 4]);
      expect(search('cabc')).toEqual([0]);
      expect(search('yz')).toEqual([1]);
      expect(search('q')).toEqual([]);
      expect(search('')).toEqual([]);
      expect(search('c\u0000x')).toEqual([]);
    }
  });
});
