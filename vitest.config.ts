import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    pool: 'forks',
    // The package tests compile and run consumer projects against the packed tarball: seconds each,
    // more on a loaded two-core machine. A timeout is a guard against a hang, not a speed test.
    testTimeout: 60_000,
  },
});
