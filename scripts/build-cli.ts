/**
 * dist/cli.cjs, the file the `csto` command starts (src/launch.ts), built after every other file
 * of dist/: it carries a digest of the package's CommonJS code, the key of its compile cache on a
 * Node without one of its own (src/_lib/compile-cache.ts). V8 accepts a cached code for any source
 * of the same length, so a cache written by another build must never be read.
 */
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const launcher = join(dist, 'cli.cjs');

/** Every CommonJS file the command may load, in a fixed order. */
const code = (readdirSync(dist, { recursive: true }) as string[])
  .map((file) => join(dist, file))
  .filter((file) => file.endsWith('.cjs') && file !== launcher)
  .sort();
const digest = createHash('sha256');
for (const file of code) digest.update(`${relative(dist, file)}\0`).update(readFileSync(file)).update('\0');
const id = digest.digest('hex').slice(0, 16);

await build({
  entryPoints: [join(root, 'src', 'launch.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: launcher,
  define: { CSTO_BUILD: JSON.stringify(id) },
  external: ['./cli-main.cjs'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
chmodSync(launcher, 0o755);
console.log(`build-cli: dist/cli.cjs for build ${id} (${code.length} files)`);
