import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    pool: 'forks',
    // Tests that pack, install and compile the package spawn tsc; on a busy two-core machine that
    // takes longer than vitest's 5 s default. A time limit here is a hang guard, not an assertion.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
