/**
 * "Did you mean…" for unknown ids, at a bounded cost per miss: the candidates are indexed once (by
 * their letter trigrams), and a miss compares the input, cut to {@link MAX_NEEDLE} characters, with
 * only the few candidates that share the most trigrams with it.
 */
import { entryAt } from './text-index.js';

/** The longest part of an input compared with the candidates. */
const MAX_NEEDLE = 64;
/** How many candidates, ranked by shared trigrams, a miss compares by edit distance. */
const SHORTLIST = 24;

/** Levenshtein distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** A function giving the known ids close to an input, with its index built once from `candidates`. */
export function suggester(candidates: Iterable<string>): (input: string) => string[] {
  const ids = [...new Set(candidates)];
  const lower = ids.map((id) => id.toLowerCase());
  // All candidates in one string, so that finding the input inside them is one native search.
  const joined = `\n${lower.join('\n')}\n`;
  const starts: number[] = [];
  let offset = 1;
  for (const l of lower) {
    starts.push(offset);
    offset += l.length + 1;
  }
  const postings = new Map<string, number[]>();
  lower.forEach((l, i) => {
    for (const t of trigrams(l)) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const at = (position: number) => entryAt(starts, position);
  return (input) => {
    const needle = input.trim().toLowerCase().slice(0, MAX_NEEDLE);
    if (needle === '' || needle.includes('\n')) return [];
    const max = Math.max(2, Math.floor(needle.length / 3));
    const scored = new Map<number, number>();
    // Best: the input is part of an id (at most a few, found by one search through all of them).
    for (let p = joined.indexOf(needle); p !== -1 && scored.size < 5; p = joined.indexOf(needle, p + 1)) scored.set(at(p), 0);
    // Then ids within a small edit distance, among those sharing the most trigrams with the input.
    const shared = new Map<number, number>();
    // Trigrams most ids share ("202" in dated ids) rank nothing and would cost a pass over them all.
    const common = Math.max(64, ids.length >> 3);
    for (const t of trigrams(needle)) {
      const list = postings.get(t) ?? [];
      if (list.length <= common) for (const i of list) shared.set(i, (shared.get(i) ?? 0) + 1);
    }
    const shortlist = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, SHORTLIST);
    for (const [i] of shortlist) {
      if (scored.has(i)) continue;
      const hay = lower[i] ?? '';
      let score = distance(needle, hay, max);
      // Last: an id inside the input.
      if (score > max && hay.length >= 3 && needle.includes(hay)) score = max;
      if (score <= max) scored.set(i, score);
    }
    return [...scored]
      .map(([i, score]) => [ids[i] ?? '', score] as const)
      .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, 5)
      .map(([id]) => id);
  };
}

/** Known ids close to `input`, best first, at most five (builds a throwaway index: prefer {@link suggester}). */
export function suggest(input: string, candidates: Iterable<string>): string[] {
  return suggester(candidates)(input);
}
