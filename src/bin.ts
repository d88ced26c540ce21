import { fstatSync, writeSync } from 'node:fs';
import { main } from './cli.js';
import { outputWidth } from './_lib/cli-kit.js';
import { lineWriter } from './_lib/cli-out.js';

/**
 * A reader that goes away (`csto … | head -1`) ends the command quietly with 0; any other failure
 * to write (a full disk, a closed terminal) is reported once and ends it with 2.
 */
function failed(fd: 1 | 2, error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(process.exitCode === 2 ? 2 : 0);
  if (fd === 1) {
    try {
      writeSync(2, `csto: could not write the output: ${error.message}\n`);
    } catch {
      // nowhere left to say it
    }
  }
  process.exit(2);
}

/** Lines to stdout (1) or stderr (2), written directly (see lineWriter); the stream only if a pipe is full. */
const lines = (fd: 1 | 2) =>
  lineWriter(
    (bytes) => writeSync(fd, bytes),
    () => {
      const stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', (error: NodeJS.ErrnoException) => failed(fd, error));
      return stream;
    },
    (error) => failed(fd, error),
  );

process.exitCode = main(process.argv.slice(2), {
  out: lines(1),
  err: lines(2),
  // Only a terminal has a width, and reading it needs the stream; a pipe or a file (not a character
  // device) has none, and is not given one: creating it costs a piped command about 1.5 ms.
  width: outputWidth(fstatSync(1).isCharacterDevice() ? process.stdout : {}, process.env),
});
