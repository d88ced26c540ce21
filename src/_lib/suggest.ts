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

/**
 * Known ids close to `input`: those that contain it or start alike, and those within a small edit
 * distance, best first, at most five.
 */
export function suggest(input: string, candidates: Iterable<string>): string[] {
  const needle = input.trim().toLowerCase().slice(0, 100);
  if (needle === '') return [];
  const max = Math.max(2, Math.floor(needle.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // Best: the input is part of the id; then small edit distances; last, an id inside the input.
    let score = hay.includes(needle) ? 0 : distance(needle, hay, max);
    if (score > max && hay.length >= 3 && needle.includes(hay)) score = max;
    if (score <= max) scored.push([candidate, score]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, 5).map(([c]) => c);
}
