/** What `read` returns, or `undefined` when the file it reads does not exist (a by-id shard no id falls in, a year no term touches). */
export function unlessMissing<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}
