/**
 * How the `csto` command writes a line: straight to its file descriptor, synchronously, without
 * creating Node's process.stdout/stderr streams (which cost every command about 2 ms of a 60 ms
 * start). A partial write goes on with the rest; on EAGAIN (a non-blocking pipe that is full) this
 * line's rest and every later line go through the stream, which waits for the reader, so nothing is
 * written out of order; any other error goes to `fail`.
 */
export function lineWriter(
  writeSome: (bytes: Uint8Array) => number,
  openStream: () => { write(bytes: Uint8Array): unknown },
  fail: (error: NodeJS.ErrnoException) => never,
): (text: string) => void {
  let stream: { write(bytes: Uint8Array): unknown } | undefined;
  return (text) => {
    let rest: Uint8Array = Buffer.from(`${text}\n`);
    while (stream === undefined && rest.length > 0) {
      try {
        rest = rest.subarray(writeSome(rest));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') fail(error as NodeJS.ErrnoException);
        stream = openStream();
      }
    }
    if (stream !== undefined && rest.length > 0) stream.write(rest);
  };
}
