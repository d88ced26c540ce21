// What docs/performance.md says beside the figures of a run (written by `npm run bench -- --write`).
export const NOTES = [
  '## How to read this, and what is left',
  '',
  '- Baselines are what a user would write without the library: a `find` or `filter` over `csto-data/data/*.json` as `JSON.parse` returns it. (Earlier runs compared against the library\'s own deep-frozen arrays, which V8 reads several times slower than plain ones, and so flattered the library.)',
  '- The import rows compare with an empty package of the same kind (ESM or CommonJS) installed in the same project: Node charges that much to resolve and load any package file, before the package does anything.',
  '- Growth replicates every collection, the one asked about included; lookups by id or by day use indexes built once, so they stay flat; text search scans every statement and grows with them.',
];
