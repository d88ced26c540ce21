#!/usr/bin/env node
import { main } from './cli.js';
import { outputWidth } from './_lib/cli-kit.js';

// A reader that goes away (`csto … | head -1`) ends the command quietly with 0; any other failure
// to write (a full disk, a closed terminal) is reported once and ends it with 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode === 2 ? 2 : 0);
    if (stream === process.stdout) {
      try {
        process.stderr.write(`csto: could not write the output: ${error.message}\n`);
      } catch {
        // nowhere left to say it
      }
    }
    process.exit(2);
  });
}

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  width: outputWidth(process.stdout, process.env),
});
