/**
 * Text search over many texts at a bounded cost. The first searches scan all texts at once (one
 * native `indexOf` through them joined); a process that keeps searching gets a trigram index,
 * built once, from which a search only checks the texts holding the needle's rarest trigram.
 */

import { SEPARATOR } from './search-text.js';

/** Searches after which the trigram index is built (a one-off question never pays for it). */
const INDEX_AFTER = 2;

const key = (text: string, i: number) => text.charCodeAt(i) * 4294967296 + text.charCodeAt(i + 1) * 65536 + text.charCodeAt(i + 2);

/** The entry a position of a joined text falls in, given where each entry starts (a binary search). */
export function entryAt(starts: readonly number[], position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A search over texts given joined by {@link SEPARATOR} (as the build writes them, or as joined in
 * process): the indexes (ascending) of the texts that contain the needle.
 */
export function textSearch(texts: string): (needle: string) => number[] {
  // Where each text starts. (Not by prefixing a separator: searching the joined string that makes
  // copies all of it, 0.2–0.3 ms for the statements in a fresh process.)
  const starts: number[] = [0];
  for (let p = texts.indexOf(SEPARATOR); p !== -1; p = texts.indexOf(SEPARATOR, p + 1)) starts.push(p + 1);
  const at = (position: number) => entryAt(starts, position);
  let split: string[] | undefined;
  /** Each text on its own, for the index and what it finds (only once a process searches again and again). */
  const separate = () => (split ??= texts.split(SEPARATOR));
  let searches = 0;
  let postings: Map<number, number[]> | undefined;
  const index = () => {
    const map = new Map<number, number[]>();
    separate().forEach((text, i) => {
      for (let j = 0; j + 3 <= text.length; j++) {
        const k = key(text, j);
        const list = map.get(k);
        if (list === undefined) map.set(k, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return map;
  };
  return (needle) => {
    if (needle === '' || needle.includes(SEPARATOR)) return [];
    searches++;
    if (needle.length >= 3 && searches > INDEX_AFTER) {
      postings ??= index();
      let rarest: number[] | undefined;
      for (let j = 0; j + 3 <= needle.length; j++) {
        const list = postings.get(key(needle, j));
        if (list === undefined) return [];
        if (rarest === undefined || list.length < rarest.length) rarest = list;
      }
      return (rarest ?? []).filter((i) => needle.length === 3 || (separate()[i] ?? '').includes(needle));
    }
    const found: number[] = [];
    for (let p = texts.indexOf(needle); p !== -1; ) {
      const i = at(p);
      found.push(i);
      const next = starts[i + 1];
      if (next === undefined) break;
      p = texts.indexOf(needle, next);
    }
    return found;
  };
}
