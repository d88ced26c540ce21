import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    pool: 'forks',
    // The package tests compile consumer projects; on a busy machine they take longer than the default 5 s.
    testTimeout: 30_000,
  },
});
