/**
 * Where a record lives in the Node builds' by-id files: `dist/by-id/<collection>/<shard>.json`,
 * the shard being the low byte of the id's FNV-1a hash, in hex (`"00"`…`"ff"`). A lookup by id
 * then reads and parses one file of about 1/256 of the collection, whatever its size. The build
 * writes the files with this function and the loaders read them with it, so both always agree.
 *
 * FNV-1a (32-bit) over UTF-16 code units: a few lines, no table, spreads short slugs well.
 */
export function shardOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash & 0xff).toString(16).padStart(2, '0');
}

/** The record with this id in a shard file's text (`undefined` text: no such file), or `undefined`. */
export function findInShard<T extends { readonly id: string }>(text: string | undefined, id: string): T | undefined {
  if (text === undefined) return undefined;
  const records = JSON.parse(text) as T[];
  for (const record of records) if (record.id === id) return record;
  return undefined;
}
